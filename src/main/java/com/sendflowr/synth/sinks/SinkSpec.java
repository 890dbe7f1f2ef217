package com.sendflowr.synth.sinks;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Parsed {@code --sink}: {@code jsonl:PATH}, {@code csv:PATH}, {@code stdout} (JSON Lines), {@code kafka} (the
 * configured topic), {@code kafka:TOPIC} or {@code none}. A PATH of {@code -} is standard output, as is the custom
 * of command-line tools ({@code jsonl:-} is {@code stdout}; {@code csv:-} has no path).
 */
public record SinkSpec(Kind kind, Optional<Path> path, Optional<String> topic) {

    public enum Kind {
        JSONL,
        CSV,
        STDOUT,
        KAFKA,
        NONE
    }

    public static final String ACCEPTED =
            "jsonl:PATH, csv:PATH (PATH '-' is standard output), stdout, kafka, " + "kafka:TOPIC or none";
    private static final String STANDARD_OUTPUT = "-";

    public static SinkSpec parse(String text) {
        String value = text.trim();
        if (value.equals("stdout")) {
            return new SinkSpec(Kind.STDOUT, Optional.empty(), Optional.empty());
        }
        if (value.equals("none")) {
            return new SinkSpec(Kind.NONE, Optional.empty(), Optional.empty());
        }
        if (value.equals("kafka")) {
            return new SinkSpec(Kind.KAFKA, Optional.empty(), Optional.empty());
        }
        int colon = value.indexOf(':');
        if (colon > 0 && colon < value.length() - 1) {
            String kind = value.substring(0, colon);
            String target = value.substring(colon + 1);
            Optional<Path> path = target.equals(STANDARD_OUTPUT) ? Optional.empty() : Optional.of(Path.of(target));
            if (kind.equals("jsonl")) {
                return path.isEmpty() ? parse("stdout") : new SinkSpec(Kind.JSONL, path, Optional.empty());
            }
            if (kind.equals("csv")) {
                return new SinkSpec(Kind.CSV, path, Optional.empty());
            }
            if (kind.equals("kafka")) {
                return new SinkSpec(Kind.KAFKA, Optional.empty(), Optional.of(value.substring(colon + 1)));
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a sink; use " + ACCEPTED);
    }

    /** Whether the events go to standard output (so reports must go to standard error). */
    public boolean usesStdout() {
        return kind == Kind.STDOUT || kind == Kind.CSV && path.isEmpty();
    }
}
