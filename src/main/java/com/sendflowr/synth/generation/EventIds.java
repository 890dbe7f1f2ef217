package com.sendflowr.synth.generation;

import java.util.UUID;

/**
 * Deterministic identifiers in the UUIDv7 layout (RFC 9562): 48-bit Unix milliseconds, version 7, variant 10,
 * and 74 bits taken from a seed-derived stream instead of a random source, so ids sort by time and repeat
 * exactly when a seed is rerun.
 */
public final class EventIds {

    private EventIds() {}

    public static long high(long epochMillis, long random) {
        return (epochMillis << 16) | 0x7000L | ((random >>> 52) & 0xFFFL);
    }

    public static long low(long random) {
        return (random & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    }

    public static UUID uuid(long epochMillis, long random) {
        return new UUID(high(epochMillis, random), low(RandomStreams.mix(random)));
    }
}
