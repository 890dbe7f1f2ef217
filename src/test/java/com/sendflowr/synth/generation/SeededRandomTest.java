package com.sendflowr.synth.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link SeededRandom} draws exactly what the JDK's {@link SplittableRandom} of the same seed draws, call for call. */
class SeededRandomTest {

    private static final int[] INT_BOUNDS = {1, 2, 3, 7, 10, 64, 1_000, (1 << 30) + 1, Integer.MAX_VALUE};
    private static final long[][] LONG_RANGES = {
        {0, 1},
        {0, 2},
        {-5, 5},
        {200, 2_001},
        {0, 1L << 40},
        {0, (1L << 62) + 1},
        {Long.MIN_VALUE / 2, Long.MAX_VALUE / 2 + 7},
        {Long.MIN_VALUE, Long.MAX_VALUE},
        {-1L << 62, 1L << 62}
    };

    @Test
    void everyMethodDrawsWhatSplittableRandomDrawsFromTheSameSeed() {
        SplittableRandom seeds = new SplittableRandom(20_261_207);
        SeededRandom actual = new SeededRandom(0);
        for (int s = 0; s < 2_000; s++) {
            long seed = s < 3 ? s - 1 : seeds.nextLong();
            SplittableRandom expected = new SplittableRandom(seed);
            actual.reseed(seed);
            for (int call = 0; call < 60; call++) {
                switch (call % 11) {
                    case 0 -> assertThat(actual.nextInt()).isEqualTo(expected.nextInt());
                    case 1 -> {
                        int bound = INT_BOUNDS[call % INT_BOUNDS.length];
                        assertThat(actual.nextInt(bound)).isEqualTo(expected.nextInt(bound));
                    }
                    case 2 -> assertThat(actual.nextLong()).isEqualTo(expected.nextLong());
                    case 3 -> {
                        long[] range = LONG_RANGES[(call / 11 + s) % LONG_RANGES.length];
                        assertThat(actual.nextLong(range[0], range[1]))
                                .isEqualTo(expected.nextLong(range[0], range[1]));
                    }
                    case 4 -> assertThat(actual.nextDouble()).isEqualTo(expected.nextDouble());
                    case 5 -> assertThat(actual.nextDouble(-3.5, 1e6)).isEqualTo(expected.nextDouble(-3.5, 1e6));
                    case 6 -> assertThat(actual.nextBoolean()).isEqualTo(expected.nextBoolean());
                    case 7 -> {
                        byte[] mine = new byte[(call + s) % 18];
                        byte[] theirs = new byte[mine.length];
                        actual.nextBytes(mine);
                        expected.nextBytes(theirs);
                        assertThat(mine).isEqualTo(theirs);
                    }
                    case 8 -> assertThat(actual.nextFloat()).isEqualTo((expected.nextInt() >>> 8) * 0x1.0p-24f);
                    case 9 -> assertThat(actual.nextGaussian()).isEqualTo(polarGaussian(expected));
                    default -> assertThat(actual.nextDouble(0, 1e-300)).isEqualTo(expected.nextDouble(0, 1e-300));
                }
            }
        }
    }

    @Test
    void setSeedRestartsTheStream() {
        SeededRandom random = new SeededRandom(5);
        random.nextLong();
        random.setSeed(5L);
        assertThat(random.nextLong()).isEqualTo(new SplittableRandom(5).nextLong());
        random.setSeed(7);
        assertThat(random.nextDouble()).isEqualTo(new SplittableRandom(7).nextDouble());
    }

    @Test
    void refusesEmptyRangesAsTheJdkDoes() {
        SeededRandom random = new SeededRandom(1);
        assertThatThrownBy(() -> random.nextInt(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> random.nextLong(3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> random.nextDouble(1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SplittableRandom(1).nextLong(3, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The Marsaglia polar method as {@link SeededRandom#nextGaussian} draws it, over the JDK's generator. */
    private static double polarGaussian(SplittableRandom random) {
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * random.nextDouble() - 1;
            v2 = 2 * random.nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        return v1 * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    }
}
