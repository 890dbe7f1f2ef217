package com.sendflowr.synth.sinks;

import com.sendflowr.synth.model.EmailEvent;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where generated events go: one UTC day of events at a time, already in order. {@link #accept} may throw
 * {@link java.io.UncheckedIOException}; {@link #complete()} makes the output final (a file appears under its
 * name only then); {@link #close()} without {@code complete()} discards what was written.
 */
public interface EventSink extends Consumer<List<EmailEvent>>, AutoCloseable {

    void complete() throws IOException;

    @Override
    void close() throws IOException;

    /** What the sink writes to, for messages. */
    String describe();
}
