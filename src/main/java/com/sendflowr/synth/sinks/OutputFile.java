package com.sendflowr.synth.sinks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file written beside its target under a name of its own ({@code NAME.PID-N.partial}, created exclusively, so two
 * runs writing the same path never share one) and moved over the target atomically by {@link #commit()}; closed
 * without a commit, it is deleted. The target is only ever a regular file: a FIFO, a symbolic link, a device node or a
 * directory at its path is refused ({@link #problem}), up front and again just before the rename.
 */
public final class OutputFile implements AutoCloseable {

    private static final int BUFFER = 1 << 16;
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Path target;
    private final Path partial;
    private final OutputStream out;
    private boolean committed;
    private boolean closed;

    private OutputFile(Path target, Path partial, OutputStream out) {
        this.target = target;
        this.partial = partial;
        this.out = out;
    }

    /** Creates the parent directories if needed and a new temporary file beside {@code target}. */
    public static OutputFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Optional<String> problem = problem(absolute);
        if (problem.isPresent()) {
            throw new IOException(problem.get());
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        long pid = ProcessHandle.current().pid();
        while (true) {
            Path partial = absolute.resolveSibling(
                    absolute.getFileName() + "." + pid + "-" + SEQUENCE.incrementAndGet() + ".partial");
            try {
                OutputStream out =
                        Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new OutputFile(absolute, partial, new BufferedOutputStream(out, BUFFER));
            } catch (FileAlreadyExistsException leftOver) {
                // a file of an earlier process with the same id: take the next number
            }
        }
    }

    /**
     * Why {@code target} cannot be written, if it cannot: something other than a regular file at its path (never
     * followed: a symbolic link is refused, not written through), or a parent that is not a directory.
     */
    public static Optional<String> problem(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir)) {
                if (!Files.isDirectory(dir)) {
                    return Optional.of("cannot write '" + target + "': " + dir + " is not a directory");
                }
                if (!Files.isWritable(dir) && dir.equals(absolute.getParent())) {
                    return Optional.of("cannot write '" + target + "': directory " + dir + " is not writable");
                }
                break;
            }
        }
        return kind(absolute)
                .filter(kind -> !kind.equals("a regular file"))
                .map(kind -> "'" + target + "' is " + kind + ", not a regular file; only a regular file (or a new "
                        + "path) is written, and it is replaced as a whole");
    }

    /** What is at {@code path}, in words, without following a symbolic link; empty if nothing is. */
    static Optional<String> kind(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("unreadable (" + e.getMessage() + ")");
        }
        if (attributes.isRegularFile()) {
            return Optional.of("a regular file");
        }
        if (attributes.isDirectory()) {
            return Optional.of("a directory");
        }
        if (attributes.isSymbolicLink()) {
            return Optional.of("a symbolic link");
        }
        return Optional.of("a special file (FIFO, socket or device)");
    }

    public OutputStream stream() {
        return out;
    }

    public Path target() {
        return target;
    }

    /** Writes out what is buffered and moves the file over its target, which must still be a regular file or absent. */
    public void commit() throws IOException {
        out.close();
        Optional<String> problem = problem(target);
        if (problem.isPresent()) {
            throw new IOException(problem.get());
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() throws IOException {
        if (committed || closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException ignored) {
            // the file goes anyway; the write error was reported where it happened
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
