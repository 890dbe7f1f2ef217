package com.sendflowr.synth.deploy;

import com.sendflowr.synth.testing.PackagedApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged application on the host, outside any container (native executable if built, else the jar). */
final class HostApp {

    private HostApp() {}

    static LocalContainers.Result run(List<String> args) {
        List<String> command = PackagedApp.command(args);
        try {
            Path out = Files.createTempFile("host-app-", ".out");
            Path err = Files.createTempFile("host-app-", ".err");
            Process app = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!app.waitFor(5, TimeUnit.MINUTES)) {
                app.destroyForcibly().waitFor();
                throw new AssertionError(String.join(" ", command) + " did not finish within 5 minutes");
            }
            LocalContainers.Result result = new LocalContainers.Result(
                    app.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
