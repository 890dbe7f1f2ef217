package com.sendflowr.synth.readers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** A dataset to read back: a file or a topic. */
public interface EventSource {

    /** Hands every event to {@code consumer}; returns when the dataset is exhausted. */
    void readAll(Consumer<ObservedEvent> consumer) throws IOException;

    /**
     * Hands every event to {@code consumer}, refusing one whose timestamp is not inside {@code window} with a
     * {@link MalformedRecordException}. A file names the line; this default names the source and the event.
     */
    default void readAll(Consumer<ObservedEvent> consumer, TimeWindow window) throws IOException {
        try {
            readAll(event -> {
                try {
                    window.check(event.timestamp());
                } catch (MalformedRecordException e) {
                    throw new UncheckedIOException(e.at(describe() + ", event " + event.eventId()));
                }
                consumer.accept(event);
            });
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof MalformedRecordException malformed) {
                throw malformed;
            }
            throw e;
        }
    }

    String describe();
}
