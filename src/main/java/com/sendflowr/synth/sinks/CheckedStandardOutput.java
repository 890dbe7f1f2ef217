package com.sendflowr.synth.sinks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard output that reports a failed write: a {@link PrintStream} (which {@code System.out} is, and which tests
 * replace) swallows its errors and only remembers that one happened, so every write is followed by
 * {@link PrintStream#checkError()}. What failed is told by what descriptor 1 is: a write to a pipe fails only when
 * its reader has gone.
 */
final class CheckedStandardOutput extends OutputStream {

    private static final Path DESCRIPTOR = Path.of("/proc/self/fd/1");

    private final PrintStream out;

    CheckedStandardOutput(PrintStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        check();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        check();
    }

    @Override
    public void flush() throws IOException {
        check(); // checkError() flushes
    }

    private void check() throws IOException {
        if (out.checkError()) {
            throw failure();
        }
    }

    private static StandardOutputFailure failure() {
        String what;
        try {
            what = Files.readSymbolicLink(DESCRIPTOR).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return new StandardOutputFailure("cannot write to standard output (it is closed or unavailable); "
                    + "the events are incomplete", false);
        }
        if (what.startsWith("pipe:")) {
            return new StandardOutputFailure("standard output was closed by its reader (broken pipe)", true);
        }
        return new StandardOutputFailure("cannot write to standard output (" + what + "): the device is full, "
                + "closed or failing; the events are incomplete", false);
    }
}
