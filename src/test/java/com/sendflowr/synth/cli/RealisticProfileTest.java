package com.sendflowr.synth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code realistic} preset (a MicroProfile Config profile) turns every realism feature on, and {@code --manifest}
 * writes the ground truth; rerun on the packaged and native application by {@link RealisticProfileIT}.
 */
@QuarkusMainTest
class RealisticProfileTest {

    @TempDir
    Path tmp;

    @Test
    void theRealisticProfileTurnsTheFeaturesOnAndTheManifestHoldsTheGroundTruth(QuarkusMainLauncher launcher)
            throws Exception {
        Path events = tmp.resolve("events.jsonl");
        Path manifest = tmp.resolve("truth.jsonl");
        LaunchResult result = launcher.launch(
                "--profile",
                "realistic",
                "generate",
                "--sink",
                "jsonl:" + events,
                "--days",
                "3",
                "--manifest",
                manifest.toString(),
                "--progress",
                "off");
        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        assertThat(result.getOutput()).contains("bounced", "marked_spam", "unsubscribed");
        String json = Files.readString(events);
        assertThat(json)
                .contains(
                        "\"time_zone\":\"",
                        "\"machine_open\":true",
                        "\"event_type\":\"bounced\"",
                        "\"bounce_type\":\"");
        List<String> rows = Files.readAllLines(manifest);
        assertThat(rows).hasSize(350);
        assertThat(rows.get(0))
                .startsWith("{\"recipient_id\":\"synth_user_01000\",\"persona\":\"")
                .contains(
                        "\"split\":",
                        "\"join_date\":",
                        "\"time_zone\":",
                        "\"open_rate\":",
                        "\"peak_windows\":[",
                        "\"apple_mpp\":",
                        "\"open_probability_by_local_hour_of_week\":[");
        long holdout =
                rows.stream().filter(r -> r.contains("\"split\":\"holdout\"")).count();
        assertThat(holdout).isEqualTo(70);
        assertThat(rows.stream().filter(r -> r.contains("\"cold_start\":true")).count())
                .isPositive();
        // the exact bytes, pinned like the default run's in CliTest: the same on the JVM and the native executable
        assertThat(CliTest.sha256(events))
                .isEqualTo("67755e57810c4ba1101be714fa04c0f2c802a41b88baad532bf6b5d384beee93");
        assertThat(CliTest.sha256(manifest))
                .isEqualTo("4503098563c4166b9ed12b5ec742e2a95ffaecf78e339c967ee2a0725e0617dd");
    }

    @Test
    void theManifestIsCsvForACsvPathAndTheSameOnEveryRun(QuarkusMainLauncher launcher) throws IOException {
        Path first = tmp.resolve("truth.csv");
        Path second = tmp.resolve("again.csv");
        for (Path manifest : List.of(first, second)) {
            LaunchResult result = launcher.launch(
                    "--profile",
                    "realistic",
                    "generate",
                    "--sink",
                    "none",
                    "--days",
                    "1",
                    "--manifest",
                    manifest.toString(),
                    "--progress",
                    "off");
            assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        }
        List<String> rows = Files.readAllLines(first);
        assertThat(rows.get(0)).startsWith("recipient_id,persona,split,join_date,cold_start,time_zone,open_rate");
        assertThat(rows).hasSize(351);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void withoutTheProfileEventsCarryNoRealismFields(QuarkusMainLauncher launcher) throws IOException {
        Path events = tmp.resolve("plain.jsonl");
        LaunchResult result =
                launcher.launch("generate", "--sink", "jsonl:" + events, "--days", "1", "--progress", "off");
        assertThat(result.exitCode()).isZero();
        assertThat(Files.readString(events)).doesNotContain("time_zone", "machine_open", "bounced", "variant");
    }

    @Test
    void aManifestPathOfAnUnknownKindIsAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch(
                "generate",
                "--sink",
                "none",
                "--manifest",
                tmp.resolve("truth.txt").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput()).contains("--manifest", ".jsonl or .csv");
    }

    @Test
    void realismSettingsAreValidatedWithTheirKeys(QuarkusMainLauncher launcher) throws IOException {
        Path config = tmp.resolve("bad.yaml");
        Files.writeString(config, """
                synth:
                  engagement:
                    send-time-strength: extreme
                  time-zones:
                    mix: "Mars/Olympus_Mons=1"
                  deliverability:
                    bounce-rate: 0.9
                  apple-mpp:
                    share: 1.5
                  fatigue:
                    lookback: 8d
                  holdout:
                    share: 0
                """);
        LaunchResult result = launcher.launch("--config", config.toString(), "summary");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput())
                .contains(
                        "synth.engagement.send-time-strength: 'extreme' is not a strength; use none, default or strong",
                        "synth.time-zones.mix: 'Mars/Olympus_Mons' is not an IANA time zone",
                        "synth.deliverability.bounce-rate: 0.9",
                        "synth.apple-mpp.share: 1.5 is outside 0..1",
                        "synth.fatigue.lookback: 192h must be from 1m to 7d (168h)",
                        "synth.holdout.share: 0.0");
    }
}
