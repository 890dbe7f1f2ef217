package com.sendflowr.synth.deploy;

import static com.sendflowr.synth.deploy.DeploymentFiles.DOCKER;
import static com.sendflowr.synth.deploy.LocalContainers.podman;
import static com.sendflowr.synth.deploy.LocalContainers.podmanOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sendflowr.synth.kafka.LocalKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped Dockerfiles built and run for real, with podman (set up by {@code containers-local/containers-local.sh}):
 * the native image from the executable the native build made, the JVM image from the JDK 25 {@code target/quarkus-app},
 * each on a base bootstrapped here from Debian packages. Each runs compose's generator service as compose declares
 * it (image, command, environment, the mounted {@code /config/synth.yaml}), as its non-root user on a read-only root
 * file system, publishes a week to a real broker on the host, and the host's application verifies the topic.
 * Selected by name ({@code -Dit.test=Container*IT}); CI runs it after the native and JDK 25 builds.
 */
class ContainerImagesIT {

    private static final Pattern PUBLISHED = Pattern.compile("Published ([0-9,]+), acknowledged ([0-9,]+), failed 0");
    private static final Pattern ACKNOWLEDGED = Pattern.compile("acknowledged ([0-9,]+)");
    private static final ComposeGenerator COMPOSE = ComposeGenerator.read();

    private static String image(String kind) {
        return kind.equals("native")
                ? LocalContainers.nativeImage(COMPOSE.image())
                : LocalContainers.jvmImage(COMPOSE.image());
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "jvm"})
    void theComposeGeneratorPublishesAWeekThatVerifiesFromOutside(String kind) {
        LocalKafka kafka = LocalKafka.get();
        String topic = "image-" + kind;
        String name = "sendflowr-synth-it-" + kind;
        podman(List.of("rm", "-f", name), Duration.ofMinutes(1));
        List<String> run = COMPOSE.podmanRun(
                image(kind),
                name,
                Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrap()),
                week(toTopic(COMPOSE.command(), topic)));
        run.add(1, "--rm");
        LocalContainers.Result published = podman(run, Duration.ofMinutes(5));
        assertThat(published.exitCode()).as(published.all()).isZero();
        Matcher outcome = PUBLISHED.matcher(published.all());
        assertThat(outcome.find()).as(published.all()).isTrue();
        long count = Long.parseLong(outcome.group(1).replace(",", ""));
        assertThat(count).isBetween(40_000L, 70_000L);
        assertThat(kafka.count(topic)).isEqualTo(count);

        LocalContainers.Result verified = HostApp.run(List.of(
                "--config",
                DOCKER.resolve("synth.yaml").toString(),
                "--bootstrap-servers",
                kafka.bootstrap(),
                "verify",
                "kafka:" + topic,
                "--days",
                "7"));
        assertThat(verified.exitCode()).as(verified.all()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "jvm"})
    void eachImageRunsAsItsNonRootUserAndShowsHelpWithoutAnyWritableDirectory(String kind) {
        String image = image(kind);
        assertThat(podmanOk("image", "inspect", "--format", "{{.Config.User}}", image))
                .isEqualTo("1001");
        assertThat(podmanOk("run", "--rm", "--entrypoint", "/usr/bin/id", image, "-u"))
                .isEqualTo("1001");
        LocalContainers.Result help = podman(
                List.of("run", "--rm", "--read-only", "--read-only-tmpfs=false", "--env", "HOME=/nonexistent", image),
                Duration.ofMinutes(2));
        assertThat(help.exitCode()).as(help.all()).isZero();
        assertThat(help.out()).contains("Usage:", "generate", "verify");
    }

    @Test
    void theNativeImageIsItsBasePlusTheExecutable() throws Exception {
        String image = image("native");
        long base = LocalContainers.size(LocalContainers.base("native-base"));
        long executable = java.nio.file.Files.size(java.nio.file.Path.of(System.getProperty("native.image.path")));
        long size = LocalContainers.size(image);
        System.out.printf(
                "image sizes: native %,d bytes = base %,d + %,d (executable %,d)%n",
                size, base, size - base, executable);
        assertThat(size - base).isBetween(executable, executable + 1_000_000);
    }

    @Test
    void theJvmImageStartsFromTheAotCacheItTrainedWhileBuilding() {
        String image = image("jvm");
        long base = LocalContainers.size(LocalContainers.base("jre-base"));
        long size = LocalContainers.size(image);
        long app = Long.parseLong(
                podmanOk("run", "--rm", "--entrypoint", "/usr/bin/du", image, "-sb", "/deployments/quarkus-app")
                        .split("\\s+")[0]);
        System.out.printf(
                "image sizes: jvm %,d bytes = base %,d + %,d (quarkus-app with app.aot %,d)%n",
                size, base, size - base, app);
        assertThat(size - base).isBetween(app, app + 1_000_000);

        // -XX:AOTMode=on makes a cache the JVM cannot use fatal instead of silently ignored; the class-loading log
        // shows the application's own classes coming from it (all but the few that only `summary` needs: the
        // training run generated).
        LocalContainers.Result summary = podman(
                List.of(
                        "run",
                        "--rm",
                        "--read-only",
                        "--read-only-tmpfs=false",
                        "--tmpfs",
                        "/tmp",
                        "--env",
                        "JAVA_TOOL_OPTIONS=-XX:AOTMode=on -Xlog:class+load=info:stdout",
                        image,
                        "summary",
                        "--days",
                        "7"),
                Duration.ofMinutes(2));
        assertThat(summary.exitCode()).as(summary.all()).isZero();
        assertThat(summary.out()).contains("total");
        List<String> appClasses = summary.out()
                .lines()
                .filter(l -> l.contains("[class,load] com.sendflowr.synth."))
                .toList();
        long cached = appClasses.stream()
                .filter(l -> l.endsWith("source: shared objects file"))
                .count();
        System.out.printf(
                "AOT cache: %d of the %d application classes `summary` loaded came from app.aot%n",
                cached, appClasses.size());
        assertThat(appClasses).hasSizeGreaterThan(100);
        assertThat((double) cached / appClasses.size()).isGreaterThan(0.9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "jvm"})
    void aSigtermToTheContainerStopsTheRunAndReportsWhatWasAcknowledged(String kind) {
        LocalKafka kafka = LocalKafka.get();
        String topic = "image-sigterm-" + kind;
        String name = "sendflowr-synth-it-sigterm-" + kind;
        podman(List.of("rm", "-f", name), Duration.ofMinutes(1));
        List<String> run = COMPOSE.podmanRun(
                image(kind),
                name,
                Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrap()),
                toTopic(COMPOSE.command(), topic));
        run.add(1, "--detach");
        podmanOk(run.toArray(String[]::new));
        try {
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> !running(name) || topicCount(kafka, topic) > 20_000);
            assertThat(running(name)).as("still publishing when signalled").isTrue();
            podmanOk("kill", "--signal", "TERM", name);
            assertThat(podmanOk("wait", name)).isEqualTo("143");
            String logs = podman(List.of("logs", name), Duration.ofMinutes(1)).all();
            assertThat(logs)
                    .contains("Stopped before completion", "stopped by a signal")
                    .doesNotContain("Exception");
            Matcher acknowledged = ACKNOWLEDGED.matcher(logs);
            assertThat(acknowledged.find()).as(logs).isTrue();
            long acked = Long.parseLong(acknowledged.group(1).replace(",", ""));
            assertThat(acked).isPositive();
            assertThat(kafka.count(topic)).isGreaterThanOrEqualTo(acked).isLessThan(800_000);
        } finally {
            podman(List.of("rm", "-f", name), Duration.ofMinutes(1));
        }
    }

    private static boolean running(String name) {
        return podmanOk("inspect", "--format", "{{.State.Running}}", name).equals("true");
    }

    private static long topicCount(LocalKafka kafka, String topic) {
        try {
            return kafka.count(topic);
        } catch (RuntimeException notYetCreated) {
            return 0;
        }
    }

    /** Compose's {@code --sink kafka} into a topic of this test's own. */
    static List<String> toTopic(List<String> command, String topic) {
        assertThat(command).containsSubsequence("--sink", "kafka");
        List<String> adapted = new ArrayList<>(command);
        adapted.set(adapted.indexOf("--sink") + 1, "kafka:" + topic);
        return adapted;
    }

    /** The first week of the default window: the same command line, a shorter run. */
    static List<String> week(List<String> command) {
        assertThat(command).doesNotContain("--days", "--start", "--end");
        return Stream.concat(command.stream(), Stream.of("--days", "7")).toList();
    }
}
