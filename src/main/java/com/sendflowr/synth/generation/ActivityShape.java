package com.sendflowr.synth.generation;

/**
 * Relative activity weights of a persona's week: peak &gt; secondary &gt; baseline, with inactive days scaled
 * down by {@code inactiveDayFactor} (low but never zero).
 */
public record ActivityShape(
        double peakWeight, double secondaryWeight, double baselineWeight, double inactiveDayFactor) {}
