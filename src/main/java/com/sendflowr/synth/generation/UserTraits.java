package com.sendflowr.synth.generation;

/**
 * What the realism features give one user, all drawn from their own streams (defaults: UTC, joined before the
 * window, in the training split, no privacy proxy, the default send-time response).
 *
 * @param clock      the user's wall clock (time zone)
 * @param joinedAt   epoch ms before which the user receives nothing ({@link Long#MIN_VALUE}: joined before the window)
 * @param holdout    whether the user is in the holdout split
 * @param privacyProxy whether an Apple MPP proxy fetches every delivered message
 * @param sharpened  the strong send-time response of the user's curve, or null for the default one
 * @param scale      the user's scale of {@code sharpened}
 * @param cap        the user's cap of {@code sharpened}
 * @param drift      how the user changes over the window, or null
 * @param week       the user's week for the heavy-tailed open delay and individuals, or null when both are off
 */
public record UserTraits(
        LocalClock clock,
        long joinedAt,
        boolean holdout,
        boolean privacyProxy,
        SharpenedResponse sharpened,
        double scale,
        double cap,
        UserDrift drift,
        PersonalWeek week) {

    public boolean coldStart() {
        return joinedAt != Long.MIN_VALUE;
    }

    UserTraits withDrift(UserDrift newDrift) {
        return new UserTraits(clock, joinedAt, holdout, privacyProxy, sharpened, scale, cap, newDrift, week);
    }
}
