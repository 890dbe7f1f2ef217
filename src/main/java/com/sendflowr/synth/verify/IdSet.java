package com.sendflowr.synth.verify;

import java.util.HashSet;
import java.util.Set;

/**
 * The identifiers seen in a dataset, sized for millions: an id in the canonical UUID text (8-4-4-4-12 lower-case hex
 * digits, as the generator writes {@code event_id} and {@code message_id}) is held as its two longs in an
 * open-addressing table, 16 bytes instead of a String and a hash node (~130 bytes) that every garbage collection has
 * to trace; any other id is kept as it is. Two ids are the same exactly when their texts are equal.
 */
final class IdSet {

    private static final int UUID_LENGTH = 36;
    private static final int MIN_SLOTS = 1 << 10;
    private static final int MAX_PRESIZED = 1 << 22;

    /** Pairs (high, low) of UUIDs; (0, 0) marks a free slot. */
    private long[] slots;

    private int uuids;
    /** The nil UUID, which would read as a free slot. */
    private boolean nil;

    private final Set<String> others = new HashSet<>();
    /** The halves of the id at hand (the set is used by one thread). */
    private final long[] parsed = new long[2];

    IdSet() {
        this(0);
    }

    /**
     * @param expected how many ids the set will probably hold: room for up to {@value #MAX_PRESIZED} of them is made
     *                 at once (a table that grows step by step allocates and rehashes twice its final size, on the
     *                 thread that reads the data); a wrong guess costs memory or growth, never correctness
     */
    IdSet(long expected) {
        int wanted = (int) Math.min(expected, MAX_PRESIZED) * 4 / 3 + 1;
        slots = new long[2 * Math.max(MIN_SLOTS, Integer.highestOneBit(wanted - 1) << 1)];
    }

    /** Adds {@code id}; false if it was already in the set. */
    boolean add(String id) {
        if (!parse(id, parsed)) {
            return others.add(id);
        }
        long high = parsed[0];
        long low = parsed[1];
        if (high == 0 && low == 0) {
            boolean added = !nil;
            nil = true;
            return added;
        }
        if ((uuids + 1) * 4L > slots.length / 2 * 3L) {
            grow(); // at most three quarters full
        }
        int slot = find(slots, high, low);
        if (slots[slot] != 0 || slots[slot + 1] != 0) {
            return false;
        }
        slots[slot] = high;
        slots[slot + 1] = low;
        uuids++;
        return true;
    }

    boolean contains(String id) {
        if (!parse(id, parsed)) {
            return others.contains(id);
        }
        if (parsed[0] == 0 && parsed[1] == 0) {
            return nil;
        }
        int slot = find(slots, parsed[0], parsed[1]);
        return slots[slot] != 0 || slots[slot + 1] != 0;
    }

    int size() {
        return uuids + (nil ? 1 : 0) + others.size();
    }

    boolean isEmpty() {
        return size() == 0;
    }

    /** The slot holding (high, low), or the free slot where it belongs (linear probing; the table is never full). */
    private static int find(long[] slots, long high, long low) {
        int mask = slots.length / 2 - 1;
        int i = hash(high, low) & mask;
        while (true) {
            int slot = 2 * i;
            long h = slots[slot];
            long l = slots[slot + 1];
            if (h == high && l == low || h == 0 && l == 0) {
                return slot;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] old = slots;
        long[] bigger = new long[2 * old.length];
        for (int slot = 0; slot < old.length; slot += 2) {
            if (old[slot] != 0 || old[slot + 1] != 0) {
                int at = find(bigger, old[slot], old[slot + 1]);
                bigger[at] = old[slot];
                bigger[at + 1] = old[slot + 1];
            }
        }
        slots = bigger;
    }

    /** A 64-bit finaliser (SplitMix64's) over both halves: UUIDv7 ids share their high bits within a millisecond. */
    static int hash(long high, long low) {
        long z = high * 0x9E3779B97F4A7C15L + low;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) (z ^ (z >>> 31));
    }

    /**
     * Reads an id in the canonical UUID text into {@code into} (most, then least significant bits), in one pass;
     * false for any other text, upper-case hex digits included.
     */
    static boolean parse(String id, long[] into) {
        if (id == null || id.length() != UUID_LENGTH) {
            return false;
        }
        long bits = 0;
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = id.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return false;
                }
                continue;
            }
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0) {
                return false;
            }
            bits = bits << 4 | digit;
            if (i == 17) {
                into[0] = bits; // 16 digits: the 8-4-4 groups
                bits = 0;
            }
        }
        into[1] = bits;
        return true;
    }
}
