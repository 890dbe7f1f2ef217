package com.sendflowr.synth.generation;

/**
 * Email fatigue: every message the user received in the {@code lookback} ms before this one lowers the odds of
 * opening it, to {@code floor + (1 − floor)·exp(−perSend·n)}; as sends age out of the lookback the user recovers.
 */
public record Fatigue(boolean enabled, long lookback, double perSend, double floor) {

    public static final Fatigue OFF = new Fatigue(false, 86_400_000L, 0, 1);

    /** The factor after {@code recentSends} messages in the lookback. */
    public double factor(int recentSends) {
        return floor + (1 - floor) * Math.exp(-perSend * recentSends);
    }
}
