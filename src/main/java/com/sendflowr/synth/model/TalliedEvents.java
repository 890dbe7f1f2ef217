package com.sendflowr.synth.model;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A read-only list of events that carries their {@link Tally}, taken where the events were made: a consumer that
 * counts adds it instead of reading every event again (a day's events, read in time order, are scattered over the
 * heap).
 */
public final class TalliedEvents extends AbstractList<EmailEvent> implements RandomAccess {

    private final EmailEvent[] events;
    private final Tally tally;

    /** {@code tally} must have counted exactly {@code events}; the array is not copied and must not change. */
    public TalliedEvents(EmailEvent[] events, Tally tally) {
        this.events = events;
        this.tally = tally;
    }

    public Tally tally() {
        return tally;
    }

    @Override
    public EmailEvent get(int index) {
        return events[index];
    }

    @Override
    public int size() {
        return events.length;
    }
}
