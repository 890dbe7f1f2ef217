package com.sendflowr.synth.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.sendflowr.synth.generation.GroundTruth;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SendTimeTruthTest {

    private static GroundTruth user(String persona, double[] curve) {
        return new GroundTruth(
                "u",
                persona,
                "train",
                LocalDate.of(2025, 10, 1),
                false,
                "UTC",
                0.2,
                0.02,
                "ALL",
                List.of(),
                List.of(),
                0,
                false,
                "default",
                curve,
                null);
    }

    private static double[] peakAt(int hour, double peak, double rest) {
        double[] curve = new double[168];
        Arrays.fill(curve, rest);
        curve[hour] = peak;
        return curve;
    }

    @Test
    void headroomIsTheOracleOverTheBestSingleHourForEveryone() {
        Map<Statistic, Measured> r =
                SendTimeTruth.of(List.of(user("a", peakAt(0, 0.4, 0.1)), user("b", peakAt(1, 0.4, 0.1))));
        // oracle 0.4 + 0.4; hour 0 for everyone 0.4 + 0.1
        assertThat(r.get(Statistic.SEND_TIME_HEADROOM).value()).isCloseTo(0.8 / 0.5, within(1e-12));
        assertThat(r.get(Statistic.SEND_TIME_HEADROOM).detail()).contains("Mon 00:00");
    }

    @Test
    void correlationIsTheMeanOverPairsWithinAPersona() {
        double[] wave = new double[168];
        double[] opposite = new double[168];
        for (int h = 0; h < 168; h++) {
            wave[h] = 0.2 + 0.1 * Math.sin(h * 2 * Math.PI / 24);
            opposite[h] = 0.2 - 0.1 * Math.sin(h * 2 * Math.PI / 24);
        }
        double[] flat = new double[168];
        Arrays.fill(flat, 0.2);
        // persona a: three identical users (3 pairs at 1); persona b: two opposite users (1 pair at -1);
        // flat curves have no correlation and are left out; users of different personas are never paired
        Map<Statistic, Measured> r = SendTimeTruth.of(List.of(
                user("a", wave),
                user("a", wave),
                user("a", wave),
                user("b", wave),
                user("b", opposite),
                user("b", flat)));
        assertThat(r.get(Statistic.PERSONA_CURVE_CORRELATION).value()).isCloseTo((3 * 1.0 - 1) / 4, within(1e-9));
    }

    @Test
    void withoutVaryingCurvesCorrelationIsNotMeasurable() {
        double[] flat = new double[168];
        Arrays.fill(flat, 0.2);
        Measured m =
                SendTimeTruth.of(List.of(user("a", flat), user("a", flat))).get(Statistic.PERSONA_CURVE_CORRELATION);
        assertThat(m.measurable()).isFalse();
    }
}
