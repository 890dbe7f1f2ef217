package com.sendflowr.synth.generation;

import java.util.Arrays;

/**
 * The send-time response of one curve raised to a power (the {@code strong} setting), Q(m) = R(m)^γ / mean(R^γ).
 * A user's factor is {@code min(c·Q(m), cap)}, with the cap keeping the open probability at most
 * {@link UserProfile#MAX_OPEN_PROBABILITY} and c chosen so the factor still averages exactly 1 over the week: the
 * persona's rate holds while good hours gain and dead hours lose more than by default.
 */
public final class SharpenedResponse {

    /** Q over the unshifted curve's week, shared by all shifts (as {@link SendTimeResponse}'s week is). */
    private final float[] q;
    /** Q's values in ascending order (floats: half the memory of doubles); the same for every shift. */
    private final float[] sorted;
    /** suffix[i] = Σ sorted[i..n). */
    private final double[] suffix;
    /** Q(m) = q[(m + offset) mod n]. */
    private final int offset;

    private final double[] hourMeans = new double[168];

    public SharpenedResponse(SendTimeResponse response, int exponent) {
        this(response, exponent, new double[WeekTime.MINUTES_PER_WEEK]);
    }

    /** @param raw room for R^γ over the week, overwritten (one buffer serves all responses of a population) */
    SharpenedResponse(SendTimeResponse response, int exponent, double[] raw) {
        int n = WeekTime.MINUTES_PER_WEEK;
        double sum = 0;
        for (int m = 0; m < n; m++) {
            raw[m] = Math.pow(response.unshifted(m), exponent);
            sum += raw[m];
        }
        double mean = sum / n;
        q = new float[n];
        sorted = new float[n];
        for (int m = 0; m < n; m++) {
            q[m] = (float) (raw[m] / mean);
            sorted[m] = q[m];
        }
        Arrays.sort(sorted);
        suffix = new double[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            suffix[i] = suffix[i + 1] + sorted[i];
        }
        offset = response.offset();
        fillHourMeans();
    }

    private SharpenedResponse(SharpenedResponse other, int offset) {
        q = other.q;
        sorted = other.sorted;
        suffix = other.suffix;
        this.offset = offset;
        fillHourMeans();
    }

    /** The sharpened response of another shift of the same unshifted curve, sharing this one's week. */
    SharpenedResponse shiftedAs(SendTimeResponse response) {
        return response.offset() == offset ? this : new SharpenedResponse(this, response.offset());
    }

    private void fillHourMeans() {
        int at = WeekTime.later(0, offset);
        for (int hour = 0; hour < hourMeans.length; hour++) {
            double mean = 0;
            for (int minute = 0; minute < 60; minute++) {
                mean += q[at] / 60;
                at = at == q.length - 1 ? 0 : at + 1;
            }
            hourMeans[hour] = mean;
        }
    }

    private float q(int minuteOfWeek) {
        return q[WeekTime.later(minuteOfWeek, offset)];
    }

    /** The scale c with mean(min(c·Q, cap)) = 1; cap ≥ 1. */
    public double scaleFor(double cap) {
        if (sorted[sorted.length - 1] <= cap) {
            return 1;
        }
        double low = 0;
        double high = cap / sorted[0];
        for (int i = 0; i < 60; i++) {
            double c = (low + high) / 2;
            if (meanCapped(c, cap) < 1) {
                low = c;
            } else {
                high = c;
            }
        }
        return (low + high) / 2;
    }

    private double meanCapped(double c, double cap) {
        int n = sorted.length;
        int firstCapped = search(sorted, cap / c);
        return (c * (suffix[0] - suffix[firstCapped]) + cap * (n - firstCapped)) / n;
    }

    /**
     * The index {@code Arrays.binarySearch} would find for {@code key} among the values widened to doubles, or the
     * insertion point if absent (the values are positive and finite, so equal values have equal bits).
     */
    private static int search(float[] values, double key) {
        int low = 0;
        int high = values.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            double value = values[mid];
            if (value < key) {
                low = mid + 1;
            } else if (value > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return low;
    }

    public double factor(int minuteOfWeek, double scale, double cap) {
        return Math.min(scale * q(minuteOfWeek), cap);
    }

    /** Mean factor over each hour of the week for one user's scale and cap. */
    public double[] hourMeans(double scale, double cap) {
        if (scale == 1 && sorted[sorted.length - 1] <= cap) {
            return hourMeans.clone();
        }
        // once per user: the loops walk q from the shift's first minute (the same sums as factor(m) per minute)
        double[] means = new double[168];
        int at = WeekTime.later(0, offset);
        for (int hour = 0; hour < means.length; hour++) {
            double mean = 0;
            for (int minute = 0; minute < 60; minute++) {
                mean += Math.min(scale * q[at], cap) / 60;
                at = at == q.length - 1 ? 0 : at + 1;
            }
            means[hour] = mean;
        }
        return means;
    }
}
