package com.sendflowr.synth.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import com.sendflowr.synth.config.InvalidConfigurationException;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.kafka.KafkaPublisher;
import com.sendflowr.synth.report.ProgressReporter;
import com.sendflowr.synth.report.Tally;
import com.sendflowr.synth.sinks.EventEncoder;
import com.sendflowr.synth.sinks.EventSink;
import com.sendflowr.synth.sinks.ManifestWriter;
import com.sendflowr.synth.sinks.SinkSpec;
import com.sendflowr.synth.sinks.Sinks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate the event history and write it to a sink, then print actual counts beside the expectation.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  sendflowr-synth generate                     # to Kafka if a broker is configured, else a file",
            "  sendflowr-synth generate --sink csv:events.csv --seed 7",
            "  sendflowr-synth generate --sink stdout --days 7 | head",
            "  sendflowr-synth generate --end today --days 101   # rolling window",
            "  sendflowr-synth generate --shard 2/8 --sink jsonl:part-2.jsonl",
            "  sendflowr-synth --bootstrap-servers 127.0.0.1:9092 generate --sink kafka",
            "  sendflowr-synth --profile realistic generate --manifest truth.jsonl   # every realism feature on",
        })
public class GenerateCommand implements Callable<Integer> {

    static final String FILE_DEFAULT = "jsonl:sendflowr-events.jsonl";

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions options;

    @Mixin
    OutputOptions output;

    @Option(names = "--sink", paramLabel = "SINK", description = "Where events go: " + SinkSpec.ACCEPTED
            + ". Default: synth.output.sink if set, else kafka when a broker address is configured, else "
            + FILE_DEFAULT + ".")
    String sink;

    @Option(names = "--manifest", paramLabel = "PATH", description = "Also write the ground truth, one row per user "
            + "(persona, split, join date, time zone, own rates, local peak windows, MPP flag, open probability by "
            + "local hour of week): JSON Lines for PATH.jsonl, CSV for PATH.csv.")
    Path manifest;

    @Option(names = "--send-policy", paramLabel = "RECS", description = "Replay a send-time model: send each message "
            + "at the recipient's recommended local hour (RECS as for evaluate: recipient_id with hour_of_week or "
            + "scores) within the send window after its campaign's release, instead of the configured schedule; the "
            + "same seed, users and campaigns, and each user's reaction to a message draws the same random numbers. "
            + "Prints the realised opens and clicks beside the schedule's.")
    Path sendPolicy;

    @Option(names = "--send-window", paramLabel = "HOURS", description = "With --send-policy: hours after a "
            + "campaign's release within which its messages go out (default: ${DEFAULT-VALUE}).")
    int sendWindowHours = SendPolicyReplay.DEFAULT_WINDOW_HOURS;

    @Option(names = "--progress", paramLabel = "MODE", description = "Progress on standard error: ${COMPLETION-CANDIDATES} "
            + "(default: a live line on a terminal, periodic lines otherwise).")
    ProgressReporter.Mode progress;

    @Inject
    SynthEngine engine;

    @Inject
    KafkaPublisher kafka;

    @Override
    public Integer call() throws Exception {
        SinkSpec sinkSpec = sinkSpec();
        if (manifest != null && !ManifestWriter.supports(manifest)) {
            throw new InvalidConfigurationException("--manifest", "'" + manifest + "' is not " + ManifestWriter.ACCEPTED);
        }
        RunPlan plan = engine.plan(options);
        SendPolicyReplay replay = sendPolicy == null ? null : SendPolicyReplay.of(plan, sendPolicy, sendWindowHours);
        if (manifest != null) {
            ManifestWriter.write(manifest, plan.groundTruth());
        }
        EventEncoder encoder = EventEncoder.of(plan.settings());
        EventSink eventSink = sinkSpec.kind() == SinkSpec.Kind.KAFKA
                ? kafka.open(sinkSpec.topic(), encoder)
                : Sinks.open(sinkSpec, encoder, System.out);
        PrintWriter report = sinkSpec.usesStdout() ? spec.commandLine().getErr() : spec.commandLine().getOut();
        if (replay == null) {
            return GenerationJob.run(plan, eventSink, progressMode(progress), engine.config().output().progressEveryDays(),
                    output, report, spec.commandLine().getErr());
        }
        Tally tally = new Tally();
        int status = GenerationJob.run(replay.plan(), eventSink, tally, progressMode(progress),
                engine.config().output().progressEveryDays(), output, report, spec.commandLine().getErr());
        // after a JSON document on the report stream, the comparison goes to standard error
        replay.compare(plan, tally, output.json() ? spec.commandLine().getErr() : report);
        return status;
    }

    private SinkSpec sinkSpec() {
        if (sink != null) {
            return parse(sink, "--sink");
        }
        return engine.config().output().sink().map(configured -> parse(configured, "synth.output.sink"))
                .orElseGet(() -> parse(kafka.configured() ? "kafka" : FILE_DEFAULT, "--sink"));
    }

    private static SinkSpec parse(String text, String key) {
        try {
            return SinkSpec.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(key, e.getMessage());
        }
    }

    static ProgressReporter.Mode progressMode(ProgressReporter.Mode chosen) {
        if (chosen != null) {
            return chosen;
        }
        return System.console() != null ? ProgressReporter.Mode.LIVE : ProgressReporter.Mode.LINES;
    }
}
