package com.sendflowr.synth.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Counts the events that pass through it per persona and type; the first open or click of a message counts as unique.
 * A {@link TalliedEvents} list is counted by adding the tally it carries, without reading its events again.
 */
public final class Tally implements Consumer<List<EmailEvent>> {

    private static final int TYPES = EventType.values().length;
    private static final int UNIQUE_OPENED = TYPES;
    private static final int UNIQUE_CLICKED = TYPES + 1;

    private final Map<String, long[]> byPersona = new LinkedHashMap<>();
    private long total;

    @Override
    public void accept(List<EmailEvent> day) {
        if (day instanceof TalliedEvents tallied) {
            add(tallied.tally());
        } else {
            day.forEach(this::count);
        }
    }

    public void count(EmailEvent event) {
        count(event.recipient().persona(), event.type(), event.occurrence());
    }

    /** Counts an event of {@code type} to a recipient of {@code persona}, the message's {@code occurrence}-th of it. */
    public void count(String persona, EventType type, int occurrence) {
        long[] counts = countsOf(persona);
        counts[type.ordinal()]++;
        if (occurrence == 0) {
            switch (type) {
                case OPENED -> counts[UNIQUE_OPENED]++;
                case CLICKED -> counts[UNIQUE_CLICKED]++;
                default -> {}
            }
        }
        total++;
    }

    /** Adds everything {@code other} counted. */
    public void add(Tally other) {
        other.byPersona.forEach((persona, theirs) -> {
            long[] ours = countsOf(persona);
            for (int i = 0; i < ours.length; i++) {
                ours[i] += theirs[i];
            }
        });
        total += other.total;
    }

    private long[] countsOf(String persona) {
        return byPersona.computeIfAbsent(persona, p -> new long[TYPES + 2]);
    }

    public long total() {
        return total;
    }

    public FunnelCounts of(String persona) {
        long[] c = byPersona.getOrDefault(persona, new long[TYPES + 2]);
        return new FunnelCounts(c[0], c[1], c[2], c[3], c[UNIQUE_OPENED], c[UNIQUE_CLICKED]);
    }

    /** Events of one type over all personas (the deliverability types are not in {@link FunnelCounts}). */
    public long count(EventType type) {
        return byPersona.values().stream().mapToLong(c -> c[type.ordinal()]).sum();
    }

    public FunnelCounts totals() {
        return byPersona.keySet().stream().map(this::of).reduce(FunnelCounts.ZERO, FunnelCounts::plus);
    }
}
