package com.sendflowr.synth.cli;

import com.sendflowr.synth.calibration.Calibration;
import com.sendflowr.synth.calibration.CalibrationCheck;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.kafka.KafkaPublisher;
import com.sendflowr.synth.readers.EventSource;
import com.sendflowr.synth.readers.TimeWindow;
import com.sendflowr.synth.verify.Verification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Read a dataset back (a JSON Lines file or a Kafka topic) and check its counts, duplicates and "
                + "per-persona rates against the configuration's expectation; with synth.calibration.check (the "
                + "calibrated profile) also each statistic against its published real-world range. Exit 0 if all "
                + "checks pass, 3 if not.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  sendflowr-synth verify jsonl:sendflowr-events.jsonl",
            "  sendflowr-synth --bootstrap-servers kafka:9092 verify kafka",
            "  sendflowr-synth verify kafka:email-events --end today --days 101",
            "  sendflowr-synth verify jsonl:events.jsonl --output json | jq .passed",
            "  # also each statistic against its published real-world range",
            "  sendflowr-synth --profile calibrated verify jsonl:events.jsonl",
        })
public class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SOURCE",
            description = "jsonl:PATH, kafka (the configured topic) or kafka:TOPIC (default: kafka).")
    String source = "kafka";

    @Mixin
    RunOptions options;

    @Mixin
    OutputOptions output;

    @Inject
    RunPlanner engine;

    @Inject
    KafkaPublisher kafka;

    @Override
    public Integer call() throws Exception {
        EventSource events = source();
        RunPlan plan = engine.plan(options);
        Verification verification =
                new Verification(plan.expectation(), plan.settings().funnel());
        Optional<Calibration> calibration = calibration(plan);
        events.readAll(
                calibration.isPresent() ? verification.andThen(calibration.get()) : verification,
                new TimeWindow(
                        plan.settings().window().startMillis(),
                        plan.settings().window().endMillis()));
        List<Verification.Check> checks = verification.checks();
        List<CalibrationCheck> calibrated = calibration.map(Calibration::checks).orElse(List.of());
        if (output.json()) {
            Verification.printJson(spec.commandLine().getOut(), events.describe(), checks, calibrated);
        } else {
            Verification.print(spec.commandLine().getOut(), events.describe(), checks, calibrated);
        }
        boolean passed = checks.stream().allMatch(Verification.Check::ok)
                && calibrated.stream().allMatch(CalibrationCheck::ok);
        return passed ? ExitCodes.OK : ExitCodes.MISMATCH;
    }

    /** The published ranges to check as well, when the configuration asks for it (the calibrated profile does). */
    private Optional<Calibration> calibration(RunPlan plan) {
        if (!engine.config().calibration().check()) {
            return Optional.empty();
        }
        return Optional.of(Calibration.of(plan, CalibrationSettings.targets(engine.config())));
    }

    private EventSource source() {
        return EventSources.open(source, kafka, "SOURCE", false);
    }
}
