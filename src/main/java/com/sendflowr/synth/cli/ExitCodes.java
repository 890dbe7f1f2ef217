package com.sendflowr.synth.cli;

/** The process exit codes, named. */
public final class ExitCodes {

    /** Everything asked for was done (and, when publishing, acknowledged). */
    public static final int OK = 0;
    /** A runtime failure: I/O, broker, an unexpected error. */
    public static final int FAILURE = 1;
    /** Bad command line or configuration; nothing was generated. */
    public static final int USAGE = 2;
    /**
     * Verification found data that does not match the expectation, or a dataset read back (verify, report) holds a
     * record that is not a canonical event.
     */
    public static final int MISMATCH = 3;
    /**
     * Standard output was closed by its reader (a broken pipe, as in {@code generate --sink stdout | head}): the run
     * ends quietly with the status a shell gives a tool killed by SIGPIPE (128 + 13).
     */
    public static final int BROKEN_PIPE = 141;
    /** Stopped by SIGINT/SIGTERM before finishing. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {}
}
