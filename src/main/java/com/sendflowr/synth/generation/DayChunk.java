package com.sendflowr.synth.generation;

import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.Tally;
import java.util.List;

/**
 * Events of one UTC day made by one worker on one day of sends, with what sorting and counting them needs, read while
 * the worker still has them in cache: each event's millisecond of the day and their {@link Tally}.
 */
record DayChunk(long epochDay, EmailEvent[] events, long[] millisOfDay, Tally tally) {

    /** The chunk of {@code events}, all of which happen on UTC day {@code epochDay}. */
    static DayChunk of(long epochDay, List<EmailEvent> events) {
        long dayStart = WeekTime.startOfDay(epochDay);
        EmailEvent[] array = events.toArray(EmailEvent[]::new);
        long[] millisOfDay = new long[array.length];
        Tally tally = new Tally();
        for (int i = 0; i < array.length; i++) {
            long millis = array[i].timestamp() - dayStart;
            if (millis < 0 || millis >= WeekTime.MILLIS_PER_DAY) {
                throw new IllegalArgumentException(
                        "event at " + array[i].timestamp() + " is not on the day starting at " + dayStart);
            }
            millisOfDay[i] = millis;
            tally.count(array[i]);
        }
        return new DayChunk(epochDay, array, millisOfDay, tally);
    }

    int size() {
        return events.length;
    }
}
