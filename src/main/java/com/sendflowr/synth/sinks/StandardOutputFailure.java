package com.sendflowr.synth.sinks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard output took no more bytes. {@link #brokenPipe()}: whoever read it has gone (as {@code head} does once it
 * has its lines), which ends a run quietly, as it ends other Unix tools; anything else (a full disk, a closed
 * descriptor) is an error.
 */
public final class StandardOutputFailure extends IOException {

    private static final Path DESCRIPTOR = Path.of("/proc/self/fd/1");

    private final boolean brokenPipe;

    public StandardOutputFailure(String message, boolean brokenPipe) {
        super(message);
        this.brokenPipe = brokenPipe;
    }

    public boolean brokenPipe() {
        return brokenPipe;
    }

    /**
     * Why the process's standard output ({@code System.out}) failed, told by what descriptor 1 is; {@code lost} names
     * what is incomplete (e.g. "the events").
     */
    public static StandardOutputFailure of(String lost) {
        if (StandardOutputAtStart.wasClosed()) {
            return closed(lost);
        }
        String what;
        try {
            what = Files.readSymbolicLink(DESCRIPTOR).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return new StandardOutputFailure(
                    "cannot write to standard output (it is closed or unavailable); " + lost + " incomplete", false);
        }
        if (what.startsWith("pipe:")) {
            return new StandardOutputFailure("standard output was closed by its reader (broken pipe)", true);
        }
        return new StandardOutputFailure(
                "cannot write to standard output (" + what + "): the device is full, closed or failing; " + lost
                        + " incomplete",
                false);
    }

    static StandardOutputFailure closed(String lost) {
        return new StandardOutputFailure(
                "cannot write to standard output: it is closed; " + lost + " incomplete", false);
    }
}
