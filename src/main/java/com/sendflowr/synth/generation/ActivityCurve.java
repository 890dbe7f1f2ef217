package com.sendflowr.synth.generation;

import com.sendflowr.synth.model.HourSet;
import com.sendflowr.synth.model.Persona;
import java.time.DayOfWeek;

/**
 * How active a user is in each of the 10,080 minutes of the week (local time, slot 0 = Monday 00:00).
 * A persona's peak and secondary hours form windows on its active days; a window that crosses midnight
 * belongs to the day it starts on (a Friday night owl's 00:00–01:59 is Saturday morning).
 */
public final class ActivityCurve {

    /** The persona's unshifted week, shared by the curves of all its users' shifts. */
    private final float[] weights;
    /** weight(m) = weights[(m + offset) mod n]: the shift, as an index offset in [0, n). */
    private final int offset;

    private final ActivityCurve unshifted;
    private final double max;
    private final double mean;

    private ActivityCurve(float[] weights) {
        this.weights = weights;
        this.offset = 0;
        this.unshifted = this;
        double m = 0;
        double sum = 0;
        for (float w : weights) {
            m = Math.max(m, w);
            sum += w;
        }
        this.max = m;
        this.mean = sum / weights.length;
    }

    private ActivityCurve(ActivityCurve unshifted, int offset) {
        this.weights = unshifted.weights;
        this.offset = offset;
        this.unshifted = unshifted;
        this.max = unshifted.max;
        this.mean = unshifted.mean;
    }

    /** The persona's curve shifted later by {@code shiftMinutes} (earlier when negative). */
    public static ActivityCurve of(Persona persona, ActivityShape shape, int shiftMinutes) {
        return of(persona, shape).shifted(shiftMinutes);
    }

    /** The persona's own curve, unshifted. */
    public static ActivityCurve of(Persona persona, ActivityShape shape) {
        float[] base = new float[WeekTime.MINUTES_PER_WEEK];
        if (persona.isUniform()) {
            java.util.Arrays.fill(base, 1f);
            return new ActivityCurve(base);
        }
        HourSet windows = persona.peakHours().union(persona.secondaryHours());
        int[] owningDayOffset = new int[24];
        for (int[] run : windows.runs()) {
            if (run[0] > run[1]) {
                for (int h = 0; h <= run[1]; h++) {
                    owningDayOffset[h] = -1;
                }
            }
        }
        for (int day = 0; day < 7; day++) {
            boolean calendarDayActive = persona.activeDays().contains(DayOfWeek.of(day + 1));
            for (int hour = 0; hour < 24; hour++) {
                double weight;
                if (windows.contains(hour)) {
                    int owner = Math.floorMod(day + owningDayOffset[hour], 7);
                    boolean active = persona.activeDays().contains(DayOfWeek.of(owner + 1));
                    weight = persona.peakHours().contains(hour) ? shape.peakWeight() : shape.secondaryWeight();
                    weight *= active ? 1 : shape.inactiveDayFactor();
                } else {
                    weight = shape.baselineWeight() * (calendarDayActive ? 1 : shape.inactiveDayFactor());
                }
                int from = day * WeekTime.MINUTES_PER_DAY + hour * 60;
                java.util.Arrays.fill(base, from, from + 60, (float) weight);
            }
        }
        return new ActivityCurve(base);
    }

    /**
     * This curve moved later by {@code shiftMinutes}, sharing its weights: users of a persona differ only by their
     * shift, and a week of weights per user is most of what building a population would allocate.
     */
    public ActivityCurve shifted(int shiftMinutes) {
        if (shiftMinutes == 0) {
            return this;
        }
        return new ActivityCurve(unshifted, Math.floorMod(offset - shiftMinutes, weights.length));
    }

    /** The curve this one is a shift of (itself when unshifted). */
    public ActivityCurve unshifted() {
        return unshifted;
    }

    public double weight(int minuteOfWeek) {
        return weights[WeekTime.later(minuteOfWeek, offset)];
    }

    public double max() {
        return max;
    }

    public double mean() {
        return mean;
    }

    /** weight(m) is the unshifted curve's weight at minute m + offset (mod the week). */
    int offset() {
        return offset;
    }

    int size() {
        return weights.length;
    }
}
