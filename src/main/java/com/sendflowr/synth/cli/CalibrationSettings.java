package com.sendflowr.synth.cli;

import com.sendflowr.synth.calibration.CalibrationTarget;
import com.sendflowr.synth.calibration.CalibrationTargets;
import com.sendflowr.synth.config.InvalidConfigurationException;
import com.sendflowr.synth.config.SynthConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The calibration targets the configuration names: a user's table ({@code synth.calibration.targets}) or the
 * built-in one.
 */
final class CalibrationSettings {

    static final String TARGETS_KEY = "synth.calibration.targets";

    private CalibrationSettings() {}

    static List<CalibrationTarget> targets(SynthConfig config) {
        Optional<String> file = config.calibration().targets().filter(t -> !t.isBlank());
        if (file.isEmpty()) {
            return CalibrationTargets.published();
        }
        try {
            return CalibrationTargets.read(Path.of(file.get()));
        } catch (CalibrationTargets.InvalidTargets e) {
            throw new InvalidConfigurationException(TARGETS_KEY, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
