package com.sendflowr.synth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sendflowr.synth.testing.PackagedApp;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults that need the packaged application (the JVM jar, or the native executable in a native build) in a process
 * of its own, on the real file system and real descriptors: a full device, a closed standard output, a reader that
 * goes away, two runs writing one path at once, and SIGTERM in the middle of a file run.
 */
class ProcessFaultsIT {

    private static final Duration RUN = Duration.ofMinutes(3);

    @TempDir
    Path tmp;

    @Test
    void aFullStandardOutputFailsTheRunWithoutClaimingSuccess() throws Exception {
        for (String sink : List.of("stdout", "csv:-")) {
            Process app = new ProcessBuilder(PackagedApp.command(
                            List.of("generate", "--sink", sink, "--days", "2", "--progress", "off")))
                    .redirectOutput(new File("/dev/full"))
                    .redirectError(tmp.resolve("err.txt").toFile())
                    .start();
            assertThat(app.waitFor(RUN.toSeconds(), TimeUnit.SECONDS)).isTrue();
            String err = Files.readString(tmp.resolve("err.txt"));
            assertThat(app.exitValue()).as(sink + ": " + err).isEqualTo(1);
            assertThat(err)
                    .as(sink)
                    .contains("error: cannot write to standard output (/dev/full)")
                    .doesNotContain("Generated", "Exception", "\tat ");
        }
    }

    @Test
    void aClosedStandardOutputFailsTheRun() throws Exception {
        Process app = shell("\"$@\" >&-", List.of("generate", "--sink", "stdout", "--days", "2", "--progress", "off"));
        assertThat(app.waitFor(RUN.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(tmp.resolve("err.txt"));
        assertThat(app.exitValue()).as(err).isEqualTo(1);
        assertThat(err)
                .contains("error: cannot write to standard output: it is closed")
                .doesNotContain("Generated", "Exception");
    }

    /** What a command prints (here the summary, and the help) is output too: lost, the command fails. */
    @Test
    void aSummaryThatCannotBePrintedFailsTheCommand() throws Exception {
        Process closed = shell("\"$@\" >&-", List.of("summary"));
        assertThat(closed.waitFor(RUN.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(tmp.resolve("err.txt"));
        assertThat(closed.exitValue()).as(err).isEqualTo(1);
        assertThat(err)
                .contains("error: cannot write to standard output: it is closed; what was printed is incomplete");

        Process help = shell("\"$@\" >&-", List.of("--help"));
        assertThat(help.waitFor(RUN.toSeconds(), TimeUnit.SECONDS)).isTrue();
        err = Files.readString(tmp.resolve("err.txt"));
        assertThat(help.exitValue()).as(err).isEqualTo(1);
        assertThat(err).contains("error: cannot write to standard output: it is closed; the help is incomplete");

        Process full = new ProcessBuilder(PackagedApp.command(List.of("summary")))
                .redirectOutput(new File("/dev/full"))
                .redirectError(tmp.resolve("err.txt").toFile())
                .start();
        assertThat(full.waitFor(RUN.toSeconds(), TimeUnit.SECONDS)).isTrue();
        err = Files.readString(tmp.resolve("err.txt"));
        assertThat(full.exitValue()).as(err).isEqualTo(1);
        assertThat(err)
                .contains("error: cannot write to standard output (/dev/full)")
                .doesNotContain("Exception");
    }

    @Test
    void aReaderThatGoesAwayEndsTheRunQuietlyWithTheStatusOfSigpipe() throws Exception {
        Process app = shell(
                "\"$@\" | head -3 > \"$OUT\"; exit ${PIPESTATUS[0]}",
                List.of("generate", "--sink", "stdout", "--days", "30", "--progress", "off"));
        assertThat(app.waitFor(RUN.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(tmp.resolve("err.txt"));
        assertThat(app.exitValue()).as(err).isEqualTo(ExitCodes.BROKEN_PIPE);
        assertThat(Files.readAllLines(tmp.resolve("out.txt"))).hasSize(3).allMatch(l -> l.startsWith("{\"event_id\""));
        assertThat(err).doesNotContain("Generated", "error", "Exception");
    }

    @Test
    void twoRunsWritingOnePathAtOnceLeaveOneOfTheWholeDatasets() throws Exception {
        List<String> first = List.of("generate", "--seed", "1", "--days", "30", "--progress", "off", "--sink");
        List<String> second = List.of("generate", "--seed", "2", "--days", "30", "--progress", "off", "--sink");
        assertSucceeds(start(with(first, "jsonl:" + tmp.resolve("one.jsonl")), "one"));
        assertSucceeds(start(with(second, "jsonl:" + tmp.resolve("two.jsonl")), "two"));
        Path shared = tmp.resolve("shared.jsonl");
        Process a = start(with(first, "jsonl:" + shared), "a");
        Process b = start(with(second, "jsonl:" + shared), "b");
        assertSucceeds(a);
        assertSucceeds(b);
        byte[] written = Files.readAllBytes(shared);
        assertThat(
                        written.length == Files.size(tmp.resolve("one.jsonl"))
                                ? Files.readAllBytes(tmp.resolve("one.jsonl"))
                                : Files.readAllBytes(tmp.resolve("two.jsonl")))
                .as("the shared file is one run's dataset, whole")
                .isEqualTo(written);
        assertThat(FileFaultsTest.leftOvers(tmp)).isEmpty();
    }

    @Test
    void sigtermLeavesNeitherManifestNorTemporaryFilesNorAStackTrace() throws Exception {
        Path events = tmp.resolve("events.jsonl");
        Path manifest = tmp.resolve("truth.jsonl");
        Process app = start(
                List.of(
                        "generate",
                        "--sink",
                        "jsonl:" + events,
                        "--manifest",
                        manifest.toString(),
                        "--progress",
                        "off"),
                "run");
        await().atMost(RUN)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !app.isAlive()
                        || partials().stream()
                                .anyMatch(p -> p.getFileName().toString().startsWith("events.jsonl.")));
        assertThat(app.isAlive()).as("still generating when signalled").isTrue();
        app.destroy(); // SIGTERM
        assertThat(app.waitFor(RUN.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(tmp.resolve("run.err"));
        assertThat(app.exitValue()).as(err).isEqualTo(143);
        assertThat(err)
                .contains("stopped by a signal")
                .doesNotContain("IllegalStateException", "Interrupted while", "Exception");
        assertThat(Files.exists(manifest)).as("manifest").isFalse();
        assertThat(Files.exists(events)).as("events").isFalse();
        assertThat(partials()).isEmpty();
    }

    private List<Path> partials() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".partial"))
                    .toList();
        }
    }

    private static List<String> with(List<String> args, String last) {
        List<String> all = new ArrayList<>(args);
        all.add(last);
        return all;
    }

    private Process start(List<String> args, String name) throws IOException {
        return new ProcessBuilder(PackagedApp.command(args))
                .redirectOutput(tmp.resolve(name + ".out").toFile())
                .redirectError(tmp.resolve(name + ".err").toFile())
                .start();
    }

    private void assertSucceeds(Process app) throws Exception {
        assertThat(app.waitFor(RUN.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(app.exitValue()).as(app.info().commandLine().orElse("")).isZero();
    }

    /** Runs {@code script} in bash with the application's command line as its arguments and OUT naming out.txt. */
    private Process shell(String script, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", script, "bash"));
        command.addAll(PackagedApp.command(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(tmp.resolve("shell.out").toFile())
                .redirectError(tmp.resolve("err.txt").toFile());
        builder.environment().put("OUT", tmp.resolve("out.txt").toString());
        return builder.start();
    }
}
