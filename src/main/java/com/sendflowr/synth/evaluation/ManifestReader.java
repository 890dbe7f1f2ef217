package com.sendflowr.synth.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a ground-truth manifest as {@code generate --manifest} writes it (JSON Lines or CSV). */
public final class ManifestReader {

    public static final int HOURS = 168;

    static final String RECIPIENT = "recipient_id";
    static final String PROBABILITIES = "open_probability_by_local_hour_of_week";
    private static final List<String> COLUMNS =
            List.of(RECIPIENT, "persona", "split", "cold_start", "open_rate", "click_rate", PROBABILITIES);

    private ManifestReader() {}

    /** The manifest's rows in file order; refuses duplicates and malformed values. */
    public static List<TruthRow> read(Path path) {
        List<TruthRow> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        RowReader.read(path, COLUMNS.stream().map(List::of).toList(), ManifestReader::truth, row -> {
            Long earlier = seen.putIfAbsent(row.recipientId(), row.line());
            if (earlier != null) {
                throw new BadInputException(
                        path.toString(),
                        row.line(),
                        "duplicate recipient " + row.recipientId() + " (also on line " + earlier + ")");
            }
            rows.add(row);
        });
        return rows;
    }

    private static TruthRow truth(Row row) {
        String id = row.text(RECIPIENT);
        double[] p = row.numbers(PROBABILITIES);
        if (p.length != HOURS) {
            throw row.problem(PROBABILITIES + " has " + p.length + " values; expected " + HOURS
                    + " (one per local hour of the week)");
        }
        for (int h = 0; h < HOURS; h++) {
            if (p[h] < 0 || p[h] > 1) {
                throw row.problem(PROBABILITIES + " value " + (h + 1) + " is " + p[h] + "; expected 0..1");
            }
        }
        double openRate = probability(row, "open_rate");
        double clickRate = probability(row, "click_rate");
        return new TruthRow(
                id, row.text("persona"), row.text("split"), row.bool("cold_start"), openRate, clickRate, p, row.line());
    }

    private static double probability(Row row, String field) {
        double value = row.number(field);
        if (value < 0 || value > 1) {
            throw row.problem(field + " is " + value + "; expected 0..1");
        }
        return value;
    }
}
