package com.sendflowr.synth.generation;

import com.sendflowr.synth.model.Client;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.EventType;
import com.sendflowr.synth.model.Message;
import java.util.Arrays;

/**
 * Events kept as columns instead of objects while they wait for their day. An opened or clicked event waits up to
 * the open horizon (weeks in the `calibrated` profile), and half a million waiting objects made the native
 * executable's collector copy and scan them again in every collection (docs/calibration.md, "Benchmark: cost per
 * event"); a few arrays per day are copied whole. {@link #event} makes the object when the day is handed on.
 */
final class EventColumns {

    private static final EventType[] TYPES = EventType.values();
    private static final int TYPE_BITS = 8;

    private long[] idHigh;
    private long[] idLow;
    private long[] timestamp;
    private long[] ingestedAt;
    private int[] occurrence;
    /** The type's ordinal in the low {@value #TYPE_BITS} bits, the flags above. */
    private int[] typeAndFlags;

    private Message[] message;
    private Client[] client;
    private int size;

    EventColumns(int capacity) {
        int n = Math.max(1, capacity);
        idHigh = new long[n];
        idLow = new long[n];
        timestamp = new long[n];
        ingestedAt = new long[n];
        occurrence = new int[n];
        typeAndFlags = new int[n];
        message = new Message[n];
        client = new Client[n];
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(message, 0, size, null);
        Arrays.fill(client, 0, size, null);
        size = 0;
    }

    void add(
            long idHigh,
            long idLow,
            EventType type,
            long timestamp,
            Message message,
            int occurrence,
            Client client,
            long ingestedAt,
            int flags) {
        if (size == this.timestamp.length) {
            grow();
        }
        int i = size++;
        this.idHigh[i] = idHigh;
        this.idLow[i] = idLow;
        this.timestamp[i] = timestamp;
        this.ingestedAt[i] = ingestedAt;
        this.occurrence[i] = occurrence;
        this.typeAndFlags[i] = type.ordinal() | flags << TYPE_BITS;
        this.message[i] = message;
        this.client[i] = client;
    }

    /** Appends row {@code i} of {@code from}. */
    void add(EventColumns from, int i) {
        add(
                from.idHigh[i],
                from.idLow[i],
                from.type(i),
                from.timestamp[i],
                from.message[i],
                from.occurrence[i],
                from.client[i],
                from.ingestedAt[i],
                from.typeAndFlags[i] >>> TYPE_BITS);
    }

    long timestamp(int i) {
        return timestamp[i];
    }

    EventType type(int i) {
        return TYPES[typeAndFlags[i] & ((1 << TYPE_BITS) - 1)];
    }

    int occurrence(int i) {
        return occurrence[i];
    }

    Message message(int i) {
        return message[i];
    }

    /** Row {@code i} as the event it is. */
    EmailEvent event(int i) {
        return new EmailEvent(
                idHigh[i],
                idLow[i],
                type(i),
                timestamp[i],
                message[i],
                occurrence[i],
                client[i],
                ingestedAt[i],
                typeAndFlags[i] >>> TYPE_BITS);
    }

    private void grow() {
        int n = 2 * timestamp.length;
        idHigh = Arrays.copyOf(idHigh, n);
        idLow = Arrays.copyOf(idLow, n);
        timestamp = Arrays.copyOf(timestamp, n);
        ingestedAt = Arrays.copyOf(ingestedAt, n);
        occurrence = Arrays.copyOf(occurrence, n);
        typeAndFlags = Arrays.copyOf(typeAndFlags, n);
        message = Arrays.copyOf(message, n);
        client = Arrays.copyOf(client, n);
    }
}
