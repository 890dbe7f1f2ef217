package com.sendflowr.synth.deploy;

import static com.sendflowr.synth.deploy.DeploymentFiles.K8S;
import static com.sendflowr.synth.deploy.DeploymentFiles.at;
import static com.sendflowr.synth.deploy.DeploymentFiles.yaml;
import static com.sendflowr.synth.deploy.LocalContainers.podman;
import static com.sendflowr.synth.deploy.LocalContainers.podmanOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sendflowr.synth.kafka.LocalKafka;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes Jobs run as pods: each manifest's pod template, derived by {@link JobPod} (podman 4.3 plays Pods,
 * not Jobs), played with the shipped ConfigMap and a stand-in for the Secret through {@code podman kube play}, on the
 * native image the manifests name, built from the shipped Dockerfile. The Indexed Job's four pods publish their shards
 * and together hold exactly the seed Job's events. Selected by name ({@code -Dit.test=Container*IT}), as
 * {@link ContainerImagesIT}.
 */
class ContainerPodsIT {

    private static final Pattern PUBLISHED = Pattern.compile("Published ([0-9,]+), acknowledged ([0-9,]+), failed 0");
    private static final String SECRET = "sendflowr-kafka-sasl";
    private static final String STAND_IN_JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"stand-in\" password=\"stand-in\";";

    @TempDir
    Path tmp;

    @BeforeAll
    static void imageAndSecret(@TempDir Path dir) throws IOException {
        String image = (String)
                DeploymentFiles.container(yaml(K8S.resolve("job-seed.yaml"))).get("image");
        LocalContainers.nativeImage(image);
        // podman 4.3's secretKeyRef reads a podman secret holding a JSON object of base64 values, as a Secret's data
        Path secret = dir.resolve("secret.json");
        Files.writeString(
                secret,
                "{\"sasl.jaas.config\": \""
                        + Base64.getEncoder().encodeToString(STAND_IN_JAAS.getBytes(StandardCharsets.UTF_8)) + "\"}");
        podman(List.of("secret", "rm", SECRET), Duration.ofMinutes(1));
        podmanOk("secret", "create", SECRET, secret.toString());
    }

    @Test
    void theIndexedJobsFourPodsTogetherPublishExactlyTheSeedJobsEvents() throws Exception {
        LocalKafka kafka = LocalKafka.get();
        Map<String, Object> seedJob = yaml(K8S.resolve("job-seed.yaml"));
        Map<String, Object> shardedJob = yaml(K8S.resolve("job-sharded.yaml"));
        createTopic(kafka, "pods-seed");
        createTopic(kafka, "pods-sharded");

        Played seed = play(JobPod.pod(seedJob, -1, local(kafka, "pods-seed")), "sendflowr-synth-seed");
        int completions = at(shardedJob, "spec.completions");
        List<Played> shards = new ArrayList<>();
        for (int index = 0; index < completions; index++) {
            shards.add(play(
                    JobPod.pod(shardedJob, index, local(kafka, "pods-sharded")), "sendflowr-synth-sharded-" + index));
        }

        long seedCount = finished(seed);
        long shardSum = 0;
        for (int index = 0; index < completions; index++) {
            Played shard = shards.get(index);
            assertThat(podmanOk("inspect", "--format", "{{range .Config.Env}}{{println .}}{{end}}", shard.container()))
                    .as("the completion index from the pod's annotation")
                    .contains("JOB_COMPLETION_INDEX=" + index);
            long published = finished(shard);
            assertThat(published).isBetween(seedCount / completions / 2, seedCount);
            shardSum += published;
        }
        assertThat(seedCount).isBetween(40_000L, 70_000L);
        assertThat(shardSum).isEqualTo(seedCount);
        Set<String> seedIds = eventIds(kafka, "pods-seed");
        assertThat(seedIds).hasSize((int) seedCount);
        assertThat(eventIds(kafka, "pods-sharded")).isEqualTo(seedIds);
    }

    @Test
    void theCronJobsPodReseedsItsRollingWindow() throws Exception {
        LocalKafka kafka = LocalKafka.get();
        Map<String, Object> cronJob = yaml(K8S.resolve("cronjob-reseed.yaml"));
        Played reseed = play(JobPod.pod(cronJob, -1, local(kafka, "pods-reseed")), "sendflowr-synth-reseed");
        long published = finished(reseed);
        assertThat(published).isPositive();
        assertThat(kafka.count("pods-reseed")).isEqualTo(published);
        LocalContainers.Result verified = HostApp.run(List.of(
                "--config",
                DeploymentFiles.DOCKER.resolve("synth.yaml").toString(),
                "--bootstrap-servers",
                kafka.bootstrap(),
                "verify",
                "kafka:pods-reseed",
                "--end",
                "today",
                "--days",
                "7"));
        assertThat(verified.exitCode()).as(verified.all()).isZero();
    }

    private static JobPod.Local local(LocalKafka kafka, String topic) {
        return new JobPod.Local(kafka.bootstrap(), "PLAINTEXT", topic, 7);
    }

    private record Played(Path file, String pod) {
        String container() {
            return pod + "-generate";
        }
    }

    private Played play(String podYaml, String pod) throws IOException {
        Path file = tmp.resolve(pod + ".yaml");
        Files.writeString(file, podYaml);
        podmanOk(
                "kube",
                "play",
                "--replace",
                "--configmap",
                K8S.resolve("configmap.yaml").toString(),
                file.toString());
        return new Played(file, pod);
    }

    /** Waits for the pod's container; it must have run as the manifest says and published everything. */
    private static long finished(Played played) {
        try {
            String exit = podmanOk("wait", played.container());
            String logs = podman(List.of("logs", played.container()), Duration.ofMinutes(1))
                    .all();
            assertThat(exit).as(logs).isEqualTo("0");
            assertThat(podmanOk(
                            "inspect",
                            "--format",
                            "{{.Config.User}} {{.HostConfig.ReadonlyRootfs}}",
                            played.container()))
                    .isEqualTo("1001 true");
            assertThat(podmanOk("inspect", "--format", "{{range .Config.Env}}{{println .}}{{end}}", played.container()))
                    .contains("KAFKA_SASL_JAAS_CONFIG=" + STAND_IN_JAAS, "KAFKA_SASL_MECHANISM=SCRAM-SHA-512");
            Matcher outcome = PUBLISHED.matcher(logs);
            assertThat(outcome.find()).as(logs).isTrue();
            return Long.parseLong(outcome.group(1).replace(",", ""));
        } finally {
            podman(List.of("kube", "down", played.file().toString()), Duration.ofMinutes(1));
        }
    }

    private static void createTopic(LocalKafka kafka, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", kafka.bootstrap()))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 4, (short) 1)))
                        .all()
                        .get();
            }
        }
    }

    /** Every record's {@code event_id}, read from the beginning to the end offsets of each partition. */
    private static Set<String> eventIds(LocalKafka kafka, String topic) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> config = new HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrap(),
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                5000));
        Set<String> ids = new HashSet<>();
        long records = 0;
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    ids.add(json.readTree(record.value()).get("event_id").asText());
                    records++;
                }
            }
        }
        assertThat(ids).as("distinct event ids in " + topic).hasSize((int) records);
        return ids;
    }
}
