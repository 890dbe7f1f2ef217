package com.sendflowr.synth.generation;

/**
 * One user's drift over the window [{@code from}, {@code to}): its odds of opening are multiplied by
 * {@code 1 + rateChange·progress} and its hours move {@code peakShiftMinutes·progress} later, progress going from 0 at
 * the window's start to 1 at its end; from {@code switchAt} on it behaves as {@code switchedTo} (another persona).
 */
public record UserDrift(
        long from, long to, double rateChange, int peakShiftMinutes, long switchAt, UserProfile switchedTo) {

    public double progress(long t) {
        return Math.max(0, Math.min(1, (t - from) / (double) (to - from)));
    }

    public double rateFactor(long t) {
        return 1 + rateChange * progress(t);
    }

    /** Minutes the user's hours have moved by {@code t}. */
    public int shiftMinutes(long t) {
        return (int) Math.round(peakShiftMinutes * progress(t));
    }

    public boolean switches() {
        return switchedTo != null;
    }
}
