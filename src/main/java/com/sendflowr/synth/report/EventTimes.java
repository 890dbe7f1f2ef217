package com.sendflowr.synth.report;

import com.sendflowr.synth.readers.MalformedRecordException;
import com.sendflowr.synth.readers.TimeWindow;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Parses event timestamps to epoch milliseconds. The canonical form ({@code 2025-10-01T07:13:22.123Z}) takes the
 * readers' fast path ({@link TimeWindow#parse}; a report reads two per event); anything else goes through
 * {@link Instant#parse}.
 */
public final class EventTimes {

    /** Returned for a missing or unparseable timestamp. */
    public static final long INVALID = Long.MIN_VALUE;

    private EventTimes() {}

    public static long parse(String text) {
        if (text == null) {
            return INVALID;
        }
        try {
            return TimeWindow.parse(text);
        } catch (MalformedRecordException notCanonical) {
            try {
                return Instant.parse(text).toEpochMilli();
            } catch (DateTimeParseException | ArithmeticException e) {
                return INVALID;
            }
        }
    }
}
