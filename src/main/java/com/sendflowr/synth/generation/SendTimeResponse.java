package com.sendflowr.synth.generation;

/**
 * The send-time effect STO exploits: how much opening time the hours after a delivery hold for one activity
 * curve, relative to a delivery at a random minute of the week.
 *
 * <p>{@code relative(m)} = A(m) / mean(A), where A(m) = Σ activity(m + i) · willingness(i) over the minutes
 * i of the open window after delivering at minute-of-week m. Its mean over the week is exactly 1, so scaling a
 * persona's open rate by it keeps the persona's rate for uniformly spread sends.
 */
public final class SendTimeResponse {

    private final ActivityCurve curve;
    private final FunnelTiming funnel;
    private final double max;
    private final double[] hourMeans = new double[168];
    /**
     * relative(m) for every minute of the week, computed on first use: {@code summary} needs only the hour means and
     * the maximum, and a week of floats per curve and shift was a fifth of what it allocated.
     */
    private volatile float[] relative;

    public SendTimeResponse(ActivityCurve curve, FunnelTiming funnel) {
        this(curve, funnel, new double[curve.size()], false);
    }

    /**
     * @param available room for A over the week, overwritten: a population builds many responses, and reusing one
     *                  buffer spares a fresh week of doubles for each
     * @param perMinute whether to keep {@link #relative} for every minute now (its users need it at once) rather
     *                  than on first use
     */
    SendTimeResponse(ActivityCurve curve, FunnelTiming funnel, double[] available, boolean perMinute) {
        this.curve = curve;
        this.funnel = funnel;
        double mean = available(curve, funnel, available);
        if (perMinute) {
            relative = relative(available, mean);
        }
        double top = 0;
        for (int hour = 0, m = 0; hour < hourMeans.length; hour++) {
            double hourMean = 0;
            for (int end = m + 60; m < end; m++) {
                float r = (float) (available[m] / mean);
                top = Math.max(top, r);
                hourMean += r / 60;
            }
            hourMeans[hour] = hourMean;
        }
        max = top;
    }

    /** Fills {@code available} with A(m) and returns its mean. */
    private static double available(ActivityCurve curve, FunnelTiming funnel, double[] available) {
        int n = curve.size();
        int span = (int) (funnel.openWindow() / WeekTime.MILLIS_PER_MINUTE);
        double decay = Math.exp(-Math.log(2) / (funnel.willingnessHalfLife() / (double) WeekTime.MILLIS_PER_MINUTE));
        double decaySpan = Math.pow(decay, span);
        // A(m) = Σ_{i=1..span} w[m+i]·r^i, computed for m = n-1 directly and then backwards by the recurrence
        // A(m-1) = r·(w[m] + A(m) − w[m+span]·r^span); indices wrap by a comparison, not a division per minute.
        double a = 0;
        double r = 1;
        int ahead = 0;
        for (int i = 1; i <= span; i++) {
            r *= decay;
            a += curve.weight(ahead) * r;
            ahead = ahead == n - 1 ? 0 : ahead + 1;
        }
        available[n - 1] = a;
        ahead = (n - 1 + span) % n;
        for (int m = n - 1; m > 0; m--) {
            a = decay * (curve.weight(m) + a - curve.weight(ahead) * decaySpan);
            available[m - 1] = a;
            ahead = ahead == 0 ? n - 1 : ahead - 1;
        }
        double sum = 0;
        for (int m = 0; m < n; m++) {
            sum += available[m];
        }
        return sum / n;
    }

    public double relative(int minuteOfWeek) {
        float[] values = relative;
        if (values == null) {
            // threads racing here compute the same values; whichever array is published last is used from then on
            double[] available = new double[curve.size()];
            values = relative(available, available(curve, funnel, available));
            relative = values;
        }
        return values[minuteOfWeek];
    }

    private static float[] relative(double[] available, double mean) {
        float[] values = new float[available.length];
        for (int m = 0; m < values.length; m++) {
            values[m] = (float) (available[m] / mean);
        }
        return values;
    }

    public double max() {
        return max;
    }

    /** Mean of {@link #relative} over one hour of the week (0 = Monday 00:00–00:59). */
    public double hourMean(int hourOfWeek) {
        return hourMeans[hourOfWeek];
    }
}
