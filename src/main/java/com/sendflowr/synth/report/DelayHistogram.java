package com.sendflowr.synth.report;

/**
 * Counts durations in fixed, logarithmically spaced bins: {@value #BINS_PER_DECADE} per decade from 0.1 s to
 * 10⁶ s (11.6 days), plus one bin below and one above, so delays from seconds (delivery) to days (deferred
 * deliveries, late opens) share one axis and the memory is a fixed array.
 */
final class DelayHistogram {

    static final int BINS_PER_DECADE = 6;
    static final int LOWEST_DECADE = -1;
    static final int DECADES = 7;
    static final int BINS = BINS_PER_DECADE * DECADES + 2;

    private final long[] counts = new long[BINS];
    private long total;
    private long negative;

    void add(long millis) {
        if (millis < 0) {
            negative++;
            return;
        }
        total++;
        counts[bin(millis / 1000.0)]++;
    }

    static int bin(double seconds) {
        if (seconds < Math.pow(10, LOWEST_DECADE)) {
            return 0;
        }
        int bin = 1 + (int) Math.floor((Math.log10(seconds) - LOWEST_DECADE) * BINS_PER_DECADE + 1e-9);
        return Math.min(bin, BINS - 1);
    }

    /** Lower edge in seconds of each bin after the first (the first starts at 0). */
    static double[] edges() {
        double[] edges = new double[BINS];
        for (int i = 1; i < BINS; i++) {
            edges[i] = Math.pow(10, LOWEST_DECADE + (i - 1) / (double) BINS_PER_DECADE);
        }
        return edges;
    }

    long[] counts() {
        return counts.clone();
    }

    long total() {
        return total;
    }

    /** Durations below zero (an event before its predecessor: out-of-order or inconsistent data). */
    long negative() {
        return negative;
    }
}
