package com.sendflowr.synth.cli;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.sendflowr.synth.config.InvalidConfigurationException;
import com.sendflowr.synth.config.SettingsReader;
import com.sendflowr.synth.config.SynthConfig;
import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.generation.Shard;

/** Where configuration meets the command line: validated settings and prepared runs for the commands. */
@ApplicationScoped
public class SynthEngine {

    private final SynthConfig config;
    private final Clock clock;

    @Inject
    public SynthEngine(SynthConfig config) {
        this(config, Clock.systemUTC());
    }

    SynthEngine(SynthConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public SynthConfig config() {
        return config;
    }

    public ModelSettings settings(RunOptions options) {
        ModelSettings settings = SettingsReader.read(config, options.seed(), options.window(), clock);
        return options.noLabels ? settings.withLabels(false) : settings;
    }

    public RunPlan plan(RunOptions options) {
        ModelSettings settings = settings(options);
        Shard shard = Shard.ALL;
        if (options.shard != null) {
            try {
                shard = Shard.parse(options.shard);
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationException("--shard", e.getMessage());
            }
        }
        int threads = options.threads != null ? options.threads : config.output().threads();
        if (threads < 0) {
            throw new InvalidConfigurationException(options.threads != null ? "--threads" : "synth.output.threads",
                    threads + " is negative; use 0 (one per processor) or a positive count");
        }
        if (threads == 0) {
            threads = Runtime.getRuntime().availableProcessors();
        }
        return RunPlan.of(settings, shard, threads);
    }
}
