package com.sendflowr.synth.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

class RanksTest {

    @Test
    void theRankCorrelationIsCommonsMathsIncludingTiesAndNegativeScores() {
        SplittableRandom random = new SplittableRandom(21);
        SpearmansCorrelation reference = new SpearmansCorrelation();
        for (int trial = 0; trial < 200; trial++) {
            double[] x = new double[168];
            double[] y = new double[168];
            for (int h = 0; h < 168; h++) {
                x[h] = random.nextInt(trial % 3 == 0 ? 5 : 1000) - 300; // many ties in a third of the trials
                y[h] = random.nextDouble() < 0.2 ? 0.1 : x[h] * 0.01 + random.nextDouble();
            }
            assertThat(Ranks.spearman(x, y)).isCloseTo(reference.correlation(x, y), within(1e-12));
        }
        assertThat(Ranks.of(new double[] {3, 1, 3, -2})).containsExactly(3.5, 2, 3.5, 1);
        // values equal as floats but not as doubles, zeros of both signs (apart, as commons-math3 ranks them), a NaN
        double[] close = {1.0, 1.0 + 1e-12, 1.0 - 1e-12, 1.0, 0.0, -0.0, 2.0, Double.NaN, 1.0 + 2e-12};
        double[] other = {5, 3, 1, 4, 9, 8, 2, 7, 6};
        assertThat(Ranks.of(close)).containsExactly(4.5, 6, 3, 4.5, 2, 1, 8, 9, 7);
        double[] finite = java.util.Arrays.copyOf(close, 7); // commons-math3 refuses NaN (so does the reader)
        double[] against = java.util.Arrays.copyOf(other, 7);
        assertThat(Ranks.spearman(finite, against)).isCloseTo(reference.correlation(finite, against), within(1e-12));
        double[] constant = new double[168];
        double[] varied = random.doubles(168).toArray();
        assertThat(reference.correlation(constant, varied)).isNaN();
        assertThat(Ranks.spearman(constant, varied)).isNaN();
        assertThat(Ranks.spearman(varied, constant)).isNaN();
    }
}
