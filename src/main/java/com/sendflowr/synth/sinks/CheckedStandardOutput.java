package com.sendflowr.synth.sinks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard output that reports a failed write: a {@link PrintStream} (which {@code System.out} is, and which tests
 * replace) swallows its errors and only remembers that one happened, so every write is followed by
 * {@link PrintStream#checkError()}. What failed is told by what descriptor 1 is (when the stream is the process's
 * {@code System.out}): a write to a pipe fails only when its reader has gone.
 */
final class CheckedStandardOutput extends OutputStream {

    private static final String LOST = "the events are";

    private final PrintStream out;

    CheckedStandardOutput(PrintStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        refuseIfClosedAtStart();
        out.write(b);
        check();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        refuseIfClosedAtStart();
        out.write(b, off, len);
        check();
    }

    @Override
    public void flush() throws IOException {
        check(); // checkError() flushes
    }

    /** A process started with standard output closed may have /dev/null there now: writes would vanish. */
    private void refuseIfClosedAtStart() throws IOException {
        if (out == System.out && StandardOutputAtStart.wasClosed()) {
            throw StandardOutputFailure.closed(LOST);
        }
    }

    private void check() throws IOException {
        if (out.checkError()) {
            throw out == System.out
                    ? StandardOutputFailure.of(LOST)
                    : new StandardOutputFailure("cannot write to standard output; " + LOST + " incomplete", false);
        }
    }
}
