package com.sendflowr.synth.generation;

import com.sendflowr.synth.model.EmailEvent;
import java.util.Arrays;
import java.util.List;

/**
 * Puts one UTC day of events into {@link EmailEvent#compare} order. Most events of a day have a millisecond of
 * their own, so the day is sorted as primitive keys (millisecond of the day, then position) and only events that
 * share a millisecond are compared in full: the same order as sorting with the comparator, at a fraction of its
 * cost (a comparator sort was a tenth of the native executable's generation CPU, perf).
 */
final class DayOrder {

    private static final int POSITION_BITS = 36;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

    private DayOrder() {}

    /** Sorts {@code events}, all of which happen on the UTC day starting at {@code dayStart}, in place. */
    static void sort(List<EmailEvent> events, long dayStart) {
        int n = events.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long millisOfDay = events.get(i).timestamp() - dayStart;
            if (millisOfDay < 0 || millisOfDay >= WeekTime.MILLIS_PER_DAY) {
                throw new IllegalArgumentException(
                        "event at " + events.get(i).timestamp() + " is not on the day starting at " + dayStart);
            }
            keys[i] = millisOfDay << POSITION_BITS | i;
        }
        Arrays.sort(keys);
        EmailEvent[] sorted = new EmailEvent[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = events.get((int) (keys[i] & POSITION_MASK));
        }
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && keys[end] >>> POSITION_BITS == keys[start] >>> POSITION_BITS) {
                end++;
            }
            if (end - start > 1) {
                Arrays.sort(sorted, start, end, EmailEvent::compare);
            }
            start = end;
        }
        for (int i = 0; i < n; i++) {
            events.set(i, sorted[i]);
        }
    }
}
