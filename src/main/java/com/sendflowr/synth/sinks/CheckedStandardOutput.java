package com.sendflowr.synth.sinks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard output that reports a failed write: a {@link PrintStream} (which {@code System.out} is, and which tests
 * replace) swallows its errors and only remembers that one happened, so every write is followed by
 * {@link PrintStream#checkError()}. What failed is told by what descriptor 1 is (when the stream is the process's
 * {@code System.out}): a write to a pipe fails only when its reader has gone.
 */
final class CheckedStandardOutput extends OutputStream {

    private static final Path DESCRIPTOR = Path.of("/proc/self/fd/1");
    private static final Path DESCRIPTOR_INFO = Path.of("/proc/self/fdinfo/1");

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
            throw out == System.out
                    ? failure()
                    : new StandardOutputFailure(
                            "cannot write to standard output; the " + "events are incomplete", false);
        }
    }

    /** Whether descriptor 1 is open for reading only (its access mode, the low two bits of its octal flags, is 0). */
    private static boolean readOnly() {
        try {
            for (String line : Files.readAllLines(DESCRIPTOR_INFO)) {
                if (line.startsWith("flags:")) {
                    return (Integer.parseInt(line.substring("flags:".length()).trim(), 8) & 3) == 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    private static StandardOutputFailure failure() {
        String what;
        try {
            what = Files.readSymbolicLink(DESCRIPTOR).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return new StandardOutputFailure(
                    "cannot write to standard output (it is closed or unavailable); " + "the events are incomplete",
                    false);
        }
        if (readOnly()) {
            // started with standard output closed ('>&-'), the descriptor was reused for a file read by the runtime
            return new StandardOutputFailure(
                    "cannot write to standard output: it is closed; the events are " + "incomplete", false);
        }
        if (what.startsWith("pipe:")) {
            return new StandardOutputFailure("standard output was closed by its reader (broken pipe)", true);
        }
        return new StandardOutputFailure(
                "cannot write to standard output (" + what + "): the device is full, "
                        + "closed or failing; the events are incomplete",
                false);
    }
}
