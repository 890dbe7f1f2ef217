package com.sendflowr.synth.generation;

import java.util.List;

/** Send-volume and engagement multipliers by calendar day (holidays, sales days); other days are 1. */
public record Seasonality(boolean enabled, List<SpecialDay> days) {

    public static final Seasonality OFF = new Seasonality(false, List.of());

    public Seasonality {
        days = List.copyOf(days);
    }

    /**
     * The special day at {@code epochDay}, or null. A handful of days: a scan is cheapest, by index because an iterator
     * per call (once per message, and per user and hour in {@code summary}) was 40% of a native realistic summary.
     */
    public SpecialDay on(long epochDay) {
        if (!enabled) {
            return null;
        }
        for (int i = 0; i < days.size(); i++) {
            SpecialDay day = days.get(i);
            if (day.epochDay() == epochDay) {
                return day;
            }
        }
        return null;
    }

    public double volume(long epochDay) {
        SpecialDay day = on(epochDay);
        return day == null ? 1 : day.volume();
    }

    public double engagement(long epochDay) {
        SpecialDay day = on(epochDay);
        return day == null ? 1 : day.engagement();
    }
}
