package com.sendflowr.synth.report;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Parses event timestamps to epoch milliseconds. The canonical form ({@code 2025-10-01T07:13:22.123Z}) takes a
 * fast path without allocation (a report reads two per event); anything else goes through {@link Instant#parse}.
 */
public final class EventTimes {

    /** Returned for a missing or unparseable timestamp. */
    public static final long INVALID = Long.MIN_VALUE;

    private EventTimes() {}

    public static long parse(String text) {
        if (text == null) {
            return INVALID;
        }
        if (text.length() == 24
                && text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && text.charAt(10) == 'T'
                && text.charAt(13) == ':'
                && text.charAt(16) == ':'
                && text.charAt(19) == '.'
                && text.charAt(23) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            int millis = digits(text, 20, 3);
            if (year >= 0
                    && month >= 1
                    && month <= 12
                    && day >= 1
                    && day <= 31
                    && hour >= 0
                    && hour < 24
                    && minute >= 0
                    && minute < 60
                    && second >= 0
                    && second < 60
                    && millis >= 0) {
                long epochDay = epochDay(year, month, day);
                return ((epochDay * 24 + hour) * 60 + minute) * 60_000L + second * 1_000L + millis;
            }
        }
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            return INVALID;
        }
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (the algorithm of java.time.LocalDate#toEpochDay). */
    private static long epochDay(long year, int month, int day) {
        long total = 365 * year;
        if (year >= 0) {
            total += (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        }
        total += (367L * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
            if (!leap) {
                total--;
            }
        }
        return total - 719_528;
    }
}
