package com.sendflowr.synth.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.testing.Settings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SPEC section 3, "validated config": every invalid value is reported with its key and a plain sentence. */
class SettingsReaderValidationTest {

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                // rates
                invalid("synth.personas.night_owl.open-rate", "1.5"),
                invalid("synth.personas.night_owl.open-rate", "-0.1"),
                invalid("synth.personas.sporadic.click-rate", "1.2"),
                invalid("synth.personas.sporadic.click-rate", "NaN"),
                invalid("synth.personas.morning_person.click-rate", "0.5"), // above its open rate 0.35
                invalid("synth.personas.lunch_browser.open-rate", "0.97"), // above what the model can hold
                // hours
                invalid("synth.personas.commuter.peak-hours", "7-24"),
                invalid("synth.personas.commuter.peak-hours", "-1"),
                invalid("synth.personas.commuter.secondary-hours", "25"),
                invalid("synth.personas.commuter.secondary-hours", "seven"),
                invalid("synth.personas.commuter.secondary-hours", "8"), // overlaps the peak hours 8,9,17,18
                invalid("synth.personas.sporadic.secondary-hours", "9"), // without peak hours
                // days
                invalid("synth.personas.night_owl.active-days", "FRI-SAN"),
                invalid("synth.personas.night_owl.active-days", "WEEKENDS"),
                invalid("synth.personas.night_owl.active-days", "FR"),
                // counts
                invalid("synth.personas.night_owl.users", "-5"),
                invalid("synth.campaigns.per-day", "-1"),
                invalid("synth.campaigns.per-day", "256"),
                invalid("synth.campaigns.audience-share", "1.01"),
                // batch send schedules
                invalid("synth.campaigns.send-times", "9am"),
                invalid("synth.campaigns.send-times", "09:00, 24:00"),
                invalid("synth.campaigns.send-times", "09:00, 9:00"),
                invalid("synth.campaigns.send-clock", "recipient"),
                invalid("synth.campaigns.send-spread", "7h"),
                invalid("synth.campaigns.send-spread", "-1m"),
                invalid("synth.campaigns.exploration-share", "1.5"),
                // cadence: fatigue looks back at most a week
                invalid("synth.fatigue.lookback", "8d"),
                invalid("synth.fatigue.lookback", "30s"),
                // window
                invalid("synth.window.days", "0"),
                invalid("synth.window.days", "-3"),
                invalid("synth.window.start", "2025-13-01"),
                invalid("synth.window.start", "yesterday"),
                invalid("synth.window.end", "2026-02-30"),
                // funnel
                invalid("synth.delivery.rate", "2"),
                invalid("synth.delivery.min-delay", "-1s"),
                invalid("synth.delivery.max-delay", "0s"), // below min-delay 1s
                invalid("synth.engagement.first-open-min-delay", "0s"),
                invalid("synth.engagement.open-window", "30s"), // below first-open-min-delay 1m
                invalid("synth.engagement.open-window", "15d"),
                invalid("synth.engagement.willingness-half-life", "0s"),
                invalid("synth.engagement.reopen-mean", "-1"),
                invalid("synth.engagement.reopen-mean", "21"),
                invalid("synth.engagement.click-min-delay", "0s"),
                // below click-min-delay 1m, and so below the mean click delay 8m
                invalid("synth.engagement.click-max-delay", "30s", "synth.engagement.click-mean-delay"),
                invalid("synth.engagement.click-mean-delay", "2h"), // above click-max-delay 60m
                invalid("synth.engagement.open-window", "99999999999999d"), // beyond milliseconds
                invalid("synth.activity.peak-weight", "1e308"),
                invalid("synth.kafka.partitions", "0"),
                invalid("synth.kafka.connect-timeout", "0s"),
                invalid("synth.kafka.stall-timeout", "-1s"),
                invalid("synth.output.progress-every-days", "0"),
                invalid("synth.engagement.click-mean-delay", "0s"),
                invalid("synth.engagement.reclick-mean", "25"),
                invalid("synth.engagement.send-time-effect", "1.5"),
                // activity shape
                // a zero peak weight also puts the (valid) secondary weight above it: both are reported
                invalid("synth.activity.peak-weight", "0", "synth.activity.secondary-weight"),
                invalid("synth.activity.secondary-weight", "2"), // above the peak weight
                invalid("synth.activity.baseline-weight", "0"),
                invalid("synth.activity.baseline-weight", "0.5"), // above the secondary weight
                invalid("synth.activity.inactive-day-factor", "0"),
                invalid("synth.activity.inactive-day-factor", "1.5"),
                // heterogeneity
                invalid("synth.heterogeneity.rate-spread", "0.5"),
                invalid("synth.heterogeneity.rate-spread", "-0.1"),
                invalid("synth.heterogeneity.timing-jitter", "61m"),
                // identity
                invalid("synth.events.esp", "   "),
                invalid("synth.events.first-user-number", "-1"),
                invalid("synth.events.email-domain", "localhost"),
                invalid("synth.events.link-base-url", "https://example.com/"),
                invalid("synth.events.link-base-url", "ftp://example.com"));
    }

    private static Arguments invalid(String key, String value, String... consequentialKeys) {
        return Arguments.of(key, value, List.of(consequentialKeys));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("invalidValues")
    void anInvalidValueIsReportedUnderItsKey(String key, String value, List<String> consequentialKeys) {
        List<ConfigProblem> problems = problems(Map.of(key, value), WindowOverrides.NONE);
        List<String> expectedKeys = new java.util.ArrayList<>(List.of(key));
        expectedKeys.addAll(consequentialKeys);
        assertEquals(expectedKeys, problems.stream().map(ConfigProblem::key).toList(), problems.toString());
        problems.forEach(SettingsReaderValidationTest::assertPlainSentence);
    }

    @Test
    void aPersonaNameMustBeLowerCaseWithUnderscores() {
        Map<String, String> newPersona = Settings.map(
                "synth.personas.NightOwl2.users",
                "3",
                "synth.personas.NightOwl2.active-days",
                "ALL",
                "synth.personas.NightOwl2.open-rate",
                "0.2",
                "synth.personas.NightOwl2.click-rate",
                "0.1");
        List<ConfigProblem> problems = problems(newPersona, WindowOverrides.NONE);
        assertEquals(
                List.of("synth.personas.NightOwl2"),
                problems.stream().map(ConfigProblem::key).toList());
    }

    @Test
    void noUsersAtAllIsReported() {
        Map<String, String> nobody = new java.util.HashMap<>();
        for (String persona : List.of(
                "morning_person",
                "evening_person",
                "night_owl",
                "lunch_browser",
                "weekend_warrior",
                "commuter",
                "sporadic",
                "highly_engaged",
                "low_engaged")) {
            nobody.put("synth.personas." + persona + ".users", "0");
        }
        List<ConfigProblem> problems = problems(nobody, WindowOverrides.NONE);
        assertEquals(
                List.of("synth.personas"),
                problems.stream().map(ConfigProblem::key).toList());
    }

    static Stream<Arguments> invalidWindowOverrides() {
        return Stream.of(
                Arguments.of(window("2025-10-05", null, "2025-10-01"), "--end"), // empty window
                Arguments.of(window("2025-10-05", null, "2025-10-05"), "--end"),
                Arguments.of(window("2025-10-05T10:00:00Z", null, "2025-10-05T09:59:59.999Z"), "--end"),
                Arguments.of(window(null, 0, null), "--days"),
                Arguments.of(window(null, -2, "today"), "--days"),
                Arguments.of(window("2025-10-32", null, null), "--start"),
                Arguments.of(window(null, 7, "tomorrow"), "--end"),
                Arguments.of(window("2025-10-01", 7, "2025-10-08"), "--start/--days/--end"));
    }

    private static WindowOverrides window(String start, Integer days, String end) {
        return new WindowOverrides(Optional.ofNullable(start), Optional.ofNullable(days), Optional.ofNullable(end));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("invalidWindowOverrides")
    void anInvalidCommandLineWindowIsReportedUnderItsFlag(WindowOverrides overrides, String key) {
        List<ConfigProblem> problems = problems(Map.of(), overrides);
        assertEquals(List.of(key), problems.stream().map(ConfigProblem::key).toList(), problems.toString());
        assertPlainSentence(problems.get(0));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<ConfigProblem> problems = problems(
                Settings.map(
                        "synth.personas.night_owl.open-rate", "1.5",
                        "synth.personas.commuter.peak-hours", "30",
                        "synth.campaigns.per-day", "300",
                        "synth.activity.inactive-day-factor", "0"),
                WindowOverrides.NONE);
        assertEquals(
                List.of(
                        "synth.activity.inactive-day-factor",
                        "synth.campaigns.per-day",
                        "synth.personas.commuter.peak-hours",
                        "synth.personas.night_owl.open-rate"),
                problems.stream().map(ConfigProblem::key).sorted().toList());
    }

    @Test
    void theDefaultsAreValidAndReproduceTheSpec() {
        ModelSettings settings = assertDoesNotThrow(Settings::defaults);
        assertEquals(42, settings.seed());
        assertEquals(350, settings.userCount());
        assertEquals(9, settings.personas().size());
        assertEquals(Instant.parse("2025-10-01T00:00:00Z"), settings.window().start());
        assertEquals(Instant.parse("2026-01-10T00:00:00Z"), settings.window().end());
        assertEquals(101.0, settings.window().days());
    }

    @Test
    void aRollingWindowEndsAtTodaysUtcMidnight() {
        ModelSettings settings = Settings.read(Map.of(), window(null, 101, "today"));
        // Settings.CLOCK is 2026-02-15T10:30Z.
        assertEquals(Instant.parse("2026-02-15T00:00:00Z"), settings.window().end());
        assertEquals(Instant.parse("2025-11-06T00:00:00Z"), settings.window().start());
    }

    @Test
    void extremeButValidValuesAreAccepted() {
        assertDoesNotThrow(() -> Settings.with(
                "synth.personas.night_owl.open-rate",
                "0.95",
                "synth.personas.night_owl.click-rate",
                "0.95",
                "synth.personas.sporadic.open-rate",
                "0",
                "synth.personas.sporadic.click-rate",
                "0",
                "synth.personas.commuter.users",
                "0",
                "synth.campaigns.per-day",
                "255",
                "synth.personas.evening_person.peak-hours",
                "23-0",
                "synth.personas.evening_person.secondary-hours",
                "none",
                "synth.personas.evening_person.active-days",
                "SAT-MON"));
        assertDoesNotThrow(() -> Settings.with(
                "synth.campaigns.send-times",
                "00:00, 23:59",
                "synth.campaigns.send-clock",
                "LOCAL",
                "synth.campaigns.send-spread",
                "6h",
                "synth.campaigns.exploration-share",
                "1",
                "synth.fatigue.lookback",
                "7d"));
    }

    @Test
    void aBadSendTimeSaysWhatIsAccepted() {
        ConfigProblem problem = problems(Map.of("synth.campaigns.send-times", "noon"), WindowOverrides.NONE)
                .get(0);
        assertEquals("synth.campaigns.send-times", problem.key());
        assertTrue(
                problem.message().contains("'noon'")
                        && problem.message().contains("HH:MM")
                        && problem.message().contains("random"),
                problem.message());
    }

    private static List<ConfigProblem> problems(Map<String, String> overrides, WindowOverrides window) {
        InvalidConfigurationException e = assertThrows(
                InvalidConfigurationException.class,
                () -> Settings.read(overrides, window),
                "accepted " + overrides + " " + window);
        return e.problems();
    }

    private static void assertPlainSentence(ConfigProblem problem) {
        assertFalse(problem.message().isBlank(), problem.toString());
        assertFalse(problem.message().contains("Exception"), problem.toString());
        assertTrue(problem.message().length() > 15, problem.toString());
    }
}
