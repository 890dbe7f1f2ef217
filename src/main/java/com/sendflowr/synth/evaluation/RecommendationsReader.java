package com.sendflowr.synth.evaluation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a model's recommendations: one row per recipient with {@code recipient_id} and either {@code hour_of_week}
 * (0–167, local time, 0 = Monday 00:00–00:59) or {@code scores} (168 numbers, higher = better; a JSON array, or in
 * CSV one cell of numbers joined with {@code ;}). Other fields are ignored. Every row of a file gives the same one.
 */
public final class RecommendationsReader {

    public static final String HOUR = "hour_of_week";
    public static final String SCORES = "scores";

    private RecommendationsReader() {}

    /** The recommendations by recipient, in file order; refuses recipients not in {@code known}. */
    public static Map<String, Recommendation> read(Path path, Set<String> known) {
        Map<String, Recommendation> recommendations = read(path);
        requireKnown(recommendations, known, path);
        return recommendations;
    }

    /** The recommendations by recipient, in file order, whoever they are for (see {@link #requireKnown}). */
    public static Map<String, Recommendation> read(Path path) {
        Map<String, Recommendation> recommendations = new LinkedHashMap<>();
        Map<String, Boolean> format = new HashMap<>();
        RowReader.read(path, List.of(List.of(ManifestReader.RECIPIENT), List.of(HOUR, SCORES)), row -> {
            String id = row.text(ManifestReader.RECIPIENT);
            Recommendation earlier = recommendations.get(id);
            if (earlier != null) {
                throw row.problem("duplicate recipient " + id + " (also on line " + earlier.line() + ")");
            }
            boolean hasHour = row.has(HOUR);
            boolean hasScores = row.has(SCORES);
            if (hasHour && hasScores) {
                throw row.problem("both " + HOUR + " and " + SCORES + "; give one of them");
            }
            if (!hasHour && !hasScores) {
                throw row.problem("neither " + HOUR + " nor " + SCORES + " has a value");
            }
            Boolean first = format.putIfAbsent("scores", hasScores);
            if (first != null && first != hasScores) {
                throw row.problem("gives " + (hasScores ? SCORES : HOUR) + " but earlier rows give "
                        + (first ? SCORES : HOUR) + "; every row gives the same one");
            }
            recommendations.put(id, hasScores ? scores(row, id) : hour(row, id));
        });
        return recommendations;
    }

    /** Refuses, at its line, the first recommendation (in file order) for a recipient not in {@code known}. */
    public static void requireKnown(Map<String, Recommendation> recommendations, Set<String> known, Path path) {
        for (Recommendation recommendation : recommendations.values()) {
            if (!known.contains(recommendation.recipientId())) {
                throw new BadInputException(
                        path.toString(),
                        recommendation.line(),
                        "unknown recipient " + recommendation.recipientId() + ": not in the manifest");
            }
        }
    }

    private static Recommendation hour(Row row, String id) {
        int hour = row.integer(HOUR);
        if (hour < 0 || hour >= ManifestReader.HOURS) {
            throw row.problem(HOUR + " is " + hour + "; expected 0..167 (local time, 0 = Monday 00:00-00:59)");
        }
        return new Recommendation(id, hour, null, row.line());
    }

    private static Recommendation scores(Row row, String id) {
        double[] scores = row.numbers(SCORES);
        if (scores.length != ManifestReader.HOURS) {
            throw row.problem(SCORES + " has " + scores.length + " values; expected " + ManifestReader.HOURS
                    + " (one per local hour of the week)");
        }
        return new Recommendation(id, Recommendation.best(scores), scores, row.line());
    }
}
