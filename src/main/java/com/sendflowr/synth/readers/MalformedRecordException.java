package com.sendflowr.synth.readers;

import java.io.IOException;

/**
 * A record of a dataset read back that is not a canonical event: not JSON, not an object, or a field missing, of the
 * wrong kind or out of range. Says where (file and line, or the topic and event) and what; nothing is skipped.
 */
public final class MalformedRecordException extends IOException {

    private final String problem;
    /** The line in the text the parser read (1 for its first), or 0 when not known. */
    private final long line;

    public MalformedRecordException(String problem) {
        this(problem, 0);
    }

    private MalformedRecordException(String problem, long line) {
        super(problem);
        this.problem = problem;
        this.line = line;
    }

    /** The same problem, found on {@code line} of the text being parsed. */
    MalformedRecordException onLine(long line) {
        return new MalformedRecordException(problem, line);
    }

    long line() {
        return line;
    }

    /** The same problem, prefixed with where it was found (e.g. {@code events.jsonl line 12}). */
    public MalformedRecordException at(String where) {
        return new MalformedRecordException(where + ": " + problem, line);
    }
}
