package com.sendflowr.synth.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Problems found in a {@code --config} file before boot whose keys were given stand-in values
 * ({@link ConfigFileCheck}), handed to the checks after boot so that every problem is reported at once. They travel
 * as a system property ({@value #PROPERTY}), set and cleared around the boot like the other pre-boot options.
 */
public final class DeferredProblems {

    public static final String PROPERTY = "sendflowr-synth.deferred-problems";
    private static final String FIELD = "\u001f";
    private static final String RECORD = "\u001e";

    private DeferredProblems() {}

    public static String encode(List<ConfigProblem> problems) {
        return problems.stream().map(p -> p.key() + FIELD + p.message()).collect(Collectors.joining(RECORD));
    }

    /** The problems handed over for this run; empty when there are none. */
    public static List<ConfigProblem> pending() {
        String text = System.getProperty(PROPERTY);
        List<ConfigProblem> problems = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return problems;
        }
        for (String record : text.split(RECORD)) {
            String[] fields = record.split(FIELD, 2);
            problems.add(new ConfigProblem(fields[0], fields.length > 1 ? fields[1] : ""));
        }
        return problems;
    }

    /**
     * Drops the problems that only the stand-ins caused: those of a deferred key, or naming one (a stand-in 0 for
     * {@code activity.peak-weight} puts the valid secondary weight above it).
     */
    public static List<ConfigProblem> withoutStandInEffects(List<ConfigProblem> later, List<ConfigProblem> deferred) {
        Set<String> keys = deferred.stream().map(ConfigProblem::key).collect(Collectors.toSet());
        return later.stream()
                .filter(problem -> keys.stream()
                        .noneMatch(key -> problem.key().equals(key)
                                || problem.message().contains(key)
                                || problem.message().contains(key.replaceFirst("^synth\\.", ""))))
                .toList();
    }
}
