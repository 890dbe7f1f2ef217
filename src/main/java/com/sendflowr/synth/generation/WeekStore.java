package com.sendflowr.synth.generation;

/**
 * Room for many users' {@link PersonalWeek}s in a few large arrays instead of three small arrays per user. The native
 * executable's serial collector copies every small object that survives a full collection again, and the calibrated
 * population's weeks (~100 MB for 28,000 users) were most of what it copied; a large array it moves without copying.
 * Not thread-safe: one store serves one population as it is built.
 */
final class WeekStore {

    private static final int HOURS = PersonalWeek.HOURS;

    /** Where one week lives: hour h of it at {@code index * HOURS + h} (cumulative: {@code index * (HOURS + 1) + h}). */
    record Slot(float[] activity, double[] cumulative, double[] sendTime, int index) {}

    private final int weeksPerSlab;
    private float[] activity;
    private double[] cumulative;
    private double[] sendTime;
    private int used;

    /** @param weeksPerSlab how many weeks each set of arrays holds */
    WeekStore(int weeksPerSlab) {
        this.weeksPerSlab = Math.max(1, weeksPerSlab);
        this.used = this.weeksPerSlab;
    }

    /** Room for one more week, with room for its own send-time factors if {@code withSendTime}. */
    Slot next(boolean withSendTime) {
        if (used == weeksPerSlab) {
            activity = new float[weeksPerSlab * HOURS];
            cumulative = new double[weeksPerSlab * (HOURS + 1)];
            sendTime = null;
            used = 0;
        }
        if (withSendTime && sendTime == null) {
            sendTime = new double[weeksPerSlab * HOURS];
        }
        return new Slot(activity, cumulative, withSendTime ? sendTime : null, used++);
    }
}
