package com.sendflowr.synth.generation;

import java.time.Instant;

/** The half-open time window {@code [start, end)} whose events a run emits. */
public record Window(Instant start, Instant end) {

    public Window {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("window end " + end + " is not after its start " + start);
        }
    }

    public long startMillis() {
        return start.toEpochMilli();
    }

    public long endMillis() {
        return end.toEpochMilli();
    }

    public boolean contains(long epochMillis) {
        return epochMillis >= startMillis() && epochMillis < endMillis();
    }

    public double days() {
        return (endMillis() - startMillis()) / (double) WeekTime.MILLIS_PER_DAY;
    }
}
