package com.sendflowr.synth.cli;

import com.sendflowr.synth.cli.boot.StackTraceRequest;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.sinks.EventEncoder;
import com.sendflowr.synth.sinks.SinkSpec;
import com.sendflowr.synth.sinks.Sinks;
import io.quarkus.picocli.runtime.annotations.TopCommand;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command; its subcommands are added when the command line is built ({@link com.sendflowr.synth.cli.boot.Subcommands}). */
@TopCommand
@Command(
        name = "sendflowr-synth",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Generates a realistic, labelled, deterministic history of email-engagement events "
                + "(sent, delivered, opened, clicked) for SendFlowr's send-time optimisation.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  # expected counts of the default dataset",
            "  sendflowr-synth --summary",
            "  # generate and count, write nothing",
            "  sendflowr-synth --dry-run",
            "  sendflowr-synth generate --sink jsonl:events.jsonl",
            "  sendflowr-synth --config my-personas.yaml summary",
            "  # bash/zsh completion",
            "  source <(sendflowr-synth generate-completion)",
            "",
            "Configuration: application.yaml defaults under 'synth.', overridden by",
            "--config FILE (YAML), environment variables (SYNTH_SEED=7) and -D properties",
            "(-Dsynth.seed=7).",
            "",
            "Exit codes:",
            "  0    done (for Kafka: every record acknowledged)",
            "  1    a runtime failure: I/O, broker, an unexpected error (--stacktrace or",
            "       SYNTH_STACKTRACE=1 prints its full cause)",
            "  2    invalid command line or configuration; nothing was written",
            "  3    verify found a mismatch",
            "  130  stopped by Ctrl-C (SIGINT)",
            "  143  stopped by SIGTERM",
        })
public class SynthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Mode mode;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "A YAML file that overrides the built-in configuration "
                    + "(read before anything else; env vars and -D properties still win).")
    String configFile;

    @Option(
            names = "--bootstrap-servers",
            paramLabel = "HOST:PORT[,…]",
            description = "Kafka brokers (same as "
                    + "kafka.bootstrap.servers / KAFKA_BOOTSTRAP_SERVERS); makes Kafka the default sink of generate.")
    String bootstrapServers;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "A configuration profile (same as quarkus.profile / "
                    + "QUARKUS_PROFILE): 'realistic' turns every realism feature on.")
    String profile;

    @Option(
            names = StackTraceRequest.OPTION,
            scope = ScopeType.INHERIT,
            description =
                    "Print the full cause of an " + "unexpected error (also: " + StackTraceRequest.VARIABLE + "=1).")
    boolean stackTrace;

    @Mixin
    RunOptions options;

    @Mixin
    OutputOptions output;

    @Inject
    RunPlanner engine;

    static class Mode {
        @Option(
                names = "--summary",
                required = true,
                description = "Print the expected counts (as the 'summary' command).")
        boolean summary;

        @Option(
                names = "--dry-run",
                required = true,
                description = "Generate and count everything, write nothing, "
                        + "print actual counts beside the expectation.")
        boolean dryRun;
    }

    @Override
    public Integer call() throws Exception {
        if (mode == null) {
            spec.commandLine().usage(spec.commandLine().getErr());
            return ExitCodes.USAGE;
        }
        RunPlan plan = engine.plan(options);
        if (mode.summary) {
            return SummaryCommand.print(spec.commandLine().getOut(), plan, output);
        }
        EventEncoder encoder = new EventEncoder(
                plan.settings().labels(), plan.settings().identity().esp());
        return GenerationJob.run(
                plan,
                Sinks.open(SinkSpec.parse("none"), encoder, System.out),
                GenerateCommand.progressMode(null),
                engine.config().output().progressEveryDays(),
                output,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
