package com.sendflowr.synth.deploy;

import static com.sendflowr.synth.deploy.DeploymentFiles.DOCKER;
import static com.sendflowr.synth.deploy.DeploymentFiles.K8S;
import static com.sendflowr.synth.deploy.DeploymentFiles.args;
import static com.sendflowr.synth.deploy.DeploymentFiles.at;
import static com.sendflowr.synth.deploy.DeploymentFiles.container;
import static com.sendflowr.synth.deploy.DeploymentFiles.finalStage;
import static com.sendflowr.synth.deploy.DeploymentFiles.podSpec;
import static com.sendflowr.synth.deploy.DeploymentFiles.text;
import static com.sendflowr.synth.deploy.DeploymentFiles.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container images, compose file and Kubernetes manifests as far as this machine can check them without a
 * Docker engine or a cluster: the manifests against the Kubernetes API schemas and the Dockerfiles through a linter
 * ({@link DeploymentValidator}), then what the schemas cannot know — that each deployment runs the CLI the way the
 * deployment means to. {@code DeploymentArgsTest} runs those command lines through the real CLI.
 */
class DeploymentFilesTest {

    @TempDir
    Path tmp;

    @Test
    void manifestsMatchTheKubernetesSchemasAndDockerfilesPassTheLinter() {
        List<Path> files = new ArrayList<>(DeploymentFiles.manifests());
        files.addAll(DeploymentFiles.dockerfiles());
        DeploymentValidator.Outcome outcome = DeploymentValidator.validate(files);
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output())
                .contains(
                        "valid " + K8S.resolve("configmap.yaml") + " ConfigMap/sendflowr-synth-config",
                        "valid " + K8S.resolve("job-seed.yaml") + " Job/sendflowr-synth-seed",
                        "valid " + K8S.resolve("cronjob-reseed.yaml") + " CronJob/sendflowr-synth-reseed",
                        "valid " + K8S.resolve("job-sharded.yaml") + " Job/sendflowr-synth-sharded",
                        "valid " + DOCKER.resolve("Dockerfile.native") + " Dockerfile",
                        "valid " + DOCKER.resolve("Dockerfile.jvm") + " Dockerfile",
                        "all valid");
    }

    @Test
    void theValidatorRejectsWhatBreaksTheSchemaOrTheDockerfileSyntax() throws IOException {
        Path job = tmp.resolve("broken-job.yaml");
        Files.writeString(
                job,
                text(K8S.resolve("job-sharded.yaml"))
                        .replace("completionMode: Indexed", "completionMode: Sometimes")
                        .replace("parallelism: 4", "parallelism: four"));
        Path dockerfile = tmp.resolve("Dockerfile.broken");
        Files.writeString(dockerfile, text(DOCKER.resolve("Dockerfile.native")).replace("ENTRYPOINT", "ENTRYPIONT"));
        DeploymentValidator.Outcome outcome = DeploymentValidator.validate(List.of(job, dockerfile));
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.output())
                .contains(
                        "spec/completionMode must be equal to one of the allowed values",
                        "spec/parallelism must be integer",
                        "Unknown instruction: ENTRYPIONT",
                        "2 invalid");
    }

    @Test
    void bothImagesRunTheCliAsANonRootUserFromPinnedBaseImages() {
        for (Path dockerfile : DeploymentFiles.dockerfiles()) {
            assertThat(DeploymentFiles.baseImages(dockerfile))
                    .as(dockerfile.toString())
                    .allSatisfy(image -> {
                        assertThat(image).matches("[^:]+:[^:]+").doesNotEndWith(":latest");
                    });
            List<String[]> stage = finalStage(dockerfile);
            String user = instruction(stage, "USER").orElseThrow();
            assertThat(user).as(dockerfile + " USER").matches("[1-9][0-9]*(:[0-9]+)?");
            assertThat(stage.get(stage.size() - 1)[0]).isEqualTo("CMD");
            assertThat(instruction(stage, "CMD").orElseThrow()).isEqualTo("[\"--help\"]");
        }
        assertThat(DeploymentFiles.baseImages(DOCKER.resolve("Dockerfile.native")))
                .containsExactly(
                        "quay.io/quarkus/ubi9-quarkus-mandrel-builder-image:jdk-25",
                        "quay.io/quarkus/quarkus-micro-image:2.0");
        assertThat(DeploymentFiles.baseImages(DOCKER.resolve("Dockerfile.jvm")))
                .containsExactly("eclipse-temurin:25.0.3_9-jdk-noble", "eclipse-temurin:25.0.3_9-jre-noble");
        List<String[]> nativeStage = finalStage(DOCKER.resolve("Dockerfile.native"));
        assertThat(instruction(nativeStage, "ENTRYPOINT").orElseThrow()).isEqualTo("[\"/work/sendflowr-synth\"]");
        assertThat(text(DOCKER.resolve("Dockerfile.native")))
                .contains(
                        "-Dquarkus.native.enabled=true",
                        "COPY --from=executable --chown=1001:0 --chmod=0755 /code/sendflowr-synth /work/sendflowr-synth");
    }

    @Test
    void theBasesAndWhereTheApplicationComesFromAreBuildArguments() {
        assertThat(DeploymentFiles.argDefaults(DOCKER.resolve("Dockerfile.native")))
                .containsExactly(
                        Map.entry("BUILDER_IMAGE", "quay.io/quarkus/ubi9-quarkus-mandrel-builder-image:jdk-25"),
                        Map.entry("RUNTIME_IMAGE", "quay.io/quarkus/quarkus-micro-image:2.0"),
                        Map.entry("EXECUTABLE", "build"));
        assertThat(DeploymentFiles.argDefaults(DOCKER.resolve("Dockerfile.jvm")))
                .containsExactly(
                        Map.entry("BUILDER_IMAGE", "eclipse-temurin:25.0.3_9-jdk-noble"),
                        Map.entry("RUNTIME_IMAGE", "eclipse-temurin:25.0.3_9-jre-noble"),
                        Map.entry("APP", "build"));
        // the prebuilt stages copy what the Maven build makes, and the build context lets exactly that in
        assertThat(text(DOCKER.resolve("Dockerfile.native")))
                .contains(
                        "FROM scratch AS prebuilt",
                        "COPY target/*-runner /code/sendflowr-synth",
                        "FROM ${EXECUTABLE} AS executable");
        assertThat(text(DOCKER.resolve("Dockerfile.native.dockerignore"))).contains("!target/*-runner");
        assertThat(text(DOCKER.resolve("Dockerfile.jvm")))
                .contains(
                        "FROM scratch AS prebuilt",
                        "COPY target/quarkus-app/ /code/target/quarkus-app/",
                        "FROM ${APP} AS app");
        assertThat(text(DOCKER.resolve("Dockerfile.jvm.dockerignore")))
                .contains("!target/quarkus-app/", "target/quarkus-app/app.aot");
    }

    @Test
    void theJvmImageMakesAndUsesItsAotCacheInTheQuarkusAppDirectory() {
        assertThat(text(DOCKER.resolve("Dockerfile.jvm")))
                .as("a fast-jar's classes come from Quarkus's own class loader," + " which an AOT cache cannot hold")
                .contains("-Dquarkus.package.jar.type=aot-jar");
        List<String[]> stage = finalStage(DOCKER.resolve("Dockerfile.jvm"));
        assertThat(stage.get(0)[1]).startsWith("eclipse-temurin:25");
        assertThat(instruction(stage, "WORKDIR").orElseThrow()).isEqualTo("/deployments/quarkus-app");
        int user = indexOf(stage, "USER");
        int training = indexOf(stage, "RUN");
        assertThat(user)
                .as("the cache is written by the user that runs the image")
                .isLessThan(training);
        assertThat(stage.get(training)[1]).startsWith("java -XX:AOTCacheOutput=app.aot -jar quarkus-run.jar generate");
        assertThat(instruction(stage, "ENTRYPOINT").orElseThrow())
                .isEqualTo(
                        "[\"java\", \"-XX:AOTCache=app.aot\", \"-XX:MaxRAMPercentage=75\", \"-jar\", \"quarkus-run.jar\"]");
    }

    @Test
    void everyJobRunsTheCliWithTheConfigMapAndSaslCredentialsFromASecret() {
        for (String file : List.of("job-seed.yaml", "cronjob-reseed.yaml", "job-sharded.yaml")) {
            Map<String, Object> manifest = yaml(K8S.resolve(file));
            Map<String, Object> container = container(manifest);
            assertThat(args(manifest))
                    .as(file)
                    .startsWith("--config", "/config/synth.yaml", "generate", "--sink", "kafka");
            assertThat((String) container.get("image")).as(file).startsWith("sendflowr-synth:");
            assertThat(at(podSpec(manifest), "restartPolicy").toString()).isEqualTo("Never");
            assertThat((Boolean) at(podSpec(manifest), "securityContext.runAsNonRoot"))
                    .isTrue();
            assertThat((Integer) at(podSpec(manifest), "securityContext.runAsUser"))
                    .isEqualTo(1001);
            assertThat(env(container, "KAFKA_SASL_JAAS_CONFIG"))
                    .as(file)
                    .isEqualTo(Map.of(
                            "valueFrom",
                            Map.of("secretKeyRef", Map.of("name", "sendflowr-kafka-sasl", "key", "sasl.jaas.config"))));
            assertThat(env(container, "KAFKA_SECURITY_PROTOCOL").get("value")).isEqualTo("SASL_SSL");
            assertThat(env(container, "KAFKA_BOOTSTRAP_SERVERS")).containsKey("value");
            List<Map<String, Object>> mounts = at(container, "volumeMounts");
            assertThat(mounts)
                    .anySatisfy(
                            m -> assertThat(m).containsEntry("name", "config").containsEntry("mountPath", "/config"));
            List<Map<String, Object>> volumes = at(podSpec(manifest), "volumes");
            assertThat(volumes)
                    .anySatisfy(v -> assertThat(v)
                            .containsEntry("name", "config")
                            .containsEntry("configMap", Map.of("name", "sendflowr-synth-config")));
        }
    }

    @Test
    void theCronJobReseedsTheRollingWindowEndingTodayOneRunAtATime() {
        Map<String, Object> cron = yaml(K8S.resolve("cronjob-reseed.yaml"));
        assertThat(args(cron)).containsSubsequence("--end", "today").containsSubsequence("--days", "101");
        assertThat(at(cron, "spec.concurrencyPolicy").toString()).isEqualTo("Forbid");
        assertThat(at(cron, "spec.schedule").toString()).matches("\\S+ \\S+ \\S+ \\S+ \\S+");
    }

    @Test
    void theIndexedJobsShardsCoverEveryIndexExactlyOnce() {
        Map<String, Object> job = yaml(K8S.resolve("job-sharded.yaml"));
        assertThat(at(job, "spec.completionMode").toString()).isEqualTo("Indexed");
        int completions = at(job, "spec.completions");
        List<String> args = args(job);
        String shard = args.get(args.indexOf("--shard") + 1);
        assertThat(shard).isEqualTo("$(JOB_COMPLETION_INDEX)/" + completions);
        assertThat(env(container(job), "JOB_COMPLETION_INDEX"))
                .isEqualTo(Map.of(
                        "valueFrom",
                        Map.of(
                                "fieldRef",
                                Map.of(
                                        "fieldPath",
                                        "metadata.annotations['batch.kubernetes.io/job-completion-index']"))));
    }

    @Test
    void theConfigMapCarriesTheSameYamlAsCompose() {
        Map<String, Object> configMap = yaml(K8S.resolve("configmap.yaml"));
        String inConfigMap =
                DeploymentFiles.<Map<String, String>>at(configMap, "data").get("synth.yaml");
        String forCompose = text(DOCKER.resolve("synth.yaml"));
        assertThat(withoutComments(inConfigMap)).isEqualTo(withoutComments(forCompose));
    }

    @Test
    void composeWiresKafkaClickHouseAndTheOneShotGeneratorWithTheShippedFiles() {
        Map<String, Object> compose = yaml(DOCKER.resolve("compose.yaml"));
        assertThat(at(compose, "services.kafka.image").toString()).startsWith("apache/kafka:4.1.");
        assertThat(at(compose, "services.kafka.environment.KAFKA_PROCESS_ROLES").toString())
                .isEqualTo("broker,controller");
        List<String> clickhouseVolumes = at(compose, "services.clickhouse.volumes");
        for (String volume : clickhouseVolumes) {
            String source = volume.split(":")[0];
            if (source.startsWith("./")) {
                assertThat(DOCKER.resolve(source)).as(volume).isRegularFile();
            }
        }
        assertThat(clickhouseVolumes)
                .contains(
                        "./clickhouse/config.d/sendflowr.xml:/etc/clickhouse-server/config.d/sendflowr.xml:ro",
                        "./clickhouse/users.d/sendflowr.xml:/etc/clickhouse-server/users.d/sendflowr.xml:ro",
                        "./clickhouse/schema.sql:/docker-entrypoint-initdb.d/schema.sql:ro");
        assertThat(DeploymentFiles.<List<String>>at(compose, "services.clickhouse.ports"))
                .contains("8123:8123");
        assertThat(at(compose, "services.clickhouse.depends_on.topic.condition").toString())
                .isEqualTo("service_completed_successfully");
        assertThat(text(DOCKER.resolve("clickhouse/compose-macros.xml")))
                .contains(
                        "<kafka_broker>kafka:9092</kafka_broker>",
                        "<email_events_topic>email-events</email_events_topic>");
        assertThat(DeploymentFiles.<List<String>>at(compose, "services.topic.command"))
                .contains("email-events");

        assertThat(at(compose, "services.generator.build.dockerfile").toString())
                .isEqualTo("docker/Dockerfile.native");
        assertThat(at(compose, "services.generator.restart").toString()).isEqualTo("no");
        assertThat(at(compose, "services.generator.environment.KAFKA_BOOTSTRAP_SERVERS")
                        .toString())
                .isEqualTo("kafka:9092");
        assertThat(DeploymentFiles.<List<String>>at(compose, "services.generator.command"))
                .startsWith("--config", "/config/synth.yaml", "generate", "--sink", "kafka");
        assertThat(DeploymentFiles.<List<String>>at(compose, "services.generator.volumes"))
                .containsExactly("./synth.yaml:/config/synth.yaml:ro");
        assertThat((Boolean) at(compose, "services.generator.read_only")).isTrue();
        assertThat(DeploymentFiles.<List<String>>at(compose, "services.generator.tmpfs"))
                .containsExactly("/tmp");
        assertThat(DeploymentFiles.<List<String>>at(compose, "services.generator.cap_drop"))
                .containsExactly("ALL");
    }

    private static Map<String, Object> env(Map<String, Object> container, String name) {
        List<Map<String, Object>> env = at(container, "env");
        Map<String, Object> entry = env.stream()
                .filter(e -> name.equals(e.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no env " + name));
        Map<String, Object> rest = new java.util.HashMap<>(entry);
        rest.remove("name");
        return rest;
    }

    private static Optional<String> instruction(List<String[]> stage, String name) {
        return stage.stream().filter(i -> i[0].equals(name)).map(i -> i[1]).reduce((first, last) -> last);
    }

    private static int indexOf(List<String[]> stage, String name) {
        for (int i = 0; i < stage.size(); i++) {
            if (stage.get(i)[0].equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no " + name);
    }

    private static String withoutComments(String yaml) {
        return yaml.lines().filter(l -> !l.strip().startsWith("#")).reduce("", (a, b) -> a + b + "\n");
    }
}
