package com.sendflowr.synth.cli;

import com.sendflowr.synth.config.InvalidConfigurationException;
import com.sendflowr.synth.console.ProgressReporter;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.kafka.KafkaPublisher;
import com.sendflowr.synth.model.Tally;
import com.sendflowr.synth.sinks.EventEncoder;
import com.sendflowr.synth.sinks.EventSink;
import com.sendflowr.synth.sinks.ManifestWriter;
import com.sendflowr.synth.sinks.OutputFile;
import com.sendflowr.synth.sinks.OutputSize;
import com.sendflowr.synth.sinks.SinkSpec;
import com.sendflowr.synth.sinks.Sinks;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description =
                "Generate the event history and write it to a sink, then print actual counts beside the expectation.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  # to Kafka if a broker is configured, else a file",
            "  sendflowr-synth generate",
            "  sendflowr-synth generate --sink csv:events.csv --seed 7",
            "  sendflowr-synth generate --sink stdout --days 7 | head",
            "  # a rolling window",
            "  sendflowr-synth generate --end today --days 101",
            "  sendflowr-synth generate --shard 2/8 --sink jsonl:part-2.jsonl",
            "  sendflowr-synth --bootstrap-servers 127.0.0.1:9092 generate --sink kafka",
            "  # every realism feature on, with the per-user ground truth",
            "  sendflowr-synth --profile realistic generate --manifest truth.jsonl",
        })
public class GenerateCommand implements Callable<Integer> {

    static final String FILE_DEFAULT = "jsonl:sendflowr-events.jsonl";

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions options;

    @Mixin
    OutputOptions output;

    @Option(
            names = "--sink",
            paramLabel = "SINK",
            description = "Where events go: " + SinkSpec.ACCEPTED
                    + ". Default: synth.output.sink if set, else kafka when a broker address is configured, else "
                    + FILE_DEFAULT + ".")
    String sink;

    @Option(
            names = "--manifest",
            paramLabel = "PATH",
            description = "Also write the ground truth, one row per user "
                    + "(persona, split, join date, time zone, own rates, local peak windows, MPP flag, open probability by "
                    + "local hour of week): JSON Lines for PATH.jsonl, CSV for PATH.csv.")
    Path manifest;

    @Option(
            names = "--send-policy",
            paramLabel = "RECS",
            description = "Replay a send-time model: send each message "
                    + "at the recipient's recommended local hour (RECS as for evaluate: recipient_id with hour_of_week or "
                    + "scores) within the send window after its campaign's release, instead of the configured schedule; the "
                    + "same seed, users and campaigns, and each user's reaction to a message draws the same random numbers. "
                    + "Prints the realised opens and clicks beside the schedule's.")
    Path sendPolicy;

    @Option(
            names = "--send-window",
            paramLabel = "HOURS",
            description = "With --send-policy: hours after a "
                    + "campaign's release within which its messages go out (default: ${DEFAULT-VALUE}).")
    int sendWindowHours = SendPolicyReplay.DEFAULT_WINDOW_HOURS;

    @Option(
            names = "--progress",
            paramLabel = "MODE",
            description = "Progress on standard error: ${COMPLETION-CANDIDATES} "
                    + "(default: a live line on a terminal, periodic lines otherwise).")
    ProgressReporter.Mode progress;

    @Option(
            names = "--ignore-free-space",
            description = "Write a file sink even when its expected size exceeds the free "
                    + "space of its file system (by default the run is refused up front).")
    boolean ignoreFreeSpace;

    @Inject
    RunPlanner engine;

    @Inject
    KafkaPublisher kafka;

    @Override
    public Integer call() throws Exception {
        SinkSpec sinkSpec = sinkSpec();
        if (manifest != null && !ManifestWriter.supports(manifest)) {
            throw new InvalidConfigurationException(
                    "--manifest", "'" + manifest + "' is not " + ManifestWriter.ACCEPTED);
        }
        outputTargets(sinkSpec).check();
        if (sinkSpec.kind() == SinkSpec.Kind.KAFKA) {
            kafka.checkBootstrap();
        }
        RunPlan plan = engine.plan(options);
        SendPolicyReplay replay = sendPolicy == null ? null : SendPolicyReplay.of(plan, sendPolicy, sendWindowHours);
        if (sinkSpec.path().isPresent()) {
            new OutputTargets()
                    .fits(
                            "--sink",
                            sinkSpec.path().get(),
                            OutputSize.bytes(sinkSpec.kind(), plan.expectation().events()),
                            ignoreFreeSpace,
                            "--ignore-free-space")
                    .check();
        }
        // the manifest is written first but put in place only when the whole run has succeeded
        try (OutputFile manifestFile = manifest == null ? null : ManifestWriter.prepare(manifest, plan.groundTruth())) {
            EventEncoder encoder = EventEncoder.of(plan.settings());
            EventSink eventSink = sinkSpec.kind() == SinkSpec.Kind.KAFKA
                    ? kafka.open(sinkSpec.topic(), encoder)
                    : Sinks.open(sinkSpec, encoder, System.out);
            PrintWriter report = sinkSpec.usesStdout()
                    ? spec.commandLine().getErr()
                    : spec.commandLine().getOut();
            Tally tally = new Tally();
            int status = GenerationJob.run(
                    replay == null ? plan : replay.plan(),
                    eventSink,
                    tally,
                    progressMode(progress),
                    engine.config().output().progressEveryDays(),
                    output,
                    report,
                    spec.commandLine().getErr(),
                    Optional.ofNullable(manifestFile));
            if (replay != null) {
                // after a JSON document on the report stream, the comparison goes to standard error
                replay.compare(plan, tally, output.json() ? spec.commandLine().getErr() : report);
            }
            return status;
        }
    }

    private OutputTargets outputTargets(SinkSpec sinkSpec) {
        OutputTargets targets = new OutputTargets();
        sinkSpec.path().ifPresent(path -> targets.writable("--sink", path));
        if (manifest != null) {
            targets.writable("--manifest", manifest);
            sinkSpec.path().ifPresent(path -> targets.distinct("--manifest", manifest, "--sink", path));
        }
        return targets;
    }

    private SinkSpec sinkSpec() {
        if (sink != null) {
            return parse(sink, "--sink");
        }
        return engine.config()
                .output()
                .sink()
                .map(configured -> parse(configured, "synth.output.sink"))
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
