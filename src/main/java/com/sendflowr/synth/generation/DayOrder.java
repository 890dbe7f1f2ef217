package com.sendflowr.synth.generation;

import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.TalliedEvents;
import com.sendflowr.synth.model.Tally;
import java.util.Arrays;
import java.util.List;

/**
 * Puts one UTC day of events, gathered in chunks, into {@link EmailEvent#compare} order. Most events of a day have a
 * millisecond of their own, so the day is sorted as primitive keys (millisecond of the day, then position) read from
 * the chunks, and only events that share a millisecond are compared in full: the same order as sorting with the
 * comparator without reading the events, which by then are scattered over the heap (a comparator sort was a tenth of
 * the native executable's generation CPU, perf).
 */
final class DayOrder {

    private static final int POSITION_BITS = 36;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

    private DayOrder() {}

    /** The events of {@code chunks}, all of the same UTC day, in order, with their tally. */
    static TalliedEvents sort(List<DayChunk> chunks) {
        int n = 0;
        for (DayChunk chunk : chunks) {
            n += chunk.size();
        }
        long[] keys = new long[n];
        EmailEvent[] gathered = new EmailEvent[n];
        Tally tally = new Tally();
        int i = 0;
        for (DayChunk chunk : chunks) {
            long[] millis = chunk.millisOfDay();
            System.arraycopy(chunk.events(), 0, gathered, i, chunk.size());
            for (int j = 0; j < millis.length; j++, i++) {
                keys[i] = millis[j] << POSITION_BITS | i;
            }
            tally.add(chunk.tally());
        }
        Arrays.sort(keys);
        EmailEvent[] sorted = new EmailEvent[n];
        for (i = 0; i < n; i++) {
            sorted[i] = gathered[(int) (keys[i] & POSITION_MASK)];
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
        return new TalliedEvents(sorted, tally);
    }
}
