package com.sendflowr.synth.generation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Send-volume and engagement multipliers by calendar day (holidays, sales days); other days are 1. */
public final class Seasonality {

    public static final Seasonality OFF = new Seasonality(false, List.of());

    private final boolean enabled;
    private final List<SpecialDay> days;
    private final Map<Long, SpecialDay> byEpochDay = new HashMap<>();

    public Seasonality(boolean enabled, List<SpecialDay> days) {
        this.enabled = enabled;
        this.days = List.copyOf(days);
        for (SpecialDay day : days) {
            byEpochDay.put(day.date().toEpochDay(), day);
        }
    }

    public boolean enabled() {
        return enabled;
    }

    public List<SpecialDay> days() {
        return days;
    }

    /** The special day at {@code epochDay}, or null. */
    public SpecialDay on(long epochDay) {
        return enabled ? byEpochDay.get(epochDay) : null;
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
