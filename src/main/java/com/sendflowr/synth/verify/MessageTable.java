package com.sendflowr.synth.verify;

import java.util.HashMap;
import java.util.Map;

/**
 * Two longs of state per message id, sized for millions, so that what is learnt of a message from its events can be
 * put together whatever order they come in. Ids in the canonical UUID text are held as their two longs in an
 * open-addressing table (as in {@link IdSet}); any other id in a map beside it.
 */
final class MessageTable {

    private static final int MIN_ENTRIES = 1 << 10;
    private static final int MAX_PRESIZED = 1 << 22;

    /** Pairs (high, low) of UUIDs; (0, 0) marks a free slot (the nil UUID is kept among the others). */
    private long[] keys;
    private long[] first;
    private long[] second;
    private int uuids;
    private final Map<String, long[]> others = new HashMap<>();
    private final long[] parsed = new long[2];

    /** What a visit sees of an entry. */
    interface Visitor {
        void visit(long first, long second);
    }

    MessageTable(long expected) {
        int wanted = (int) Math.min(expected, MAX_PRESIZED) * 4 / 3 + 1;
        allocate(Math.max(MIN_ENTRIES, Integer.highestOneBit(Math.max(1, wanted - 1)) << 1));
    }

    private void allocate(int entries) {
        keys = new long[2 * entries];
        first = new long[entries];
        second = new long[entries];
    }

    /**
     * In the entry of {@code id} (created if needed): sets {@code flags} in the first long, puts {@code low} in its
     * low 32 bits and {@code value} in the 16-bit {@code lane} of the second long, each unless already set there
     * (the first event to say wins; 0 sets nothing).
     */
    void update(String id, long flags, int low, int lane, int value) {
        if (!IdSet.parse(id, parsed) || parsed[0] == 0 && parsed[1] == 0) {
            long[] values = others.computeIfAbsent(String.valueOf(id), k -> new long[2]);
            values[0] = merge(values[0], flags, low);
            values[1] = lane(values[1], lane, value);
            return;
        }
        if ((uuids + 1) * 4L > first.length * 3L) {
            grow();
        }
        int entry = find(keys, parsed[0], parsed[1]);
        if (keys[2 * entry] == 0 && keys[2 * entry + 1] == 0) {
            keys[2 * entry] = parsed[0];
            keys[2 * entry + 1] = parsed[1];
            uuids++;
        }
        first[entry] = merge(first[entry], flags, low);
        second[entry] = lane(second[entry], lane, value);
    }

    private static long merge(long current, long flags, int low) {
        long merged = current | flags;
        return (int) current == 0 ? merged | (low & 0xFFFF_FFFFL) : merged;
    }

    private static long lane(long current, int lane, int value) {
        int shift = 16 * lane;
        return (current >>> shift & 0xFFFF) == 0 ? current | (long) (value & 0xFFFF) << shift : current;
    }

    void forEach(Visitor visitor) {
        for (int entry = 0; entry < first.length; entry++) {
            if (keys[2 * entry] != 0 || keys[2 * entry + 1] != 0) {
                visitor.visit(first[entry], second[entry]);
            }
        }
        others.values().forEach(values -> visitor.visit(values[0], values[1]));
    }

    private static int find(long[] keys, long high, long low) {
        int mask = keys.length / 2 - 1;
        int i = IdSet.hash(high, low) & mask;
        while (true) {
            long h = keys[2 * i];
            long l = keys[2 * i + 1];
            if (h == high && l == low || h == 0 && l == 0) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldFirst = first;
        long[] oldSecond = second;
        allocate(2 * oldFirst.length);
        for (int entry = 0; entry < oldFirst.length; entry++) {
            long high = oldKeys[2 * entry];
            long low = oldKeys[2 * entry + 1];
            if (high != 0 || low != 0) {
                int at = find(keys, high, low);
                keys[2 * at] = high;
                keys[2 * at + 1] = low;
                first[at] = oldFirst[entry];
                second[at] = oldSecond[entry];
            }
        }
    }
}
