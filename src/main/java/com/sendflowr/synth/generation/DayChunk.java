package com.sendflowr.synth.generation;

import com.sendflowr.synth.model.Tally;
import java.util.ArrayList;
import java.util.List;

/**
 * Events of one UTC day made by one worker on one day of sends, with what sorting and counting them needs, taken
 * while the worker still has them in cache: each event's millisecond of the day and their {@link Tally}.
 */
record DayChunk(long epochDay, PackedEvents events, long[] millisOfDay, Tally tally) {

    /** The events of {@code made}, in chunks by the UTC day they happen on, each in the order made. */
    static List<DayChunk> byDay(PackedEvents made) {
        int n = made.size();
        if (n == 0) {
            return List.of();
        }
        long[] days = new long[n];
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            days[i] = WeekTime.epochDay(made.timestamp(i));
            first = Math.min(first, days[i]);
            last = Math.max(last, days[i]);
        }
        int[] sizes = new int[(int) (last - first + 1)];
        for (int i = 0; i < n; i++) {
            sizes[(int) (days[i] - first)]++;
        }
        DayChunk[] chunks = new DayChunk[sizes.length];
        for (int d = 0; d < sizes.length; d++) {
            if (sizes[d] > 0) {
                chunks[d] = new DayChunk(first + d, new PackedEvents(sizes[d]), new long[sizes[d]], new Tally());
            }
        }
        for (int i = 0; i < n; i++) {
            DayChunk chunk = chunks[(int) (days[i] - first)];
            chunk.millisOfDay[chunk.events.size()] = made.timestamp(i) - WeekTime.startOfDay(days[i]);
            chunk.events.add(made, i);
            chunk.tally.count(made.message(i).recipient().persona(), made.type(i), made.occurrence(i));
        }
        List<DayChunk> nonEmpty = new ArrayList<>();
        for (DayChunk chunk : chunks) {
            if (chunk != null) {
                nonEmpty.add(chunk);
            }
        }
        return nonEmpty;
    }

    int size() {
        return events.size();
    }
}
