package com.sendflowr.synth.sinks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether the process was started with standard output closed ({@code >&-}), as seen at the start of {@code main}:
 * later, descriptor 1 no longer tells. The first file the program opens takes the free descriptor, and when that file
 * is closed the JDK puts {@code /dev/null} there (it never closes descriptors 0–2), so writes would succeed into
 * nothing. At the start, natively, descriptor 1 is still free; on the JVM it already holds a file the JVM opened for
 * reading (a jar), never written.
 */
public final class StandardOutputAtStart {

    private static final Path DESCRIPTOR = Path.of("/proc/self/fd/1");
    private static final Path DESCRIPTOR_INFO = Path.of("/proc/self/fdinfo/1");

    private static volatile boolean closed;

    private StandardOutputAtStart() {}

    /**
     * Looks at descriptor 1 before anything opens a file; call first thing in {@code main}. When it was closed, {@code
     * System.out} becomes a stream whose every write fails, so what a command prints is reported lost, not written
     * into the /dev/null the JDK may put there.
     */
    public static void record() {
        closed = Files.exists(Path.of("/proc/self/fd")) && (!open() || readOnly());
        if (closed) {
            System.setOut(new PrintStream(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("standard output is closed");
                }
            }));
        }
    }

    public static boolean wasClosed() {
        return closed;
    }

    private static boolean open() {
        // a status of the link itself: following it, or opening anything, could take descriptor 1
        return Files.exists(DESCRIPTOR, LinkOption.NOFOLLOW_LINKS);
    }

    /** Whether descriptor 1 is open for reading only (its access mode, the low two bits of its octal flags, is 0). */
    static boolean readOnly() {
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
}
