package com.sendflowr.synth.generation;

/** Epoch-millisecond arithmetic on the UTC week: minute-of-week slot 0 is Monday 00:00. */
public final class WeekTime {

    public static final int MINUTES_PER_DAY = 1440;
    public static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
    public static final long MILLIS_PER_MINUTE = 60_000L;
    public static final long MILLIS_PER_DAY = 86_400_000L;

    /** 1970-01-01 was a Thursday: day 3 of a Monday-based week. */
    private static final int EPOCH_MINUTE_OF_WEEK = 3 * MINUTES_PER_DAY;

    private WeekTime() {}

    public static int minuteOfWeek(long epochMillis) {
        long minutes = Math.floorDiv(epochMillis, MILLIS_PER_MINUTE);
        return (int) Math.floorMod(minutes + EPOCH_MINUTE_OF_WEEK, (long) MINUTES_PER_WEEK);
    }

    /** The minute of the week {@code offset} minutes after {@code minuteOfWeek}; both in [0, week). */
    public static int later(int minuteOfWeek, int offset) {
        int minute = minuteOfWeek + offset;
        return minute < MINUTES_PER_WEEK ? minute : minute - MINUTES_PER_WEEK;
    }

    /** 0 = Monday … 6 = Sunday. */
    public static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L);
    }

    public static long epochDay(long epochMillis) {
        return Math.floorDiv(epochMillis, MILLIS_PER_DAY);
    }

    public static long startOfDay(long epochDay) {
        return epochDay * MILLIS_PER_DAY;
    }
}
