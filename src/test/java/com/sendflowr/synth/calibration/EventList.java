package com.sendflowr.synth.calibration;

import com.sendflowr.synth.readers.ObservedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A small hand-made event stream for the measurement's tests: times in hours from the data start (a Monday). */
final class EventList {

    static final Instant START = Instant.parse("2025-01-06T00:00:00Z");
    static final int DAYS = 35;
    static final long HOUR = 3_600_000L;

    private final List<ObservedEvent> events = new ArrayList<>();
    private final String persona;
    private int ids;

    EventList(boolean labelled) {
        this.persona = labelled ? "p" : null;
    }

    EventList() {
        this(true);
    }

    EventList sent(String message, String user, double hours, String zone) {
        return add("sent", message, user, hours, zone, false);
    }

    EventList sent(String message, String user, double hours) {
        return sent(message, user, hours, null);
    }

    EventList delivered(String message, double hours) {
        return add("delivered", message, null, hours, null, false);
    }

    /** A sent and delivered message (delivered a second after the send). */
    EventList message(String message, String user, double hours) {
        return sent(message, user, hours).delivered(message, hours + 1 / 3600.0);
    }

    EventList opened(String message, double hours) {
        return add("opened", message, null, hours, null, false);
    }

    EventList opened(String message, double hours, String zone) {
        return add("opened", message, null, hours, zone, false);
    }

    EventList machineOpened(String message, double hours) {
        return add("opened", message, null, hours, null, true);
    }

    EventList clicked(String message, double hours) {
        return add("clicked", message, null, hours, null, false);
    }

    private EventList add(String type, String message, String user, double hours, String zone, boolean machine) {
        String at = START.plusMillis(Math.round(hours * HOUR)).toString();
        at = at.length() == 20 ? at.replace("Z", ".000Z") : at;
        events.add(new ObservedEvent("e" + ids++, type, at, message, persona, user, null, null, zone, machine));
        return this;
    }

    /** The events in time order through a fresh measurement over a 35-day window with a 30-day horizon. */
    CalibrationMeasurement measure() {
        CalibrationMeasurement m = new CalibrationMeasurement(
                START.toEpochMilli(), START.plusSeconds(DAYS * 86_400L).toEpochMilli(), 30 * 24 * HOUR);
        events.stream().sorted(Comparator.comparing(ObservedEvent::timestamp)).forEach(m);
        return m.finish();
    }
}
