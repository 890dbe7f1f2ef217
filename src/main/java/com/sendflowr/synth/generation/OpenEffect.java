package com.sendflowr.synth.generation;

/**
 * A factor on the probability that a delivered message is opened. Realism features plug in here (and in
 * {@link HistoryGenerator}'s list of effects) instead of editing the funnel.
 */
public interface OpenEffect {

    /** The factor for one message delivered at {@code deliveredAt} (epoch ms). */
    double factor(UserProfile user, long deliveredAt);

    /** The mean factor over messages delivered uniformly across UTC day {@code epochDay}, for expectations. */
    double meanFactor(UserProfile user, long epochDay);
}
