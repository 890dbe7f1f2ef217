package com.sendflowr.synth.generation;

/**
 * Messages that land when the user has time in the following hours are opened more often: the factor is
 * {@code 1 − k + k·relative(delivery minute)} with the user's blend k. Its mean over the week is 1, so each
 * persona's open rate holds.
 */
public final class SendTimeEffect implements OpenEffect {

    @Override
    public double factor(UserProfile user, long deliveredAt) {
        double k = user.sendTimeBlend();
        return 1 - k + k * user.response().relative(WeekTime.minuteOfWeek(deliveredAt));
    }
}
