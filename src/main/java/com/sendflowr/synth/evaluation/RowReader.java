package com.sendflowr.synth.evaluation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .json}) or CSV with a header ({@code .csv}) into {@link Row}s, streaming,
 * with Jackson's parsers. The columns must include the required ones (a CSV header is checked once, JSON rows each).
 */
final class RowReader {

    static final String ACCEPTED = "JSON Lines (.jsonl) or CSV with a header (.csv)";

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();
    private static final CsvFactory CSV = new CsvFactory();

    private RowReader() {}

    static boolean isCsv(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(".csv");
    }

    /**
     * Hands each row to {@code rows}.
     *
     * @param required the fields every row needs; each inner list is a choice of one (e.g. hour_of_week or scores)
     */
    static void read(Path path, List<List<String>> required, Consumer<Row> rows) {
        String file = path.toString();
        try {
            if (Files.isRegularFile(path) && Files.size(path) == 0) {
                throw new BadInputException(
                        file,
                        0,
                        "is empty; expected " + (isCsv(path) ? "a header line and " : "") + "one row per recipient");
            }
            if (isCsv(path)) {
                readCsv(path, file, required, rows);
            } else {
                readJsonLines(path, file, required, rows);
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, 0, "no such file");
        } catch (IOException e) {
            throw new BadInputException(file, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * One streaming parser over the whole file (not one per line: that decoded every line into a string and built a
     * parser for it, a third of the time of reading 20,000 rows of hour scores). The lines are the parser's: a value
     * must start on a line of its own and end on it.
     */
    private static void readJsonLines(Path path, String file, List<List<String>> required, Consumer<Row> rows)
            throws IOException {
        try (InputStream in = Files.newInputStream(path);
                JsonParser parser = JSON.createParser(in)) {
            long previous = 0;
            while (true) {
                long line = previous;
                Map<String, Object> values;
                try {
                    JsonToken token = parser.nextToken();
                    if (token == null) {
                        break;
                    }
                    line = parser.currentTokenLocation().getLineNr();
                    if (line == previous) {
                        throw new BadInputException(file, line, "more than one JSON value on the line");
                    }
                    if (token != JsonToken.START_OBJECT) {
                        throw new BadInputException(file, line, "not a JSON object; expected one object per line");
                    }
                    values = object(parser, file, line);
                    long end = parser.currentLocation().getLineNr();
                    if (end != line) {
                        throw new BadInputException(
                                file, line, "a JSON object over lines " + line + "-" + end + "; one line holds one");
                    }
                } catch (JsonProcessingException e) {
                    long at = line > previous
                            ? line
                            : e.getLocation() == null
                                    ? previous + 1
                                    : e.getLocation().getLineNr();
                    throw new BadInputException(file, at, "not a JSON object (" + brief(e) + ")");
                }
                previous = line;
                checkColumns(values.keySet(), required, file, line, "field");
                rows.accept(new Row(file, line, values));
            }
            if (previous == 0) {
                throw new BadInputException(file, 0, "is empty");
            }
        }
    }

    /** The fields of the object whose start the parser is at, up to its end. */
    private static Map<String, Object> object(JsonParser parser, String file, long line) throws IOException {
        Map<String, Object> values = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (token) {
                case START_ARRAY -> values.put(name, array(parser, name, file, line));
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

    private static double[] array(JsonParser parser, String name, String file, long line) throws IOException {
        double[] numbers = new double[168];
        int n = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            boolean numeric = name.equals("scores") || name.startsWith("open_probability");
            if (token.isNumeric() && numbers != null) {
                if (n == numbers.length) {
                    numbers = Arrays.copyOf(numbers, 2 * n);
                }
                numbers[n++] = parser.getDoubleValue();
            } else if (numeric) {
                throw new BadInputException(
                        file, line, name + " value " + (n + 1) + " is '" + parser.getText() + "'; expected a number");
            } else {
                parser.skipChildren();
                numbers = null; // a list of text (peak windows): not needed
            }
        }
        // a week of hours fills the array exactly: no copy
        return numbers == null ? new double[0] : n == numbers.length ? numbers : Arrays.copyOf(numbers, n);
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
                        checkColumns(header, required, file, 1, "column");
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

    private static void checkColumns(
            java.util.Collection<String> present, List<List<String>> required, String file, long line, String what) {
        for (List<String> choice : required) {
            if (choice.stream().noneMatch(present::contains)) {
                throw new BadInputException(
                        file,
                        line,
                        "missing " + what + " " + String.join(" or ", choice) + " (has: "
                                + String.join(", ", new java.util.TreeSet<>(present)) + ")");
            }
        }
    }
}
