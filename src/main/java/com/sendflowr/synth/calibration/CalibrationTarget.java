package com.sendflowr.synth.calibration;

/**
 * One published figure a calibrated dataset must match: the statistic, its accepted range (either end may be
 * open: {@code null}) and the published sources the range comes from.
 */
public record CalibrationTarget(String id, String statistic, Double low, Double high, Unit unit, String source) {

    public boolean contains(double value) {
        return (low == null || value >= low) && (high == null || value <= high);
    }

    /** The range as the tables show it: "19.0%-35.0%", "≥ 3.00x", "≤ 3.00 min". */
    public String range() {
        if (low != null && high != null) {
            return unit.format(low) + " - " + unit.format(high);
        }
        if (low != null) {
            return ">= " + unit.format(low);
        }
        return high == null ? "any" : "<= " + unit.format(high);
    }
}
