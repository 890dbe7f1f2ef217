package com.sendflowr.synth.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.calibration.CalibrationCheck;
import com.sendflowr.synth.calibration.CalibrationTargets;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.readers.JsonLinesSource;
import com.sendflowr.synth.readers.ObservedEvent;
import com.sendflowr.synth.testing.Chromium;
import com.sendflowr.synth.testing.Datasets;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a reader sees it: a week of generated data rendered by a real headless Chromium (Debian's package,
 * installed if missing). The inline script must run without a console message, draw every plot, and mark the page
 * rendered; a screenshot is kept as {@code target/report-screenshot.png}.
 */
class ReportInBrowserTest {

    private static final int PERSONAS = 9;
    private static final int HEATMAP_CELLS = PERSONAS * 2 * 168;
    private static final int COVERAGE_CELLS = 7 * 96;
    private static final Pattern CELL = Pattern.compile("<rect [^>]*class=\"cell\"");

    @TempDir
    static Path dir;

    static Chromium chromium;
    static Path week;
    static Path page;
    static DatasetReport report;

    @BeforeAll
    static void renderAWeek() throws Exception {
        chromium = Chromium.installed();
        RunPlan plan = Datasets.plan(7);
        week = Datasets.jsonl(plan, dir.resolve("week.jsonl"));
        report = new DatasetReport(ReportTargets.of(plan.settings(), plan.expectation(), plan.scope()));
        new JsonLinesSource(week).readAll(report);
        page = write(report, dir.resolve("week.html"));
    }

    @Test
    void scriptsDrawEveryPlotWithoutAConsoleMessage() throws Exception {
        Chromium.Result result = chromium.dumpDom(page, dir);
        String dom = result.stdout();
        assertThat(result.consoleMessages()).as(result.stderr()).isEmpty();
        assertThat(dom)
                .containsPattern("<body[^>]* data-rendered=\"true\"")
                .doesNotContainPattern("<body[^>]* data-render-error=");
        assertThat(count(CELL, dom)).isEqualTo(HEATMAP_CELLS + COVERAGE_CELLS);
        assertThat(count(Pattern.compile("<svg [^>]*class=\"heatmap opens\""), dom))
                .isEqualTo(PERSONAS);
        assertThat(count(Pattern.compile("<svg [^>]*class=\"heatmap clicks\""), dom))
                .isEqualTo(PERSONAS);
        assertThat(count(Pattern.compile("<svg [^>]*class=\"chart histogram\""), dom))
                .isEqualTo(3);
        for (String section : new String[] {
            "overview",
            "funnel",
            "heatmaps",
            "delays",
            "calibration",
            "events-per-user",
            "coverage",
            "fatigue",
            "seasonality"
        }) {
            assertThat(dom).contains("data-section=\"" + section + "\"");
        }
        // today's data carry none of the realism features: their sections stay out
        for (String section : new String[] {"ab", "deliverability", "machine-opens", "time-zones"}) {
            assertThat(dom).doesNotContain("data-section=\"" + section + "\"");
        }
        long sent = report.personas().values().stream().mapToLong(p -> p.sent).sum();
        assertThat(dom).contains(">" + String.format("%,d", sent) + "<");
    }

    @Test
    void theCalibrationSectionDrawsTheDelayCurvesBesideThePublishedRangesAndTheHeadroomFromTheTruth() throws Exception {
        RunPlan plan = Datasets.plan(7);
        List<CalibrationCheck> checks = report.calibration(CalibrationTargets.published(), plan::groundTruth);
        Path withTruth = dir.resolve("calibration.html");
        try (Writer out = Files.newBufferedWriter(withTruth, StandardCharsets.UTF_8)) {
            HtmlReport.write(out, report, "test data", checks);
        }
        Chromium.Result result = chromium.dumpDom(withTruth, dir);
        String dom = result.stdout();
        assertThat(result.consoleMessages()).as(result.stderr()).isEmpty();
        assertThat(dom).containsPattern("<body[^>]* data-rendered=\"true\"");
        String section = dom.substring(dom.indexOf("data-section=\"calibration\""));
        section = section.substring(0, section.indexOf("</section>"));
        // two curves from delivery (first opens, first clicks) and one from open to click, each a polyline
        assertThat(count(Pattern.compile("<svg [^>]*class=\"chart cumulative\""), section))
                .isEqualTo(2);
        assertThat(count(Pattern.compile("<polyline "), section)).isEqualTo(3);
        // four published ranges of first opens (1 h, 6 h, 24 h, 7 d) and the click median
        assertThat(count(Pattern.compile("<rect [^>]*class=\"target-range\""), section))
                .isEqualTo(5);
        // one table row per target, with its source; a week of data has no settled message (14 days before the end)
        assertThat(count(Pattern.compile("<tr>"), section)).isEqualTo(1 + checks.size());
        assertThat(section)
                .contains(
                        "XCampaign, CIKM 2025",
                        "Emarsys, Klaviyo STO reports",
                        "not measurable: no deliveries",
                        "oracle per-user best hour of week over the best single hour");
        CalibrationCheck headroom = checks.stream()
                .filter(c -> c.target().id().equals("send_time_headroom"))
                .findFirst()
                .orElseThrow();
        assertThat(headroom.measured().measurable()).isTrue();
        assertThat(section).contains(headroom.shown());
        // eight campaigns a day: out of range, shown in red
        assertThat(section).containsPattern("<td class=\"off\">[0-9.]+/week");
    }

    @Test
    void screenshotShowsTheRenderedPage() throws Exception {
        Path png = dir.resolve("report.png");
        Chromium.Result result = chromium.screenshot(page, png, 1400, 4000, dir);
        assertThat(result.consoleMessages()).as(result.stderr()).isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(image.getHeight()).isEqualTo(4000);
        // a blank or unstyled page has a handful of colours; shaded heatmaps have hundreds
        assertThat(colours(image)).isGreaterThan(200);
        Path kept = Path.of("target", "report-screenshot.png");
        Files.createDirectories(kept.getParent());
        Files.copy(png, kept, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void realismFeaturesGetTheirSectionsWhenTheDataCarryThem() throws Exception {
        DatasetReport withFeatures = new DatasetReport(report.targets());
        new JsonLinesSource(week).readAll(event -> withFeatures.accept(withRealism(event)));
        Chromium.Result result = chromium.dumpDom(write(withFeatures, dir.resolve("realism.html")), dir);
        assertThat(result.consoleMessages()).as(result.stderr()).isEmpty();
        assertThat(result.stdout()).containsPattern("<body[^>]* data-rendered=\"true\"");
        assertThat(result.stdout())
                .contains(
                        "data-section=\"ab\"",
                        "data-section=\"deliverability\"",
                        "data-section=\"machine-opens\"",
                        "data-section=\"time-zones\"",
                        "America/New_York");
    }

    @Test
    void aScriptErrorIsCaughtByTheseChecks() throws Exception {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Path broken = dir.resolve("broken.html");
        Files.writeString(
                broken,
                html.replace(
                        "<script type=\"application/json\" id=\"report-data\">{",
                        "<script type=\"application/json\" id=\"report-data\">{,"),
                StandardCharsets.UTF_8);
        Chromium.Result result = chromium.dumpDom(broken, dir);
        assertThat(result.stdout())
                .containsPattern("<body[^>]* data-rendered=\"error\"")
                .containsPattern("<body[^>]* data-render-error=\"SyntaxError");
        assertThat(result.consoleMessages()).isNotEmpty();
    }

    /** A/B variants by message, a New York zone for some users, machine opens and some bounces, as issue 6 will write them. */
    static ObservedEvent withRealism(ObservedEvent e) {
        int hash = Math.abs(String.valueOf(e.messageId()).hashCode());
        boolean newYork = Math.abs(String.valueOf(e.recipientId()).hashCode()) % 3 == 0;
        String type = e.eventType().equals("delivered") && hash % 50 == 0 ? "bounced" : e.eventType();
        return new ObservedEvent(
                e.eventId(),
                type,
                e.timestamp(),
                e.messageId(),
                e.persona(),
                e.recipientId(),
                hash % 2 == 0 ? "A" : "B",
                type.equals("bounced") ? "soft" : null,
                newYork ? "America/New_York" : null,
                type.equals("opened") && hash % 4 == 1);
    }

    static Path write(DatasetReport report, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            HtmlReport.write(out, report, "test data <" + file.getFileName() + ">");
        }
        return file;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
