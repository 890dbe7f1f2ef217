package com.sendflowr.synth.sinks;

import com.sendflowr.synth.model.EmailEvent;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** Opens the sink a {@link SinkSpec} names. */
public final class Sinks {

    private Sinks() {}

    public static EventSink open(SinkSpec spec, EventEncoder encoder, PrintStream stdout) throws IOException {
        return switch (spec.kind()) {
            case JSONL -> StreamingSink.toFile(spec.path().orElseThrow(), true, encoder);
            case CSV ->
                spec.path().isPresent()
                        ? StreamingSink.toFile(spec.path().get(), false, encoder)
                        : StreamingSink.toStandardOutput(stdout, false, encoder);
            case STDOUT -> StreamingSink.toStandardOutput(stdout, true, encoder);
            case NONE -> new Discard();
            case KAFKA -> throw new IllegalArgumentException("Kafka sinks are opened by the kafka package");
        };
    }

    /** Counts nothing and writes nothing: for dry runs and benchmarks of generation alone. */
    private static final class Discard implements EventSink {
        @Override
        public void accept(List<EmailEvent> day) {}

        @Override
        public void complete() {}

        @Override
        public void close() {}

        @Override
        public String describe() {
            return "nowhere (dry run)";
        }
    }
}
