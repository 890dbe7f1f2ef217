package com.sendflowr.synth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code calibrated} preset from the command line: its population, the engine's keys on, the manifest naming each
 * user's own truth, and the run's counts beside the summary's expectation.
 */
@QuarkusMainTest
class CalibratedProfileTest {

    @TempDir
    Path tmp;

    @Test
    void theCalibratedProfileGeneratesItsPopulationAndTheManifestHoldsEachUsersTruth(QuarkusMainLauncher launcher)
            throws Exception {
        Path manifest = tmp.resolve("truth.jsonl");
        Path events = tmp.resolve("events.jsonl");
        LaunchResult result = launcher.launch(
                "--profile",
                "calibrated",
                "generate",
                "--sink",
                "jsonl:" + events,
                "--days",
                "2",
                "--manifest",
                manifest.toString(),
                "--progress",
                "off");
        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        assertThat(result.getOutput()).contains("28,000", "actual vs expected");
        List<String> rows = Files.readAllLines(manifest);
        assertThat(rows).hasSize(28_000);
        assertThat(rows.get(0))
                .contains(
                        "\"send_time_strength\":\"0.3\"",
                        "\"time_zone\":\"",
                        "\"open_probability_by_local_hour_of_week\":[");
        // individuals: two users of one persona do not share a send-time truth
        String persona = rows.get(0).replaceAll(".*\"persona\":\"([a-z_]+)\".*", "$1");
        List<String> truths = rows.stream()
                .filter(r -> r.contains("\"persona\":\"" + persona + "\""))
                .map(r -> r.substring(r.indexOf("open_probability_by_local_hour_of_week")))
                .limit(2)
                .toList();
        assertThat(truths.get(0)).isNotEqualTo(truths.get(1));
        // the exact bytes, pinned like the default run's in CliTest: the same on the JVM and the native executable
        assertThat(CliTest.sha256(events))
                .isEqualTo("4221ab463e54205e7b6378fa7fef082ed8e454ba4231afaf7c092ff72de5634a");
        assertThat(CliTest.sha256(manifest))
                .isEqualTo("dd6cda4f054b89f81b9d8b1c7479cfdd1dc67c06af622ec2e1d4388fda0fd161");
    }
}
