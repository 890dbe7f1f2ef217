package com.sendflowr.synth.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures that need the application as its own process, so a signal can reach it or a broker can restart under
 * it: the packaged jar, or the native executable in a native build.
 */
class KafkaFailuresIT {

    private static final Pattern GENERATED = Pattern.compile("Generated ([0-9,]+) events");
    private static final Pattern ACKNOWLEDGED = Pattern.compile("acknowledged ([0-9,]+)");

    @TempDir
    Path tmp;

    @Test
    void sigtermStopsProducingAndReportsWhatWasAcknowledged() throws Exception {
        LocalKafka kafka = LocalKafka.get();
        String topic = "sigterm";
        Process app = start(List.of("--bootstrap-servers", kafka.bootstrap(), "generate", "--sink", "kafka:" + topic,
                "--progress", "off"));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> !app.isAlive() || topicCount(kafka, topic) > 20_000);
        assertThat(app.isAlive()).as("still publishing when signalled").isTrue();
        app.destroy(); // SIGTERM
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(tmp.resolve("err.txt"));
        assertThat(app.exitValue()).as(err).isNotZero();
        assertThat(err).contains("Stopped before completion", "stopped by a signal").doesNotContain("Exception");
        Matcher acknowledged = ACKNOWLEDGED.matcher(err);
        assertThat(acknowledged.find()).isTrue();
        long acked = KafkaPublishTest.number(acknowledged.group(1));
        long inTopic = kafka.count(topic);
        assertThat(inTopic).isGreaterThanOrEqualTo(acked).isLessThan(800_000);
    }

    @Test
    void aBrokerRestartMidRunLosesNothingAndDuplicatesNothing() throws Exception {
        LocalKafka kafka = LocalKafka.get();
        String topic = "restart";
        Path config = tmp.resolve("patient.yaml");
        Files.writeString(config, """
                synth:
                  kafka:
                    stall-timeout: 180s
                mp:
                  messaging:
                    outgoing:
                      email-events:
                        delivery:
                          timeout:
                            ms: 180000
                """);
        Process app = start(List.of("--config", config.toString(), "--bootstrap-servers", kafka.bootstrap(),
                "generate", "--sink", "kafka:" + topic, "--progress", "off"));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> !app.isAlive() || topicCount(kafka, topic) > 50_000);
        assertThat(app.isAlive()).as("still publishing when the broker restarts").isTrue();
        kafka.restart();
        assertThat(app.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String out = Files.readString(tmp.resolve("out.txt"));
        assertThat(app.exitValue()).as(Files.readString(tmp.resolve("err.txt"))).isZero();
        Matcher generated = GENERATED.matcher(out);
        assertThat(generated.find()).as(out).isTrue();
        long count = KafkaPublishTest.number(generated.group(1));
        assertThat(kafka.count(topic)).as("records in the topic").isEqualTo(count);

        Process verify = start(List.of("--bootstrap-servers", kafka.bootstrap(), "verify", "kafka:" + topic));
        assertThat(verify.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String report = Files.readString(tmp.resolve("out.txt"));
        assertThat(verify.exitValue()).as(report).isZero();
        assertThat(report).containsPattern("distinct event_id\\s+" + Pattern.quote(String.format("%,d", count)) + "\\s");
    }

    private static long topicCount(LocalKafka kafka, String topic) {
        try {
            return kafka.count(topic);
        } catch (RuntimeException notYetCreated) {
            return 0;
        }
    }

    /** Starts the packaged application (native executable if built, else the JVM jar) with output in files. */
    private Process start(List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        String nativeImage = System.getProperty("native.image.path");
        if (nativeImage != null && Files.isExecutable(Path.of(nativeImage))) {
            command.add(nativeImage);
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx1g");
            command.add("-jar");
            command.add(Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
        }
        command.addAll(args);
        return new ProcessBuilder(command)
                .redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile())
                .start();
    }
}
