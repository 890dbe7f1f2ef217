package com.sendflowr.synth.generation;

/**
 * Users change over the window: each user's odds of opening drift linearly to a relative change drawn uniformly from
 * ±{@code rateChange} by the window's end, its hours drift by up to ±{@code peakShiftMinutes}, and {@code switchShare}
 * of users switch to another persona at a date drawn in the middle of the window.
 */
public record Drift(boolean enabled, double rateChange, int peakShiftMinutes, double switchShare) {

    public static final Drift OFF = new Drift(false, 0, 0, 0);

    /** When, as fractions of the window, persona switches happen. */
    static final double SWITCH_FROM = 0.2;

    static final double SWITCH_TO = 0.8;
}
