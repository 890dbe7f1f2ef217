package com.sendflowr.synth.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.generation.Shard;
import com.sendflowr.synth.model.Tally;
import com.sendflowr.synth.testing.ExpectationCheck;
import com.sendflowr.synth.testing.Runs;
import com.sendflowr.synth.testing.Settings;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine's keys work in any profile, not only {@code calibrated}: on the origin document's population (no other
 * realism feature), the heavy-tailed open delay alone, and with early clicks and individuals, keep {@code summary}'s
 * per-persona prediction and give first opens the heavy tail.
 */
class EngineKeysAloneTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"open-delay", "open-delay, early-clicks, individuals"})
    void theSummaryHoldsAndOpensAreHeavyTailed(String features) throws InterruptedException {
        String[] keys = Arrays.stream(features.split(", "))
                .flatMap(f -> java.util.stream.Stream.of("synth." + f + ".enabled", "true"))
                .toArray(String[]::new);
        ModelSettings settings = Settings.read(Settings.map(concat(keys, "synth.window.days", "21")));
        RunPlan plan = RunPlan.of(settings, Shard.ALL, 2);
        Tally tally = new Tally();
        CalibratedRunLite delays = new CalibratedRunLite(settings);
        plan.generator()
                .run(
                        day -> {
                            tally.accept(day);
                            day.forEach(delays);
                        },
                        Runs.QUIET);
        List<String> failures = ExpectationCheck.perPersona(settings, plan.expectation(), tally, 4.0);
        assertThat(failures).isEmpty();
        double[] sorted = delays.firstOpenDelaysHours();
        double median = sorted[sorted.length / 2];
        double mean = Arrays.stream(sorted).average().orElseThrow();
        System.out.printf(
                "%s: %d first opens, median %.2f h, mean/median %.2f, beyond 48 h %.3f%n",
                features, sorted.length, median, mean / median, 1 - CalibratedEngineTest.shareAtMost(sorted, 48));
        assertThat(mean / median).isGreaterThan(3);
        assertThat(1 - CalibratedEngineTest.shareAtMost(sorted, 48)).isGreaterThan(0.07);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** First human open delays of messages delivered in the window's first week (their opens all land inside it). */
    static final class CalibratedRunLite implements java.util.function.Consumer<com.sendflowr.synth.model.EmailEvent> {
        private final long from;
        private final long until;
        private final java.util.Map<String, Long> delivered = new java.util.HashMap<>();
        private final java.util.List<Double> delays = new java.util.ArrayList<>();

        CalibratedRunLite(ModelSettings settings) {
            this.from = settings.window().startMillis();
            this.until = from + 7 * CalibratedRun.DAY;
        }

        @Override
        public void accept(com.sendflowr.synth.model.EmailEvent e) {
            switch (e.type()) {
                case DELIVERED -> {
                    if (e.timestamp() >= from && e.timestamp() < until) {
                        delivered.put(e.message().id(), e.timestamp());
                    }
                }
                case OPENED -> {
                    Long at = delivered.get(e.message().id());
                    if (at != null && e.occurrence() == 0) {
                        delays.add((e.timestamp() - at) / (double) CalibratedRun.HOUR);
                    }
                }
                default -> {}
            }
        }

        double[] firstOpenDelaysHours() {
            return delays.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
    }
}
