package com.sendflowr.synth.calibration;

/**
 * What the data (or the truth) show for one statistic: a value with an optional detail ("UTC 45.1%, local 30.2%"),
 * or the reason it cannot be measured on these data.
 */
public record Measured(Statistic statistic, Double value, String detail, String unmeasurable) {

    public static Measured of(Statistic statistic, double value) {
        return new Measured(statistic, value, null, null);
    }

    public static Measured of(Statistic statistic, double value, String detail) {
        return new Measured(statistic, value, detail, null);
    }

    public static Measured notMeasurable(Statistic statistic, String reason) {
        return new Measured(statistic, null, null, reason);
    }

    public boolean measurable() {
        return value != null;
    }
}
