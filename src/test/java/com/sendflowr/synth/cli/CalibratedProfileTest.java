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
        LaunchResult result = launcher.launch(
                "--profile",
                "calibrated",
                "generate",
                "--sink",
                "none",
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
    }
}
