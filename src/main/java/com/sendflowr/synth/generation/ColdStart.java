package com.sendflowr.synth.generation;

/**
 * A share of users who join late: each is drawn a join instant uniformly between fractions {@code joinFrom} and
 * {@code joinTo} of the window and receives nothing before it, so it has few events (cold-start users).
 */
public record ColdStart(boolean enabled, double share, double joinFrom, double joinTo) {

    public static final ColdStart OFF = new ColdStart(false, 0, 0.5, 0.95);
}
