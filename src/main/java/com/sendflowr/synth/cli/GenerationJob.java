package com.sendflowr.synth.cli;

import com.sendflowr.synth.console.ProgressReporter;
import com.sendflowr.synth.console.RunStats;
import com.sendflowr.synth.console.SummaryJson;
import com.sendflowr.synth.console.SummaryTable;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.generation.WeekTime;
import com.sendflowr.synth.kafka.KafkaEventSink;
import com.sendflowr.synth.kafka.PublishException;
import com.sendflowr.synth.model.Tally;
import com.sendflowr.synth.sinks.EventSink;
import com.sendflowr.synth.sinks.OutputFile;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a plan into a sink, with progress, and reports actual counts beside the expectation. On SIGTERM or Ctrl-C
 * the run stops between records, waits (bounded) for what is in flight, and reports what was acknowledged.
 */
final class GenerationJob {

    private static final long SHUTDOWN_GRACE_SECONDS = 30;

    private GenerationJob() {}

    static int run(
            RunPlan plan,
            EventSink sink,
            ProgressReporter.Mode progress,
            int progressEveryDays,
            OutputOptions output,
            PrintWriter report,
            PrintWriter err)
            throws Exception {
        return run(plan, sink, new Tally(), progress, progressEveryDays, output, report, err, Optional.empty());
    }

    /**
     * Runs the plan, counting into {@code tally} (which the caller may read afterwards); {@code manifest}, already
     * written, is moved into place only when the run has succeeded, and deleted otherwise.
     */
    static int run(
            RunPlan plan,
            EventSink sink,
            Tally tally,
            ProgressReporter.Mode progress,
            int progressEveryDays,
            OutputOptions output,
            PrintWriter report,
            PrintWriter err,
            Optional<OutputFile> manifest)
            throws Exception {
        long firstDay = WeekTime.epochDay(plan.settings().window().startMillis());
        long lastDay = WeekTime.epochDay(plan.settings().window().endMillis() - 1);
        ProgressReporter progressReporter = new ProgressReporter(err, progress, progressEveryDays, firstDay, lastDay);
        Thread worker = Thread.currentThread();
        CountDownLatch finished = new CountDownLatch(1);
        AtomicBoolean signalled = new AtomicBoolean();
        Thread onSignal = new Thread(
                () -> {
                    signalled.set(true);
                    worker.interrupt();
                    try {
                        finished.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "synth-stop");
        try {
            Runtime.getRuntime().addShutdownHook(onSignal);
        } catch (IllegalStateException shutdownInProgress) {
            // the signal came while the run was being prepared: it stops before it starts, leaving nothing behind
            sink.close();
            if (manifest.isPresent()) {
                manifest.get().close();
            }
            err.println(StoppedBySignal.MESSAGE);
            err.flush();
            throw new StoppedBySignal();
        }
        long started = System.nanoTime();
        // both files are closed (an uncommitted one deleted) before the signal's hook is released below: once it
        // returns, the runtime may halt without running the caller's own clean-up
        try (sink;
                OutputFile manifestFile = manifest.orElse(null)) {
            plan.generator().run(tally.andThen(sink), progressReporter);
            sink.complete();
            if (manifestFile != null) {
                manifestFile.commit();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            if (output.json()) {
                Optional<String> published =
                        sink instanceof KafkaEventSink kafka ? Optional.of(kafka.outcome()) : Optional.empty();
                SummaryJson.write(
                        report,
                        plan.settings(),
                        plan.expectation(),
                        Optional.of(tally),
                        plan.scope(),
                        Optional.of(new RunStats(tally.total(), sink.describe(), seconds, published)));
                return ExitCodes.OK;
            }
            SummaryTable.print(report, plan.settings(), plan.expectation(), Optional.of(tally), plan.scope());
            report.printf(
                    Locale.ROOT,
                    "%nGenerated %,d events to %s in %.2f s (%,.0f events/s).%n",
                    tally.total(),
                    sink.describe(),
                    seconds,
                    tally.total() / seconds);
            if (sink instanceof KafkaEventSink kafka) {
                report.println(kafka.outcome());
            }
            report.flush();
            return ExitCodes.OK;
        } catch (Exception e) {
            if (sink instanceof KafkaEventSink kafka) {
                kafka.awaitOutcome(TimeUnit.SECONDS.toMillis(SHUTDOWN_GRACE_SECONDS) / 2);
                if (e instanceof PublishException failure && !signalled.get()) {
                    // one line for a failed run: what went wrong, then the counts
                    throw new PublishException(
                            failure.getMessage() + ". Stopped before completion. " + kafka.outcome(), failure);
                }
                err.println("Stopped before completion. " + kafka.outcome());
                err.flush();
            }
            if (signalled.get()) {
                err.println(StoppedBySignal.MESSAGE);
                err.flush();
                throw new StoppedBySignal();
            }
            throw e;
        } finally {
            if (signalled.get()) {
                // the signal's interrupt is handled: left set, it would break Quarkus's wait for its own shutdown
                // ("Interrupted while waiting for another thread to stop the application")
                Thread.interrupted();
            }
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onSignal);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for this job, nothing to remove
            }
        }
    }
}
