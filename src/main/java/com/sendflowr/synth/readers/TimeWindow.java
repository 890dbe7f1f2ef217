package com.sendflowr.synth.readers;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The window events must lie in, {@code [start, end)} in epoch milliseconds, and the canonical timestamp text
 * ({@code 2025-10-01T07:13:22.123Z}: UTC, milliseconds, {@code Z}) read without java.time's general parser, which
 * would cost a good part of reading a dataset back.
 */
public record TimeWindow(long startMillis, long endMillis) {

    /** Any timestamp in the canonical form is accepted. */
    public static final TimeWindow ANY = new TimeWindow(Long.MIN_VALUE, Long.MAX_VALUE);

    private static final int LENGTH = 24;
    static final String FORMAT = "an ISO-8601 UTC instant with milliseconds, e.g. 2025-10-01T07:13:22.123Z";

    /** Checks {@code timestamp} (the field's text) and returns it. */
    public String check(String timestamp) throws MalformedRecordException {
        long millis = parse(timestamp);
        if (millis < startMillis || millis >= endMillis) {
            throw new MalformedRecordException("field 'timestamp' " + timestamp + " is outside the window "
                    + Instant.ofEpochMilli(startMillis) + " to " + Instant.ofEpochMilli(endMillis)
                    + " (give the window options the dataset was generated with)");
        }
        return timestamp;
    }

    /** Epoch milliseconds of a timestamp in the canonical form; anything else is refused. */
    public static long parse(String text) throws MalformedRecordException {
        if (text.length() != LENGTH
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':'
                || text.charAt(19) != '.'
                || text.charAt(23) != 'Z') {
            throw unparsable(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int millis = digits(text, 20, 3);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59
                || millis < 0
                || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            throw unparsable(text);
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return epochDay * 86_400_000L + hour * 3_600_000L + minute * 60_000L + second * 1_000L + millis;
    }

    /** The number in {@code length} decimal digits at {@code at}, or -1. */
    private static int digits(String text, int at, int length) {
        int value = 0;
        for (int i = at; i < at + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static MalformedRecordException unparsable(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return new MalformedRecordException("field 'timestamp' '" + shown + "' is not " + FORMAT);
    }
}
