package com.sendflowr.synth.cli;

import com.sendflowr.synth.console.SummaryJson;
import com.sendflowr.synth.console.SummaryTable;
import com.sendflowr.synth.generation.RunPlan;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "summary",
        mixinStandardHelpOptions = true,
        description =
                "Print the expected counts (per persona, per event type, per user) computed from the configuration, "
                        + "without generating anything.")
public class SummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions options;

    @Mixin
    OutputOptions output;

    @Inject
    RunPlanner engine;

    @Override
    public Integer call() throws IOException {
        return print(spec.commandLine().getOut(), engine.plan(options), output);
    }

    static int print(PrintWriter out, RunPlan plan, OutputOptions output) throws IOException {
        if (output.json()) {
            SummaryJson.write(
                    out, plan.settings(), plan.expectation(), Optional.empty(), plan.scope(), Optional.empty());
        } else {
            SummaryTable.print(out, plan.settings(), plan.expectation(), Optional.empty(), plan.scope());
        }
        return ExitCodes.OK;
    }
}
