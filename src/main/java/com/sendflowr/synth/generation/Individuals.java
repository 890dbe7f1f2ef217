package com.sendflowr.synth.generation;

/**
 * Users as individuals rather than copies of their persona. Each user's week of activity (by local hour) is their
 * own: a blend of their persona's curve (weight {@code personaWeight}) and a personal mixture of the other personas'
 * curves, plus one or two personal peaks, scaled per weekday by a personal day preference, and quiet in the small
 * hours. Each user's open rate is drawn from a Beta distribution around their persona's (concentration κ: the smaller,
 * the more skewed, as real per-user rates are). The send-time effect follows the user's own week, raised to the
 * continuous {@code sendTimeStrength} γ (0 = when mail lands does not matter, 1 = in proportion to the reader's free
 * time after delivery, 2 = like {@code strong}). {@link #OFF}: every user is their persona's copy.
 *
 * @param personaWeight     share of a user's week from their own persona's curve (the rest: the personal mixture)
 * @param peakWeight        size of a personal peak relative to the week's mean activity
 * @param daySpread         standard deviation of the log of a user's preference for each weekday
 * @param nightFactor       factor on everyone's activity from 01:00 to 04:59 local
 * @param rateConcentration κ of the Beta(κ·m, κ·(1 − m)) open rate around the persona's m
 * @param sendTimeStrength  γ, the power of the user's send-time response
 */
public record Individuals(
        boolean enabled,
        double personaWeight,
        double peakWeight,
        double daySpread,
        double nightFactor,
        double rateConcentration,
        double sendTimeStrength) {

    public static final Individuals OFF = new Individuals(false, 1, 0, 0, 1, 1, 1);

    /** The first and last local hour (inclusive) that {@link #nightFactor} quietens. */
    static final int NIGHT_FROM = 1;

    static final int NIGHT_TO = 4;
}
