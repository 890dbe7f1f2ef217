package com.sendflowr.synth.evaluation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The evaluation as one JSON document; field names are a stable interface (docs/benchmarking.md lists them). Every
 * figure is an object {@code {"value", "low", "high"}} (the 95% interval), null where undefined.
 */
public final class EvaluationJson {

    private static final JsonFactory JSON = new JsonFactory();

    private EvaluationJson() {}

    public static void write(Writer out, EvaluationResult result, String manifest, String recommendations)
            throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("manifest", manifest);
            json.writeStringField("recommendations", recommendations);
            json.writeStringField("split", result.split().wireName());
            json.writeStringField("recommendation_kind", result.scores() ? "scores" : "hour_of_week");
            json.writeNumberField("recommended", result.recommended());
            json.writeNumberField("missing", result.missing().size());
            json.writeStringField("missing_scored_as", "random");
            json.writeNumberField("outside_split", result.outsideSplit());
            json.writeObjectFieldStart("bootstrap");
            json.writeNumberField("resamples", result.resamples());
            json.writeNumberField("seed", result.seed());
            json.writeNumberField("confidence", 0.95);
            json.writeEndObject();
            figures(json, result.all());
            json.writeObjectFieldStart("personas");
            for (Map.Entry<String, Figures> persona : result.personas().entrySet()) {
                json.writeObjectFieldStart(persona.getKey());
                figures(json, persona.getValue());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeFieldName("cold_start");
            if (result.coldStart() == null) {
                json.writeNull();
            } else {
                json.writeStartObject();
                figures(json, result.coldStart());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void figures(JsonGenerator json, Figures f) throws IOException {
        json.writeNumberField("users", f.users());
        json.writeObjectFieldStart("model");
        rates(json, f.modelOpenRate(), f.modelClickRate());
        json.writeEndObject();
        json.writeObjectFieldStart("baselines");
        json.writeObjectFieldStart("random");
        rates(json, f.randomOpenRate(), f.randomClickRate());
        json.writeEndObject();
        json.writeObjectFieldStart("best_single_hour");
        json.writeNumberField("hour_of_week", f.bestSingleHour());
        rates(json, f.bestSingleHourOpenRate(), f.bestSingleHourClickRate());
        json.writeEndObject();
        json.writeObjectFieldStart("oracle");
        rates(json, f.oracleOpenRate(), f.oracleClickRate());
        json.writeEndObject();
        json.writeEndObject();
        json.writeObjectFieldStart("lift");
        estimate(json, "over_random", f.liftOverRandom());
        estimate(json, "over_best_single_hour", f.liftOverBestSingleHour());
        json.writeEndObject();
        estimate(json, "captured", f.captured());
        estimate(json, "rank_correlation", f.rankCorrelation());
        estimate(json, "hit_rate_1h", f.hitRate());
    }

    private static void rates(JsonGenerator json, Estimate open, Estimate click) throws IOException {
        estimate(json, "open_rate", open);
        estimate(json, "click_rate", click);
    }

    private static void estimate(JsonGenerator json, String name, Estimate e) throws IOException {
        json.writeFieldName(name);
        if (!e.defined()) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeNumberField("value", round(e.value()));
        json.writeNumberField("low", round(e.low()));
        json.writeNumberField("high", round(e.high()));
        json.writeEndObject();
    }

    /** Six decimals, like the manifest: the last digits of a bootstrap are noise. */
    static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
