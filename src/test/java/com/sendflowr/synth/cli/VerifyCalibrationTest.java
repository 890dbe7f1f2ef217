package com.sendflowr.synth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sendflowr.synth.calibration.Statistic;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} with {@code synth.calibration.check}: each published range is checked and shown, a value outside
 * one fails with exit 3, a statistic the data cannot show is reported as such, a user's own ranges replace the
 * built-in ones. The data are today's engine with Apple's proxy on (3 weeks, so the first week's messages are
 * settled): the machinery is tested here, the calibrated profile's values by the engine's own tests.
 */
@QuarkusMainTest
class VerifyCalibrationTest {

    private static final String DAYS = "21";

    @TempDir
    static Path tmp;

    private static Path labelled;
    private static Path unlabelled;

    private Path config(String extra) throws IOException {
        Path config = Files.createTempFile(tmp, "config", ".yaml");
        Files.writeString(config, """
                synth:
                  apple-mpp:
                    enabled: true
                  calibration:
                    check: true
                """ + extra);
        return config;
    }

    /** Every statistic accepted: a table whose ranges hold anything the data can show. */
    private Path anythingGoes() throws IOException {
        StringBuilder csv = new StringBuilder("id,statistic,low,high,unit,source\n");
        for (Statistic s : Statistic.values()) {
            csv.append(s.id()).append(',').append(s.id()).append(",-1000000,1000000,ratio,\"test, 2026\"\n");
        }
        Path file = Files.createTempFile(tmp, "targets", ".csv");
        Files.writeString(file, csv);
        return file;
    }

    private Path dataset(QuarkusMainLauncher launcher, boolean labels) throws IOException {
        if ((labels ? labelled : unlabelled) == null) {
            Path events = tmp.resolve(labels ? "labelled.jsonl" : "unlabelled.jsonl");
            List<String> args = new ArrayList<>(List.of(
                    "--config",
                    config("").toString(),
                    "generate",
                    "--sink",
                    "jsonl:" + events,
                    "--days",
                    DAYS,
                    "--progress",
                    "off"));
            if (!labels) {
                args.add("--no-labels");
            }
            LaunchResult result = launcher.launch(args.toArray(String[]::new));
            assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
            if (labels) {
                labelled = events;
            } else {
                unlabelled = events;
            }
        }
        return labels ? labelled : unlabelled;
    }

    @Test
    void aValueOutsideItsPublishedRangeFailsWithExit3AndEveryTargetIsShownWithItsSource(QuarkusMainLauncher launcher)
            throws IOException {
        Path events = dataset(launcher, true);
        LaunchResult result =
                launcher.launch("--config", config("").toString(), "verify", "jsonl:" + events, "--days", DAYS);
        assertThat(result.exitCode())
                .as(result.getOutput() + result.getErrorOutput())
                .isEqualTo(3);
        String out = result.getOutput();
        assertThat(out)
                .contains(
                        "Calibration against published measurements (docs/calibration.md)",
                        "human first opens within 1 h of delivery",
                        "19.0% - 35.0%",
                        "XCampaign, CIKM 2025",
                        "Litmus, Dec 2021",
                        "Emarsys, Klaviyo STO reports",
                        "OUT OF RANGE",
                        // eight campaigns a day to everyone: far above marketing cadence
                        "sends per user per week");
        assertThat(out.lines().filter(l -> l.contains("sends per user per week")))
                .singleElement()
                .satisfies(l -> assertThat(l).contains("OUT OF RANGE"));
        // the expectation's own checks pass: the failure is the calibration's
        assertThat(out).doesNotContain("MISMATCH");
    }

    @Test
    void theJsonVerdictCarriesEachTargetsRangeSourceAndMeasuredValue(QuarkusMainLauncher launcher) throws IOException {
        Path events = dataset(launcher, true);
        LaunchResult result = launcher.launch(
                "--config", config("").toString(), "verify", "jsonl:" + events, "--days", DAYS, "--output", "json");
        assertThat(result.exitCode()).isEqualTo(3);
        List<String> ids = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        double sendsPerWeek = Double.NaN;
        try (JsonParser json = new JsonFactory().createParser(result.getOutput())) {
            while (json.nextToken() != null) {
                if (json.currentToken() == JsonToken.FIELD_NAME
                        && json.currentName().equals("calibration")) {
                    json.nextToken();
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        String id = null;
                        Double value = null;
                        while (json.nextToken() == JsonToken.FIELD_NAME) {
                            String field = json.currentName();
                            json.nextToken();
                            switch (field) {
                                case "id" -> id = json.getText();
                                case "status" -> statuses.add(json.getText());
                                case "value" -> value = json.getDoubleValue();
                                default -> {}
                            }
                        }
                        ids.add(id);
                        if ("sends_per_user_week".equals(id)) {
                            sendsPerWeek = value;
                        }
                    }
                }
            }
        }
        assertThat(ids).hasSize(Statistic.values().length).contains("send_time_headroom", "machine_open_share");
        assertThat(statuses)
                .contains("in-range", "out-of-range")
                .allMatch(s -> s.matches("in-range|out-of-range|not-measurable"));
        // 8 campaigns a day, each to 95% of users, 99% delivered or not: 7 × 8 × 0.95 sends a week
        assertThat(sendsPerWeek).isCloseTo(7 * 8 * 0.95, org.assertj.core.api.Assertions.within(1.0));
        assertThat(result.getOutput()).contains("\"passed\" : false", "\"source\" : \"Litmus, Dec 2021");
    }

    @Test
    void aDatasetInsideTheRangesPassesWithExit0(QuarkusMainLauncher launcher) throws IOException {
        Path events = dataset(launcher, true);
        LaunchResult result = launcher.launch(
                "--config",
                config("    targets: " + anythingGoes() + "\n").toString(),
                "verify",
                "jsonl:" + events,
                "--days",
                DAYS);
        assertThat(result.exitCode()).as(result.getOutput()).isZero();
        assertThat(result.getOutput())
                .contains("Calibration against published measurements", "test, 2026")
                .containsPattern("All \\d+ checks passed\\.")
                .doesNotContain("OUT OF RANGE");
    }

    @Test
    void withoutLabelsTheHumanStatisticsAreReportedAsNotMeasurableNotFailed(QuarkusMainLauncher launcher)
            throws IOException {
        Path events = dataset(launcher, false);
        LaunchResult result = launcher.launch(
                "--config",
                config("    targets: " + anythingGoes() + "\n").toString(),
                "verify",
                "jsonl:" + events,
                "--days",
                DAYS,
                "--no-labels");
        assertThat(result.exitCode()).as(result.getOutput()).isZero();
        assertThat(result.getOutput())
                .contains("not measurable: the data carry no labels (--no-labels)", "not measurable on these data)");
        assertThat(result.getOutput().lines().filter(l -> l.startsWith("  unique_click_rate ")))
                .singleElement()
                .satisfies(l -> assertThat(l).doesNotContain("not measurable"));
    }

    @Test
    void withoutTheCheckVerifyShowsNoCalibration(QuarkusMainLauncher launcher) throws IOException {
        Path events = dataset(launcher, true);
        Path config = Files.createTempFile(tmp, "plain", ".yaml");
        Files.writeString(config, "synth:\n  apple-mpp:\n    enabled: true\n");
        LaunchResult result =
                launcher.launch("--config", config.toString(), "verify", "jsonl:" + events, "--days", DAYS);
        assertThat(result.exitCode()).as(result.getOutput()).isZero();
        assertThat(result.getOutput()).doesNotContain("Calibration");
    }

    @Test
    void theCalibratedProfileTurnsTheCheckOn(QuarkusMainLauncher launcher) throws IOException {
        Path events = dataset(launcher, true);
        LaunchResult result = launcher.launch("--profile", "calibrated", "verify", "jsonl:" + events, "--days", DAYS);
        assertThat(result.getOutput()).contains("Calibration against published measurements");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void aBadTargetsTableIsAConfigurationErrorNamingItsKeyAndLine(QuarkusMainLauncher launcher) throws IOException {
        Path events = dataset(launcher, true);
        Path table = Files.createTempFile(tmp, "bad", ".csv");
        Files.writeString(table, "id,statistic,low,high,unit,source\nopen_rate,x,0.1,0.2,share,s\n");
        LaunchResult result = launcher.launch(
                "--config",
                config("    targets: " + table + "\n").toString(),
                "verify",
                "jsonl:" + events,
                "--days",
                DAYS);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput())
                .contains("synth.calibration.targets: " + table + " line 2: unknown statistic 'open_rate'")
                .doesNotContain("Exception");
    }
}
