package com.sendflowr.synth.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing to a real Kafka broker and reading it back; rerun on the packaged (and native) app by {@link KafkaPublishIT}. */
@QuarkusMainTest
class KafkaPublishTest {

    private static final Pattern OUTCOME =
            Pattern.compile("Published ([0-9,]+), acknowledged ([0-9,]+), failed ([0-9,]+)");

    @TempDir
    Path tmp;

    @Test
    void publishesTheFullDefaultDatasetAndVerifyReadsItBackComplete(QuarkusMainLauncher launcher) {
        LocalKafka kafka = LocalKafka.get();
        String topic = "full-" + getClass().getSimpleName();
        LaunchResult published = launcher.launch(
                "--bootstrap-servers", kafka.bootstrap(), "generate", "--sink", "kafka:" + topic, "--progress", "off");
        assertThat(published.exitCode()).as(published.getErrorOutput()).isZero();
        Matcher outcome = OUTCOME.matcher(published.getOutput());
        assertThat(outcome.find()).as(published.getOutput()).isTrue();
        long count = number(outcome.group(1));
        assertThat(number(outcome.group(2))).isEqualTo(count);
        assertThat(number(outcome.group(3))).isZero();
        assertThat(count).isBetween(500_000L, 1_000_000L);
        assertThat(kafka.count(topic)).isEqualTo(count);

        LaunchResult verified = launcher.launch("--bootstrap-servers", kafka.bootstrap(), "verify", "kafka:" + topic);
        assertThat(verified.exitCode()).as(verified.getOutput()).isZero();
        assertThat(verified.getOutput())
                .contains("All ", "checks passed")
                .containsPattern(
                        "distinct event_id\\s+" + String.format("%,d", count).replace(",", "\\,") + "\\s");
    }

    @Test
    void verifyReportsADatasetThatDoesNotMatchTheExpectationAndTheReportReadsTheTopic(QuarkusMainLauncher launcher) {
        LocalKafka kafka = LocalKafka.get();
        String topic = "short-" + getClass().getSimpleName();
        LaunchResult published = launcher.launch(
                "--bootstrap-servers",
                kafka.bootstrap(),
                "generate",
                "--sink",
                "kafka:" + topic,
                "--days",
                "2",
                "--progress",
                "off");
        assertThat(published.exitCode()).as(published.getErrorOutput()).isZero();

        LaunchResult verified =
                launcher.launch("--bootstrap-servers", kafka.bootstrap(), "verify", "kafka:" + topic, "--days", "7");
        assertThat(verified.exitCode()).isEqualTo(3);
        assertThat(verified.getOutput()).contains("MISMATCH", "checks failed");

        Path html = tmp.resolve("from-topic.html");
        LaunchResult report = launcher.launch(
                "--bootstrap-servers",
                kafka.bootstrap(),
                "report",
                "kafka:" + topic,
                "--days",
                "2",
                "--out",
                html.toString());
        assertThat(report.exitCode()).as(report.getErrorOutput()).isZero();
        assertThat(report.getOutput()).contains("Report of " + String.format("%,d", kafka.count(topic)) + " events");
        assertThat(html).isRegularFile();
    }

    @Test
    void unreachableBrokerIsAClearErrorWithinTheConnectTimeout(QuarkusMainLauncher launcher) throws IOException {
        Path config = tmp.resolve("fast-fail.yaml");
        Files.writeString(config, "synth:\n  kafka:\n    connect-timeout: 3s\n");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LaunchResult result = launcher.launch(
                "--config",
                config.toString(),
                "--bootstrap-servers",
                "127.0.0.1:" + closedPort,
                "generate",
                "--sink",
                "kafka",
                "--days",
                "1");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.getErrorOutput()).contains("Kafka at 127.0.0.1:" + closedPort + " did not answer within 3 s");
    }

    @Test
    void aConfiguredBrokerMakesKafkaTheDefaultSink(QuarkusMainLauncher launcher) {
        LocalKafka kafka = LocalKafka.get();
        LaunchResult published = launcher.launch(
                "--bootstrap-servers", kafka.bootstrap(), "generate", "--days", "1", "--progress", "off");
        assertThat(published.exitCode()).as(published.getErrorOutput()).isZero();
        assertThat(published.getOutput()).contains("to Kafka topic 'email-events' at " + kafka.bootstrap());
    }

    static long number(String text) {
        return Long.parseLong(text.replace(",", ""));
    }
}
