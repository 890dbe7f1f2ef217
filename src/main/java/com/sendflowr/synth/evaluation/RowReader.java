package com.sendflowr.synth.evaluation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .json}) or CSV with a header ({@code .csv}) into {@link Row}s, streaming,
 * with Jackson's parsers (a large JSON Lines file's arrays of numbers with {@link NumberArrays}). The columns must
 * include the required ones (a CSV header is checked once, JSON rows each).
 */
final class RowReader {

    static final String ACCEPTED = "JSON Lines (.jsonl) or CSV with a header (.csv)";

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();
    private static final CsvFactory CSV = new CsvFactory();
    private static final double[] NO_NUMBERS = {};

    /**
     * A file larger than this is cut into chunks of about this size at line ends, parsed side by side: reading a
     * manifest of 20,000 users (40 MB) was most of {@code evaluate}'s time on one core. Small enough that the cores
     * finish together (with 4 MiB, one core parsed the last chunk alone for a tenth of the time).
     */
    private static final long CHUNK_BYTES = 1L << 20;

    private RowReader() {}

    static boolean isCsv(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(".csv");
    }

    /**
     * Hands each row, converted, to {@code accept}, in file order. {@code convert} is what can be done with a row on
     * its own (its checks, its values): it may run on several threads at once; {@code accept} runs on the caller's
     * thread and sees every row, so checks across rows (duplicates) belong there.
     *
     * @param required the fields every row needs; each inner list is a choice of one (e.g. hour_of_week or scores)
     */
    static <T> void read(Path path, List<List<String>> required, Function<Row, T> convert, Consumer<T> accept) {
        read(path, required, convert, accept, CHUNK_BYTES);
    }

    /** @param chunkBytes a JSON Lines file larger than this is parsed in chunks of about this size, side by side */
    static <T> void read(
            Path path, List<List<String>> required, Function<Row, T> convert, Consumer<T> accept, long chunkBytes) {
        String file = path.toString();
        Consumer<Row> rows = row -> accept.accept(convert.apply(row));
        try {
            if (Files.isRegularFile(path) && Files.size(path) == 0) {
                throw new BadInputException(
                        file,
                        0,
                        "is empty; expected " + (isCsv(path) ? "a header line and " : "") + "one row per recipient");
            }
            if (isCsv(path)) {
                readCsv(path, file, required, rows);
            } else if (Files.isRegularFile(path) && Files.size(path) > chunkBytes && isUtf8(path)) {
                readInChunks(path, file, required, convert, accept, rows, chunkBytes);
            } else {
                readWhole(path, file, required, rows);
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, 0, "no such file");
        } catch (IOException e) {
            throw new BadInputException(file, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * One streaming parser per file, or per chunk of a large file (not one per line: that decoded every line into a
     * string and built a parser for it). The lines are the parser's: a value must start on a line of its own and end
     * on it, which is also what lets a file be cut at line ends.
     */
    private static void readWhole(Path path, String file, List<List<String>> required, Consumer<Row> rows)
            throws IOException {
        try (InputStream in = Files.newInputStream(path);
                JsonParser parser = JSON.createParser(in)) {
            if (parse(parser, null, file, 0, required, rows) == 0) {
                throw new BadInputException(file, 0, "is empty");
            }
        }
    }

    /**
     * Parses and converts the chunks on all cores and hands their rows over in file order, their lines counted from
     * the file's start. A file with a problem is read again whole into {@code rows} (convert, then accept), so that its first problem is reported as one
     * parser sees it (an object over two lines may be cut in two) and before any later one.
     */
    private static <T> void readInChunks(
            Path path,
            String file,
            List<List<String>> required,
            Function<Row, T> convert,
            Consumer<T> accept,
            Consumer<Row> rows,
            long chunkBytes)
            throws IOException {
        List<ParsedChunk<T>> parsed;
        try (FileChannel channel = FileChannel.open(path)) {
            parsed = LineChunks.of(channel, channel.size(), chunkBytes).parallelStream()
                    .map(chunk -> ParsedChunk.of(chunk, channel, file, required, convert))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (parsed.stream().anyMatch(ParsedChunk::failed)
                || parsed.stream().allMatch(c -> c.rows().isEmpty())) {
            readWhole(path, file, required, rows);
            return;
        }
        for (ParsedChunk<T> chunk : parsed) {
            chunk.rows().forEach(accept);
        }
    }

    /** The converted rows of one chunk of a file; none if the chunk has a problem. */
    private record ParsedChunk<T>(List<T> rows, boolean failed) {

        /** A chunk's bytes, one buffer per thread: a chunk is parsed and done with before the next is read. */
        private static final ThreadLocal<byte[]> BYTES = ThreadLocal.withInitial(() -> new byte[0]);

        /** Reads the chunk, cuts its arrays of numbers out (parsed), and parses the rest with Jackson. */
        static <T> ParsedChunk<T> of(
                LineChunks.Chunk chunk,
                FileChannel channel,
                String file,
                List<List<String>> required,
                Function<Row, T> convert) {
            byte[] bytes = BYTES.get();
            if (bytes.length < chunk.length()) {
                bytes = new byte[chunk.length()];
                BYTES.set(bytes);
            }
            List<T> rows = new ArrayList<>();
            try {
                chunk.read(channel, bytes);
                NumberArrays cutOut = NumberArrays.cut(bytes, chunk.length());
                try (JsonParser parser = JSON.createParser(bytes, 0, cutOut.length())) {
                    parse(parser, cutOut, file, chunk.firstLine() - 1, required, row -> rows.add(convert.apply(row)));
                }
                return new ParsedChunk<>(rows, false);
            } catch (BadInputException e) {
                return new ParsedChunk<>(List.of(), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The JSON Lines values of one parser, as rows, after {@code linesBefore} lines of the file; how many.
     *
     * @param cutOut the arrays of numbers cut out of the parser's text, or null if none were
     */
    private static long parse(
            JsonParser parser,
            NumberArrays cutOut,
            String file,
            long linesBefore,
            List<List<String>> required,
            Consumer<Row> rows)
            throws IOException {
        Set<String> wanted = new HashSet<>();
        required.forEach(wanted::addAll);
        List<String> others = new ArrayList<>();
        long previous = 0;
        long values = 0;
        while (true) {
            long line = previous;
            Map<String, Object> fields;
            try {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return values;
                }
                line = parser.currentTokenLocation().getLineNr();
                if (line == previous) {
                    throw new BadInputException(file, linesBefore + line, "more than one JSON value on the line");
                }
                if (token != JsonToken.START_OBJECT) {
                    throw new BadInputException(
                            file, linesBefore + line, "not a JSON object; expected one object per line");
                }
                others.clear();
                fields = object(parser, cutOut, file, linesBefore + line, wanted, others);
                long end = parser.currentLocation().getLineNr();
                if (end != line) {
                    throw new BadInputException(
                            file,
                            linesBefore + line,
                            "a JSON object over lines " + (linesBefore + line) + "-" + (linesBefore + end)
                                    + "; one line holds one");
                }
            } catch (JsonProcessingException e) {
                long at = line > previous
                        ? line
                        : e.getLocation() == null
                                ? previous + 1
                                : e.getLocation().getLineNr();
                throw new BadInputException(file, linesBefore + at, "not a JSON object (" + brief(e) + ")");
            }
            previous = line;
            if (missing(fields.keySet(), required, "field") != null) {
                List<String> present = new ArrayList<>(fields.keySet());
                present.addAll(others);
                throw new BadInputException(file, linesBefore + line, missing(present, required, "field"));
            }
            values++;
            rows.accept(new Row(file, linesBefore + line, fields));
        }
    }

    /** Whether the file starts as UTF-8 text does (Jackson also reads UTF-16 and UTF-32, which cannot be cut at 0x0A). */
    private static boolean isUtf8(Path path) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0 || head[i] == (byte) 0xFE || head[i] == (byte) 0xFF) {
                return false;
            }
        }
        return true;
    }

    /**
     * The wanted fields of the object whose start the parser is at, up to its end; the names of the others are added
     * to {@code others} (a manifest row has a dozen fields evaluate does not read, and making their values into
     * strings and map entries was a tenth of reading it).
     */
    private static Map<String, Object> object(
            JsonParser parser, NumberArrays cutOut, String file, long line, Set<String> wanted, List<String> others)
            throws IOException {
        Map<String, Object> values = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            if (!wanted.contains(name)) {
                parser.skipChildren();
                others.remove(name);
                if (token != JsonToken.VALUE_NULL) {
                    others.add(name);
                }
                continue;
            }
            switch (token) {
                case START_ARRAY -> values.put(name, array(parser, cutOut, name, file, line));
                case START_OBJECT -> {
                    parser.skipChildren();
                    values.put(name, "{…}");
                }
                case VALUE_NULL -> values.remove(name);
                default -> values.put(name, parser.getText());
            }
        }
        return values;
    }

    private static double[] array(JsonParser parser, NumberArrays cutOut, String name, String file, long line)
            throws IOException {
        double[] parsed =
                cutOut == null ? null : cutOut.at(parser.currentTokenLocation().getByteOffset());
        if (parsed != null) {
            parser.nextToken(); // the ] of the [] left in its place
            return parsed;
        }
        boolean numeric = name.equals("scores") || name.startsWith("open_probability");
        double[] numbers = NO_NUMBERS;
        int n = 0;
        boolean text = false;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token.isNumeric() && !text) {
                if (n == numbers.length) {
                    numbers = Arrays.copyOf(numbers, Math.max(ManifestReader.HOURS, 2 * n));
                }
                numbers[n++] = parser.getDoubleValue();
            } else if (numeric) {
                throw new BadInputException(
                        file, line, name + " value " + (n + 1) + " is '" + parser.getText() + "'; expected a number");
            } else {
                parser.skipChildren();
                text = true; // a list of text (peak windows): not needed
            }
        }
        // a week of hours fills the array exactly: no copy
        return text ? NO_NUMBERS : n == numbers.length ? numbers : Arrays.copyOf(numbers, n);
    }

    private static void readCsv(Path path, String file, List<List<String>> required, Consumer<Row> rows)
            throws IOException {
        try (InputStream in = Files.newInputStream(path);
                CsvParser parser = CSV.createParser(in)) {
            parser.setSchema(CsvSchema.emptySchema().withHeader());
            List<String> header = null;
            long rowCount = 0;
            try {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token != JsonToken.START_OBJECT) {
                        continue;
                    }
                    long line = parser.currentLocation().getLineNr();
                    Map<String, Object> values = new HashMap<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        parser.nextToken();
                        values.put(name, parser.getText());
                    }
                    if (header == null) {
                        header = new ArrayList<>();
                        for (CsvSchema.Column column : parser.getSchema()) {
                            header.add(column.getName());
                        }
                        String missing = missing(header, required, "column");
                        if (missing != null) {
                            throw new BadInputException(file, 1, missing);
                        }
                    }
                    rowCount++;
                    rows.accept(new Row(file, line, values));
                }
            } catch (JsonProcessingException e) {
                throw new BadInputException(
                        file,
                        e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                        "not valid CSV (" + brief(e) + ")");
            }
            if (rowCount == 0) {
                throw new BadInputException(file, 0, "has no rows; expected a header line and one row per recipient");
            }
        }
    }

    /** Jackson's message without the location it appends (the file and line are reported already). */
    private static String brief(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        for (String tail : new String[] {" (start marker", "\n at [Source", " at [Source"}) {
            int at = message.indexOf(tail);
            if (at > 0) {
                message = message.substring(0, at);
            }
        }
        return message.strip();
    }

    /** What is missing of the required fields or columns, or null. */
    private static String missing(Collection<String> present, List<List<String>> required, String what) {
        for (List<String> choice : required) {
            if (!containsAny(present, choice)) {
                return "missing " + what + " " + String.join(" or ", choice) + " (has: "
                        + String.join(", ", new TreeSet<>(present)) + ")";
            }
        }
        return null;
    }

    private static boolean containsAny(Collection<String> present, List<String> choice) {
        for (String name : choice) {
            if (present.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
