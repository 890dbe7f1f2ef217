package com.sendflowr.synth.calibration;

/**
 * Delays in fixed memory: exact count and mean, and a histogram of 200 logarithmic bins per decade from 10 ms to
 * about three years, so quantiles and the cumulative curve are read to within 1.2% of the delay.
 */
public final class DelayDistribution {

    static final int BINS_PER_DECADE = 200;
    static final double MIN_SECONDS = 0.01;
    private static final int DECADES = 10;

    private final long[] bins = new long[BINS_PER_DECADE * DECADES + 1];
    private long count;
    private double sumSeconds;

    public void add(long millis) {
        double seconds = Math.max(0, millis) / 1000.0;
        count++;
        sumSeconds += seconds;
        bins[bin(seconds)]++;
    }

    private static int bin(double seconds) {
        if (seconds <= MIN_SECONDS) {
            return 0;
        }
        int bin = (int) Math.floor(Math.log10(seconds / MIN_SECONDS) * BINS_PER_DECADE) + 1;
        return Math.min(bin, BINS_PER_DECADE * DECADES);
    }

    /** The upper edge of a bin, in seconds. */
    private static double upper(int bin) {
        return MIN_SECONDS * Math.pow(10, (double) bin / BINS_PER_DECADE);
    }

    public long count() {
        return count;
    }

    public double meanSeconds() {
        return count == 0 ? Double.NaN : sumSeconds / count;
    }

    /** The q-quantile, interpolated geometrically inside its bin. */
    public double quantileSeconds(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        double rank = q * count;
        long below = 0;
        for (int b = 0; b < bins.length; b++) {
            if (below + bins[b] >= rank && bins[b] > 0) {
                if (b == 0) {
                    return MIN_SECONDS;
                }
                double lower = upper(b - 1);
                double fraction = (rank - below) / bins[b];
                return lower * Math.pow(upper(b) / lower, fraction);
            }
            below += bins[b];
        }
        return upper(bins.length - 1);
    }

    /** The share of delays at most {@code seconds}, read at the nearest bin edge. */
    public double shareWithin(double seconds) {
        if (count == 0) {
            return Double.NaN;
        }
        int last = seconds <= MIN_SECONDS
                ? 0
                : Math.min(bins.length - 1, (int) Math.round(Math.log10(seconds / MIN_SECONDS) * BINS_PER_DECADE));
        long within = 0;
        for (int b = 0; b <= last; b++) {
            within += bins[b];
        }
        return (double) within / count;
    }
}
