package com.sendflowr.synth.generation;

/**
 * Email fatigue: every message the user received in the {@code lookback} ms before this one lowers the odds of
 * opening it, to {@code floor + (1 − floor)·exp(−perSend·n)}; as sends age out of the lookback the user recovers.
 */
public record Fatigue(boolean enabled, long lookback, double perSend, double floor) {

    public static final Fatigue OFF = new Fatigue(false, 86_400_000L, 0, 1);

    /** The longest lookback: a week of sends, the span marketing cadence is measured over. */
    public static final long MAX_LOOKBACK = 7 * WeekTime.MILLIS_PER_DAY;

    /** The factor after {@code recentSends} messages in the lookback. */
    public double factor(int recentSends) {
        return floor + (1 - floor) * Math.exp(-perSend * recentSends);
    }

    /** Whole days before a send's own day that its lookback can reach (at least the day before). */
    public int lookbackDays() {
        return (int) Math.max(1, (lookback + WeekTime.MILLIS_PER_DAY - 1) / WeekTime.MILLIS_PER_DAY);
    }
}
