package com.sendflowr.synth.console;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sendflowr.synth.generation.Expectation;
import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.model.FunnelCounts;
import com.sendflowr.synth.model.Persona;
import com.sendflowr.synth.model.Tally;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;

/**
 * The machine-readable form of {@link SummaryTable} ({@code --output json}): the run's scope, window and seed, per
 * persona the configured rates and expected counts (and the actual ones after a dry run or a generate), and totals.
 * Written with Jackson's streaming generator.
 */
public final class SummaryJson {

    private static final JsonFactory JSON = new JsonFactory();

    private SummaryJson() {}

    public static void write(
            Writer out,
            ModelSettings settings,
            Expectation expected,
            Optional<Tally> actual,
            String scope,
            Optional<RunStats> run)
            throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("scope", scope);
            json.writeNumberField("seed", settings.seed());
            json.writeNumberField("users", expected.users());
            json.writeObjectFieldStart("window");
            json.writeStringField("start", settings.window().start().toString());
            json.writeStringField("end", settings.window().end().toString());
            json.writeNumberField("days", settings.window().days());
            json.writeEndObject();
            json.writeArrayFieldStart("personas");
            for (Map.Entry<String, FunnelCounts> row : expected.byPersona().entrySet()) {
                Persona persona = settings.personas().stream()
                        .filter(p -> p.name().equals(row.getKey()))
                        .findFirst()
                        .orElseThrow();
                json.writeStartObject();
                json.writeStringField("name", row.getKey());
                json.writeNumberField("users", expected.users(row.getKey()));
                json.writeNumberField("configuredOpenRate", persona.openRate());
                json.writeNumberField("configuredClickRate", persona.clickRate());
                counts(json, "expected", row.getValue(), false);
                if (actual.isPresent()) {
                    counts(json, "actual", actual.get().of(row.getKey()), true);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("total");
            counts(json, "expected", expected.total(), false);
            if (actual.isPresent()) {
                counts(json, "actual", actual.get().totals(), true);
            }
            json.writeEndObject();
            if (run.isPresent()) {
                json.writeObjectFieldStart("run");
                json.writeNumberField("events", run.get().events());
                json.writeStringField("sink", run.get().sink());
                json.writeNumberField("seconds", Math.round(run.get().seconds() * 1000) / 1000.0);
                if (run.get().publishOutcome().isPresent()) {
                    json.writeStringField(
                            "publishOutcome", run.get().publishOutcome().get());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void counts(JsonGenerator json, String name, FunnelCounts c, boolean exact) throws IOException {
        json.writeObjectFieldStart(name);
        number(json, "sent", c.sent(), exact);
        number(json, "delivered", c.delivered(), exact);
        number(json, "opened", c.opened(), exact);
        number(json, "clicked", c.clicked(), exact);
        number(json, "uniqueOpened", c.uniqueOpened(), exact);
        number(json, "uniqueClicked", c.uniqueClicked(), exact);
        number(json, "events", c.events(), exact);
        json.writeNumberField("uniqueOpenRate", c.uniqueOpenRate());
        json.writeNumberField("uniqueClickRate", c.uniqueClickRate());
        json.writeEndObject();
    }

    /** Actual counts are whole numbers; expectations are rounded to a tenth. */
    private static void number(JsonGenerator json, String name, double value, boolean exact) throws IOException {
        if (exact) {
            json.writeNumberField(name, Math.round(value));
        } else {
            json.writeNumberField(name, Math.round(value * 10) / 10.0);
        }
    }
}
