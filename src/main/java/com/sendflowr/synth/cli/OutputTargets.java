package com.sendflowr.synth.cli;

import com.sendflowr.synth.config.ConfigProblem;
import com.sendflowr.synth.config.InvalidConfigurationException;
import com.sendflowr.synth.sinks.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks on the files a command will write, made before it reads or generates anything: each is a path a regular
 * file can be written to, none is one of the command's inputs or another of its outputs, and the expected output
 * fits in the free space of its file system. Problems are collected and reported together (exit 2).
 */
final class OutputTargets {

    private final List<ConfigProblem> problems = new ArrayList<>();

    /** {@code path} (given by {@code key}) is to be written. */
    OutputTargets writable(String key, Path path) {
        OutputFile.problem(path).ifPresent(problem -> problems.add(new ConfigProblem(key, problem)));
        return this;
    }

    /** {@code output} must not be the same file as {@code other}, which the run reads or also writes. */
    OutputTargets distinct(String key, Path output, String otherKey, Path other) {
        if (same(output, other)) {
            problems.add(new ConfigProblem(
                    key,
                    "'" + output + "' is the same file as " + otherKey + " '" + other + "'; give " + key
                            + " a path of its own"));
        }
        return this;
    }

    /**
     * The expected {@code bytes} must fit in the usable space of {@code path}'s file system (the space the old file
     * holds is freed only after the new one is complete), unless {@code ignore}.
     */
    OutputTargets fits(String key, Path path, long bytes, boolean ignore, String ignoreFlag) {
        if (ignore) {
            return this;
        }
        Optional<Long> free = usableSpace(path);
        if (free.isPresent() && bytes > free.get()) {
            problems.add(new ConfigProblem(
                    key,
                    String.format(
                            Locale.ROOT,
                            "the output is expected to take about %s "
                                    + "but the file system of '%s' has %s free; free some space, choose a smaller window or "
                                    + "population, or give %s to write anyway",
                            size(bytes),
                            path,
                            size(free.get()),
                            ignoreFlag)));
        }
        return this;
    }

    void check() {
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }

    /** Whether two paths name one file: the same path once normalised, or (both existing) the same inode. */
    static boolean same(Path a, Path b) {
        Path left = a.toAbsolutePath().normalize();
        Path right = b.toAbsolutePath().normalize();
        if (left.equals(right)) {
            return true;
        }
        try {
            return Files.exists(left) && Files.exists(right) && Files.isSameFile(left, right);
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Long> usableSpace(Path path) {
        for (Path dir = path.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir)) {
                try {
                    return Optional.of(Files.getFileStore(dir).getUsableSpace());
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024);
    }
}
