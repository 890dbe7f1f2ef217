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
 * comparator, at a fraction of its cost (a comparator sort was a tenth of the native executable's generation CPU,
 * perf). The events are made in that order, so a sink reads them one after another in memory.
 */
final class DayOrder {

    private static final int POSITION_BITS = 36;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

    private DayOrder() {}

    /** The events of {@code chunks}, all of the same UTC day, in order, with their tally. */
    static TalliedEvents sort(List<DayChunk> chunks) {
        int[] offsets = new int[chunks.size() + 1];
        for (int c = 0; c < chunks.size(); c++) {
            offsets[c + 1] = offsets[c] + chunks.get(c).size();
        }
        int n = offsets[chunks.size()];
        long[] keys = new long[n];
        Tally tally = new Tally();
        for (int c = 0; c < chunks.size(); c++) {
            long[] millis = chunks.get(c).millisOfDay();
            for (int j = 0, i = offsets[c]; j < millis.length; j++, i++) {
                keys[i] = millis[j] << POSITION_BITS | i;
            }
            tally.add(chunks.get(c).tally());
        }
        Arrays.sort(keys);
        EmailEvent[] sorted = new EmailEvent[n];
        for (int k = 0; k < n; k++) {
            int position = (int) (keys[k] & POSITION_MASK);
            int c = chunkOf(offsets, position);
            sorted[k] = chunks.get(c).events().event(position - offsets[c]);
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

    /** The chunk holding {@code position}: the last whose offset is at most it (chunks are never empty). */
    private static int chunkOf(int[] offsets, int position) {
        int found = Arrays.binarySearch(offsets, 0, offsets.length - 1, position);
        return found >= 0 ? found : -found - 2;
    }
}
