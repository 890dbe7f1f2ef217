package com.sendflowr.synth.sinks;

import java.nio.file.Path;
import java.util.Optional;

/** Parsed {@code --sink}: {@code jsonl:PATH}, {@code csv:PATH}, {@code stdout} (JSON Lines) or {@code none}. */
public record SinkSpec(Kind kind, Optional<Path> path) {

    public enum Kind { JSONL, CSV, STDOUT, NONE }

    public static final String ACCEPTED = "jsonl:PATH, csv:PATH, stdout or none";

    public static SinkSpec parse(String text) {
        String value = text.trim();
        if (value.equals("stdout")) {
            return new SinkSpec(Kind.STDOUT, Optional.empty());
        }
        if (value.equals("none")) {
            return new SinkSpec(Kind.NONE, Optional.empty());
        }
        int colon = value.indexOf(':');
        if (colon > 0 && colon < value.length() - 1) {
            String kind = value.substring(0, colon);
            Path path = Path.of(value.substring(colon + 1));
            if (kind.equals("jsonl")) {
                return new SinkSpec(Kind.JSONL, Optional.of(path));
            }
            if (kind.equals("csv")) {
                return new SinkSpec(Kind.CSV, Optional.of(path));
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a sink; use " + ACCEPTED);
    }

    /** Whether the events go to standard output (so reports must go to standard error). */
    public boolean usesStdout() {
        return kind == Kind.STDOUT;
    }
}
