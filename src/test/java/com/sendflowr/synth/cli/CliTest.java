package com.sendflowr.synth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it; rerun on the packaged (and native) application by {@link CliIT}. */
@QuarkusMainTest
class CliTest {

    @TempDir
    Path tmp;

    @Test
    @Launch("--help")
    void helpShowsCommandsExamplesAndExitCodes(LaunchResult result) {
        assertThat(result.getOutput())
                .contains("generate", "summary", "generate-completion", "Examples:", "--dry-run", "Exit codes");
    }

    @Test
    void theStackTraceOptionIsAcceptedBeforeAndAfterTheCommand(QuarkusMainLauncher launcher) {
        assertThat(launcher.launch("--stacktrace", "summary").exitCode()).isZero();
        assertThat(launcher.launch("summary", "--stacktrace").exitCode()).isZero();
    }

    @Test
    void helpNeedsNoValidConfiguration(QuarkusMainLauncher launcher) throws IOException {
        Path broken = tmp.resolve("broken.yaml");
        Files.writeString(broken, "synth:\n  seed: not-a-number\n");
        LaunchResult help = launcher.launch("--config", broken.toString(), "generate", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.getOutput()).contains("Usage: sendflowr-synth generate", "--sink=SINK");
        LaunchResult run = launcher.launch("--config", broken.toString(), "summary");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.getErrorOutput()).contains("synth.seed");
    }

    @Test
    @Launch("--version")
    void versionNamesTheProduct(LaunchResult result) {
        assertThat(result.getOutput()).matches("sendflowr-synth \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    @Launch(
            value = {},
            exitCode = 2)
    void noArgumentsShowsUsageAndExitsWithUsageCode(LaunchResult result) {
        assertThat(result.getErrorOutput()).contains("Usage: sendflowr-synth");
    }

    @Test
    @Launch("--summary")
    void summaryPrintsExactExpectationsOfTheDefaultDataset(LaunchResult result) {
        String out = result.getOutput();
        assertThat(out).contains("Users:        350", "101 days", "night_owl", "low_engaged", "per user");
        assertThat(out).doesNotContain("rough estimate");
        String total = out.lines()
                .filter(l -> l.trim().startsWith("total"))
                .findFirst()
                .orElseThrow();
        long events = Long.parseLong(total.trim().split("\\s+")[6].replace(",", ""));
        assertThat(events).isBetween(500_000L, 1_000_000L);
    }

    @Test
    void summaryCommandHonoursWindowAndSeedFlags(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("summary", "--start", "2025-12-01", "--days", "7", "--seed", "9");
        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput())
                .contains("2025-12-01T00:00:00Z to 2025-12-08T00:00:00Z (7 days", "Seed:         9");
    }

    @Test
    void generateWritesJsonLinesAndReportsActualBesideExpected(QuarkusMainLauncher launcher) throws IOException {
        Path file = tmp.resolve("events.jsonl");
        LaunchResult result =
                launcher.launch("generate", "--sink", "jsonl:" + file, "--days", "2", "--progress", "off");
        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(0)).startsWith("{\"event_id\":\"").contains("\"metadata\":{\"persona\":");
        assertThat(result.getOutput())
                .contains("actual vs expected", "Generated " + String.format("%,d", lines.size()));
        assertThat(FileFaultsTest.leftOvers(tmp)).isEmpty();
    }

    @Test
    void noLabelsRemovesThePersonaFromEvents(QuarkusMainLauncher launcher) throws IOException {
        Path file = tmp.resolve("blind.jsonl");
        LaunchResult result = launcher.launch(
                "generate", "--sink", "jsonl:" + file, "--days", "1", "--no-labels", "--progress", "off");
        assertThat(result.exitCode()).isZero();
        assertThat(Files.readString(file)).doesNotContain("persona").contains("\"test_data\":true");
    }

    @Test
    void csvSinkWritesAHeaderAndOneRowPerEvent(QuarkusMainLauncher launcher) throws IOException {
        Path file = tmp.resolve("events.csv");
        LaunchResult result = launcher.launch("generate", "--sink", "csv:" + file, "--days", "1", "--progress", "off");
        assertThat(result.exitCode()).isZero();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("event_id,event_type,timestamp,esp,recipient_id");
        assertThat(result.getOutput()).contains("Generated " + String.format("%,d", lines.size() - 1) + " events");
    }

    @Test
    void dryRunCountsWithinTwoPercentOfTheExpectation(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("--dry-run", "--days", "28");
        assertThat(result.exitCode()).isZero();
        String row = result.getOutput()
                .lines()
                .filter(l -> l.trim().startsWith("total events"))
                .findFirst()
                .orElseThrow();
        double diffPercent = Double.parseDouble(row.trim().replaceAll(".*\\s([+-][0-9.]+)%$", "$1"));
        assertThat(Math.abs(diffPercent)).isLessThan(2.0);
    }

    @Test
    void configFileOverridesTheBuiltInDefaults(QuarkusMainLauncher launcher) throws IOException {
        Path config = tmp.resolve("mine.yaml");
        Files.writeString(config, """
                synth:
                  seed: 1234
                  personas:
                    night_owl:
                      users: 3
                """);
        LaunchResult result = launcher.launch("--config", config.toString(), "summary");
        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        assertThat(result.getOutput()).contains("Seed:         1234", "Users:        323");
    }

    @Test
    void invalidConfigNamesEveryKeyExitsTwoAndWritesNothing(QuarkusMainLauncher launcher) throws IOException {
        Path config = tmp.resolve("bad.yaml");
        Files.writeString(config, """
                synth:
                  personas:
                    night_owl:
                      open-rate: 1.5
                      peak-hours: "22-25"
                    lunch_browser:
                      click-rate: 0.9
                      active-days: MON-FRY
                    commuter:
                      users: -4
                """);
        Path file = tmp.resolve("never.jsonl");
        LaunchResult result = launcher.launch("--config", config.toString(), "generate", "--sink", "jsonl:" + file);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput())
                .contains(
                        "synth.personas.night_owl.open-rate: 1.5 is outside 0..1",
                        "synth.personas.night_owl.peak-hours: hour 25",
                        "synth.personas.lunch_browser.click-rate: 0.9 is above the open rate",
                        "synth.personas.lunch_browser.active-days: unknown day 'FRY'",
                        "synth.personas.commuter.users: -4");
        assertThat(Files.exists(file)).isFalse();
        assertThat(FileFaultsTest.leftOvers(tmp)).isEmpty();
    }

    @Test
    void unconvertibleConfigValueIsAUsageError(QuarkusMainLauncher launcher) throws IOException {
        Path config = tmp.resolve("typo.yaml");
        Files.writeString(config, "synth:\n  seed: forty-two\n");
        LaunchResult result = launcher.launch("--config", config.toString(), "summary");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput()).contains("synth.seed", "forty-two");
    }

    @Test
    void missingConfigFileIsAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult result =
                launcher.launch("--config", tmp.resolve("absent.yaml").toString(), "summary");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput()).contains("--config", "absent.yaml", "not a readable file");
    }

    @Test
    void commandsThatCannotPublishBootWithoutTheKafkaChannelAndSayNothingAboutIt(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("summary", "--days", "1");
        assertThat(result.exitCode()).isZero();
        // SmallRye's warning about the unconnected channel is a log record: in-process it goes to the console, not to
        // this captured stream, so it is CliIT (the packaged and native executables' own stderr) that can see it;
        // there the launcher also turns on Quarkus's INFO start-up lines
        assertThat(result.getErrorOutput()).doesNotContain("WARN", "SRMSG");
    }

    @Test
    void aChannelDisabledByConfigurationIsAUsageErrorBeforeKafkaIsContacted(QuarkusMainLauncher launcher)
            throws IOException {
        Path config = tmp.resolve("no-channel.yaml");
        Files.writeString(config, "mp:\n  messaging:\n    outgoing:\n      email-events:\n        enabled: false\n");
        // an address where no broker answers: contacting it would be a connection failure (exit 1), not exit 2
        LaunchResult result = launcher.launch(
                "--config",
                config.toString(),
                "--bootstrap-servers",
                "127.0.0.1:1",
                "generate",
                "--sink",
                "kafka",
                "--days",
                "1");
        assertThat(result.exitCode()).as(result.getErrorOutput()).isEqualTo(2);
        assertThat(result.getErrorOutput())
                .contains("mp.messaging.outgoing.email-events.enabled", "nothing can be published");
    }

    @Test
    void badFlagsAreUsageErrorsNamingTheFlag(QuarkusMainLauncher launcher) {
        assertUsageError(launcher.launch("generate", "--shard", "3/3"), "--shard", "0 ≤ K < N");
        assertUsageError(
                launcher.launch("generate", "--sink", "kafka-ish"),
                "--sink",
                "jsonl:PATH, csv:PATH (PATH '-' is standard output), stdout");
        assertUsageError(launcher.launch("summary", "--days", "0"), "--days", "window would be empty");
        assertUsageError(launcher.launch("summary", "--start", "2025-13-01"), "--start", "not a date");
        assertUsageError(launcher.launch("summary", "--start", "2025-10-01", "--end", "2025-09-01"), "window is empty");
        assertUsageError(
                launcher.launch("summary", "--start", "2025-10-01", "--days", "3", "--end", "2025-10-09"),
                "at most two");
        assertUsageError(launcher.launch("summary", "--threads", "-1"), "--threads");
        assertUsageError(launcher.launch("generate", "--frobnicate"), "Unknown option: '--frobnicate'");
    }

    @Test
    void aDashPathIsStandardOutput(QuarkusMainLauncher launcher) {
        LaunchResult csv = launcher.launch("generate", "--sink", "csv:-", "--days", "1", "--progress", "off");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.getOutputStream().get(0)).startsWith("event_id,event_type,timestamp,");
        assertThat(csv.getOutputStream()).hasSizeGreaterThan(1_000);
        assertThat(csv.getErrorOutput()).contains("Generated", "to standard output");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void rollingWindowEndsAtTodaysUtcMidnight(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("summary", "--end", "today", "--days", "101");
        assertThat(result.exitCode()).isZero();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "T00:00:00Z";
        assertThat(result.getOutput()).contains("to " + today + " (101 days");
    }

    /**
     * The exact bytes of a fixed run (seed 42, 3 days), pinned: the JVM build ({@link CliTest}) and the native
     * executable ({@link CliIT}) must both write them. A change of the model changes these on purpose.
     */
    @Test
    void outputBytesArePinnedForAFixedSeedOnEveryRuntime(QuarkusMainLauncher launcher) throws Exception {
        Path jsonl = tmp.resolve("pinned.jsonl");
        Path csv = tmp.resolve("pinned.csv");
        assertThat(launcher.launch("generate", "--sink", "jsonl:" + jsonl, "--days", "3", "--progress", "off")
                        .exitCode())
                .isZero();
        assertThat(launcher.launch("generate", "--sink", "csv:" + csv, "--days", "3", "--progress", "off")
                        .exitCode())
                .isZero();
        assertThat(sha256(jsonl)).isEqualTo("41527b6f40e4f7f4445e5af0a749be30c479804ff9cae020e207df0f3a0b7852");
        assertThat(sha256(csv)).isEqualTo("e8f3418c6442c9aa71920f2e093bb9a263c49f6927e4fba18a865240c2a0d21a");
    }

    static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    @Launch("generate-completion")
    void completionScriptIsGenerated(LaunchResult result) {
        // it covers every command and their options, though only generate-completion was named
        assertThat(result.getOutput())
                .contains("complete", "sendflowr-synth", "generate summary verify report", "--sink", "--out");
    }

    @Test
    void aMistypedCommandGetsASuggestion(QuarkusMainLauncher launcher) {
        assertUsageError(launcher.launch("sumary"), "Unmatched argument", "Did you mean", "summary");
    }

    private static void assertUsageError(LaunchResult result, String... fragments) {
        assertThat(result.exitCode()).as(result.getErrorOutput()).isEqualTo(2);
        assertThat(result.getErrorOutput()).contains(fragments);
    }
}
