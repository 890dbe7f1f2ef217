package com.sendflowr.synth.generation;

import com.sendflowr.synth.model.Client;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.EventType;
import com.sendflowr.synth.model.Message;
import java.util.Arrays;

/**
 * Events kept in arrays instead of objects while they wait for their day. An opened or clicked event waits up to
 * the open horizon (weeks in the `calibrated` profile), and half a million waiting objects made the native
 * executable's collector copy and scan them again in every collection (docs/calibration.md, "Benchmark: cost per
 * event"); two arrays per chunk are copied whole. {@link #event} makes the object when the day is handed on.
 */
final class PackedEvents {

    private static final EventType[] TYPES = EventType.values();
    private static final int TYPE_BITS = 8;
    /** Numbers per event: id high and low bits, timestamp, ingestion time, occurrence with type and flags. */
    private static final int NUMBERS = 5;
    /** References per event: message and client. */
    private static final int REFERENCES = 2;

    // an event's numbers and references lie together: a day's events are read in time order, i.e. all over the chunks
    private long[] numbers;
    private Object[] references;
    private int size;

    PackedEvents(int capacity) {
        int n = Math.max(1, capacity);
        numbers = new long[n * NUMBERS];
        references = new Object[n * REFERENCES];
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(references, 0, size * REFERENCES, null);
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
        makeRoom();
        int n = size * NUMBERS;
        numbers[n] = idHigh;
        numbers[n + 1] = idLow;
        numbers[n + 2] = timestamp;
        numbers[n + 3] = ingestedAt;
        numbers[n + 4] = (long) occurrence << 32 | (type.ordinal() | flags << TYPE_BITS);
        int r = size * REFERENCES;
        references[r] = message;
        references[r + 1] = client;
        size++;
    }

    /** Appends row {@code i} of {@code from}. */
    void add(PackedEvents from, int i) {
        makeRoom();
        System.arraycopy(from.numbers, i * NUMBERS, numbers, size * NUMBERS, NUMBERS);
        System.arraycopy(from.references, i * REFERENCES, references, size * REFERENCES, REFERENCES);
        size++;
    }

    private void makeRoom() {
        if ((size + 1) * NUMBERS > numbers.length) {
            numbers = Arrays.copyOf(numbers, 2 * numbers.length);
            references = Arrays.copyOf(references, 2 * references.length);
        }
    }

    long timestamp(int i) {
        return numbers[i * NUMBERS + 2];
    }

    EventType type(int i) {
        return TYPES[(int) numbers[i * NUMBERS + 4] & ((1 << TYPE_BITS) - 1)];
    }

    int occurrence(int i) {
        return (int) (numbers[i * NUMBERS + 4] >>> 32);
    }

    Message message(int i) {
        return (Message) references[i * REFERENCES];
    }

    /** Row {@code i} as the event it is. */
    EmailEvent event(int i) {
        int n = i * NUMBERS;
        int r = i * REFERENCES;
        int typeAndFlags = (int) numbers[n + 4];
        return new EmailEvent(
                numbers[n],
                numbers[n + 1],
                TYPES[typeAndFlags & ((1 << TYPE_BITS) - 1)],
                numbers[n + 2],
                (Message) references[r],
                (int) (numbers[n + 4] >>> 32),
                (Client) references[r + 1],
                numbers[n + 3],
                typeAndFlags >>> TYPE_BITS);
    }
}
