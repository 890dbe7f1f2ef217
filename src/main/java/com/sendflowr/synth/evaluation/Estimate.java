package com.sendflowr.synth.evaluation;

/** A figure and its 95% bootstrap interval; NaN where the figure is undefined (written as null). */
public record Estimate(double value, double low, double high) {

    public static final Estimate UNDEFINED = new Estimate(Double.NaN, Double.NaN, Double.NaN);

    public boolean defined() {
        return !Double.isNaN(value);
    }

    public boolean contains(double x) {
        return low <= x && x <= high;
    }
}
