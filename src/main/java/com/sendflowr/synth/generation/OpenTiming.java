package com.sendflowr.synth.generation;

import java.util.Arrays;

/**
 * When, relative to a delivery, one activity curve's opens happen: at hour resolution, the distribution of the
 * first open over the hours after a delivery in each hour of the week, and of a re-open (which follows the first
 * open the same way). The analytic {@link Expectation} uses it to count only the opens that land inside a window.
 */
final class OpenTiming {

    static final int HOURS_PER_WEEK = 168;

    /** first[h][j]: P(first open in the j-th hour bin after a delivery in hour-of-week h); bins centred on the delivery. */
    private final double[][] first;
    /** reopen[h][j]: the same for a re-open after a first open in hour-of-week h (the first table by default). */
    private final double[][] reopen;

    /**
     * Built from a persona's unshifted curve: a user's shift of a few minutes moves opens across the window's edges
     * by a negligible amount, and one table per persona keeps {@code summary} fast.
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
        reopen = first;
    }

    /**
     * The heavy-tailed {@link OpenDelay} of a week: P(first open by t clock hours) is the log-logistic of the virtual
     * hours the week holds in t, truncated at the horizon, for a delivery in the middle of each hour of the week.
     */
    OpenTiming(PersonalWeek week, OpenDelay delay) {
        first = table(week, delay, delay.horizonHours());
        reopen = table(week, delay, delay.reopenHorizonHours());
    }

    private static double[][] table(PersonalWeek week, OpenDelay delay, double horizon) {
        int bins = (int) Math.ceil(horizon + 0.5) + 1;
        double[][] table = new double[HOURS_PER_WEEK][bins];
        for (int h = 0; h < HOURS_PER_WEEK; h++) {
            double x0 = h + 0.5;
            double top = delay.cdf(Math.min(week.virtualHours(x0, horizon), horizon));
            double previous = 0;
            for (int j = 0; j < bins; j++) {
                double t = Math.min(horizon, j + 0.5);
                double reached = delay.cdf(Math.min(week.virtualHours(x0, t), horizon)) / top;
                table[h][j] = Math.max(0, reached - previous);
                previous = Math.max(previous, reached);
            }
        }
        return table;
    }

    /** How many hours after a delivery its opens, re-opens included, can land. */
    int span() {
        return first[0].length + reopen[0].length;
    }

    /**
     * For every delivery hour in [from, to) (hours since the epoch): the shares of first opens [0] and re-opens [1]
     * that land in the window, for a user reading by {@code clock}.
     *
     * <p>A re-open follows the first open as the first open follows the delivery: its share after a delivery in
     * hour-of-week h is Σ_j first[h][j] · (share of first opens after a delivery j hours later, in hour-of-week
     * h + j). Those later shares are the first-open shares of the hours after, computed once; only where the clock
     * does not simply advance by j hours (a daylight-saving change) is one computed again.
     */
    double[][] insideShares(long from, long to, LocalClock clock, WindowHours window) {
        int n = (int) (to - from);
        int bins = first[0].length;
        int[] hourOfWeek = new int[n + bins];
        double[] firstShare = new double[n + bins];
        for (int i = 0; i < hourOfWeek.length; i++) {
            long hour = from + i;
            hourOfWeek[i] = clock.minuteOfWeek(hour * 3_600_000L + 1_800_000L) / 60;
            firstShare[i] = inside(first[hourOfWeek[i]], hour, window);
        }
        double[] reopenShare = firstShare;
        if (reopen != first) {
            reopenShare = new double[n + bins];
            for (int i = 0; i < reopenShare.length; i++) {
                reopenShare[i] = inside(reopen[hourOfWeek[i]], from + i, window);
            }
        }
        double[][] inside = new double[2][];
        inside[0] = Arrays.copyOf(firstShare, n);
        inside[1] = new double[n];
        for (int i = 0; i < n; i++) {
            long hour = from + i;
            int h = hourOfWeek[i];
            if (window.coversWhole(hour, span())) {
                inside[1][i] = 1;
                continue;
            }
            double[] row = first[h];
            double share = 0;
            for (int j = 0; j < bins; j++) {
                int later = (h + j) % HOURS_PER_WEEK;
                double laterShare =
                        hourOfWeek[i + j] == later ? reopenShare[i + j] : inside(reopen[later], hour + j, window);
                share += row[j] * laterShare;
            }
            inside[1][i] = share;
        }
        return inside;
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
