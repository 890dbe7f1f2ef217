package com.sendflowr.synth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs that must be refused before anything is generated or read (exit 2, the flag named, nothing replaced), and
 * datasets read back that must be refused or judged whatever their order; rerun on the packaged (and native)
 * application by {@link FileFaultsIT}. Faults that need a process of their own (pipes, signals, concurrent runs,
 * /dev/full) are in {@link ProcessFaultsIT}.
 */
@QuarkusMainTest
class FileFaultsTest {

    @TempDir
    Path tmp;

    @Test
    void aFifoAsTheSinkIsRefusedAndLeftInPlace(QuarkusMainLauncher launcher) throws Exception {
        Path fifo = tmp.resolve("events.jsonl");
        Process mkfifo =
                new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).isTrue();
        LaunchResult result =
                launcher.launch("generate", "--sink", "jsonl:" + fifo, "--days", "1", "--progress", "off");
        assertUsageError(
                result, "--sink: '" + fifo + "' is a special file (FIFO, socket or device), not a regular file");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(listing()).containsExactly(fifo);
    }

    @Test
    void aSymbolicLinkAsTheSinkIsRefusedAndNotWrittenThrough(QuarkusMainLauncher launcher) throws IOException {
        Path precious = tmp.resolve("precious.txt");
        Files.writeString(precious, "keep me");
        Path link = Files.createSymbolicLink(tmp.resolve("events.csv"), precious);
        LaunchResult result = launcher.launch("generate", "--sink", "csv:" + link, "--days", "1", "--progress", "off");
        assertUsageError(result, "--sink: '" + link + "' is a symbolic link, not a regular file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(precious)).isEqualTo("keep me");
    }

    @Test
    void aDeviceAsTheSinkIsRefused(QuarkusMainLauncher launcher) {
        LaunchResult result =
                launcher.launch("generate", "--sink", "jsonl:/dev/null", "--days", "1", "--progress", "off");
        assertUsageError(result, "--sink: '/dev/null' is a special file");
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void aDirectoryAsTheSinkIsRefusedBeforeGenerating(QuarkusMainLauncher launcher) throws IOException {
        Path directory = Files.createDirectory(tmp.resolve("events.jsonl"));
        LaunchResult result =
                launcher.launch("generate", "--sink", "jsonl:" + directory, "--days", "1", "--progress", "off");
        assertUsageError(result, "--sink: '" + directory + "' is a directory, not a regular file");
        assertThat(listing()).containsExactly(directory);
    }

    @Test
    void aSinkUnderAFileIsRefusedBeforeGenerating(QuarkusMainLauncher launcher) throws IOException {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        LaunchResult result = launcher.launch(
                "generate", "--sink", "jsonl:" + file.resolve("events.jsonl"), "--days", "1", "--progress", "off");
        assertUsageError(
                result, "--sink: cannot write '" + file.resolve("events.jsonl") + "': " + file + " is not a directory");
    }

    @Test
    void theManifestCannotBeTheSink(QuarkusMainLauncher launcher) {
        Path path = tmp.resolve("both.jsonl");
        LaunchResult result = launcher.launch(
                "generate",
                "--sink",
                "jsonl:" + path,
                "--manifest",
                tmp.resolve(".").resolve("both.jsonl").toString(),
                "--days",
                "1",
                "--progress",
                "off");
        assertUsageError(
                result,
                "--manifest: '" + tmp.resolve(".").resolve("both.jsonl") + "' is the same file as " + "--sink '" + path
                        + "'");
        assertThat(Files.exists(path)).isFalse();
    }

    @Test
    void theReportCannotOverwriteItsInput(QuarkusMainLauncher launcher) throws IOException {
        Path data = week(launcher);
        byte[] before = Files.readAllBytes(data);
        LaunchResult result = launcher.launch("report", data.toString(), "--days", "2", "--out", data.toString());
        assertUsageError(result, "--out: '" + data + "' is the same file as INPUT");
        Path link = Files.createSymbolicLink(tmp.resolve("alias.html"), data);
        LaunchResult throughLink = launcher.launch("report", "jsonl:" + data, "--days", "2", "--out", link.toString());
        assertThat(throughLink.exitCode()).isEqualTo(2);
        assertThat(throughLink.getErrorOutput()).contains("--out");
        assertThat(Files.readAllBytes(data)).isEqualTo(before);
    }

    @Test
    void anOutputLargerThanTheFreeSpaceIsRefusedUpFront(QuarkusMainLauncher launcher) {
        // about 800 million events: terabytes, more than any test machine's disk
        Path file = tmp.resolve("huge.jsonl");
        LaunchResult result =
                launcher.launch("generate", "--sink", "jsonl:" + file, "--days", "100000", "--progress", "off");
        assertUsageError(result, "--sink: the output is expected to take about ");
        assertThat(result.getErrorOutput())
                .containsPattern("about [0-9.]+ GB but the file system of '.*' has " + "[0-9.,]+ [KMG]B free")
                .contains("--ignore-free-space");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aMalformedRecordFailsVerifyWithFileLineAndField(QuarkusMainLauncher launcher) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(week(launcher), StandardCharsets.UTF_8));
        int line = lines.size() - 10;
        lines.set(line - 1, lines.get(line - 1).replaceFirst("\"message_id\":\"[^\"]*\"", "\"message_id\":{\"a\":1}"));
        Path spoilt = Files.write(tmp.resolve("spoilt.jsonl"), lines, StandardCharsets.UTF_8);
        LaunchResult result = launcher.launch("verify", "jsonl:" + spoilt, "--days", "2");
        assertThat(result.exitCode()).as(result.getOutput()).isEqualTo(3);
        assertThat(result.getErrorOutput())
                .contains("error: " + spoilt + " line " + line
                        + ": field 'message_id' is an object; a string is expected");
        assertThat(result.getOutput()).doesNotContain("checks passed");
    }

    @Test
    void verifyGivesTheSameVerdictOnAReversedFile(QuarkusMainLauncher launcher) throws IOException {
        Path data = week(launcher);
        List<String> lines = new ArrayList<>(Files.readAllLines(data, StandardCharsets.UTF_8));
        java.util.Collections.reverse(lines);
        Path reversed = Files.write(tmp.resolve("reversed.jsonl"), lines, StandardCharsets.UTF_8);
        LaunchResult sorted = launcher.launch("verify", "jsonl:" + data, "--days", "2");
        LaunchResult backwards = launcher.launch("verify", "jsonl:" + reversed, "--days", "2");
        assertThat(sorted.exitCode()).as(sorted.getOutput()).isZero();
        assertThat(backwards.exitCode()).as(backwards.getOutput()).isZero();
        assertThat(backwards.getOutput().replace(reversed.toString(), data.toString()))
                .isEqualTo(sorted.getOutput());
    }

    private Path week(QuarkusMainLauncher launcher) {
        Path file = tmp.resolve("days.jsonl");
        if (!Files.exists(file)) {
            LaunchResult result =
                    launcher.launch("generate", "--days", "2", "--sink", "jsonl:" + file, "--progress", "off");
            assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        }
        return file;
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.toList();
        }
    }

    /** Temporary files of runs left in {@code dir}. */
    static List<Path> leftOvers(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".partial"))
                    .toList();
        }
    }

    private static void assertUsageError(LaunchResult result, String message) {
        assertThat(result.exitCode()).as(result.getErrorOutput()).isEqualTo(2);
        assertThat(result.getErrorOutput()).contains(message).doesNotContain("Exception", "\tat ");
    }
}
