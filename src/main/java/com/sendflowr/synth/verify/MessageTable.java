package com.sendflowr.synth.verify;

import java.util.HashMap;
import java.util.Map;

/**
 * A long of state per message id, sized for millions, so that what is learnt of a message from its events can be
 * put together whatever order they come in. Ids in the canonical UUID text are held as their two longs in an
 * open-addressing table (as in {@link IdSet}); any other id in a map beside it.
 */
final class MessageTable {

    private static final int MIN_ENTRIES = 1 << 10;
    private static final int MAX_PRESIZED = 1 << 22;

    /** Pairs (high, low) of UUIDs; (0, 0) marks a free slot (the nil UUID is kept among the others). */
    private long[] keys;

    private long[] values;
    private int uuids;
    private final Map<String, long[]> others = new HashMap<>();
    private final long[] parsed = new long[2];

    /** What a visit sees of an entry. */
    interface Visitor {
        void visit(long value);
    }

    MessageTable(long expected) {
        int wanted = (int) Math.min(expected, MAX_PRESIZED) * 4 / 3 + 1;
        allocate(Math.max(MIN_ENTRIES, Integer.highestOneBit(Math.max(1, wanted - 1)) << 1));
    }

    private void allocate(int entries) {
        keys = new long[2 * entries];
        values = new long[entries];
    }

    /**
     * In the entry of {@code id} (created if needed): sets the bits {@code flags}, and puts {@code field} in the bits
     * of {@code fieldMask} unless some are set there already (the first event to say wins).
     */
    void update(String id, long flags, long field, long fieldMask) {
        if (!IdSet.parse(id, parsed) || parsed[0] == 0 && parsed[1] == 0) {
            long[] value = others.computeIfAbsent(String.valueOf(id), k -> new long[1]);
            value[0] = merge(value[0], flags, field, fieldMask);
            return;
        }
        if ((uuids + 1) * 4L > values.length * 3L) {
            grow();
        }
        int entry = find(keys, parsed[0], parsed[1]);
        if (keys[2 * entry] == 0 && keys[2 * entry + 1] == 0) {
            keys[2 * entry] = parsed[0];
            keys[2 * entry + 1] = parsed[1];
            uuids++;
        }
        values[entry] = merge(values[entry], flags, field, fieldMask);
    }

    private static long merge(long current, long flags, long field, long fieldMask) {
        long merged = current | flags;
        return (current & fieldMask) == 0 ? merged | (field & fieldMask) : merged;
    }

    void forEach(Visitor visitor) {
        for (int entry = 0; entry < values.length; entry++) {
            if (keys[2 * entry] != 0 || keys[2 * entry + 1] != 0) {
                visitor.visit(values[entry]);
            }
        }
        others.values().forEach(value -> visitor.visit(value[0]));
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
        long[] oldValues = values;
        allocate(2 * oldValues.length);
        for (int entry = 0; entry < oldValues.length; entry++) {
            long high = oldKeys[2 * entry];
            long low = oldKeys[2 * entry + 1];
            if (high != 0 || low != 0) {
                int at = find(keys, high, low);
                keys[2 * at] = high;
                keys[2 * at + 1] = low;
                values[at] = oldValues[entry];
            }
        }
    }
}
