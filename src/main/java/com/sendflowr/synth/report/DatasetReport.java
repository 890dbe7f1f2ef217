package com.sendflowr.synth.report;

import com.sendflowr.synth.calibration.Calibration;
import com.sendflowr.synth.calibration.CalibrationCheck;
import com.sendflowr.synth.calibration.CalibrationMeasurement;
import com.sendflowr.synth.calibration.CalibrationTarget;
import com.sendflowr.synth.generation.GroundTruth;
import com.sendflowr.synth.readers.ObservedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Everything the HTML report shows, accumulated in one pass over a dataset. Memory does not grow with the number
 * of events: counts live in fixed arrays (hour of week, minute of week, delay bins, send-of-day); what is kept
 * per message lives only while the message can still have events (its send plus the model's longest message span
 * and a day's slack, by the stream's clock), per user a small counter, per calendar day three counts, per
 * persona, variant and time zone one row each (distinct values capped).
 */
public final class DatasetReport implements Consumer<ObservedEvent> {

    static final String UNLABELLED = "(unlabelled)";
    static final int FATIGUE_BUCKETS = 10;
    static final int MAX_DISTINCT = 200;
    private static final String OTHER = "(other)";
    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final int MINUTES_PER_WEEK = 7 * 1440;
    /** 1970-01-01 was a Thursday: minute 3·1440 of a Monday-based week. */
    private static final long EPOCH_MINUTE_OF_WEEK = 3 * 1440;

    private final ReportTargets targets;
    private final CalibrationMeasurement calibration;
    private final LocalTimeConverter clock = new LocalTimeConverter();
    private final Map<String, PersonaStats> personas = new LinkedHashMap<>();
    private final Map<String, Long> eventTypes = new HashMap<>();
    private final LinkedHashMap<String, MessageState> messages = new LinkedHashMap<>();
    private final Map<String, UserState> users = new HashMap<>();
    private final Map<String, VariantStats> variants = new TreeMap<>();
    private final Map<Long, long[]> days = new TreeMap<>();
    private final Map<String, Long> bounceTypes = new TreeMap<>();
    private final DelayHistogram deliveryDelay = new DelayHistogram();
    private final DelayHistogram openDelay = new DelayHistogram();
    private final DelayHistogram clickDelay = new DelayHistogram();
    private final long[] sendsByMinuteOfWeek = new long[MINUTES_PER_WEEK];
    private final long[] fatigueDelivered = new long[FATIGUE_BUCKETS];
    private final long[] fatigueOpened = new long[FATIGUE_BUCKETS];
    private long events;
    private long invalidTimestamps;
    private long withoutSend;
    private long machineOpens;
    private long streamClock = Long.MIN_VALUE;
    private long firstEvent = Long.MAX_VALUE;
    private long lastEvent = Long.MIN_VALUE;
    private int peakLiveMessages;

    public DatasetReport(ReportTargets targets) {
        this.targets = targets;
        this.calibration = new CalibrationMeasurement(
                Instant.parse(targets.windowStart()).toEpochMilli(),
                Instant.parse(targets.windowEnd()).toEpochMilli(),
                targets.messageHorizonMillis());
        for (ReportTargets.PersonaTarget persona : targets.personas()) {
            personas.put(persona.name(), new PersonaStats());
        }
    }

    /** Per persona: event counts, unique opens and clicks of messages sent in the data, hour-of-week grids. */
    static final class PersonaStats {
        final long[] opensByHourOfWeek = new long[168];
        final long[] clicksByHourOfWeek = new long[168];
        final Map<String, Long> types = new HashMap<>();
        long sent;
        long delivered;
        long opened;
        long clicked;
        long uniqueOpens;
        long uniqueClicks;
        long completeDelivered;
        long completeOpens;
        long completeClicks;
        long machineOpens;
        long users;
    }

    static final class VariantStats {
        long sent;
        long delivered;
        long uniqueOpens;
        long uniqueClicks;
    }

    private static final class MessageState {
        final long sentAt;
        final VariantStats variant;
        final boolean complete;
        final int sendOfDay;
        long deliveredAt = EventTimes.INVALID;
        long firstOpenAt = EventTimes.INVALID;
        boolean clicked;

        MessageState(long sentAt, VariantStats variant, boolean complete, int sendOfDay) {
            this.sentAt = sentAt;
            this.variant = variant;
            this.complete = complete;
            this.sendOfDay = sendOfDay;
        }
    }

    private static final class UserState {
        long events;
        long localDay = Long.MIN_VALUE;
        int sendsThatDay;
    }

    @Override
    public void accept(ObservedEvent event) {
        events++;
        calibration.accept(event);
        String type = event.eventType() == null ? "(none)" : event.eventType();
        type = count(eventTypes, type);
        long at = EventTimes.parse(event.timestamp());
        PersonaStats persona = persona(event.persona());
        persona.types.merge(type, 1L, Long::sum);
        if (at == EventTimes.INVALID) {
            invalidTimestamps++;
            return;
        }
        firstEvent = Math.min(firstEvent, at);
        lastEvent = Math.max(lastEvent, at);
        advance(at);
        long local = clock.local(at, event.timeZone());
        int hourOfWeek = minuteOfWeek(local) / 60;
        UserState user = user(event.recipientId(), persona);
        if (user != null) {
            user.events++;
        }
        MessageState message = event.messageId() == null ? null : messages.get(event.messageId());
        switch (type) {
            case "sent" -> sent(event, persona, user, message, at, local);
            case "delivered" -> delivered(persona, message, at);
            case "opened" -> opened(event, persona, message, at, local, hourOfWeek);
            case "clicked" -> clicked(persona, message, at, local, hourOfWeek);
            default -> other(event, type, message);
        }
    }

    private void sent(
            ObservedEvent event, PersonaStats persona, UserState user, MessageState message, long at, long local) {
        persona.sent++;
        day(local)[0]++;
        sendsByMinuteOfWeek[minuteOfWeek(local)]++;
        VariantStats variant = variant(event.variant());
        if (variant != null) {
            variant.sent++;
        }
        if (event.messageId() != null && message == null) {
            messages.put(
                    event.messageId(),
                    new MessageState(at, variant, at < targets.completeFunnelsBefore(), sendOfDay(user, local)));
            peakLiveMessages = Math.max(peakLiveMessages, messages.size());
        }
    }

    private void delivered(PersonaStats persona, MessageState message, long at) {
        persona.delivered++;
        if (message == null) {
            withoutSend++;
        } else if (message.deliveredAt == EventTimes.INVALID) {
            message.deliveredAt = at;
            deliveryDelay.add(at - message.sentAt);
            if (message.complete) {
                persona.completeDelivered++;
            }
            if (message.variant != null) {
                message.variant.delivered++;
            }
            fatigueDelivered[message.sendOfDay]++;
        }
    }

    private void opened(
            ObservedEvent event, PersonaStats persona, MessageState message, long at, long local, int hourOfWeek) {
        persona.opened++;
        day(local)[1]++;
        if (event.machineOpen()) {
            machineOpens++;
            persona.machineOpens++;
        } else {
            persona.opensByHourOfWeek[hourOfWeek]++;
        }
        if (message == null) {
            withoutSend++;
        } else if (message.firstOpenAt == EventTimes.INVALID) {
            message.firstOpenAt = at;
            persona.uniqueOpens++;
            if (message.complete) {
                persona.completeOpens++;
            }
            if (message.variant != null) {
                message.variant.uniqueOpens++;
            }
            if (message.deliveredAt != EventTimes.INVALID) {
                openDelay.add(at - message.deliveredAt);
                fatigueOpened[message.sendOfDay]++;
            }
        }
    }

    private void clicked(PersonaStats persona, MessageState message, long at, long local, int hourOfWeek) {
        persona.clicked++;
        day(local)[2]++;
        persona.clicksByHourOfWeek[hourOfWeek]++;
        if (message == null) {
            withoutSend++;
        } else if (!message.clicked) {
            message.clicked = true;
            persona.uniqueClicks++;
            if (message.complete) {
                persona.completeClicks++;
            }
            if (message.variant != null) {
                message.variant.uniqueClicks++;
            }
            if (message.firstOpenAt != EventTimes.INVALID) {
                clickDelay.add(at - message.firstOpenAt);
            }
        }
    }

    /** Every other type (bounces, unsubscribes, unknown ones), counted above; a bounce also by its bounce type. */
    private void other(ObservedEvent event, String type, MessageState message) {
        if (type.equals("bounced")) {
            count(bounceTypes, event.bounceType() == null ? "(unspecified)" : event.bounceType());
        }
        if (message == null && event.messageId() != null) {
            withoutSend++;
        }
    }

    /** Moves the stream's clock forward and forgets the messages that can have no more events. */
    private void advance(long at) {
        if (at <= streamClock) {
            return;
        }
        streamClock = at;
        long horizon = at - targets.messageHorizonMillis();
        Iterator<MessageState> oldest = messages.values().iterator();
        while (oldest.hasNext()) {
            if (oldest.next().sentAt >= horizon) {
                break;
            }
            oldest.remove();
        }
    }

    private PersonaStats persona(String name) {
        String key = name == null ? UNLABELLED : name;
        PersonaStats stats = personas.get(key);
        if (stats == null) {
            key = personas.size() >= MAX_DISTINCT ? OTHER : key;
            stats = personas.computeIfAbsent(key, k -> new PersonaStats());
        }
        return stats;
    }

    private UserState user(String recipientId, PersonaStats persona) {
        if (recipientId == null) {
            return null;
        }
        UserState user = users.get(recipientId);
        if (user == null) {
            user = new UserState();
            users.put(recipientId, user);
            persona.users++;
        }
        return user;
    }

    private VariantStats variant(String name) {
        if (name == null) {
            return null;
        }
        VariantStats stats = variants.get(name);
        if (stats == null) {
            stats = variants.computeIfAbsent(variants.size() >= MAX_DISTINCT ? OTHER : name, k -> new VariantStats());
        }
        return stats;
    }

    /** The send's rank among the user's sends of that local day, from 0; the last bucket holds the rest. */
    private static int sendOfDay(UserState user, long local) {
        if (user == null) {
            return 0;
        }
        long day = Math.floorDiv(local, MILLIS_PER_DAY);
        if (day != user.localDay) {
            user.localDay = day;
            user.sendsThatDay = 0;
        }
        return Math.min(user.sendsThatDay++, FATIGUE_BUCKETS - 1);
    }

    private long[] day(long local) {
        return days.computeIfAbsent(Math.floorDiv(local, MILLIS_PER_DAY), d -> new long[3]);
    }

    private static String count(Map<String, Long> counts, String key) {
        String counted = counts.containsKey(key) || counts.size() < MAX_DISTINCT ? key : OTHER;
        counts.merge(counted, 1L, Long::sum);
        return counted;
    }

    static int minuteOfWeek(long epochMillis) {
        long minutes = Math.floorDiv(epochMillis, 60_000L);
        return (int) Math.floorMod(minutes + EPOCH_MINUTE_OF_WEEK, (long) MINUTES_PER_WEEK);
    }

    // --- read-outs for the renderer ---

    /**
     * The calibrated statistics of the data beside the published targets; {@code truth} (the users' ground truth,
     * rebuilt from the configuration) adds the send-time headroom, or null to report it as not measurable.
     */
    public List<CalibrationCheck> calibration(List<CalibrationTarget> published, Supplier<List<GroundTruth>> truth) {
        return new Calibration(published, calibration, truth).checks();
    }

    /** The measurement behind the calibration section (its delay curves); complete once the data are read. */
    CalibrationMeasurement calibrationMeasurement() {
        return calibration.finish();
    }

    ReportTargets targets() {
        return targets;
    }

    public long events() {
        return events;
    }

    /** Events per {@code event_type}, sorted by name. */
    Map<String, Long> eventTypes() {
        return new TreeMap<>(eventTypes);
    }

    Map<String, PersonaStats> personas() {
        return personas;
    }

    Map<String, VariantStats> variants() {
        return variants;
    }

    /** Per local calendar day (epoch day): sent, opened, clicked events. */
    Map<Long, long[]> days() {
        return days;
    }

    DelayHistogram deliveryDelay() {
        return deliveryDelay;
    }

    DelayHistogram openDelay() {
        return openDelay;
    }

    DelayHistogram clickDelay() {
        return clickDelay;
    }

    long[] sendsByMinuteOfWeek() {
        return sendsByMinuteOfWeek;
    }

    long[] fatigueDelivered() {
        return fatigueDelivered;
    }

    long[] fatigueOpened() {
        return fatigueOpened;
    }

    /** Events per user, in no particular order. */
    long[] eventsPerUser() {
        List<Long> counts = new ArrayList<>(users.size());
        users.values().forEach(u -> counts.add(u.events));
        return counts.stream().mapToLong(Long::longValue).toArray();
    }

    long invalidTimestamps() {
        return invalidTimestamps;
    }

    /** Events of messages whose sent event is not in the data (sent before it starts) or lies beyond the horizon. */
    long withoutSend() {
        return withoutSend;
    }

    Map<String, Long> bounceTypes() {
        return bounceTypes;
    }

    long machineOpens() {
        return machineOpens;
    }

    long firstEvent() {
        return firstEvent;
    }

    long lastEvent() {
        return lastEvent;
    }

    /** The most messages whose state was held at once: bounded by the sends within one horizon, not by the data. */
    public int peakLiveMessages() {
        return peakLiveMessages;
    }

    Map<String, Long> eventsByZone() {
        return clock.eventsByZone();
    }

    long unknownZones() {
        return clock.unknownZones();
    }
}
