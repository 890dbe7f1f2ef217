package com.sendflowr.synth.generation;

/**
 * When, relative to a delivery, one activity curve's opens happen: at hour resolution, the distribution of the
 * first open over the hours after a delivery in each hour of the week, and of a re-open (which follows the first
 * open the same way). The analytic {@link Expectation} uses it to count only the opens that land inside a window.
 */
final class OpenTiming {

    static final int HOURS_PER_WEEK = 168;

    /** first[h][j]: P(first open in the j-th hour bin after a delivery in hour-of-week h); bins centred on the delivery. */
    private final double[][] first;
    /** reopen[h][k]: the same for a re-open, k bins after the delivery (first-open offset plus re-open offset). */
    private final double[][] reopen;
    /**
     * Built from a persona's unshifted curve: a user's shift of a few minutes moves opens across the window's edges
     * by a negligible amount, and one convolution per persona keeps {@code summary} fast.
     */
    OpenTiming(ActivityCurve curve, FunnelTiming funnel) {
        double[] activity = new double[HOURS_PER_WEEK];
        for (int h = 0, m = 0; h < HOURS_PER_WEEK; h++) {
            double mean = 0;
            for (int end = m + 60; m < end; m++) {
                mean += curve.weight(m) / 60;
            }
            activity[h] = mean;
        }
        double hourMillis = 3_600_000.0;
        double tau = funnel.willingnessHalfLife() / Math.log(2) / hourMillis;
        double minAge = funnel.openDelayMin() / hourMillis;
        double maxAge = funnel.openWindow() / hourMillis;
        int bins = (int) Math.ceil(maxAge + 0.5) + 1;
        double[] willingness = new double[bins];
        for (int j = 0; j < bins; j++) {
            double from = Math.max(minAge, j - 0.5);
            double to = Math.min(maxAge, j + 0.5);
            willingness[j] = to <= from ? 0 : Math.exp(-from / tau) - Math.exp(-to / tau);
        }
        first = new double[HOURS_PER_WEEK][bins];
        for (int h = 0; h < HOURS_PER_WEEK; h++) {
            double[] row = first[h];
            double sum = 0;
            for (int j = 0; j < bins; j++) {
                row[j] = activity[(h + j) % HOURS_PER_WEEK] * willingness[j];
                sum += row[j];
            }
            for (int j = 0; j < bins; j++) {
                row[j] /= sum;
            }
        }
        reopen = new double[HOURS_PER_WEEK][2 * bins];
        for (int h = 0; h < HOURS_PER_WEEK; h++) {
            double[] row = reopen[h];
            for (int j = 0; j < bins; j++) {
                double[] after = first[(h + j) % HOURS_PER_WEEK];
                double share = first[h][j];
                for (int k = 0; k < bins; k++) {
                    row[j + k] += share * after[k];
                }
            }
        }
    }

    int span() {
        return reopen[0].length;
    }

    /**
     * For every delivery hour in [from, to) (hours since the epoch): the shares of first opens [0] and re-opens [1]
     * that land in the window, for a user reading by {@code clock}.
     */
    double[][] insideShares(long from, long to, LocalClock clock, WindowHours window) {
        int n = (int) (to - from);
        double[][] inside = new double[2][n];
        for (int i = 0; i < n; i++) {
            long hour = from + i;
            int localHour = clock.minuteOfWeek(hour * 3_600_000L + 1_800_000L) / 60;
            inside[0][i] = firstInside(hour, localHour, window);
            inside[1][i] = reopenInside(hour, localHour, window);
        }
        return inside;
    }

    /** Share of first opens after a delivery in absolute hour {@code hour} that land in the window. */
    double firstInside(long hour, int hourOfWeek, WindowHours window) {
        return inside(first[hourOfWeek], hour, window);
    }

    /** Share of re-opens after a delivery in absolute hour {@code hour} that land in the window. */
    double reopenInside(long hour, int hourOfWeek, WindowHours window) {
        return inside(reopen[hourOfWeek], hour, window);
    }

    private static double inside(double[] distribution, long hour, WindowHours window) {
        if (window.coversWhole(hour, distribution.length)) {
            return 1;
        }
        // hours wholly outside the window would add exactly 0: sum only those it touches
        int from = (int) Math.max(0, window.firstHour() - hour);
        int to = (int) Math.min(distribution.length, window.endHour() - hour);
        double share = 0;
        for (int j = from; j < to; j++) {
            share += distribution[j] * window.coverage(hour + j);
        }
        return share;
    }

    /** A window in hours since the epoch, with fractional coverage of partly covered hours. */
    record WindowHours(double start, double end) {

        static WindowHours of(Window window) {
            return new WindowHours(window.startMillis() / 3_600_000.0, window.endMillis() / 3_600_000.0);
        }

        /** Fraction of absolute hour {@code hour} inside the window. */
        double coverage(long hour) {
            return Math.max(0, Math.min(end, hour + 1) - Math.max(start, hour));
        }

        /** The first hour the window touches. */
        long firstHour() {
            return (long) Math.floor(start);
        }

        /** The hour after the last one the window touches. */
        long endHour() {
            return (long) Math.ceil(end);
        }

        boolean coversWhole(long hour, int hours) {
            return hour >= start && hour + hours <= end;
        }
    }
}
