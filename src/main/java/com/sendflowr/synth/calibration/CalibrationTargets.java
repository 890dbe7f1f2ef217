package com.sendflowr.synth.calibration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published ranges a {@code calibrated} dataset is checked against, read from a CSV table with the columns
 * {@code id, statistic, low, high, unit, source} (an empty {@code low} or {@code high} leaves that end open). The
 * built-in table is the resource {@value #RESOURCE}; a user may give their own file with the same columns.
 */
public final class CalibrationTargets {

    public static final String RESOURCE = "calibration/targets.csv";
    static final List<String> COLUMNS = List.of("id", "statistic", "low", "high", "unit", "source");

    private CalibrationTargets() {}

    /** The built-in targets. */
    public static List<CalibrationTarget> published() {
        try (InputStream in = CalibrationTargets.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing from the build");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A user's table; an unknown statistic id, a bad number or a missing column is an {@link InvalidTargets}. */
    public static List<CalibrationTarget> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidTargets(file + " is not a readable file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    static List<CalibrationTarget> read(InputStream in, String name) throws IOException {
        Map<String, CalibrationTarget> targets = new LinkedHashMap<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (CsvParser parser = new CsvFactory().createParser(in)) {
            parser.setSchema(schema);
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                long line = parser.currentLocation().getLineNr();
                Map<String, String> row = row(parser);
                CalibrationTarget target = target(row, name, line);
                if (targets.put(target.id(), target) != null) {
                    throw new InvalidTargets(
                            name + " line " + line + ": statistic '" + target.id() + "' is listed twice");
                }
            }
        } catch (JsonProcessingException e) {
            throw new InvalidTargets(
                    name + " line " + e.getLocation().getLineNr() + ": not valid CSV (" + e.getOriginalMessage() + ")");
        }
        if (targets.isEmpty()) {
            throw new InvalidTargets(name + " holds no targets; the header is " + String.join(",", COLUMNS));
        }
        return List.copyOf(targets.values());
    }

    private static Map<String, String> row(JsonParser parser) throws IOException {
        Map<String, String> row = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String column = parser.currentName();
            parser.nextToken();
            row.put(column, parser.getText().strip());
        }
        return row;
    }

    private static CalibrationTarget target(Map<String, String> row, String name, long line) {
        String where = name + " line " + line + ": ";
        for (String column : COLUMNS) {
            if (!row.containsKey(column)) {
                throw new InvalidTargets(
                        where + "column '" + column + "' is missing; the header is " + String.join(",", COLUMNS));
            }
        }
        String id = row.get("id");
        if (!Statistic.known(id)) {
            throw new InvalidTargets(where + "unknown statistic '" + id + "'; accepted: " + Statistic.ids());
        }
        Unit unit;
        try {
            unit = Unit.fromWireName(row.get("unit"));
        } catch (IllegalArgumentException e) {
            throw new InvalidTargets(where + e.getMessage());
        }
        Double low = number(row.get("low"), where + "low");
        Double high = number(row.get("high"), where + "high");
        if (low != null && high != null && low > high) {
            throw new InvalidTargets(where + "low " + low + " is above high " + high);
        }
        return new CalibrationTarget(id, row.get("statistic"), low, high, unit, row.get("source"));
    }

    private static Double number(String text, String what) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidTargets(what + " '" + text + "' is not a number (leave it empty for an open end)");
        }
    }

    /** A targets table that cannot be used; the message names the file, line and what was wrong. */
    public static final class InvalidTargets extends IllegalArgumentException {
        public InvalidTargets(String message) {
            super(message);
        }
    }
}
