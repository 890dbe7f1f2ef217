package com.sendflowr.synth.verify;

import java.io.IOException;
import java.util.function.Consumer;

/** A dataset to read back: a file or a topic. */
public interface EventSource {

    /** Hands every event to {@code consumer}; returns when the dataset is exhausted. */
    void readAll(Consumer<ObservedEvent> consumer) throws IOException;

    String describe();
}
