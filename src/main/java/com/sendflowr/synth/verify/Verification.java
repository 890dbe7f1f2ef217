package com.sendflowr.synth.verify;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.sendflowr.synth.generation.Expectation;
import com.sendflowr.synth.model.EventType;
import com.sendflowr.synth.model.FunnelCounts;

/**
 * Reads a dataset back and checks it against the configuration's expectation: total and per-type counts within
 * ±2%, no duplicate {@code event_id}, every event type known, and each persona's unique open and click rates
 * within four standard errors of the expected rate.
 */
public final class Verification implements Consumer<ObservedEvent> {

    static final double COUNT_TOLERANCE = 0.02;
    static final double RATE_SIGMAS = 4;

    /** One line of the verdict. */
    public record Check(String name, String actual, String expected, String tolerance, boolean ok) {
    }

    private final Expectation expectation;
    private final Set<String> eventIds = new HashSet<>();
    private final Map<String, long[]> countsByPersona = new HashMap<>();
    private final Map<String, Set<String>> openedMessages = new HashMap<>();
    private final Map<String, Set<String>> clickedMessages = new HashMap<>();
    private final long[] countsByType = new long[EventType.values().length];
    private long total;
    private long duplicates;
    private long unknownTypes;
    private long unlabelled;

    public Verification(Expectation expectation) {
        this.expectation = expectation;
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
        countsByPersona.computeIfAbsent(event.persona(), p -> new long[EventType.values().length])[type.ordinal()]++;
        if (type == EventType.OPENED) {
            openedMessages.computeIfAbsent(event.persona(), p -> new HashSet<>()).add(event.messageId());
        } else if (type == EventType.CLICKED) {
            clickedMessages.computeIfAbsent(event.persona(), p -> new HashSet<>()).add(event.messageId());
        }
    }

    public List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        FunnelCounts want = expectation.total();
        checks.add(count("events", total, want.events()));
        for (EventType type : EventType.values()) {
            checks.add(count(type.wireName(), countsByType[type.ordinal()], want.of(type)));
        }
        checks.add(new Check("distinct event_id", String.format("%,d", total - duplicates), String.format("%,d", total),
                "exact", duplicates == 0));
        checks.add(new Check("known event types", String.format("%,d unknown", unknownTypes), "0", "exact", unknownTypes == 0));
        if (unlabelled == total && total > 0) {
            checks.add(new Check("persona rates", "no labels", "-", "skipped (generated with --no-labels)", true));
            return checks;
        }
        for (Map.Entry<String, FunnelCounts> row : new TreeMap<>(expectation.byPersona()).entrySet()) {
            String persona = row.getKey();
            long[] counts = countsByPersona.getOrDefault(persona, new long[EventType.values().length]);
            long delivered = counts[EventType.DELIVERED.ordinal()];
            checks.add(rate(persona + " open rate", openedMessages.getOrDefault(persona, Set.of()).size(), delivered,
                    row.getValue().uniqueOpenRate()));
            checks.add(rate(persona + " click rate", clickedMessages.getOrDefault(persona, Set.of()).size(), delivered,
                    row.getValue().uniqueClickRate()));
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
        out.printf("Verification of %s%n%n", source);
        out.printf("  %-30s %16s %16s %-16s %s%n", "check", "actual", "expected", "tolerance", "result");
        for (Check c : checks) {
            out.printf("  %-30s %16s %16s %-16s %s%n", c.name(), c.actual(), c.expected(), c.tolerance(),
                    c.ok() ? "ok" : "MISMATCH");
        }
        long failed = checks.stream().filter(c -> !c.ok()).count();
        out.printf("%n%s%n", failed == 0 ? "All " + checks.size() + " checks passed."
                : failed + " of " + checks.size() + " checks failed.");
        out.flush();
    }

    private static Check count(String name, long actual, double expected) {
        boolean ok = Math.abs(actual - expected) <= COUNT_TOLERANCE * expected;
        return new Check(name, String.format("%,d", actual), String.format("%,.0f", expected), "±2%", ok);
    }

    private static Check rate(String name, long hits, long trials, double expected) {
        if (trials == 0) {
            return new Check(name, "no deliveries", String.format("%.2f%%", expected * 100), "-", expected == 0);
        }
        double actual = (double) hits / trials;
        // 0.2 pp more for the window edges: opens of messages delivered just before the start count, late ones do not.
        double tolerance = RATE_SIGMAS * Math.sqrt(expected * (1 - expected) / trials) + 0.002;
        return new Check(name, String.format("%.2f%%", actual * 100), String.format("%.2f%%", expected * 100),
                String.format("±%.2f pp", tolerance * 100), Math.abs(actual - expected) <= tolerance);
    }
}
