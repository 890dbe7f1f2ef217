package com.sendflowr.synth.generation;

import java.util.SplittableRandom;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * commons-math3's {@link RandomGenerator} over the JDK's {@link SplittableRandom}, cheap to reseed for every
 * message, so commons-math3 distributions can draw from a stream derived for exactly that message.
 */
public final class SeededRandom implements RandomGenerator {

    private SplittableRandom random;

    public SeededRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Restarts this generator on the stream of {@code seed}. */
    public SeededRandom reseed(long seed) {
        this.random = new SplittableRandom(seed);
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
        random.nextBytes(bytes);
    }

    @Override
    public int nextInt() {
        return random.nextInt();
    }

    @Override
    public int nextInt(int n) {
        return random.nextInt(n);
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    @Override
    public float nextFloat() {
        return (random.nextInt() >>> 8) * 0x1.0p-24f;
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }

    /** Uniform in {@code [from, to)}. */
    public double nextDouble(double from, double to) {
        return random.nextDouble(from, to);
    }

    public long nextLong(long from, long to) {
        return random.nextLong(from, to);
    }

    @Override
    public double nextGaussian() {
        // Marsaglia polar method, without the cached second value so a reseed leaves no state behind.
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
