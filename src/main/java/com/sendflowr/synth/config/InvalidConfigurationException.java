package com.sendflowr.synth.config;

import java.util.List;
import java.util.stream.Collectors;

/** The configuration or command line has invalid values; nothing was generated or published. */
public class InvalidConfigurationException extends RuntimeException {

    private final List<ConfigProblem> problems;

    public InvalidConfigurationException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidConfigurationException(String key, String message) {
        this(List.of(new ConfigProblem(key, message)));
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
