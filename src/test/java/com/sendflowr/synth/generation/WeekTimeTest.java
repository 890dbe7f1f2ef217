package com.sendflowr.synth.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeekTimeTest {

    static long millis(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void theFirstOfOctober2025IsAWednesday() {
        long start = millis("2025-10-01T00:00:00Z");
        assertEquals(2, WeekTime.dayOfWeek(WeekTime.epochDay(start)));
        assertEquals(2 * WeekTime.MINUTES_PER_DAY, WeekTime.minuteOfWeek(start));
    }

    @Test
    void slotZeroIsMondayMidnightAndTheLastSlotIsSunday2359() {
        assertEquals(0, WeekTime.minuteOfWeek(millis("2025-09-29T00:00:00Z")));
        assertEquals(0, WeekTime.minuteOfWeek(millis("2025-09-29T00:00:59.999Z")));
        assertEquals(1, WeekTime.minuteOfWeek(millis("2025-09-29T00:01:00Z")));
        assertEquals(WeekTime.MINUTES_PER_WEEK - 1, WeekTime.minuteOfWeek(millis("2025-10-05T23:59:59.999Z")));
        assertEquals(0, WeekTime.minuteOfWeek(millis("2025-10-06T00:00:00Z")));
    }

    @Test
    void agreesWithJavaTimeEverywhereIncludingBefore1970() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 20_000; i++) {
            long t = random.nextLong(-5_000_000_000_000L, 5_000_000_000_000L);
            ZonedDateTime utc = Instant.ofEpochMilli(t).atZone(ZoneOffset.UTC);
            int day = utc.getDayOfWeek().getValue() - 1;
            assertEquals(day * 1440 + utc.getHour() * 60 + utc.getMinute(), WeekTime.minuteOfWeek(t), utc.toString());
            assertEquals(utc.toLocalDate().toEpochDay(), WeekTime.epochDay(t), utc.toString());
            assertEquals(day, WeekTime.dayOfWeek(WeekTime.epochDay(t)), utc.toString());
            assertEquals(
                    utc.toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
                    WeekTime.startOfDay(WeekTime.epochDay(t)));
        }
    }
}
