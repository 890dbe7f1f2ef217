package com.sendflowr.synth.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large JSON Lines file is read in chunks side by side: the same rows, lines and problems as one parser gives. */
class RowReaderTest {

    private static final List<List<String>> REQUIRED = List.of(List.of("recipient_id"), List.of("scores"));
    private static final long WHOLE = Long.MAX_VALUE;
    private static final long SMALL_CHUNKS = 2_000;

    @TempDir
    Path tmp;

    @Test
    void chunksGiveTheRowsAndLinesOfOneParser() throws IOException {
        Path file = write("rows.jsonl", lines(300));
        List<String> whole = read(file, WHOLE);
        List<String> chunked = read(file, SMALL_CHUNKS);
        assertThat(chunked).hasSize(300).isEqualTo(whole);
        assertThat(chunkCount(file)).isGreaterThan(20);
    }

    @Test
    void aFileWithoutAFinalLineBreakOrWithBlankLinesReadsTheSame() throws IOException {
        List<String> lines = lines(200);
        for (int i = 10; i < lines.size(); i += 37) {
            lines.set(i, "\n  " + lines.get(i)); // a blank line before, and leading spaces
        }
        String text = String.join("\n", lines); // no line break after the last row
        Path file = tmp.resolve("blank.jsonl");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertThat(read(file, SMALL_CHUNKS)).hasSize(200).isEqualTo(read(file, WHOLE));
    }

    @Test
    void fieldsNobodyAskedForAreSkippedYetNamedWhenARequiredOneIsMissing() throws IOException {
        Path extra = write(
                "extra.jsonl",
                List.of("{\"recipient_id\": \"u\", \"peak_windows\": [\"07:00-09:00\"], \"note\": {\"a\": [1]}, "
                        + "\"scores\": [1, 2], \"rate\": 0.5}"));
        assertThat(read(extra, WHOLE)).containsExactly("u@1:2:[1.0, 2.0]");

        Path missing = write("missing.jsonl", List.of("{\"recipient_id\": \"u\", \"zone\": \"UTC\", \"gone\": null}"));
        assertThat(problem(missing, WHOLE))
                .isEqualTo(missing + " line 1: missing field scores (has: recipient_id, zone)");
        // a skipped field is still parsed: its bad JSON is reported
        Path broken = write("broken.jsonl", List.of("{\"recipient_id\": \"u\", \"zone\": [1,, 2], \"scores\": [1]}"));
        assertThat(problem(broken, WHOLE)).startsWith(broken + " line 1: not a JSON object (");
    }

    @Test
    void everyProblemIsReportedAsOneParserReportsIt() throws IOException {
        List<String> problems = List.of(
                "{\"recipient_id\": \"u\", \"scores\": [1, \"x\"]}",
                "{\"recipient_id\": \"u\",\n \"scores\": [1]}", // an object over two lines, maybe cut in two
                "{\"recipient_id\": \"u\", \"scores\": [1]} {\"recipient_id\": \"v\", \"scores\": [1]}",
                "[1, 2]",
                "{\"recipient_id\": \"u\"}",
                "{\"recipient_id\": \"u\", \"scores\": [1,");
        for (int at : new int[] {0, 7, 150, 299}) {
            for (String problem : problems) {
                List<String> lines = lines(300);
                lines.set(at, problem);
                Path file = write("bad.jsonl", lines);
                String expected = problem(file, WHOLE);
                assertThat(expected).as(problem).contains("bad.jsonl line " + (at + 1) + ":");
                assertThat(problem(file, SMALL_CHUNKS)).as(problem).isEqualTo(expected);
            }
        }
    }

    @Test
    void aLineLongerThanAChunkStaysWhole() throws IOException {
        List<String> lines = lines(50);
        double[] many = new double[5_000];
        Arrays.fill(many, 0.25);
        lines.set(20, "{\"recipient_id\": \"long\", \"scores\": " + Arrays.toString(many) + "}");
        Path file = write("long.jsonl", lines);
        assertThat(read(file, SMALL_CHUNKS))
                .isEqualTo(read(file, WHOLE))
                .anyMatch(row -> row.startsWith("long@21:5000:"));
    }

    @Test
    void numbersCutOutOfChunksAreTheDoublesJacksonReads() throws IOException {
        List<String> spellings = List.of(
                "0",
                "-0",
                "0.0",
                "-0.0",
                "0e0",
                "-0e5",
                "7",
                "-12",
                "0.1",
                "0.153045",
                "1e-7",
                "2.5E+3",
                "1E400",
                "-1e400",
                "1e-400",
                "4.9e-324",
                "2.2250738585072014E-308",
                "1.7976931348623157e308",
                "0.30000000000000004",
                "123456789012345",
                "1234567890123456",
                "12345678901234567890123",
                "9007199254740993",
                "0.000000000000000000000001",
                "1e22",
                "1e23",
                "8.98846567431158e307",
                "0.1234567890123456789",
                "100000000000000000000000e-30",
                "3.0000000000000000001");
        SplittableRandom random = new SplittableRandom(11);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder scores = new StringBuilder();
            for (int h = 0; h < 168; h++) {
                String number = random.nextInt(4) == 0
                        ? spellings.get(random.nextInt(spellings.size()))
                        : Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(-30, 30)));
                scores.append(h == 0 ? "" : random.nextBoolean() ? "," : " ,\t").append(number);
            }
            lines.add("{\"recipient_id\":\"u[" + i + "]\\\"[1]\",\"grid\":[[1,2],[\"a\"]],\"empty\":[],"
                    + "\"scores\":[" + scores + "],\"other\":[0.5,1]}");
        }
        Path file = write("numbers.jsonl", lines);
        List<String> whole = read(file, WHOLE);
        assertThat(read(file, SMALL_CHUNKS)).hasSize(400).isEqualTo(whole);
        assertThat(whole).anyMatch(row -> row.contains("-0.0")).anyMatch(row -> row.contains("Infinity"));
    }

    @Test
    void chunksCoverTheFileAndEndAtLineBreaks() throws IOException {
        Path file = write("rows.jsonl", lines(300));
        byte[] bytes = Files.readAllBytes(file);
        try (FileChannel channel = FileChannel.open(file)) {
            List<LineChunks.Chunk> chunks = LineChunks.of(channel, channel.size(), SMALL_CHUNKS);
            long next = 0;
            long line = 1;
            for (LineChunks.Chunk chunk : chunks) {
                assertThat(chunk.start()).isEqualTo(next);
                assertThat(chunk.firstLine()).isEqualTo(line);
                assertThat(bytes[(int) chunk.end() - 1]).isEqualTo((byte) '\n');
                for (long at = chunk.start(); at < chunk.end(); at++) {
                    line += bytes[(int) at] == '\n' ? 1 : 0;
                }
                next = chunk.end();
            }
            assertThat(next).isEqualTo(bytes.length);
        }
    }

    /** Rows of a recipient and 168 scores with varied numbers, other fields and nested values. */
    private static List<String> lines(int count) {
        SplittableRandom random = new SplittableRandom(7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder scores = new StringBuilder();
            for (int h = 0; h < 168; h++) {
                scores.append(h == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6f", random.nextDouble()));
            }
            lines.add("{\"recipient_id\":\"u" + i + "\",\"windows\":[\"09:00-10:00\"],\"extra\":{\"a\":[1,2]},"
                    + "\"scores\":[" + scores + "]}");
        }
        return lines;
    }

    private Path write(String name, List<String> lines) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Each row as id@line:count:its scores as doubles print (Double.toString tells every double apart, -0.0 too).
     */
    private static List<String> read(Path file, long chunkBytes) {
        List<String> rows = new ArrayList<>();
        RowReader.read(
                file,
                REQUIRED,
                row -> row,
                row -> {
                    double[] scores = row.numbers("scores");
                    rows.add(row.text("recipient_id") + "@" + row.line() + ":" + scores.length + ":"
                            + Arrays.toString(scores));
                },
                chunkBytes);
        return rows;
    }

    private static String problem(Path file, long chunkBytes) {
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> RowReader.read(file, REQUIRED, row -> row, row -> {}, chunkBytes))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> seen.add(e.getMessage()));
        return seen.get(0);
    }

    private static int chunkCount(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            return LineChunks.of(channel, channel.size(), SMALL_CHUNKS).size();
        }
    }
}
