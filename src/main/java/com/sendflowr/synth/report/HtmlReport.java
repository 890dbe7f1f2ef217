package com.sendflowr.synth.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.sendflowr.synth.calibration.CalibrationCheck;
import com.sendflowr.synth.calibration.CalibrationMeasurement;
import com.sendflowr.synth.calibration.CalibrationTargets;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Writes a {@link DatasetReport} as one self-contained HTML page: the numbers as a JSON document inside the page
 * (written by Jackson, with {@code <}, {@code >}, {@code &} and {@code '} escaped so no value can end the script
 * element), and an inline script that draws the plots as SVG from them. The few texts in the HTML itself are
 * escaped by commons-text. A Content-Security-Policy forbids every fetch, so the page works offline and leaks nothing.
 */
public final class HtmlReport {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int EVENTS_PER_USER_BINS = 30;

    private HtmlReport() {}

    /** The page with the calibration section measured on the data alone (no send-time truth, built-in targets). */
    public static void write(Writer out, DatasetReport report, String source) throws IOException {
        write(out, report, source, report.calibration(CalibrationTargets.published(), null));
    }

    /** The page with {@code calibration}: each target beside the measured value (see {@link DatasetReport#calibration}). */
    public static void write(Writer out, DatasetReport report, String source, List<CalibrationCheck> calibration)
            throws IOException {
        String title = "sendflowr-synth report: " + source;
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>" + StringEscapeUtils.escapeHtml4(title) + "</title>\n");
        out.write("<style>\n" + ReportAssets.CSS + "</style>\n</head>\n");
        out.write(
                "<body data-rendered=\"false\">\n<header>\n<h1>Dataset report</h1>\n<p class=\"meta\">Source: <code>");
        out.write(StringEscapeUtils.escapeHtml4(source));
        out.write("</code></p>\n</header>\n");
        out.write(
                "<noscript><p>The plots are drawn by an inline script; enable JavaScript to see them.</p></noscript>\n");
        out.write("<main id=\"report\"></main>\n<script type=\"application/json\" id=\"report-data\">");
        writeData(out, report, source, calibration);
        out.write("</script>\n<script>\n" + ReportAssets.SCRIPT + "</script>\n</body>\n</html>\n");
        out.flush();
    }

    static void writeData(Writer out, DatasetReport report, String source) throws IOException {
        writeData(out, report, source, report.calibration(CalibrationTargets.published(), null));
    }

    static void writeData(Writer out, DatasetReport report, String source, List<CalibrationCheck> calibration)
            throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setCharacterEscapes(new ScriptSafeEscapes());
            ReportTargets targets = report.targets();
            json.writeStartObject();
            json.writeStringField("source", source);
            json.writeStringField("scope", targets.scope());
            json.writeNumberField("seed", targets.seed());
            json.writeStringField("windowStart", targets.windowStart());
            json.writeStringField("windowEnd", targets.windowEnd());
            json.writeStringField(
                    "completeFunnelsBefore",
                    Instant.ofEpochMilli(targets.completeFunnelsBefore()).toString());
            json.writeNumberField("events", report.events());
            if (report.firstEvent() <= report.lastEvent()) {
                json.writeStringField(
                        "firstEvent", Instant.ofEpochMilli(report.firstEvent()).toString());
                json.writeStringField(
                        "lastEvent", Instant.ofEpochMilli(report.lastEvent()).toString());
            }
            json.writeNumberField("invalidTimestamps", report.invalidTimestamps());
            json.writeNumberField("withoutSend", report.withoutSend());
            json.writeNumberField("peakLiveMessages", report.peakLiveMessages());
            json.writeNumberField("horizonHours", targets.messageHorizonMillis() / 3_600_000.0);
            counts(json, "eventTypes", report.eventTypes());
            json.writeObjectFieldStart("expected");
            json.writeNumberField("sent", Math.round(targets.expectedTotal().sent()));
            json.writeNumberField(
                    "delivered", Math.round(targets.expectedTotal().delivered()));
            json.writeNumberField("opened", Math.round(targets.expectedTotal().opened()));
            json.writeNumberField("clicked", Math.round(targets.expectedTotal().clicked()));
            json.writeNumberField("events", Math.round(targets.expectedTotal().events()));
            json.writeEndObject();
            personas(json, report);
            delays(json, report);
            eventsPerUser(json, report.eventsPerUser());
            json.writeArrayFieldStart("sendsByMinuteOfWeek");
            for (long n : report.sendsByMinuteOfWeek()) {
                json.writeNumber(n);
            }
            json.writeEndArray();
            fatigue(json, report);
            days(json, report.days());
            variants(json, report);
            counts(json, "bounceTypes", report.bounceTypes());
            json.writeNumberField("machineOpens", report.machineOpens());
            counts(json, "eventsByTimeZone", report.eventsByZone());
            json.writeNumberField("unknownTimeZones", report.unknownZones());
            calibration(json, report.calibrationMeasurement(), calibration);
            json.writeEndObject();
        }
    }

    private static void personas(JsonGenerator json, DatasetReport report) throws IOException {
        json.writeArrayFieldStart("personas");
        for (Map.Entry<String, DatasetReport.PersonaStats> entry :
                report.personas().entrySet()) {
            DatasetReport.PersonaStats p = entry.getValue();
            ReportTargets.PersonaTarget target = report.targets().target(entry.getKey());
            if (target == null && p.sent + p.opened + p.clicked + p.delivered == 0 && p.types.isEmpty()) {
                continue;
            }
            json.writeStartObject();
            json.writeStringField("name", entry.getKey());
            json.writeNumberField("users", p.users);
            json.writeNumberField("sent", p.sent);
            json.writeNumberField("delivered", p.delivered);
            json.writeNumberField("opened", p.opened);
            json.writeNumberField("clicked", p.clicked);
            json.writeNumberField("uniqueOpens", p.uniqueOpens);
            json.writeNumberField("uniqueClicks", p.uniqueClicks);
            json.writeNumberField("completeDelivered", p.completeDelivered);
            json.writeNumberField("completeOpens", p.completeOpens);
            json.writeNumberField("completeClicks", p.completeClicks);
            json.writeNumberField("machineOpens", p.machineOpens);
            counts(json, "eventTypes", new TreeMap<>(p.types));
            if (target != null) {
                json.writeObjectFieldStart("target");
                json.writeNumberField("users", target.users());
                json.writeNumberField("openRate", target.openRate());
                json.writeNumberField("clickRate", target.clickRate());
                json.writeNumberField("expectedOpenRate", target.expectedOpenRate());
                json.writeNumberField("expectedClickRate", target.expectedClickRate());
                json.writeNumberField(
                        "expectedSent", Math.round(target.expected().sent()));
                json.writeNumberField(
                        "expectedDelivered", Math.round(target.expected().delivered()));
                json.writeNumberField(
                        "expectedUniqueOpens", Math.round(target.expected().uniqueOpened()));
                json.writeNumberField(
                        "expectedUniqueClicks", Math.round(target.expected().uniqueClicked()));
                json.writeEndObject();
            }
            array(json, "opensByHourOfWeek", p.opensByHourOfWeek);
            array(json, "clicksByHourOfWeek", p.clicksByHourOfWeek);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void delays(JsonGenerator json, DatasetReport report) throws IOException {
        json.writeObjectFieldStart("delays");
        json.writeArrayFieldStart("edgesSeconds");
        for (double edge : DelayHistogram.edges()) {
            json.writeNumber(edge);
        }
        json.writeEndArray();
        array(json, "delivery", report.deliveryDelay().counts());
        array(json, "open", report.openDelay().counts());
        array(json, "click", report.clickDelay().counts());
        json.writeNumberField(
                "negative",
                report.deliveryDelay().negative()
                        + report.openDelay().negative()
                        + report.clickDelay().negative());
        json.writeEndObject();
    }

    /** The delay curves (cumulative shares at fixed delays) and each calibration target beside its measurement. */
    private static void calibration(
            JsonGenerator json, CalibrationMeasurement measurement, List<CalibrationCheck> checks) throws IOException {
        json.writeObjectFieldStart("calibration");
        json.writeBooleanField("curvesSettled", measurement.curvesSettled());
        doubles(json, "curveSeconds", CalibrationMeasurement.curvePoints());
        doubles(json, "firstOpen", measurement.firstOpenCurve());
        doubles(json, "firstClick", measurement.firstClickCurve());
        doubles(json, "openToClick", measurement.openToClickCurve());
        json.writeArrayFieldStart("checks");
        for (CalibrationCheck c : checks) {
            json.writeStartObject();
            json.writeStringField("id", c.target().id());
            json.writeStringField("statistic", c.target().statistic());
            json.writeStringField("range", c.target().range());
            if (c.target().low() != null) {
                json.writeNumberField("low", c.target().low());
            }
            if (c.target().high() != null) {
                json.writeNumberField("high", c.target().high());
            }
            json.writeStringField("unit", c.target().unit().wireName());
            json.writeStringField("source", c.target().source());
            json.writeStringField(
                    "status", c.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            json.writeStringField("measured", c.shown());
            if (c.measured().measurable()) {
                json.writeNumberField("value", c.measured().value());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void doubles(JsonGenerator json, String name, double[] values) throws IOException {
        json.writeArrayFieldStart(name);
        for (double v : values) {
            json.writeNumber(Math.round(v * 1e6) / 1e6);
        }
        json.writeEndArray();
    }

    private static void eventsPerUser(JsonGenerator json, long[] perUser) throws IOException {
        json.writeObjectFieldStart("eventsPerUser");
        json.writeNumberField("users", perUser.length);
        if (perUser.length > 0) {
            long[] sorted = perUser.clone();
            Arrays.sort(sorted);
            long min = sorted[0];
            long max = sorted[sorted.length - 1];
            long width = Math.max(1, (max - min + EVENTS_PER_USER_BINS) / EVENTS_PER_USER_BINS);
            long[] counts = new long[(int) ((max - min) / width) + 1];
            for (long n : sorted) {
                counts[(int) ((n - min) / width)]++;
            }
            json.writeNumberField("min", min);
            json.writeNumberField("median", sorted[sorted.length / 2]);
            json.writeNumberField("max", max);
            json.writeNumberField("binWidth", width);
            array(json, "counts", counts);
        }
        json.writeEndObject();
    }

    private static void fatigue(JsonGenerator json, DatasetReport report) throws IOException {
        array(json, "fatigueDelivered", report.fatigueDelivered());
        array(json, "fatigueOpened", report.fatigueOpened());
    }

    private static void days(JsonGenerator json, Map<Long, long[]> days) throws IOException {
        json.writeArrayFieldStart("days");
        for (Map.Entry<Long, long[]> day : days.entrySet()) {
            json.writeStartObject();
            json.writeStringField("date", LocalDate.ofEpochDay(day.getKey()).toString());
            json.writeNumberField("sent", day.getValue()[0]);
            json.writeNumberField("opened", day.getValue()[1]);
            json.writeNumberField("clicked", day.getValue()[2]);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void variants(JsonGenerator json, DatasetReport report) throws IOException {
        json.writeArrayFieldStart("variants");
        for (Map.Entry<String, DatasetReport.VariantStats> entry :
                report.variants().entrySet()) {
            DatasetReport.VariantStats v = entry.getValue();
            json.writeStartObject();
            json.writeStringField("name", entry.getKey());
            json.writeNumberField("sent", v.sent);
            json.writeNumberField("delivered", v.delivered);
            json.writeNumberField("uniqueOpens", v.uniqueOpens);
            json.writeNumberField("uniqueClicks", v.uniqueClicks);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void counts(JsonGenerator json, String name, Map<String, Long> counts) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            json.writeNumberField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }

    private static void array(JsonGenerator json, String name, long[] values) throws IOException {
        json.writeArrayFieldStart(name);
        for (long n : values) {
            json.writeNumber(n);
        }
        json.writeEndArray();
    }

    /** JSON escapes plus {@code < > & '} as {@code \\uXXXX}, so the JSON can sit inside a script element. */
    static final class ScriptSafeEscapes extends CharacterEscapes {

        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
