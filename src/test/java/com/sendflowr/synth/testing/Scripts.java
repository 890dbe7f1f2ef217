package com.sendflowr.synth.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the project's local-service scripts (kafka-local.sh, clickhouse-local.sh) for the tests' set-up. */
public final class Scripts {

    private Scripts() {}

    /**
     * Runs {@code bash script args…} with its standard error on the test's.
     *
     * @return its standard output, trimmed
     * @throws IllegalStateException when it fails or does not finish within {@code timeout}
     */
    public static String run(Path script, Duration timeout, List<String> args) {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(script.getFileName() + " " + args.get(0) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
