package com.sendflowr.synth.generation;

import java.util.Arrays;

/**
 * The sends of each user of a worker's slice drawn for the last few UTC days: what fatigue counts before a message.
 * A worker plays its users' days in order, so each day's draws are kept instead of being drawn again for every later
 * day of the lookback (the same values: draws are keyed by user and day, not by order of work). Every user's record
 * lies in the same few arrays, in the slice's order, so a day's pass over the users reads them one after another.
 */
final class RecentSends {

    private final int users;
    private final int days;
    /** Send times a user's record has room for; all records grow together when one needs more. */
    private int capacity = 8;
    /** User u's kept send times from {@code u * capacity}, day after day (oldest day first). */
    private long[] times;
    /** User u's count of kept times for each of the kept days from {@code u * days} (oldest first). */
    private final int[] perDay;

    private final int[] counts;
    /** The day each user's record continues with: it holds the lookback of that day and no other. */
    private final long[] nextDay;

    RecentSends(int users, int days) {
        this.users = users;
        this.days = days;
        this.times = new long[users * capacity];
        this.perDay = new int[users * days];
        this.counts = new int[users];
        this.nextDay = new long[users];
        Arrays.fill(nextDay, Long.MIN_VALUE);
    }

    /** Whether user {@code u}'s record holds the draws of each day of the lookback before {@code day}. */
    boolean reaches(int u, long day) {
        return nextDay[u] == day;
    }

    int count(int u) {
        return counts[u];
    }

    /** Copies user {@code u}'s kept send times, unsorted, to the start of {@code into}. */
    void copy(int u, long[] into) {
        System.arraycopy(times, u * capacity, into, 0, counts[u]);
    }

    /**
     * Keeps user {@code u}'s draws of {@code day} ({@code campaigns} entries of {@code drawn}, leaving out {@link
     * DailySends#NONE} and sends before {@code joinedAt}) and forgets the oldest day kept.
     */
    void add(int u, long day, long[] drawn, int campaigns, long joinedAt) {
        int lengths = u * days;
        boolean continues = nextDay[u] == day;
        int dropped = continues ? perDay[lengths] : counts[u];
        if (!continues) {
            Arrays.fill(perDay, lengths, lengths + days, 0);
        }
        int count = counts[u] - dropped;
        if (count + campaigns > capacity) {
            grow(count + campaigns);
        }
        int start = u * capacity;
        System.arraycopy(times, start + dropped, times, start, count);
        int today = 0;
        for (int c = 0; c < campaigns; c++) {
            if (drawn[c] != DailySends.NONE && drawn[c] >= joinedAt) {
                times[start + count + today++] = drawn[c];
            }
        }
        System.arraycopy(perDay, lengths + 1, perDay, lengths, days - 1);
        perDay[lengths + days - 1] = today;
        counts[u] = count + today;
        nextDay[u] = day + 1;
    }

    private void grow(int needed) {
        int larger = Math.max(needed, 2 * capacity);
        long[] grown = new long[users * larger];
        for (int u = 0; u < users; u++) {
            System.arraycopy(times, u * capacity, grown, u * larger, capacity);
        }
        times = grown;
        capacity = larger;
    }
}
