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
    private long[] order = new long[0];

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
        if (order.length != n) {
            xRanks = new double[n];
            yRanks = new double[n];
            order = new long[n];
        }
    }

    /**
     * Sorts the indices by value as longs (the value rounded to a float above the index: rounding keeps the order, so
     * only values equal as floats can be out of order, and those are put in order by their doubles), then gives each
     * run of equal values its average rank. One primitive sort and no search.
     */
    private void rank(double[] values, double[] ranks) {
        int n = values.length;
        for (int i = 0; i < n; i++) {
            order[i] = ((long) sortable((float) values[i]) << 32) | i;
        }
        Arrays.sort(order, 0, n);
        for (int first = 0; first < n; ) {
            int last = first;
            while (last + 1 < n && order[last + 1] >> 32 == order[first] >> 32) {
                last++;
            }
            sortByValue(values, first, last);
            first = last + 1;
        }
        for (int first = 0; first < n; ) {
            double value = values[index(first)];
            int last = first;
            while (last + 1 < n && Double.compare(values[index(last + 1)], value) == 0) {
                last++;
            }
            double rank = (first + last) / 2.0 + 1;
            for (int k = first; k <= last; k++) {
                ranks[index(k)] = rank;
            }
            first = last + 1;
        }
    }

    private int index(int position) {
        return (int) order[position];
    }

    /** Insertion sort of positions first..last (values equal as floats: few) by their doubles. */
    private void sortByValue(double[] values, int first, int last) {
        for (int k = first + 1; k <= last; k++) {
            long entry = order[k];
            double value = values[(int) entry];
            int j = k - 1;
            while (j >= first && Double.compare(values[index(j)], value) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = entry;
        }
    }

    /** The float's bits as an int whose signed order is the floats' order (NaN last, as Arrays.sort puts it). */
    private static int sortable(float value) {
        int bits = Float.floatToIntBits(value);
        return bits ^ ((bits >> 31) & 0x7FFFFFFF);
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
}
