package com.sendflowr.synth.sinks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * ISO-8601 UTC timestamps with millisecond precision and {@code Z}, e.g. {@code 2025-10-01T07:13:22.123Z}.
 * Written by hand into a reused buffer because the event stream formats two per event (measured,
 * DateTimeFormatter was about a quarter of the serialisation time); the date part comes from
 * java.time.
 */
final class Timestamps {

    static final int LENGTH = 24;

    private long cachedDay = Long.MIN_VALUE;
    private final byte[] buffer = new byte[LENGTH];

    /** Formats as ASCII into a buffer that is overwritten by the next call. */
    byte[] format(long epochMillis) {
        long day = Math.floorDiv(epochMillis, 86_400_000L);
        if (day != cachedDay) {
            String date = LocalDate.ofEpochDay(day).toString();
            if (date.length() != 10) {
                throw new IllegalArgumentException("year outside 0000..9999: " + date);
            }
            System.arraycopy(date.getBytes(StandardCharsets.US_ASCII), 0, buffer, 0, 10);
            buffer[10] = 'T';
            buffer[13] = ':';
            buffer[16] = ':';
            buffer[19] = '.';
            buffer[23] = 'Z';
            cachedDay = day;
        }
        int millisOfDay = (int) Math.floorMod(epochMillis, 86_400_000L);
        int hours = millisOfDay / 3_600_000;
        int minutes = millisOfDay / 60_000 % 60;
        int seconds = millisOfDay / 1_000 % 60;
        int millis = millisOfDay % 1_000;
        two(hours, 11);
        two(minutes, 14);
        two(seconds, 17);
        buffer[20] = (byte) ('0' + millis / 100);
        buffer[21] = (byte) ('0' + millis / 10 % 10);
        buffer[22] = (byte) ('0' + millis % 10);
        return buffer;
    }

    private void two(int value, int at) {
        buffer[at] = (byte) ('0' + value / 10);
        buffer[at + 1] = (byte) ('0' + value % 10);
    }
}
