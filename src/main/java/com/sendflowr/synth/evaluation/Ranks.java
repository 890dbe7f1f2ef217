package com.sendflowr.synth.evaluation;

import java.util.Arrays;

/**
 * Spearman's rank correlation as commons-math3's {@code SpearmansCorrelation} computes it (ties get their average
 * rank, then Pearson's correlation of the ranks), on primitive arrays: commons-math3 ranks through boxed objects,
 * which was a quarter of {@code evaluate}'s time at 20,000 users. Each thread ranks in arrays of its own, reused:
 * new arrays per user were a quarter of what {@code evaluate} allocated.
 */
final class Ranks {

    private static final ThreadLocal<Ranks> SCRATCH = ThreadLocal.withInitial(Ranks::new);

    private double[] xRanks = new double[0];
    private double[] yRanks = new double[0];
    private double[] sorted = new double[0];
    private double[] rankAt = new double[0];

    private Ranks() {}

    static double spearman(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " values against " + y.length);
        }
        Ranks scratch = SCRATCH.get();
        scratch.fit(x.length);
        scratch.rank(x, scratch.xRanks);
        scratch.rank(y, scratch.yRanks);
        return pearson(scratch.xRanks, scratch.yRanks, x.length);
    }

    /** 1-based ranks, ties averaged. */
    static double[] of(double[] values) {
        Ranks scratch = new Ranks();
        scratch.fit(values.length);
        double[] ranks = new double[values.length];
        scratch.rank(values, ranks);
        return ranks;
    }

    private void fit(int n) {
        if (sorted.length != n) {
            xRanks = new double[n];
            yRanks = new double[n];
            sorted = new double[n];
            rankAt = new double[n];
        }
    }

    private void rank(double[] values, double[] ranks) {
        int n = values.length;
        System.arraycopy(values, 0, sorted, 0, n);
        Arrays.sort(sorted);
        // the average rank of each run of equal values, by sorted position
        for (int first = 0; first < n; ) {
            int last = first;
            while (last + 1 < n && sorted[last + 1] == sorted[first]) {
                last++;
            }
            Arrays.fill(rankAt, first, last + 1, (first + last) / 2.0 + 1);
            first = last + 1;
        }
        for (int i = 0; i < n; i++) {
            ranks[i] = rankAt[lowerBound(sorted, values[i])];
        }
    }

    /**
     * Pearson's correlation of two rankings of n values (their means are both (n + 1) / 2, ties averaged or not); NaN
     * when either is constant, as commons-math3 gives.
     */
    private static double pearson(double[] x, double[] y, int n) {
        double mean = (n + 1) / 2.0;
        double xy = 0;
        double xx = 0;
        double yy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mean;
            double dy = y[i] - mean;
            xy += dx * dy;
            xx += dx * dx;
            yy += dy * dy;
        }
        return n < 2 || xx == 0 || yy == 0 ? Double.NaN : xy / Math.sqrt(xx * yy);
    }

    /** The first index whose value is not below {@code v}. */
    private static int lowerBound(double[] sorted, double v) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < v) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
