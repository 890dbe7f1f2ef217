package com.sendflowr.synth.generation;

/**
 * A factor on the probability that a delivered message is opened. Realism features plug in here (and in
 * {@link HistoryGenerator}'s list of effects) instead of editing the funnel; each brings its term to
 * {@link Expectation} too.
 */
public interface OpenEffect {

    /** The factor for one message delivered at {@code deliveredAt} (epoch ms). */
    double factor(UserProfile user, long deliveredAt);
}
