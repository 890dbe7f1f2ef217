package com.sendflowr.synth.generation;

/**
 * How much each user differs from its persona: relative spread of open and click rates (persona means are kept
 * exactly) and the standard deviation, in minutes, of a user's shift of the persona's hours.
 */
public record Heterogeneity(double rateSpread, int timingJitterMinutes) {}
