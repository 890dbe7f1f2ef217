package com.sendflowr.synth.sinks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.sendflowr.synth.generation.GroundTruth;
import com.sendflowr.synth.generation.UserDrift;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Writes the ground-truth manifest, one row per user: JSON Lines for a {@code .jsonl} path, CSV (list columns joined
 * with {@code ;}) for {@code .csv}. Written as an {@link OutputFile}, which the caller commits when the whole run has
 * succeeded: a failed run leaves no manifest under the final name.
 */
public final class ManifestWriter {

    public static final String ACCEPTED = "a path ending in .jsonl or .csv";

    private static final List<String> COLUMNS = List.of(
            "recipient_id",
            "persona",
            "split",
            "join_date",
            "cold_start",
            "time_zone",
            "open_rate",
            "click_rate",
            "active_days",
            "peak_windows",
            "secondary_windows",
            "shift_minutes",
            "apple_mpp",
            "send_time_strength",
            "rate_drift",
            "peak_drift_minutes",
            "persona_switch_at",
            "persona_switch_to",
            "open_probability_by_local_hour_of_week");

    private ManifestWriter() {}

    /** Whether {@code path} names a manifest format this writer knows. */
    public static boolean supports(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return name.endsWith(".jsonl") || name.endsWith(".csv");
    }

    /** Writes the manifest and moves it into place. */
    public static void write(Path path, List<GroundTruth> rows) throws IOException {
        try (OutputFile file = prepare(path, rows)) {
            file.commit();
        }
    }

    /** Writes the manifest beside {@code path}, to be committed (or closed, which deletes it) by the caller. */
    public static OutputFile prepare(Path path, List<GroundTruth> rows) throws IOException {
        if (!supports(path)) {
            throw new IllegalArgumentException(path + " is not " + ACCEPTED);
        }
        boolean csv = path.getFileName().toString().endsWith(".csv");
        OutputFile file = OutputFile.create(path);
        try {
            OutputStream out = file.stream();
            if (csv) {
                CsvSchema.Builder schema = CsvSchema.builder();
                for (String column : COLUMNS) {
                    schema.addColumn(
                            column,
                            column.contains("windows") || column.startsWith("open_probability")
                                    ? CsvSchema.ColumnType.ARRAY
                                    : CsvSchema.ColumnType.STRING);
                }
                try (JsonGenerator generator = new CsvFactory()
                        .createGenerator(out, JsonEncoding.UTF8)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                    ((com.fasterxml.jackson.dataformat.csv.CsvGenerator) generator)
                            .setSchema(
                                    schema.setArrayElementSeparator(";").build().withHeader());
                    for (GroundTruth row : rows) {
                        row(generator, row);
                    }
                }
            } else {
                try (JsonGenerator generator = new JsonFactory()
                        .createGenerator(out, JsonEncoding.UTF8)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                    generator.setRootValueSeparator(null);
                    for (GroundTruth row : rows) {
                        row(generator, row);
                        generator.writeRaw('\n');
                    }
                }
            }
            out.flush();
            return file;
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    private static void row(JsonGenerator g, GroundTruth t) throws IOException {
        g.writeStartObject();
        g.writeStringField("recipient_id", t.recipientId());
        g.writeStringField("persona", t.persona());
        g.writeStringField("split", t.split());
        g.writeStringField("join_date", t.joinDate().toString());
        g.writeBooleanField("cold_start", t.coldStart());
        g.writeStringField("time_zone", t.timeZone());
        g.writeNumberField("open_rate", round(t.openRate()));
        g.writeNumberField("click_rate", round(t.clickRate()));
        g.writeStringField("active_days", t.activeDays());
        strings(g, "peak_windows", t.peakWindows());
        strings(g, "secondary_windows", t.secondaryWindows());
        g.writeNumberField("shift_minutes", t.shiftMinutes());
        g.writeBooleanField("apple_mpp", t.applePrivacyProxy());
        g.writeStringField("send_time_strength", t.sendTimeStrength());
        UserDrift drift = t.drift();
        g.writeNumberField("rate_drift", drift == null ? 0 : round(drift.rateChange()));
        g.writeNumberField("peak_drift_minutes", drift == null ? 0 : drift.peakShiftMinutes());
        boolean switches = drift != null && drift.switches();
        g.writeFieldName("persona_switch_at");
        if (switches) {
            g.writeString(Instant.ofEpochMilli(drift.switchAt()).toString());
        } else {
            g.writeNull();
        }
        g.writeFieldName("persona_switch_to");
        if (switches) {
            g.writeString(drift.switchedTo().persona().name());
        } else {
            g.writeNull();
        }
        g.writeArrayFieldStart("open_probability_by_local_hour_of_week");
        for (double p : t.openProbabilityByHourOfWeek()) {
            g.writeNumber(round(p));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    /** Six decimals: exact enough for any model, and the text stays short. */
    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
