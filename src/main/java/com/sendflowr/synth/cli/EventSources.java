package com.sendflowr.synth.cli;

import com.sendflowr.synth.config.InvalidConfigurationException;
import com.sendflowr.synth.kafka.KafkaPublisher;
import com.sendflowr.synth.readers.ChunkedJsonLinesSource;
import com.sendflowr.synth.readers.EventSource;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns a SOURCE/INPUT argument ({@code jsonl:PATH}, {@code kafka}, {@code kafka:TOPIC}) into a dataset to read. */
final class EventSources {

    static final String ACCEPTED = "jsonl:PATH, kafka (the configured topic) or kafka:TOPIC";

    private EventSources() {}

    /**
     * @param bareFiles whether a text without a scheme is a file path (the report) rather than an error (verify,
     *                  whose default is the topic)
     */
    static EventSource open(String text, KafkaPublisher kafka, String name, boolean bareFiles) {
        if (text.startsWith("jsonl:") && text.length() > 6) {
            return file(Path.of(text.substring(6)), name);
        }
        if (text.equals("kafka")) {
            return kafka.topicSource(kafka.topic());
        }
        if (text.startsWith("kafka:") && text.length() > 6) {
            return kafka.topicSource(text.substring(6));
        }
        if (bareFiles && !text.isBlank() && !text.startsWith("kafka:") && !text.startsWith("jsonl:")) {
            return file(Path.of(text), name);
        }
        throw new InvalidConfigurationException(
                name, "'" + text + "' is not a source; use " + ACCEPTED + (bareFiles ? " or a file path" : ""));
    }

    /** The file a SOURCE/INPUT argument names, if it names one (for the report, a bare text is a path). */
    static java.util.Optional<Path> file(String text) {
        if (text.startsWith("jsonl:") && text.length() > 6) {
            return java.util.Optional.of(Path.of(text.substring(6)));
        }
        if (text.isBlank() || text.equals("kafka") || text.startsWith("kafka:") || text.startsWith("jsonl:")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Path.of(text));
    }

    private static EventSource file(Path path, String name) {
        if (!Files.isRegularFile(path)) {
            throw new InvalidConfigurationException(name, "no such file: " + path);
        }
        return new ChunkedJsonLinesSource(path, Runtime.getRuntime().availableProcessors());
    }
}
