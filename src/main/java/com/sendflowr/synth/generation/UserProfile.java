package com.sendflowr.synth.generation;

import com.sendflowr.synth.model.Client;
import com.sendflowr.synth.model.Persona;
import com.sendflowr.synth.model.Recipient;
import java.util.List;

/**
 * One user's own behaviour: the persona's, varied by the user's rates and shifted hours.
 *
 * @param sendTimeBlend how strongly this user's opening follows the send-time response (the configured strength,
 *                      lowered where it would push the open probability above {@link #MAX_OPEN_PROBABILITY})
 * @param traits        what the realism features give this user
 */
public record UserProfile(
        Recipient recipient,
        Persona persona,
        int shiftMinutes,
        ActivityCurve curve,
        SendTimeResponse response,
        double openRate,
        double clickGivenOpen,
        double sendTimeBlend,
        List<Client> clients,
        UserTraits traits) {

    public static final double MAX_OPEN_PROBABILITY = 0.98;

    public double clickRate() {
        return openRate * clickGivenOpen;
    }

    /** Who the user is at {@code t}: itself, or the persona it switched to. */
    public UserProfile at(long t) {
        UserDrift drift = traits.drift();
        return drift != null && drift.switches() && t >= drift.switchAt() ? drift.switchedTo() : this;
    }

    /** The minute of the user's activity curve at {@code t}: local time, less the drift of its hours. */
    public int activityMinute(long t) {
        return activityMinute(t, traits.clock().minuteOfWeek(t));
    }

    /** {@link #activityMinute(long)} given the local minute of the week of {@code t} on the user's clock. */
    int activityMinute(long t, int local) {
        UserDrift drift = traits.drift();
        return drift == null ? local : Math.floorMod(local - drift.shiftMinutes(t), WeekTime.MINUTES_PER_WEEK);
    }

    /** The send-time factor on the open probability of a delivery at local minute-of-week {@code m}; mean 1. */
    public double sendTimeFactor(int m) {
        PersonalWeek week = traits.week();
        if (week != null && week.ownSendTime()) {
            return week.sendTime(m / 60);
        }
        double relative = traits.sharpened() == null
                ? response.relative(m)
                : traits.sharpened().factor(m, traits.scale(), traits.cap());
        return 1 - sendTimeBlend + sendTimeBlend * relative;
    }

    /** {@link #sendTimeFactor} averaged over each local hour of the week. */
    public double[] sendTimeHourMeans() {
        double[] means = new double[168];
        PersonalWeek week = traits.week();
        if (week != null && week.ownSendTime()) {
            for (int h = 0; h < 168; h++) {
                means[h] = week.sendTime(h);
            }
        } else if (traits.sharpened() == null) {
            for (int h = 0; h < 168; h++) {
                means[h] = 1 - sendTimeBlend + sendTimeBlend * response.hourMean(h);
            }
        } else {
            double[] q = traits.sharpened().hourMeans(traits.scale(), traits.cap());
            for (int h = 0; h < 168; h++) {
                means[h] = 1 - sendTimeBlend + sendTimeBlend * q[h];
            }
        }
        return means;
    }

    /** The expected P(opened | delivered) of a delivery in each local hour of the week: the send-time ground truth. */
    public double[] openProbabilityByHourOfWeek() {
        double[] p = sendTimeHourMeans();
        for (int h = 0; h < 168; h++) {
            p[h] = Math.min(openRate * p[h], MAX_OPEN_PROBABILITY);
        }
        return p;
    }
}
