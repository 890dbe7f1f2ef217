package com.sendflowr.synth.cli;

import com.sendflowr.synth.calibration.CalibrationTarget;
import com.sendflowr.synth.config.InvalidConfigurationException;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.kafka.KafkaPublisher;
import com.sendflowr.synth.readers.EventSource;
import com.sendflowr.synth.readers.TimeWindow;
import com.sendflowr.synth.report.DatasetReport;
import com.sendflowr.synth.report.HtmlReport;
import com.sendflowr.synth.report.ReportTargets;
import com.sendflowr.synth.sinks.OutputFile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write a self-contained HTML report with plots of a dataset (a JSON Lines file or a Kafka topic).",
            "Reads the dataset once and shows hour-of-week heatmaps per persona, the funnel beside the configured rates, "
                    + "delays, events per user, minute-of-week coverage, fatigue, seasonality, and A/B, deliverability and "
                    + "machine-open effects when the data carry them, and the open and click delay curves, rates and "
                    + "send-time headroom beside published real-world ranges (docs/calibration.md). Give the same "
                    + "configuration and window options as for generating: the expected counts and rates come from them."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  sendflowr-synth report sendflowr-events.jsonl --out report.html",
            "  sendflowr-synth report jsonl:week.jsonl --days 7 --out week.html",
            "  sendflowr-synth --bootstrap-servers kafka:9092 report kafka:email-events \\",
            "      --out report.html",
        })
public class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = EventSources.ACCEPTED + ", or a file path.")
    String input;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE.html",
            description =
                    "The HTML file to write " + "(written beside it under a temporary name and renamed when complete).")
    Path out;

    @Mixin
    RunOptions options;

    @Inject
    RunPlanner engine;

    @Inject
    KafkaPublisher kafka;

    @Override
    public Integer call() throws IOException {
        Path target = out.toAbsolutePath();
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new InvalidConfigurationException("--out", "directory " + target.getParent() + " does not exist");
        }
        OutputTargets targets = new OutputTargets().writable("--out", out);
        EventSources.file(input).ifPresent(file -> targets.distinct("--out", out, "INPUT", file));
        targets.check();
        EventSource source = EventSources.open(input, kafka, "INPUT", true);
        RunPlan plan = engine.plan(options);
        List<CalibrationTarget> published = CalibrationSettings.targets(engine.config());
        DatasetReport report = new DatasetReport(ReportTargets.of(plan.settings(), plan.expectation(), plan.scope()));
        long started = System.nanoTime();
        source.readAll(
                report,
                new TimeWindow(
                        plan.settings().window().startMillis(),
                        plan.settings().window().endMillis()));
        try (OutputFile file = OutputFile.create(target)) {
            Writer writer = new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8);
            HtmlReport.write(writer, report, source.describe(), report.calibration(published, plan::groundTruth));
            writer.flush();
            file.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "Report of %,d events from %s written to %s (%,d KB) in %.2f s.%n",
                        report.events(),
                        source.describe(),
                        out,
                        (Files.size(target) + 1023) / 1024,
                        seconds);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
