package com.sendflowr.synth.generation;

/**
 * One user's week by local hour (0 = Monday 00:00–00:59) for the heavy-tailed {@link OpenDelay}: activity (mean 1),
 * the cumulative virtual time that activity warps clock time into, and — for {@link Individuals} — the user's own
 * send-time factor by hour. 168 numbers a few times over per user, so thousands of individuals stay cheap.
 */
public final class PersonalWeek {

    static final int HOURS = OpenTiming.HOURS_PER_WEEK;
    /** Hours of the open-delay kernel the send-time response looks ahead. */
    private static final int RESPONSE_HOURS = 72;

    private final float[] activity;
    /** cumulative[k]: virtual hours from Monday 00:00 to the start of hour k; cumulative[168] = 168. */
    private final double[] cumulative;
    /** The user's factor on the open probability by local hour of delivery (mean 1), or null: the persona's response. */
    private final double[] sendTime;

    private PersonalWeek(float[] activity, double[] cumulative, double[] sendTime) {
        this.activity = activity;
        this.cumulative = cumulative;
        this.sendTime = sendTime;
    }

    /**
     * @param hourly   activity by local hour of the week (any positive scale)
     * @param sendTime the user's send-time factor by hour, or null to keep the persona's response
     */
    static PersonalWeek of(double[] hourly, OpenDelay delay, double[] sendTime) {
        double mean = 0;
        for (double a : hourly) {
            mean += a / HOURS;
        }
        float[] activity = new float[HOURS];
        double[] cumulative = new double[HOURS + 1];
        for (int h = 0; h < HOURS; h++) {
            activity[h] = (float) (hourly[h] / mean);
            cumulative[h + 1] = cumulative[h] + (1 - delay.warp()) + delay.warp() * hourly[h] / mean;
        }
        // exactly a week of virtual time per week of clock time, whatever the rounding
        for (int h = 1; h <= HOURS; h++) {
            cumulative[h] *= HOURS / cumulative[HOURS];
        }
        return new PersonalWeek(activity, cumulative, sendTime);
    }

    /** The share of first opens in each of the hours after a delivery: the same for every user, so computed once. */
    static double[] responseKernel(OpenDelay delay) {
        double[] kernel = new double[RESPONSE_HOURS];
        for (int j = 0; j < RESPONSE_HOURS; j++) {
            kernel[j] = delay.cdf(j + 1) - delay.cdf(j);
        }
        return kernel;
    }

    /**
     * The send-time factor of each hour of a week of activity: how much of the reader's activity the open delay's first
     * hours ({@code kernel}: its {@link #responseKernel}) after a delivery in hour h meet, R(h), raised to γ and normalised to mean 1, then blended towards 1 just
     * enough that {@code openRate} times the factor stays within {@link UserProfile#MAX_OPEN_PROBABILITY}.
     */
    static double[] sendTimeFactors(double[] hourly, double[] kernel, double gamma, double openRate) {
        double[] twice = new double[HOURS + RESPONSE_HOURS];
        for (int i = 0; i < twice.length; i++) {
            twice[i] = hourly[i % HOURS];
        }
        double[] q = new double[HOURS];
        double mean = 0;
        for (int h = 0; h < HOURS; h++) {
            double r = 0;
            for (int j = 0; j < RESPONSE_HOURS; j++) {
                r += twice[h + j] * kernel[j];
            }
            q[h] = Math.pow(r, gamma);
            mean += q[h] / HOURS;
        }
        double top = 0;
        for (int h = 0; h < HOURS; h++) {
            q[h] /= mean;
            top = Math.max(top, q[h]);
        }
        double blend = 1;
        if (openRate > 0 && top > 1) {
            blend = Math.min(1, (UserProfile.MAX_OPEN_PROBABILITY / openRate - 1) / (top - 1));
        }
        for (int h = 0; h < HOURS; h++) {
            q[h] = 1 - blend + blend * q[h];
        }
        return q;
    }

    /**
     * Clock hours after local hour-of-week position {@code x0} (fractional hours since Monday 00:00) until
     * {@code virtualHours} of the user's virtual time have passed.
     */
    double clockHours(double x0, double virtualHours) {
        int k0 = Math.min(HOURS - 1, (int) x0);
        double c0 = cumulative[k0] + (x0 - k0) * rate(k0);
        double target = c0 + virtualHours;
        double weeks = Math.floor(target / HOURS);
        double rest = target - weeks * HOURS;
        int k = hourContaining(rest);
        double x = k + (rest - cumulative[k]) / rate(k);
        return weeks * HOURS + x - x0;
    }

    /** Virtual hours that pass in {@code clockHours} after position {@code x0}. */
    double virtualHours(double x0, double clockHours) {
        return position(x0 + clockHours) - position(x0);
    }

    private double position(double x) {
        double weeks = Math.floor(x / HOURS);
        double rest = x - weeks * HOURS;
        int k = Math.min(HOURS - 1, (int) rest);
        return weeks * HOURS + cumulative[k] + (rest - k) * rate(k);
    }

    private double rate(int hour) {
        return cumulative[hour + 1] - cumulative[hour];
    }

    /** The hour k with cumulative[k] ≤ v < cumulative[k + 1]. */
    private int hourContaining(double v) {
        int low = 0;
        int high = HOURS - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (cumulative[mid] <= v) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Activity in local hour-of-week {@code hour}, mean 1 over the week. */
    public double activity(int hour) {
        return activity[hour];
    }

    /** Whether the user has their own send-time factor (individuals) rather than the persona's response. */
    boolean ownSendTime() {
        return sendTime != null;
    }

    double sendTime(int hour) {
        return sendTime[hour];
    }
}
