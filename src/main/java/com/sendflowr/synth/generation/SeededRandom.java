package com.sendflowr.synth.generation;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * commons-math3's {@link RandomGenerator} giving exactly the numbers of the JDK's {@link java.util.SplittableRandom}
 * made with the same seed, reseeded for every message without an object per reseed, so commons-math3 distributions
 * can draw from a stream derived for exactly that message. {@code SplittableRandom} has no reseed, and a new one (with
 * its helper object, two allocations) per message and per user-day was a quarter of the `calibrated` profile's
 * allocation during generation (JFR), which the native executable's serial collector pays for; the algorithm is
 * SplitMix64 with the JDK's bounded draws, and {@code SeededRandomTest} holds every method to the JDK's output.
 */
public final class SeededRandom implements RandomGenerator {

    /** {@code SplittableRandom}'s gamma for a generator made from a seed alone. */
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long seed;

    public SeededRandom(long seed) {
        this.seed = seed;
    }

    /** Restarts this generator on the stream of {@code seed}. */
    public SeededRandom reseed(long seed) {
        this.seed = seed;
        return this;
    }

    @Override
    public void setSeed(int seed) {
        reseed(seed);
    }

    @Override
    public void setSeed(int[] seed) {
        long s = 0;
        for (int i : seed) {
            s = s * 31 + i;
        }
        reseed(s);
    }

    @Override
    public void setSeed(long seed) {
        reseed(seed);
    }

    @Override
    public void nextBytes(byte[] bytes) {
        int i = 0;
        for (int words = bytes.length >> 3; words-- > 0; ) {
            long bits = nextLong();
            for (int n = 8; n-- > 0; bits >>>= Byte.SIZE) {
                bytes[i++] = (byte) bits;
            }
        }
        if (i < bytes.length) {
            for (long bits = nextLong(); i < bytes.length; bits >>>= Byte.SIZE) {
                bytes[i++] = (byte) bits;
            }
        }
    }

    @Override
    public int nextInt() {
        long z = nextSeed();
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }

    @Override
    public int nextInt(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int m = n - 1;
        int r = nextInt();
        if ((n & m) == 0) {
            return r & m;
        }
        // reject the candidates that would over-represent the low values
        for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1) {}
        return r;
    }

    @Override
    public long nextLong() {
        return RandomStreams.mix(nextSeed());
    }

    @Override
    public boolean nextBoolean() {
        return nextInt() < 0;
    }

    @Override
    public float nextFloat() {
        return (nextInt() >>> 8) * 0x1.0p-24f;
    }

    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in {@code [from, to)}. */
    public double nextDouble(double from, double to) {
        if (!(from < to && to - from < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be greater than origin and the range finite");
        }
        double r = nextDouble() * (to - from) + from;
        return r >= to ? Math.nextDown(to) : r;
    }

    /** Uniform in {@code [from, to)}. */
    public long nextLong(long from, long to) {
        if (from >= to) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        long r = nextLong();
        long n = to - from;
        long m = n - 1;
        if ((n & m) == 0L) {
            return (r & m) + from;
        }
        if (n > 0L) {
            for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = nextLong() >>> 1) {}
            return r + from;
        }
        while (r < from || r >= to) {
            r = nextLong();
        }
        return r;
    }

    private long nextSeed() {
        return seed += GOLDEN_GAMMA;
    }

    @Override
    public double nextGaussian() {
        // Marsaglia polar method, without the cached second value so a reseed leaves no state behind.
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        return v1 * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    }
}
