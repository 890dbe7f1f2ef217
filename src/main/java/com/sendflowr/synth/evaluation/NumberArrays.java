package com.sendflowr.synth.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The arrays of numbers in JSON text, parsed in one pass over its bytes and cut out of it (each left as {@code []}),
 * so that Jackson parses only the rest: a manifest or recommendations row is 168 numbers and a few other fields, and
 * Jackson's tokenising of the numbers (each copied into its text buffer, then parsed again from there) was half of
 * {@code evaluate}'s time natively (docs/benchmarking.md, "Speed").
 *
 * <p>Only what is certainly a JSON array of numbers on one line is cut out: numbers as JSON writes them, separated by
 * commas, spaces or tabs. Anything else (a string, a nested value, a line break, a malformed number, a number longer
 * than Jackson accepts) leaves the array to Jackson, which parses or refuses it as before. Strings are stepped over,
 * so brackets inside them are text. A value's digits give the same double as {@link Double#parseDouble}: exactly (one
 * correctly rounded operation on exact operands) when its significand is below 2<sup>53</sup> and its power of ten
 * within ±22, otherwise by {@code Double.parseDouble} itself.
 */
final class NumberArrays {

    /** Jackson's default longest number (StreamReadConstraints): a longer one is left for Jackson to refuse. */
    private static final int LONGEST_NUMBER = 1000;

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private long[] offsets = new long[64];
    private double[][] arrays = new double[64][];
    private int count;
    private int cursor;
    private int length;

    // the array being parsed
    private double[] values = new double[ManifestReader.HOURS];
    private int size;
    private int end;

    private NumberArrays() {}

    /**
     * Cuts the arrays of numbers out of the first {@code length} bytes of {@code bytes}, in place: the text left is
     * {@link #length()} bytes long, with {@code []} where each array was, and the same line breaks.
     */
    static NumberArrays cut(byte[] bytes, int length) {
        NumberArrays cut = new NumberArrays();
        cut.cutFrom(bytes, length);
        return cut;
    }

    /** The length of the text left. */
    int length() {
        return length;
    }

    /**
     * The numbers of the array that was cut out where the text left has its {@code []} at {@code offset}, or null if
     * there is none (an array Jackson parses); offsets must be asked for in increasing order.
     */
    double[] at(long offset) {
        while (cursor < count && offsets[cursor] < offset) {
            cursor++;
        }
        return cursor < count && offsets[cursor] == offset ? arrays[cursor] : null;
    }

    private void cutFrom(byte[] bytes, int length) {
        int write = 0;
        int read = 0;
        boolean inString = false;
        while (read < length) {
            byte b = bytes[read];
            if (inString) {
                bytes[write++] = bytes[read++];
                if (b == '\\' && read < length) {
                    bytes[write++] = bytes[read++];
                } else if (b == '"' || b == '\n') {
                    inString = false;
                }
            } else if (b == '[' && array(bytes, read, length)) {
                keep(write, Arrays.copyOf(values, size));
                bytes[write++] = '[';
                bytes[write++] = ']';
                read = end;
            } else {
                inString = b == '"';
                bytes[write++] = bytes[read++];
            }
        }
        this.length = write;
    }

    private void keep(long offset, double[] numbers) {
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, 2 * count);
            arrays = Arrays.copyOf(arrays, 2 * count);
        }
        offsets[count] = offset;
        arrays[count++] = numbers;
    }

    /** Whether an array of numbers starts at {@code start} (its {@code [}); if so, its values and end are kept. */
    private boolean array(byte[] bytes, int start, int length) {
        size = 0;
        int at = blanks(bytes, start + 1, length);
        if (at < length && bytes[at] == ']') {
            end = at + 1;
            return true;
        }
        while (true) {
            at = number(bytes, at, length);
            if (at < 0) {
                return false;
            }
            at = blanks(bytes, at, length);
            if (at >= length) {
                return false;
            }
            if (bytes[at] == ']') {
                end = at + 1;
                return true;
            }
            if (bytes[at] != ',') {
                return false;
            }
            at = blanks(bytes, at + 1, length);
        }
    }

    private static int blanks(byte[] bytes, int at, int length) {
        while (at < length && (bytes[at] == ' ' || bytes[at] == '\t')) {
            at++;
        }
        return at;
    }

    /**
     * Parses the JSON number at {@code start} (-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?) into the values; where
     * it ends, or -1 if there is none.
     */
    private int number(byte[] bytes, int start, int length) {
        int at = start;
        boolean negative = at < length && bytes[at] == '-';
        if (negative) {
            at++;
        }
        if (at >= length || !digit(bytes[at])) {
            return -1;
        }
        long significand = 0;
        int digits = 0;
        if (bytes[at] == '0') {
            at++;
        } else {
            for (; at < length && digit(bytes[at]); at++, digits++) {
                significand = 10 * significand + (bytes[at] - '0');
            }
        }
        boolean integer = true;
        int scale = 0;
        if (at < length && bytes[at] == '.') {
            integer = false;
            int first = ++at;
            for (; at < length && digit(bytes[at]); at++, scale++) {
                if (digits > 0 || bytes[at] != '0') {
                    significand = 10 * significand + (bytes[at] - '0');
                    digits++;
                }
            }
            if (at == first) {
                return -1;
            }
        }
        int exponent = 0;
        if (at < length && (bytes[at] == 'e' || bytes[at] == 'E')) {
            integer = false;
            at++;
            boolean negativeExponent = at < length && bytes[at] == '-';
            if (at < length && (bytes[at] == '-' || bytes[at] == '+')) {
                at++;
            }
            int first = at;
            for (; at < length && digit(bytes[at]); at++) {
                exponent = Math.min(10 * exponent + (bytes[at] - '0'), 100_000);
            }
            if (at == first) {
                return -1;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (at - start > LONGEST_NUMBER) {
            return -1;
        }
        int power = exponent - scale;
        double value;
        if (digits <= 15 && integer) {
            value = negative ? -significand : significand; // as Jackson reads an integer: -0 is 0
        } else if (digits <= 15 && Math.abs(power) < POWERS_OF_TEN.length) {
            // both operands exact (a significand of 15 digits is below 2^53): one correctly rounded operation
            value = power < 0 ? significand / POWERS_OF_TEN[-power] : significand * POWERS_OF_TEN[power];
            value = negative ? -value : value;
        } else {
            value = Double.parseDouble(new String(bytes, start, at - start, StandardCharsets.ISO_8859_1));
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, 2 * size);
        }
        values[size++] = value;
        return at;
    }

    private static boolean digit(byte b) {
        return b >= '0' && b <= '9';
    }
}
