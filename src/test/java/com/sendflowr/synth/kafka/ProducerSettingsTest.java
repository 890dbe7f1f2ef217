package com.sendflowr.synth.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The producer gets the safe settings of {@code application.yaml} (kept as the connector's defaults, off the channel),
 * and a key under the channel still overrides one of them. In-process only: it reads {@link ProducerConfigProbe}.
 */
@QuarkusMainTest
class ProducerSettingsTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void forgetEarlierLaunches() {
        ProducerConfigProbe.forget();
    }

    @Test
    void theProducerIsIdempotentWaitsForAllReplicasAndRetriesUntilTheDeliveryTimeout(QuarkusMainLauncher launcher) {
        // delivery.timeout.ms = stall-timeout 60 s + request.timeout.ms 10 s + linger.ms 5: batches outlive the stall
        Map<String, String> producer = publishOneDay(launcher);
        assertThat(producer)
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", "true")
                .containsEntry("retries", String.valueOf(Integer.MAX_VALUE))
                .containsEntry("delivery.timeout.ms", "70005")
                .containsEntry("linger.ms", "5")
                .containsEntry("batch.size", "65536")
                .containsEntry("compression.type", "none")
                .containsEntry("client.id", "sendflowr-synth")
                .containsEntry("key.serializer", "org.apache.kafka.common.serialization.StringSerializer")
                .containsEntry("value.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer");
    }

    @Test
    void aKeyUnderTheChannelOverridesTheDefault(QuarkusMainLauncher launcher) throws IOException {
        Path config = tmp.resolve("channel.yaml");
        Files.writeString(config, """
                mp:
                  messaging:
                    outgoing:
                      email-events:
                        compression:
                          type: lz4
                """);
        Map<String, String> producer = publishOneDay(launcher, "--config", config.toString());
        assertThat(producer).containsEntry("compression.type", "lz4").containsEntry("acks", "all");
    }

    @Test
    void theDeliveryTimeoutFollowsTheStallTimeout(QuarkusMainLauncher launcher) throws IOException {
        Path config = tmp.resolve("stall.yaml");
        Files.writeString(config, """
                synth:
                  kafka:
                    stall-timeout: 2m
                """);
        assertThat(publishOneDay(launcher, "--config", config.toString()))
                .containsEntry("delivery.timeout.ms", "130005");
    }

    private static Map<String, String> publishOneDay(QuarkusMainLauncher launcher, String... options) {
        LocalKafka kafka = LocalKafka.get();
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(List.of(
                "--bootstrap-servers",
                kafka.bootstrap(),
                "generate",
                "--sink",
                "kafka:producer-settings",
                "--days",
                "1",
                "--progress",
                "off"));
        LaunchResult result = launcher.launch(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        Map<String, String> producer = ProducerConfigProbe.last();
        assertThat(producer).as("the producer was created").isNotEmpty();
        return producer;
    }
}
