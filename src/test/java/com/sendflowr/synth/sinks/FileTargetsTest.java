package com.sendflowr.synth.sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendflowr.synth.config.WindowOverrides;
import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.Shard;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.testing.Runs;
import com.sendflowr.synth.testing.Settings;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file and standard-output sinks on real file systems: two writers of one path, targets that are not regular
 * files, and a standard output that takes no more bytes.
 */
class FileTargetsTest {

    @TempDir
    Path tmp;

    static List<List<EmailEvent>> seven;
    static List<List<EmailEvent>> eight;
    static EventEncoder encoder;

    @BeforeAll
    static void twoSmallRuns() {
        seven = days(7);
        eight = days(8);
        encoder = EventEncoder.of(settings(7));
    }

    @Test
    void twoRunsWritingOnePathAtOnceLeaveOneWholeDatasetAndNoTemporaryFile() throws IOException {
        Path path = tmp.resolve("events.jsonl");
        byte[] second;
        try (EventSink first = StreamingSink.toFile(path, true, encoder);
                EventSink other = StreamingSink.toFile(path, true, encoder)) {
            for (int day = 0; day < Math.max(seven.size(), eight.size()); day++) {
                if (day < seven.size()) {
                    first.accept(seven.get(day));
                }
                if (day < eight.size()) {
                    other.accept(eight.get(day));
                }
            }
            first.complete();
            byte[] afterFirst = Files.readAllBytes(path);
            assertThat(afterFirst).as("the first run's dataset, whole").isEqualTo(bytes(seven));
            other.complete();
            second = Files.readAllBytes(path);
        }
        assertThat(second).as("the second run's dataset, whole").isEqualTo(bytes(eight));
        assertThat(files()).containsExactly(path);
    }

    @Test
    void aFifoIsNeverReplaced() throws Exception {
        Path fifo = tmp.resolve("events.jsonl");
        Process mkfifo =
                new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        assertRefused(fifo, "a special file (FIFO, socket or device)");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.isDirectory(fifo)).isFalse();
        assertThat(files()).containsExactly(fifo);
    }

    @Test
    void aSymbolicLinkIsNeitherReplacedNorWrittenThrough() throws IOException {
        Path precious = tmp.resolve("precious.txt");
        Files.writeString(precious, "keep me");
        Path link = Files.createSymbolicLink(tmp.resolve("events.jsonl"), precious);
        assertRefused(link, "a symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(precious)).isEqualTo("keep me");
        assertThat(files()).containsExactlyInAnyOrder(link, precious);
    }

    @Test
    void aDirectoryIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path directory = Files.createDirectory(tmp.resolve("events.jsonl"));
        assertThatThrownBy(() -> StreamingSink.toFile(directory, true, encoder))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is a directory, not a regular file");
        assertThat(files()).containsExactly(directory);
    }

    @Test
    void aDeviceNodeIsNeverReplaced() {
        Path devNull = Path.of("/dev/null");
        assertThat(OutputFile.problem(devNull)).get().asString().contains("a special file");
        assertThatThrownBy(() -> StreamingSink.toFile(devNull, true, encoder)).isInstanceOf(IOException.class);
        assertThat(Files.isRegularFile(devNull)).isFalse();
    }

    @Test
    void aFullStandardOutputFailsTheRunInsteadOfPassingForSuccess() throws IOException {
        for (String sink : List.of("stdout", "csv:-")) {
            try (PrintStream full = new PrintStream(new FileOutputStream("/dev/full"), false)) {
                assertThatThrownBy(() -> {
                            try (EventSink out = Sinks.open(SinkSpec.parse(sink), encoder, full)) {
                                seven.forEach(out);
                                out.complete();
                            }
                        })
                        .as(sink)
                        .isInstanceOfAny(IOException.class, UncheckedIOException.class)
                        .hasMessageContaining("cannot write to standard output");
            }
        }
    }

    private void assertRefused(Path target, String kind) {
        assertThatThrownBy(() -> {
                    try (EventSink sink = StreamingSink.toFile(target, true, encoder)) {
                        seven.forEach(sink);
                        sink.complete();
                    }
                })
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is " + kind + ", not a regular file");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> listing = Files.list(tmp)) {
            return listing.toList();
        }
    }

    private static byte[] bytes(List<List<EmailEvent>> days) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (EventSink sink = StreamingSink.toStream(out, true, encoder)) {
            days.forEach(sink);
            sink.complete();
        }
        return out.toByteArray();
    }

    private static ModelSettings settings(int seed) {
        return Settings.read(
                Map.of("synth.seed", String.valueOf(seed)),
                new WindowOverrides(Optional.empty(), Optional.of(3), Optional.empty()));
    }

    private static List<List<EmailEvent>> days(int seed) {
        List<List<EmailEvent>> days = new ArrayList<>();
        Runs.days(settings(seed), Shard.ALL, 2, day -> days.add(List.copyOf(day)));
        return days;
    }
}
