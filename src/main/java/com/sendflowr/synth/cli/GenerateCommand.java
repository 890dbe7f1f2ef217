package com.sendflowr.synth.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import com.sendflowr.synth.config.InvalidConfigurationException;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.report.ProgressReporter;
import com.sendflowr.synth.sinks.SinkSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate the event history and write it to a sink, then print actual counts beside the expectation.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  sendflowr-synth generate                                  # default window to sendflowr-events.jsonl",
            "  sendflowr-synth generate --sink csv:events.csv --seed 7",
            "  sendflowr-synth generate --sink stdout --days 7 | head",
            "  sendflowr-synth generate --end today --days 101           # rolling window ending at today's UTC midnight",
            "  sendflowr-synth generate --shard 2/8 --sink jsonl:part-2.jsonl",
        })
public class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions options;

    @Option(names = "--sink", paramLabel = "SINK", description = "Where events go: " + SinkSpec.ACCEPTED
            + " (default: synth.output.sink).")
    String sink;

    @Option(names = "--progress", paramLabel = "MODE", description = "Progress on standard error: ${COMPLETION-CANDIDATES} "
            + "(default: a live line on a terminal, periodic lines otherwise).")
    ProgressReporter.Mode progress;

    @Inject
    SynthEngine engine;

    @Override
    public Integer call() throws Exception {
        SinkSpec sinkSpec = sinkSpec(sink != null ? sink : engine.config().output().sink(), sink != null);
        RunPlan plan = engine.plan(options);
        PrintWriter report = sinkSpec.usesStdout() ? spec.commandLine().getErr() : spec.commandLine().getOut();
        return GenerationJob.run(plan, sinkSpec, progressMode(progress), engine.config().output().progressEveryDays(),
                report, spec.commandLine().getErr(), System.out);
    }

    static SinkSpec sinkSpec(String text, boolean fromFlag) {
        try {
            return SinkSpec.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(fromFlag ? "--sink" : "synth.output.sink", e.getMessage());
        }
    }

    static ProgressReporter.Mode progressMode(ProgressReporter.Mode chosen) {
        if (chosen != null) {
            return chosen;
        }
        return System.console() != null ? ProgressReporter.Mode.LIVE : ProgressReporter.Mode.LINES;
    }
}
