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

    /**
     * relative(m) of the persona's unshifted curve for every minute of the week, shared by the responses of all its
     * shifts: shifting a curve shifts A by the same minutes and leaves its mean, so one week per persona serves all
     * its users.
     */
    private final float[] week;
    /** relative(m) = week[(m + offset) mod n], the curve's own shift (see {@link ActivityCurve#weight}). */
    private final int offset;

    private final double max;
    private final double[] hourMeans = new double[168];

    public SendTimeResponse(ActivityCurve curve, FunnelTiming funnel) {
        this(curve, funnel, new double[curve.size()]);
    }

    /**
     * @param available room for A over the week, overwritten: a population builds one response per persona, and
     *                  reusing one buffer spares a fresh week of doubles for each
     */
    SendTimeResponse(ActivityCurve curve, FunnelTiming funnel, double[] available) {
        this(week(curve.unshifted(), funnel, available), curve.offset());
    }

    private SendTimeResponse(float[] week, int offset) {
        this.week = week;
        this.offset = offset;
        double top = 0;
        int at = WeekTime.later(0, offset);
        for (int hour = 0; hour < hourMeans.length; hour++) {
            double hourMean = 0;
            for (int minute = 0; minute < 60; minute++) {
                float r = week[at];
                top = Math.max(top, r);
                hourMean += r / 60;
                at = at == week.length - 1 ? 0 : at + 1;
            }
            hourMeans[hour] = hourMean;
        }
        max = top;
    }

    /** The response of another shift of the same unshifted curve. */
    SendTimeResponse shiftedAs(ActivityCurve curve) {
        return curve.offset() == offset ? this : new SendTimeResponse(week, curve.offset());
    }

    private static float[] week(ActivityCurve curve, FunnelTiming funnel, double[] available) {
        double mean = available(curve, funnel, available);
        float[] relative = new float[available.length];
        for (int m = 0; m < relative.length; m++) {
            relative[m] = (float) (available[m] / mean);
        }
        return relative;
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
        return week[WeekTime.later(minuteOfWeek, offset)];
    }

    /** relative(m) of the unshifted curve. */
    float unshifted(int minuteOfWeek) {
        return week[minuteOfWeek];
    }

    int offset() {
        return offset;
    }

    public double max() {
        return max;
    }

    /** Mean of {@link #relative} over one hour of the week (0 = Monday 00:00–00:59). */
    public double hourMean(int hourOfWeek) {
        return hourMeans[hourOfWeek];
    }
}
