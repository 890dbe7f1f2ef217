package com.sendflowr.synth.evaluation;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

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
        return read(path, UnaryOperator.identity());
    }

    /**
     * The recommendations by recipient, in file order, each as {@code finish} makes it (on any thread, before the
     * next one is read: e.g. scored and without its scores).
     */
    public static Map<String, Recommendation> read(Path path, UnaryOperator<Recommendation> finish) {
        Map<String, Recommendation> recommendations = new LinkedHashMap<>();
        boolean[] scores = new boolean[1];
        RowReader.read(
                path,
                List.of(List.of(ManifestReader.RECIPIENT), List.of(HOUR, SCORES)),
                row -> finish.apply(recommendation(row)),
                recommendation -> {
                    String id = recommendation.recipientId();
                    Recommendation earlier = recommendations.get(id);
                    if (earlier != null) {
                        throw problem(
                                path,
                                recommendation,
                                "duplicate recipient " + id + " (also on line " + earlier.line() + ")");
                    }
                    if (recommendations.isEmpty()) {
                        scores[0] = recommendation.hasScores();
                    } else if (recommendation.hasScores() != scores[0]) {
                        throw problem(
                                path,
                                recommendation,
                                "gives " + (scores[0] ? HOUR : SCORES) + " but earlier rows give "
                                        + (scores[0] ? SCORES : HOUR) + "; every row gives the same one");
                    }
                    recommendations.put(id, recommendation);
                });
        return recommendations;
    }

    private static Recommendation recommendation(Row row) {
        String id = row.text(ManifestReader.RECIPIENT);
        boolean hasHour = row.has(HOUR);
        boolean hasScores = row.has(SCORES);
        if (hasHour && hasScores) {
            throw row.problem("both " + HOUR + " and " + SCORES + "; give one of them");
        }
        if (!hasHour && !hasScores) {
            throw row.problem("neither " + HOUR + " nor " + SCORES + " has a value");
        }
        return hasScores ? scores(row, id) : hour(row, id);
    }

    private static BadInputException problem(Path path, Recommendation recommendation, String problem) {
        return new BadInputException(path.toString(), recommendation.line(), problem);
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
        return Recommendation.ofHour(id, hour, row.line());
    }

    private static Recommendation scores(Row row, String id) {
        double[] scores = row.numbers(SCORES);
        if (scores.length != ManifestReader.HOURS) {
            throw row.problem(SCORES + " has " + scores.length + " values; expected " + ManifestReader.HOURS
                    + " (one per local hour of the week)");
        }
        return Recommendation.ofScores(id, scores, row.line());
    }
}
