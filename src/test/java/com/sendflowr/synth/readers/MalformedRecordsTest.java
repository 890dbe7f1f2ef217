package com.sendflowr.synth.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendflowr.synth.testing.Datasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset read back with one record spoilt: the read fails naming the file, the line counted from the file's start
 * (far beyond the first chunk) and the field, and never hands on a partial dataset as if it were whole.
 */
class MalformedRecordsTest {

    /** Far into the file: chunks of 4 KiB hold a few lines each, so a chunk-relative line would be small. */
    private static final int LINE = 3_001;

    private static final int CHUNK = 4_096;

    @TempDir
    static Path dir;

    static List<String> lines;
    static TimeWindow window;

    @BeforeAll
    static void oneGeneratedDay() throws Exception {
        var plan = Datasets.plan(1);
        lines = Files.readAllLines(Datasets.jsonl(plan, dir.resolve("day.jsonl")), StandardCharsets.UTF_8);
        window = new TimeWindow(
                plan.settings().window().startMillis(), plan.settings().window().endMillis());
        assertThat(lines).hasSizeGreaterThan(LINE + 100);
    }

    @Test
    void anObjectWhereTheMessageIdBelongsNamesFileLineAndField() throws IOException {
        Path file = spoilt(
                "object.jsonl",
                line -> line.replaceFirst("\"message_id\":\"[^\"]*\"", "\"message_id\":{\"nested\":\"x\"}"));
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + " line " + LINE + ": field 'message_id' is an object; a string is expected");
    }

    @Test
    void aListWhereTheRecipientIdBelongsNamesFileLineAndField() throws IOException {
        Path file = spoilt(
                "list.jsonl",
                line -> line.replaceFirst("\"recipient_id\":\"[^\"]*\"", "\"recipient_id\":[\"a\",\"b\"]"));
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + " line " + LINE + ": field 'recipient_id' is a list; a string is expected");
    }

    @Test
    void aNumericTimestampIsRefused() throws IOException {
        Path file = spoilt(
                "numeric.jsonl", line -> line.replaceFirst("\"timestamp\":\"[^\"]*\"", "\"timestamp\":1759302802123"));
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + " line " + LINE + ": field 'timestamp' is a number; a string is expected");
    }

    @Test
    void anUnparsableTimestampIsRefused() throws IOException {
        Path file = spoilt(
                "unparsable.jsonl",
                line -> line.replaceFirst("\"timestamp\":\"[^\"]*\"", "\"timestamp\":\"yesterday at noon\""));
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + " line " + LINE + ": field 'timestamp' 'yesterday at noon' is not an "
                        + "ISO-8601 UTC instant");
    }

    @Test
    void aMissingTimestampIsRefused() throws IOException {
        Path file = spoilt("missing.jsonl", line -> line.replaceFirst("\"timestamp\":\"[^\"]*\",", ""));
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + " line " + LINE + ": field 'timestamp' is missing");
    }

    @Test
    void aTimestampOutsideTheWindowIsRefused() throws IOException {
        String outside = Instant.ofEpochMilli(window.endMillis()).toString().replace("Z", ".000Z");
        Path file = spoilt(
                "outside.jsonl",
                line -> line.replaceFirst("\"timestamp\":\"[^\"]*\"", "\"timestamp\":\"" + outside + "\""));
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(
                        file + " line " + LINE + ": field 'timestamp' " + outside + " is outside the window");
    }

    @Test
    void brokenJsonNamesTheLineWithoutQuotingTheParserSource() throws IOException {
        Path file = spoilt("broken.jsonl", line -> line.substring(0, line.length() / 2));
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + " line ")
                .hasMessageContaining("not valid JSON")
                .hasMessageNotContaining("Source:")
                .hasMessageNotContaining("INCLUDE_SOURCE_IN_LOCATION")
                .hasMessageNotContaining("byte[]");
    }

    @Test
    void aLineThatIsNotAnObjectIsRefused() throws IOException {
        Path file = spoilt("number.jsonl", line -> "42");
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + " line " + LINE + ": not a JSON object (each line must hold one event)");
    }

    @Test
    void theSequentialReaderSaysTheSame() throws IOException {
        Path file =
                spoilt("sequential.jsonl", line -> line.replaceFirst("\"message_id\":\"[^\"]*\"", "\"message_id\":{}"));
        assertThatThrownBy(() -> new JsonLinesSource(file).readAll(e -> {}, window))
                .isInstanceOf(IOException.class)
                .hasMessage(file + " line " + LINE + ": field 'message_id' is an object; a string is expected");
    }

    @Test
    void theUnspoiltDayIsReadWhole() throws IOException {
        Path file = dir.resolve("whole.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        List<ObservedEvent> events = new ArrayList<>();
        new ChunkedJsonLinesSource(file, 3, CHUNK).readAll(events::add, window);
        assertThat(events).hasSize(lines.size());
    }

    private static Path spoilt(String name, UnaryOperator<String> spoil) throws IOException {
        List<String> copy = new ArrayList<>(lines);
        copy.set(LINE - 1, spoil.apply(copy.get(LINE - 1)));
        Path file = dir.resolve(name);
        Files.write(file, copy, StandardCharsets.UTF_8);
        return file;
    }

    private static void read(Path file) throws IOException {
        new ChunkedJsonLinesSource(file, 3, CHUNK).readAll(event -> {}, window);
    }
}
