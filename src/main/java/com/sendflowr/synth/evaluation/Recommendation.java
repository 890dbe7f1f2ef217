package com.sendflowr.synth.evaluation;

/**
 * One recipient's recommendation: a local hour of the week (0 = Monday 00:00–00:59) and, when the model gave them,
 * its 168 hour scores (higher = better; the hour is then the best-scoring one, the earliest on ties). A
 * recommendation {@link #ranked} against the truth keeps the scores' rank correlation instead of the scores.
 */
public record Recommendation(
        String recipientId, int hourOfWeek, double[] scores, boolean hasScores, double rank, long line) {

    static Recommendation ofHour(String recipientId, int hourOfWeek, long line) {
        return new Recommendation(recipientId, hourOfWeek, null, false, Double.NaN, line);
    }

    static Recommendation ofScores(String recipientId, double[] scores, long line) {
        return new Recommendation(recipientId, best(scores), scores, true, Double.NaN, line);
    }

    /** This recommendation with the rank correlation of its scores with {@code truth} in place of the scores. */
    public Recommendation ranked(double[] truth) {
        return scores == null
                ? this
                : new Recommendation(recipientId, hourOfWeek, null, true, rankAgainst(truth), line);
    }

    /** Spearman's correlation of the scores with {@code truth} (as {@link #ranked} found it, if it was). */
    double rankAgainst(double[] truth) {
        return scores == null ? rank : Ranks.spearman(scores, truth);
    }

    static int best(double[] scores) {
        int best = 0;
        for (int h = 1; h < scores.length; h++) {
            if (scores[h] > scores[best]) {
                best = h;
            }
        }
        return best;
    }
}
