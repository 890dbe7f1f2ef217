package com.sendflowr.synth.evaluation;

import com.sendflowr.synth.generation.UserIdentity;
import java.util.List;
import java.util.Locale;

/**
 * Whether a manifest was written by the configuration in use: its recipients, personas, splits, cold-start flags
 * and rates must be those of the population the configuration and seed draw. A manifest of another seed, profile or
 * persona table scores a model against users it was not trained on, so it is refused.
 */
public final class ManifestCheck {

    private static final double TOLERANCE = 1.5e-6; // the manifest rounds to six decimals

    private ManifestCheck() {}

    /**
     * @param configuration how to name the configuration in a message (e.g. "seed 42, profile realistic")
     * @throws BadInputException naming the first row that differs
     */
    public static void matches(
            List<TruthRow> manifest, List<UserIdentity> expected, String file, String configuration) {
        String advice = "; the manifest comes from another configuration than the current one (" + configuration
                + "): give evaluate the --config, --profile and --seed that generated it";
        for (int i = 0; i < Math.min(manifest.size(), expected.size()); i++) {
            TruthRow row = manifest.get(i);
            UserIdentity truth = expected.get(i);
            String differs = differs(row, truth);
            if (differs != null) {
                throw new BadInputException(file, row.line(), differs + advice);
            }
        }
        if (manifest.size() != expected.size()) {
            throw new BadInputException(
                    file,
                    0,
                    String.format(
                            Locale.ROOT,
                            "has %d recipients, the configuration %d%s",
                            manifest.size(),
                            expected.size(),
                            advice));
        }
    }

    /** What differs between a manifest row and the user the configuration draws (as GroundTruth writes it). */
    private static String differs(TruthRow row, UserIdentity truth) {
        String id = row.recipientId();
        if (!id.equals(truth.recipientId())) {
            return "recipient " + id + " where the configuration has " + truth.recipientId();
        }
        if (!row.persona().equals(truth.persona())) {
            return id + " is " + row.persona() + ", under the configuration " + truth.persona();
        }
        String split = truth.holdout() ? "holdout" : "train";
        if (!row.split().equals(split)) {
            return id + " is in split " + row.split() + ", under the configuration " + split;
        }
        if (row.coldStart() != truth.coldStart()) {
            return id + " has cold_start " + row.coldStart() + ", under the configuration " + truth.coldStart();
        }
        if (Math.abs(row.openRate() - truth.openRate()) > TOLERANCE
                || Math.abs(row.clickRate() - truth.clickRate()) > TOLERANCE) {
            return String.format(
                    Locale.ROOT,
                    "%s has open/click rates %.6f/%.6f, under the configuration %.6f/%.6f",
                    id,
                    row.openRate(),
                    row.clickRate(),
                    truth.openRate(),
                    truth.clickRate());
        }
        return null;
    }
}
