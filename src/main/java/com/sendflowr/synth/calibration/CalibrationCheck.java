package com.sendflowr.synth.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One target beside what was measured: in range, out of range, or not measurable on these data. */
public record CalibrationCheck(CalibrationTarget target, Measured measured) {

    public enum Status {
        IN_RANGE,
        OUT_OF_RANGE,
        NOT_MEASURABLE
    }

    public Status status() {
        if (!measured.measurable()) {
            return Status.NOT_MEASURABLE;
        }
        return target.contains(measured.value()) ? Status.IN_RANGE : Status.OUT_OF_RANGE;
    }

    /** Only a measured value outside its range fails; a statistic the data cannot show is reported, not failed. */
    public boolean ok() {
        return status() != Status.OUT_OF_RANGE;
    }

    /** The measured value as the tables show it, with its detail, or why it cannot be measured. */
    public String shown() {
        if (!measured.measurable()) {
            return "not measurable: " + measured.unmeasurable();
        }
        String value = target.unit().format(measured.value());
        return measured.detail() == null ? value : value + " (" + measured.detail() + ")";
    }

    /** Each target beside its measurement; a statistic nobody measured is not measurable for the given reason. */
    public static List<CalibrationCheck> of(
            List<CalibrationTarget> targets, Map<Statistic, Measured> measured, String missingReason) {
        List<CalibrationCheck> checks = new ArrayList<>();
        for (CalibrationTarget target : targets) {
            Statistic statistic = Statistic.of(target.id());
            Measured m = measured.get(statistic);
            checks.add(new CalibrationCheck(target, m != null ? m : Measured.notMeasurable(statistic, missingReason)));
        }
        return checks;
    }
}
