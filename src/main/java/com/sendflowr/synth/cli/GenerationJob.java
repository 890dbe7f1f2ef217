package com.sendflowr.synth.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Optional;

import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.generation.WeekTime;
import com.sendflowr.synth.report.ProgressReporter;
import com.sendflowr.synth.report.SummaryTable;
import com.sendflowr.synth.report.Tally;
import com.sendflowr.synth.sinks.EventSink;
import com.sendflowr.synth.sinks.SinkSpec;
import com.sendflowr.synth.sinks.Sinks;

/** Runs a plan into a sink, with progress, and reports actual counts beside the expectation. */
final class GenerationJob {

    private GenerationJob() {
    }

    static int run(RunPlan plan, SinkSpec sinkSpec, ProgressReporter.Mode progress, int progressEveryDays,
                   PrintWriter report, PrintWriter err, PrintStream stdout) throws IOException, InterruptedException {
        Tally tally = new Tally();
        long firstDay = WeekTime.epochDay(plan.settings().window().startMillis());
        long lastDay = WeekTime.epochDay(plan.settings().window().endMillis() - 1);
        ProgressReporter progressReporter = new ProgressReporter(err, progress, progressEveryDays, firstDay, lastDay);
        long started = System.nanoTime();
        try (EventSink sink = Sinks.open(sinkSpec, plan.settings().labels(), plan.settings().identity().esp(), stdout)) {
            plan.generator().run(tally.andThen(sink), progressReporter);
            sink.complete();
            double seconds = (System.nanoTime() - started) / 1e9;
            SummaryTable.print(report, plan.settings(), plan.expectation(), Optional.of(tally), plan.scope());
            report.printf("%nGenerated %,d events to %s in %.2f s (%,.0f events/s).%n", tally.total(), sink.describe(),
                    seconds, tally.total() / seconds);
            report.flush();
        }
        return ExitCodes.OK;
    }
}
