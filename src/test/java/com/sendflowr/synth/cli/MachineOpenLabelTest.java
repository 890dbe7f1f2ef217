package com.sendflowr.synth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under the {@code calibrated} profile machine opens carry the proxy's signature, and {@code --no-labels} takes
 * {@code metadata.machine_open} out with the persona; the manifest keeps the truth. Rerun on the packaged and native
 * application by {@link MachineOpenLabelIT}.
 */
@QuarkusMainTest
class MachineOpenLabelTest {

    @TempDir
    Path tmp;

    @Test
    void noLabelsTakesTheMachineOpenFlagOutButNotTheProxySignature(QuarkusMainLauncher launcher) throws Exception {
        Path labelled = tmp.resolve("labelled.jsonl");
        Path blind = tmp.resolve("blind.jsonl");
        Path manifest = tmp.resolve("truth.jsonl");
        LaunchResult first = launcher.launch(
                "--profile",
                "calibrated",
                "generate",
                "--sink",
                "jsonl:" + labelled,
                "--days",
                "4",
                "--progress",
                "off");
        assertThat(first.exitCode()).as(first.getErrorOutput()).isZero();
        LaunchResult second = launcher.launch(
                "--profile",
                "calibrated",
                "generate",
                "--sink",
                "jsonl:" + blind,
                "--days",
                "4",
                "--no-labels",
                "--manifest",
                manifest.toString(),
                "--progress",
                "off");
        assertThat(second.exitCode()).as(second.getErrorOutput()).isZero();
        String withLabels = Files.readString(labelled);
        String withoutLabels = Files.readString(blind);
        assertThat(withLabels)
                .contains(
                        "\"machine_open\":true",
                        "\"user_agent\":\"Mozilla/5.0\"",
                        "\"ip_address\":\"2001:db8:a9::",
                        "\"persona\":");
        assertThat(withoutLabels)
                .doesNotContain("machine_open", "\"persona\"")
                .contains("\"user_agent\":\"Mozilla/5.0\"", "\"ip_address\":\"2001:db8:a9::");
        assertThat(withoutLabels.lines().count()).isEqualTo(withLabels.lines().count());
        assertThat(Files.readString(manifest)).contains("\"apple_mpp\":true", "\"apple_mpp\":false");
    }
}
