package com.sendflowr.synth.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, installed with apt-get if missing (CI machines run as root; elsewhere through sudo).
 * Every run gets a fresh profile directory and no network features, so a page can only show what it carries.
 */
public final class Chromium {

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final long TIMEOUT_SECONDS = 120;

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    public record Result(int exitCode, String stdout, String stderr) {

        /** Lines Chromium logs for the page's console: messages, uncaught exceptions, Content-Security-Policy violations. */
        public List<String> consoleMessages() {
            return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }
    }

    public static synchronized Chromium installed() throws IOException, InterruptedException {
        for (String candidate : CANDIDATES) {
            if (Files.isExecutable(Path.of(candidate))) {
                return new Chromium(Path.of(candidate));
            }
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        List<String> prefix = root ? List.of() : List.of("sudo", "-n");
        if (run(concat(prefix, "apt-get", "install", "-y", "chromium")) != 0) {
            run(concat(prefix, "apt-get", "update"));
            if (run(concat(prefix, "apt-get", "install", "-y", "chromium")) != 0) {
                throw new IllegalStateException("could not install Debian's chromium package with apt-get");
            }
        }
        return new Chromium(Path.of(CANDIDATES.get(0)));
    }

    /** Loads {@code page}, runs its scripts, and returns the DOM they left behind (on standard output). */
    public Result dumpDom(Path page, Path workDir) throws IOException, InterruptedException {
        return run(page, workDir, "--dump-dom");
    }

    /** Loads {@code page} and writes a PNG screenshot of the given window size. */
    public Result screenshot(Path page, Path png, int width, int height, Path workDir)
            throws IOException, InterruptedException {
        return run(
                page,
                workDir,
                "--screenshot=" + png.toAbsolutePath(),
                "--window-size=" + width + "," + height,
                "--hide-scrollbars");
    }

    private Result run(Path page, Path workDir, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile-");
        List<String> command = new ArrayList<>(List.of(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--user-data-dir=" + profile,
                "--enable-logging=stderr",
                "--v=0"));
        command.addAll(List.of(extra));
        command.add(page.toUri().toString());
        Path out = workDir.resolve(profile.getFileName() + ".out");
        Path err = workDir.resolve(profile.getFileName() + ".err");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static List<String> concat(List<String> prefix, String... command) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(List.of(command));
        return all;
    }
}
