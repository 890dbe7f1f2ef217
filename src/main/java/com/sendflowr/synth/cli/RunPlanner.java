package com.sendflowr.synth.cli;

import com.sendflowr.synth.config.ConfigProblem;
import com.sendflowr.synth.config.DeferredProblems;
import com.sendflowr.synth.config.InvalidConfigurationException;
import com.sendflowr.synth.config.SettingsReader;
import com.sendflowr.synth.config.SynthConfig;
import com.sendflowr.synth.config.WindowOverrides;
import com.sendflowr.synth.generation.MemoryEstimate;
import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.generation.Shard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where configuration meets the command line: validated settings and prepared runs for the commands. Every problem
 * (in a {@code --config} file, in the configuration's values, in the flags) is collected and reported at once.
 */
@ApplicationScoped
public class RunPlanner {

    private final SynthConfig config;
    private final Clock clock;

    @Inject
    public RunPlanner(SynthConfig config) {
        this(config, Clock.systemUTC());
    }

    RunPlanner(SynthConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public SynthConfig config() {
        return config;
    }

    /**
     * The model settings the configuration and the window, seed and label flags give (no shard or threads).
     *
     * @throws InvalidConfigurationException listing every problem of the configuration and those flags
     */
    public ModelSettings settings(RunOptions options) {
        List<ConfigProblem> problems = new ArrayList<>();
        ModelSettings settings = settings(options, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return settings;
    }

    /** @throws InvalidConfigurationException listing every problem of the configuration and the flags */
    public RunPlan plan(RunOptions options) {
        List<ConfigProblem> problems = new ArrayList<>();
        ModelSettings settings = settings(options, problems);
        Shard shard = shard(options, problems);
        int threads = threads(options, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return RunPlan.of(settings, shard, threads);
    }

    /** The settings, or null with their problems added to {@code problems}. */
    private ModelSettings settings(RunOptions options, List<ConfigProblem> problems) {
        List<ConfigProblem> deferred = DeferredProblems.pending();
        problems.addAll(deferred);
        Optional<Long> seed = Optional.ofNullable(options.seed)
                .map(text -> whole("--seed", text, Long.MIN_VALUE, Long.MAX_VALUE, "a whole number", problems));
        // a --days that is not a number is reported here; the window is then checked with the configured days
        Optional<Integer> days = Optional.ofNullable(options.days)
                .map(text -> whole(
                        "--days",
                        text,
                        1,
                        Integer.MAX_VALUE,
                        "a positive whole number of days (with fewer, the window would be empty)",
                        problems))
                .filter(value -> value > 0)
                .map(Long::intValue);
        WindowOverrides window =
                new WindowOverrides(Optional.ofNullable(options.start), days, Optional.ofNullable(options.end));
        ModelSettings settings = null;
        try {
            settings = SettingsReader.read(config, seed, window, clock);
        } catch (InvalidConfigurationException invalid) {
            problems.addAll(DeferredProblems.withoutStandInEffects(invalid.problems(), deferred));
        }
        if (settings != null && deferred.isEmpty()) {
            MemoryEstimate.problem(settings, Runtime.getRuntime().maxMemory()).ifPresent(problems::add);
        }
        if (settings == null || !deferred.isEmpty()) {
            return null;
        }
        return options.noLabels ? settings.withLabels(false) : settings;
    }

    private static Shard shard(RunOptions options, List<ConfigProblem> problems) {
        if (options.shard == null) {
            return Shard.ALL;
        }
        try {
            return Shard.parse(options.shard);
        } catch (IllegalArgumentException e) {
            problems.add(new ConfigProblem("--shard", e.getMessage()));
            return Shard.ALL;
        }
    }

    private int threads(RunOptions options, List<ConfigProblem> problems) {
        long threads;
        if (options.threads != null) {
            threads = whole(
                    "--threads",
                    options.threads,
                    0,
                    4096,
                    "0 (one per processor) or a positive count up to 4096",
                    problems);
        } else {
            threads = config.output().threads();
            if (threads < 0 || threads > 4096) {
                problems.add(new ConfigProblem(
                        "synth.output.threads",
                        threads + " must be 0 (one per processor) or a positive count up to 4096"));
            }
        }
        return threads <= 0 ? Runtime.getRuntime().availableProcessors() : (int) threads;
    }

    /** The flag's value as a whole number within bounds, or 0 with a problem naming the flag. */
    private static long whole(
            String flag, String text, long min, long max, String accepted, List<ConfigProblem> problems) {
        try {
            long value = Long.parseLong(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new ConfigProblem(flag, "'" + text + "' is not " + accepted));
        return 0;
    }
}
