package com.sendflowr.synth.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.Realism;
import com.sendflowr.synth.testing.Settings;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The keys of the calibrated engine: off by default, on in the profile, and every bad value named by its key. */
class CalibrationSettingsTest {

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of("synth.open-delay.median", "0s"),
                Arguments.of("synth.open-delay.median", "15d"), // not below the horizon of 14d
                Arguments.of("synth.open-delay.shape", "0.1"),
                Arguments.of("synth.open-delay.shape", "6"),
                Arguments.of("synth.open-delay.horizon", "36d"),
                Arguments.of("synth.open-delay.reopen-horizon", "36d"),
                Arguments.of("synth.open-delay.activity-warp", "1"),
                Arguments.of("synth.open-delay.activity-warp", "-0.1"),
                Arguments.of("synth.early-clicks.boost", "0.5"),
                Arguments.of("synth.early-clicks.boost", "21"),
                Arguments.of("synth.early-clicks.half-life", "0s"),
                Arguments.of("synth.individuals.persona-weight", "1.2"),
                Arguments.of("synth.individuals.peak-weight", "-1"),
                Arguments.of("synth.individuals.day-spread", "3"),
                Arguments.of("synth.individuals.night-factor", "0"),
                Arguments.of("synth.individuals.rate-concentration", "0.05"),
                Arguments.of("synth.individuals.send-time-strength", "5"),
                Arguments.of("synth.individuals.send-time-strength", "-0.5"));
    }

    @ParameterizedTest
    @MethodSource("invalidValues")
    void anInvalidValueIsReportedUnderItsKey(String key, String value) {
        List<ConfigProblem> problems = problems(Map.of(key, value));
        assertEquals(List.of(key), problems.stream().map(ConfigProblem::key).toList(), problems.toString());
        ConfigProblem problem = problems.get(0);
        assertFalse(problem.message().contains("Exception"), problem.toString());
        assertTrue(problem.message().length() > 15, problem.toString());
    }

    @Test
    void earlyClicksAndIndividualsNeedTheHeavyTailedOpenDelay() {
        List<ConfigProblem> problems =
                problems(Settings.map("synth.early-clicks.enabled", "true", "synth.individuals.enabled", "true"));
        assertEquals(
                List.of("synth.early-clicks.enabled", "synth.individuals.enabled"),
                problems.stream().map(ConfigProblem::key).sorted().toList());
        assertTrue(problems.get(0).message().contains("synth.open-delay.enabled"), problems.toString());
    }

    @Test
    void theEngineIsOffByDefaultAndTheOriginSpanHolds() {
        ModelSettings defaults = Settings.defaults();
        assertFalse(defaults.realism().openDelay().enabled());
        assertFalse(defaults.realism().earlyClicks().enabled());
        assertFalse(defaults.realism().individuals().enabled());
        assertEquals(Realism.OFF.openDelay(), defaults.realism().openDelay());
        assertEquals(Realism.OFF.individuals(), defaults.realism().individuals());
        assertEquals(
                30_000 + 2 * 48 * 3_600_000L + 3_600_000L, defaults.funnel().longestMessageSpan());
    }

    @Test
    void theCalibratedProfileTurnsTheEngineOnAndScalesThePopulation() {
        ModelSettings calibrated = assertDoesNotThrow(() -> Settings.profile("calibrated"));
        assertTrue(calibrated.realism().openDelay().enabled());
        assertTrue(calibrated.realism().earlyClicks().enabled());
        assertTrue(calibrated.realism().individuals().enabled());
        assertEquals(0.3, calibrated.realism().individuals().sendTimeStrength());
        assertEquals(28_000, calibrated.userCount());
        // streamed by the two horizons (14 + 3 days), not twice the origin's open window
        assertEquals(
                17 * 86_400_000L + 30_000 + 30 * 60_000L, calibrated.funnel().longestMessageSpan());
    }

    @Test
    void theSendTimeStrengthIsContinuous() {
        assertEquals(
                0.75,
                assertDoesNotThrow(() -> Settings.profile("calibrated", "synth.individuals.send-time-strength", "0.75"))
                        .realism()
                        .individuals()
                        .sendTimeStrength());
    }

    private static List<ConfigProblem> problems(Map<String, String> overrides) {
        return assertThrows(
                        InvalidConfigurationException.class, () -> Settings.read(overrides), "accepted " + overrides)
                .problems();
    }
}
