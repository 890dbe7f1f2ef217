package com.sendflowr.synth.evaluation;

import java.util.List;
import java.util.Map;

/**
 * What {@code evaluate} found.
 *
 * @param users       users of the manifest in the split
 * @param recommended of those, users the recommendations cover
 * @param missing     users of the split without a recommendation, scored as a random hour (listed in order)
 * @param outsideSplit recommendations for users of the manifest outside the split (not scored)
 * @param scores      whether the recommendations gave hour scores (so rank correlation is measured)
 * @param personas    the figures per persona, by name in manifest order
 * @param coldStart   the figures of the cold-start users of the split, or null when there are none
 */
public record EvaluationResult(
        Split split,
        int users,
        int recommended,
        List<String> missing,
        int outsideSplit,
        boolean scores,
        int resamples,
        long seed,
        Figures all,
        Map<String, Figures> personas,
        Figures coldStart) {}
