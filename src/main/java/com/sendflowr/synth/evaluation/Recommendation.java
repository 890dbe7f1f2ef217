package com.sendflowr.synth.evaluation;

/**
 * One recipient's recommendation: a local hour of the week (0 = Monday 00:00–00:59) and, when the model gave them,
 * its 168 hour scores (higher = better; the hour is then the best-scoring one, the earliest on ties).
 */
public record Recommendation(String recipientId, int hourOfWeek, double[] scores, long line) {

    public boolean hasScores() {
        return scores != null;
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
