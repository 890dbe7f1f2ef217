package com.sendflowr.synth.cli;

import java.util.List;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.kafka.KafkaPublisher;
import com.sendflowr.synth.verify.EventSource;
import com.sendflowr.synth.verify.TimeWindow;
import com.sendflowr.synth.verify.Verification;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Read a dataset back (a JSON Lines file or a Kafka topic) and check its counts, duplicates and "
                + "per-persona rates against the configuration's expectation. Exit 0 if all checks pass, 3 if not.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  sendflowr-synth verify jsonl:sendflowr-events.jsonl",
            "  sendflowr-synth --bootstrap-servers kafka:9092 verify kafka",
            "  sendflowr-synth verify kafka:email-events --end today --days 101",
            "  sendflowr-synth verify jsonl:events.jsonl --output json | jq .passed",
        })
public class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
            description = "jsonl:PATH, kafka (the configured topic) or kafka:TOPIC (default: kafka).")
    String source = "kafka";

    @Mixin
    RunOptions options;

    @Mixin
    OutputOptions output;

    @Inject
    SynthEngine engine;

    @Inject
    KafkaPublisher kafka;

    @Override
    public Integer call() throws Exception {
        EventSource events = source();
        RunPlan plan = engine.plan(options);
        Verification verification = new Verification(plan.expectation(), plan.settings().funnel());
        events.readAll(verification, new TimeWindow(plan.settings().window().startMillis(),
                plan.settings().window().endMillis()));
        List<Verification.Check> checks = verification.checks();
        if (output.json()) {
            Verification.printJson(spec.commandLine().getOut(), events.describe(), checks);
        } else {
            Verification.print(spec.commandLine().getOut(), events.describe(), checks);
        }
        return checks.stream().allMatch(Verification.Check::ok) ? ExitCodes.OK : ExitCodes.MISMATCH;
    }

    private EventSource source() {
        return EventSources.open(source, kafka, "SOURCE", false);
    }
}
