package com.sendflowr.synth.sinks;

/**
 * The canonical text of a UUID ({@code 8-4-4-4-12} lower-case hex digits) as ASCII bytes, written into a caller's
 * buffer: the same text as {@link java.util.UUID#toString()} without a UUID and a String per event.
 */
final class UuidText {

    static final int LENGTH = 36;

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private UuidText() {}

    /** Writes the UUID of {@code high} and {@code low} (most and least significant bits) into {@code into[0..36)}. */
    static void format(long high, long low, byte[] into) {
        hex(high >>> 32, 8, into, 0);
        into[8] = '-';
        hex(high >>> 16, 4, into, 9);
        into[13] = '-';
        hex(high, 4, into, 14);
        into[18] = '-';
        hex(low >>> 48, 4, into, 19);
        into[23] = '-';
        hex(low, 12, into, 24);
    }

    /** The lowest {@code digits} hex digits of {@code bits}, most significant first. */
    private static void hex(long bits, int digits, byte[] into, int at) {
        for (int i = at + digits - 1; i >= at; i--) {
            into[i] = HEX[(int) bits & 0xF];
            bits >>>= 4;
        }
    }
}
