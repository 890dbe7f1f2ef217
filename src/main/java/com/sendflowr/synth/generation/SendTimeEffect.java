package com.sendflowr.synth.generation;

/**
 * Messages that land when the user has time in the following hours are opened more often: the factor is
 * {@code 1 − k + k·relative(delivery minute)} with the user's blend k. Its mean over the week is 1, so each
 * persona's open rate holds. The minute is the user's local one (moved by its drift, whose rate change applies here too).
 */
public final class SendTimeEffect implements OpenEffect {

    @Override
    public double factor(UserProfile user, long deliveredAt) {
        double factor = user.sendTimeFactor(user.activityMinute(deliveredAt));
        UserDrift drift = user.traits().drift();
        return drift == null ? factor : factor * drift.rateFactor(deliveredAt);
    }
}
