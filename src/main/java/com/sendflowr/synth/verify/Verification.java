package com.sendflowr.synth.verify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sendflowr.synth.calibration.CalibrationCheck;
import com.sendflowr.synth.calibration.CalibrationTarget;
import com.sendflowr.synth.generation.Expectation;
import com.sendflowr.synth.generation.FunnelTiming;
import com.sendflowr.synth.model.EventType;
import com.sendflowr.synth.model.FunnelCounts;
import com.sendflowr.synth.readers.ObservedEvent;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads a dataset back and checks it against the configuration's expectation: total and per-type counts within
 * ±2% (or four standard deviations, for small datasets), no duplicate {@code event_id}, every event type known,
 * and each persona's unique open and click rates within four standard errors (binomial, or grouped by recipient when
 * that is larger) — measured on the messages whose whole funnel lies inside the window, so the window's edges do
 * not bias them. The verdict does not depend on the order of the events: what each says of its message is put
 * together first, and the rates are counted when all are read.
 */
public final class Verification implements Consumer<ObservedEvent> {

    static final double COUNT_TOLERANCE = 0.02;
    static final double RATE_SIGMAS = 4;

    /**
     * One line of the verdict: the texts shown in the table and, where the check is numeric, the plain numbers for
     * {@code --output json} (a rate as a fraction, a tolerance as the largest accepted absolute difference).
     */
    public record Check(
            String name,
            String actual,
            String expected,
            String tolerance,
            boolean ok,
            Double actualValue,
            Double expectedValue,
            Double toleranceValue) {

        public Check(String name, String actual, String expected, String tolerance, boolean ok) {
            this(name, actual, expected, tolerance, ok, null, null, null);
        }
    }

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern(
                    "uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Expectation expectation;
    private final FunnelTiming funnel;
    private final String completeBefore;
    private final IdSet eventIds;
    /**
     * Per message of a labelled event, in one long: its recipient (an index, +1) in the low 32 bits; whether it was
     * sent early enough for its whole funnel to be inside the window, delivered, opened and clicked (flags); its
     * persona (an index, +1; a recipient's label is the same on all its events) in the high 28 bits. Put together
     * whatever order the events come in; the rates are counted from it only when all are read.
     */
    private final MessageTable messages;

    private final Map<String, Integer> personaIndex = new HashMap<>();
    private final List<String> personaNames = new ArrayList<>();
    private final Map<String, Integer> recipientIndex = new HashMap<>();
    private final long[] countsByType = new long[EventType.values().length];
    private long total;
    private long duplicates;
    private long unknownTypes;
    private long unlabelled;

    public Verification(Expectation expectation, FunnelTiming funnel) {
        this.expectation = expectation;
        this.funnel = funnel;
        this.completeBefore = TIMESTAMP.format(Instant.ofEpochMilli(expectation.completeFunnelsBefore()));
        this.eventIds = new IdSet(Math.round(expectation.events() * 1.05));
        this.messages = new MessageTable(Math.round(expectation.total().sent() * 1.05));
    }

    @Override
    public void accept(ObservedEvent event) {
        total++;
        if (event.eventId() == null || !eventIds.add(event.eventId())) {
            duplicates++;
        }
        EventType type;
        try {
            type = EventType.fromWireName(String.valueOf(event.eventType()));
        } catch (IllegalArgumentException e) {
            unknownTypes++;
            return;
        }
        countsByType[type.ordinal()]++;
        if (event.persona() == null) {
            unlabelled++;
            return;
        }
        // canonical timestamps have one fixed format (the reader checks it), so text order is time order
        boolean completeSend =
                type == EventType.SENT && String.valueOf(event.timestamp()).compareTo(completeBefore) < 0;
        long flag = switch (type) {
            case DELIVERED -> DELIVERED;
            case OPENED -> OPENED;
            case CLICKED -> CLICKED;
            default -> 0;
        };
        if (!completeSend && flag == 0) {
            return;
        }
        long persona = personaIndex.computeIfAbsent(event.persona(), name -> {
            personaNames.add(name);
            return personaNames.size();
        });
        long recipient =
                recipientIndex.computeIfAbsent(String.valueOf(event.recipientId()), id -> recipientIndex.size() + 1);
        messages.update(
                event.messageId(),
                flag | (completeSend ? COMPLETE : 0),
                recipient | persona << PERSONA_SHIFT,
                RECIPIENT_MASK | PERSONA_MASK);
    }

    private static final long RECIPIENT_MASK = 0xFFFF_FFFFL;
    private static final long COMPLETE = 1L << 32;
    private static final long DELIVERED = 1L << 33;
    private static final long OPENED = 1L << 34;
    private static final long CLICKED = 1L << 35;
    private static final int PERSONA_SHIFT = 36;
    private static final long PERSONA_MASK = -1L << PERSONA_SHIFT;
    private static final long[] OUTCOMES = {DELIVERED, OPENED, CLICKED};

    /** Per persona: delivered, uniquely opened and uniquely clicked complete messages, in total and per recipient. */
    private record RateCounts(
            Map<String, long[]> totals, Map<String, Map<Integer, long[]>> byRecipient, long completeMessages) {}

    private RateCounts rateCounts() {
        Map<String, long[]> totals = new HashMap<>();
        Map<String, Map<Integer, long[]>> byRecipient = new HashMap<>();
        long[] complete = {0};
        messages.forEach(value -> {
            if ((value & COMPLETE) == 0) {
                return;
            }
            complete[0]++;
            String name = personaNames.get((int) (value >>> PERSONA_SHIFT) - 1);
            int recipient = (int) value;
            for (int outcome = 0; outcome < OUTCOMES.length; outcome++) {
                if ((value & OUTCOMES[outcome]) != 0) {
                    totals.computeIfAbsent(name, p -> new long[3])[outcome]++;
                    byRecipient.computeIfAbsent(name, p -> new HashMap<>())
                            .computeIfAbsent(recipient, r -> new long[3])[outcome]++;
                }
            }
        });
        return new RateCounts(totals, byRecipient, complete[0]);
    }

    public List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        FunnelCounts want = expectation.total();
        double variance = 0;
        for (EventType type : EventType.values()) {
            variance += want.of(type) * clustering(type);
        }
        for (EventType type : expectation.deliverability().keySet()) {
            variance += expectation.expected(type);
        }
        checks.add(count("events", total, expectation.events(), variance));
        for (EventType type : EventType.values()) {
            if (expectation.expects(type) || countsByType[type.ordinal()] > 0) {
                double expected = expectation.expected(type);
                checks.add(count(type.wireName(), countsByType[type.ordinal()], expected, expected * clustering(type)));
            }
        }
        checks.add(new Check(
                "distinct event_id",
                text("%,d", total - duplicates),
                text("%,d", total),
                "exact",
                duplicates == 0,
                (double) (total - duplicates),
                (double) total,
                0.0));
        checks.add(new Check(
                "known event types",
                text("%,d unknown", unknownTypes),
                "0",
                "exact",
                unknownTypes == 0,
                (double) unknownTypes,
                0.0,
                0.0));
        if (unlabelled == total && total > 0) {
            checks.add(new Check("persona rates", "no labels", "-", "skipped (generated with --no-labels)", true));
            return checks;
        }
        RateCounts rates = rateCounts();
        if (rates.completeMessages() == 0) {
            checks.add(new Check(
                    "persona rates",
                    "window too short",
                    "-",
                    "skipped (no message has its whole funnel inside)",
                    true));
            return checks;
        }
        for (String persona : new TreeMap<>(expectation.byPersona()).keySet()) {
            long[] counts = rates.totals().getOrDefault(persona, new long[3]);
            long trials = counts[0];
            Collection<long[]> recipients =
                    rates.byRecipient().getOrDefault(persona, Map.of()).values();
            checks.add(rate(
                    persona + " open rate",
                    counts[1],
                    trials,
                    expectation.completeOpenRate(persona),
                    clusterVariance(recipients, 1, trials)));
            checks.add(rate(
                    persona + " click rate",
                    counts[2],
                    trials,
                    expectation.completeClickRate(persona),
                    clusterVariance(recipients, 2, trials)));
        }
        return checks;
    }

    public boolean passed() {
        return checks().stream().allMatch(Check::ok);
    }

    public long total() {
        return total;
    }

    public static void print(PrintWriter out, String source, List<Check> checks) {
        print(out, source, checks, List.of());
    }

    /** The verdict as tables: the checks against the expectation, then each calibration target (when checked). */
    public static void print(PrintWriter out, String source, List<Check> checks, List<CalibrationCheck> calibration) {
        out.printf(Locale.ROOT, "Verification of %s%n%n", source);
        int name = width("check", checks.stream().map(Check::name).toList());
        int actual = width("actual", checks.stream().map(Check::actual).toList());
        int expected = width("expected", checks.stream().map(Check::expected).toList());
        int tolerance = width("tolerance", checks.stream().map(Check::tolerance).toList());
        String format = "  %-" + name + "s  %" + actual + "s  %" + expected + "s  %-" + tolerance + "s  %s%n";
        out.printf(Locale.ROOT, format, "check", "actual", "expected", "tolerance", "result");
        out.println("  " + "-".repeat(name + actual + expected + tolerance + 8 + "MISMATCH".length()));
        for (Check c : checks) {
            out.printf(
                    Locale.ROOT, format, c.name(), c.actual(), c.expected(), c.tolerance(), c.ok() ? "ok" : "MISMATCH");
        }
        if (!calibration.isEmpty()) {
            printCalibration(out, calibration);
        }
        long failed = checks.stream().filter(c -> !c.ok()).count()
                + calibration.stream().filter(c -> !c.ok()).count();
        int all = checks.size() + calibration.size();
        long skipped = calibration.stream()
                .filter(c -> c.status() == CalibrationCheck.Status.NOT_MEASURABLE)
                .count();
        String notMeasurable = skipped == 0 ? "" : " (" + skipped + " not measurable on these data)";
        out.printf(
                Locale.ROOT,
                "%n%s%s%n",
                failed == 0 ? "All " + all + " checks passed." : failed + " of " + all + " checks failed.",
                notMeasurable);
        out.flush();
    }

    private static void printCalibration(PrintWriter out, List<CalibrationCheck> calibration) {
        out.printf(Locale.ROOT, "%nCalibration against published measurements (docs/calibration.md)%n%n");
        int name = width(
                "statistic",
                calibration.stream().map(c -> c.target().statistic()).toList());
        int range = width(
                "published range",
                calibration.stream().map(c -> c.target().range()).toList());
        int measured = width(
                "measured", calibration.stream().map(CalibrationCheck::shown).toList());
        String format = "  %-" + name + "s  %-" + range + "s  %-" + measured + "s  %-14s  %s%n";
        out.printf(Locale.ROOT, format, "statistic", "published range", "measured", "result", "source");
        out.println("  " + "-".repeat(name + range + measured + 14 + 8 + "source".length()));
        for (CalibrationCheck c : calibration) {
            out.printf(
                    Locale.ROOT,
                    format,
                    c.target().statistic(),
                    c.target().range(),
                    c.shown(),
                    result(c),
                    c.target().source());
        }
    }

    private static String result(CalibrationCheck check) {
        return switch (check.status()) {
            case IN_RANGE -> "ok";
            case OUT_OF_RANGE -> "OUT OF RANGE";
            case NOT_MEASURABLE -> "not measurable";
        };
    }

    private static int width(String header, List<String> cells) {
        return Math.max(
                header.length(), cells.stream().mapToInt(String::length).max().orElse(0));
    }

    /** The verdict for pipelines ({@code --output json}), written with Jackson's streaming generator. */
    public static void printJson(Writer out, String source, List<Check> checks) throws IOException {
        printJson(out, source, checks, List.of());
    }

    /**
     * The verdict for pipelines; with calibration targets, a {@code calibration} array holds each target's range,
     * source, measured value and status (the rows of docs/calibration.md's table).
     */
    public static void printJson(Writer out, String source, List<Check> checks, List<CalibrationCheck> calibration)
            throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("source", source);
            json.writeBooleanField(
                    "passed",
                    checks.stream().allMatch(Check::ok) && calibration.stream().allMatch(CalibrationCheck::ok));
            json.writeNumberField(
                    "failed",
                    checks.stream().filter(c -> !c.ok()).count()
                            + calibration.stream().filter(c -> !c.ok()).count());
            json.writeArrayFieldStart("checks");
            for (Check c : checks) {
                json.writeStartObject();
                json.writeStringField("name", c.name());
                json.writeBooleanField("ok", c.ok());
                json.writeStringField("actual", c.actual());
                json.writeStringField("expected", c.expected());
                json.writeStringField("tolerance", c.tolerance());
                if (c.actualValue() != null) {
                    json.writeNumberField("actualValue", c.actualValue());
                }
                if (c.expectedValue() != null) {
                    json.writeNumberField("expectedValue", c.expectedValue());
                }
                if (c.toleranceValue() != null) {
                    json.writeNumberField("toleranceValue", c.toleranceValue());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            if (!calibration.isEmpty()) {
                calibrationJson(json, calibration);
            }
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void calibrationJson(JsonGenerator json, List<CalibrationCheck> calibration) throws IOException {
        json.writeArrayFieldStart("calibration");
        for (CalibrationCheck c : calibration) {
            CalibrationTarget t = c.target();
            json.writeStartObject();
            json.writeStringField("id", t.id());
            json.writeStringField("statistic", t.statistic());
            json.writeStringField(
                    "status", c.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            json.writeBooleanField("ok", c.ok());
            json.writeStringField("range", t.range());
            if (t.low() != null) {
                json.writeNumberField("low", t.low());
            }
            if (t.high() != null) {
                json.writeNumberField("high", t.high());
            }
            json.writeStringField("unit", t.unit().wireName());
            json.writeStringField("source", t.source());
            json.writeStringField("measured", c.shown());
            if (c.measured().measurable()) {
                json.writeNumberField("value", c.measured().value());
                if (c.measured().detail() != null) {
                    json.writeStringField("detail", c.measured().detail());
                }
            } else {
                json.writeStringField("reason", c.measured().unmeasurable());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * Variance of a count per expected event: 1 for sends and deliveries (binomial at most); opens and clicks come
     * in clusters of 1 + Poisson(λ) per message, whose variance per event is at most 1 + 3λ + λ².
     */
    private double clustering(EventType type) {
        double lambda = switch (type) {
            case OPENED -> funnel.reopenMean();
            case CLICKED -> funnel.reclickMean();
            default -> 0;
        };
        return 1 + 3 * lambda + lambda * lambda;
    }

    private static Check count(String name, long actual, double expected, double variance) {
        double tolerance = Math.max(COUNT_TOLERANCE * expected, RATE_SIGMAS * Math.sqrt(variance));
        boolean ok = Math.abs(actual - expected) <= tolerance;
        String shown = tolerance > COUNT_TOLERANCE * expected ? text("±%,.0f (4 sd)", tolerance) : "±2%";
        return new Check(
                name, text("%,d", actual), text("%,.0f", expected), shown, ok, (double) actual, expected, tolerance);
    }

    /**
     * The variance of a persona's rate when its messages are grouped by recipient (the cluster-robust variance of a
     * ratio estimator): users differ in their own rates, and with Apple's privacy proxy some open everything, so
     * messages of one user are not independent trials and the binomial variance alone understates the spread.
     */
    private static double clusterVariance(Collection<long[]> recipients, int hitsAt, long trials) {
        int users = recipients.size();
        if (users < 2 || trials == 0) {
            return 0;
        }
        double rate = recipients.stream().mapToLong(r -> r[hitsAt]).sum() / (double) trials;
        double sum = 0;
        for (long[] r : recipients) {
            double residual = r[hitsAt] - rate * r[0];
            sum += residual * residual;
        }
        return users / (users - 1.0) * sum / ((double) trials * trials);
    }

    private static Check rate(String name, long hits, long trials, double expected, double clusterVariance) {
        if (trials == 0) {
            return new Check(name, "no deliveries", text("%.2f%%", expected * 100), "-", expected == 0);
        }
        double actual = (double) hits / trials;
        double tolerance = RATE_SIGMAS * Math.sqrt(Math.max(expected * (1 - expected) / trials, clusterVariance));
        return new Check(
                name,
                text("%.2f%%", actual * 100),
                text("%.2f%%", expected * 100),
                text("±%.2f pp", tolerance * 100),
                Math.abs(actual - expected) <= tolerance,
                actual,
                expected,
                tolerance);
    }

    /** A number as the report shows it, the same in every locale. */
    private static String text(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
