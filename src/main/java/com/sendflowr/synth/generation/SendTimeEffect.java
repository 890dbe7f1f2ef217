package com.sendflowr.synth.generation;

/**
 * Messages that land when the user has time in the following hours are opened more often: the factor is
 * {@code 1 − k + k·relative(delivery minute)} with the user's blend k. Its mean over the week is 1, so each
 * persona's open rate holds. The minute is the user's local one.
 */
public final class SendTimeEffect implements OpenEffect {

    @Override
    public double factor(UserProfile user, long deliveredAt) {
        return user.sendTimeFactor(user.traits().clock().minuteOfWeek(deliveredAt));
    }
}
