package com.sendflowr.synth.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendflowr.synth.testing.Datasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parallel reader hands on exactly what the sequential one does, in the same order, whatever the chunk size. */
class ChunkedJsonLinesSourceTest {

    @TempDir
    static Path dir;

    static Path day;
    static List<ObservedEvent> expected;

    @BeforeAll
    static void oneGeneratedDay() throws Exception {
        day = Datasets.jsonl(Datasets.plan(1), dir.resolve("day.jsonl"));
        expected = read(new JsonLinesSource(day));
        assertThat(expected).hasSizeGreaterThan(5_000);
    }

    @Test
    void sameEventsInTheSameOrderForAnyChunkSize() throws IOException {
        // 100 bytes is shorter than a line, 1 MiB holds the whole file
        for (int chunk : new int[] {100, 4_096, 65_536, 1 << 20}) {
            for (int threads : new int[] {1, 3}) {
                assertThat(read(new ChunkedJsonLinesSource(day, threads, chunk)))
                        .as("chunk %d, %d threads", chunk, threads)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void aLastLineWithoutNewlineIsRead() throws IOException {
        Path trimmed = dir.resolve("trimmed.jsonl");
        String text = Files.readString(day, StandardCharsets.UTF_8);
        Files.writeString(trimmed, text.substring(0, text.length() - 1), StandardCharsets.UTF_8);
        assertThat(read(new ChunkedJsonLinesSource(trimmed, 2, 4_096))).isEqualTo(expected);
    }

    @Test
    void aBrokenLineFailsTheRead() throws IOException {
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{\"event_type\":\"sent\"}\n{\"event_type\":\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(new ChunkedJsonLinesSource(broken, 2, 16)))
                .isInstanceOf(IOException.class);
    }

    private static List<ObservedEvent> read(EventSource source) throws IOException {
        List<ObservedEvent> events = new ArrayList<>();
        source.readAll(events::add);
        return events;
    }
}
