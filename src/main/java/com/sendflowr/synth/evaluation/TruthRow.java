package com.sendflowr.synth.evaluation;

/**
 * What {@code evaluate} needs of one manifest row.
 *
 * @param openProbability expected P(opened | delivered) of a delivery in each local hour of the week (168 values)
 * @param line            the row's line in the manifest file, for messages
 */
public record TruthRow(
        String recipientId,
        String persona,
        String split,
        boolean coldStart,
        double openRate,
        double clickRate,
        double[] openProbability,
        long line) {

    /**
     * The expected P(clicked | delivered) of a delivery in local hour {@code h}. The generator clicks a fixed share of
     * opened messages (the user's click rate over its open rate), whenever they were sent, so the click probability
     * of an hour is the open probability scaled by that share.
     */
    public double clickProbability(int h) {
        return openRate > 0 ? openProbability[h] * clickRate / openRate : 0;
    }

    public double clickShare() {
        return openRate > 0 ? clickRate / openRate : 0;
    }
}
