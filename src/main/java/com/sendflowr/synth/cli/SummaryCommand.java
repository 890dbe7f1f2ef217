package com.sendflowr.synth.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.report.SummaryTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Print the expected counts (per persona, per event type, per user) computed from the configuration, "
                + "without generating anything.")
public class SummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions options;

    @Inject
    SynthEngine engine;

    @Override
    public Integer call() {
        RunPlan plan = engine.plan(options);
        SummaryTable.print(spec.commandLine().getOut(), plan.settings(), plan.expectation(), Optional.empty(), plan.scope());
        return ExitCodes.OK;
    }
}
