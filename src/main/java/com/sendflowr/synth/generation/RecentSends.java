package com.sendflowr.synth.generation;

import java.util.Arrays;

/**
 * The sends of each user of a worker's slice drawn for the last few UTC days: what fatigue counts before a message.
 * A worker plays its users' days in order, so each day's draws are kept instead of being drawn again for every later
 * day of the lookback (the same values: draws are keyed by user and day, not by order of work).
 */
final class RecentSends {

    private final int days;
    /** Per user, the kept send times, day after day (oldest day first). */
    private final long[][] times;
    /** Per user, how many of its times each of the kept days holds (oldest first). */
    private final int[][] perDay;

    private final int[] counts;
    /** The day each user's record continues with: it holds the lookback of that day and no other. */
    private final long[] nextDay;

    RecentSends(int users, int days) {
        this.days = days;
        this.times = new long[users][];
        this.perDay = new int[users][days];
        this.counts = new int[users];
        this.nextDay = new long[users];
        Arrays.fill(times, new long[0]);
        Arrays.fill(nextDay, Long.MIN_VALUE);
    }

    /** Whether user {@code u}'s record holds the draws of each day of the lookback before {@code day}. */
    boolean reaches(int u, long day) {
        return nextDay[u] == day;
    }

    /** User {@code u}'s kept send times, unsorted: the first {@link #count} entries. */
    long[] of(int u) {
        return times[u];
    }

    int count(int u) {
        return counts[u];
    }

    /**
     * Keeps user {@code u}'s draws of {@code day} ({@code campaigns} entries of {@code drawn}, leaving out {@link
     * DailySends#NONE} and sends before {@code joinedAt}) and forgets the oldest day kept.
     */
    void add(int u, long day, long[] drawn, int campaigns, long joinedAt) {
        int[] lengths = perDay[u];
        int dropped = nextDay[u] == day ? lengths[0] : counts[u];
        if (nextDay[u] != day) {
            Arrays.fill(lengths, 0);
        }
        int count = counts[u] - dropped;
        long[] kept = times[u];
        long[] next = kept.length >= count + campaigns ? kept : new long[Math.max(count + campaigns, 2 * kept.length)];
        System.arraycopy(kept, dropped, next, 0, count);
        int today = 0;
        for (int c = 0; c < campaigns; c++) {
            if (drawn[c] != DailySends.NONE && drawn[c] >= joinedAt) {
                next[count + today++] = drawn[c];
            }
        }
        System.arraycopy(lengths, 1, lengths, 0, days - 1);
        lengths[days - 1] = today;
        times[u] = next;
        counts[u] = count + today;
        nextDay[u] = day + 1;
    }
}
