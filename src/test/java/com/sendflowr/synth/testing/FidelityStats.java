package com.sendflowr.synth.testing;

import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.WeekTime;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.EventType;
import com.sendflowr.synth.model.Persona;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Aggregates a run as it streams by, holding only per-user and per-persona counters plus the messages of the last
 * few days (a message's events span at most {@code longestMessageSpan}). Everything the fidelity tests check is
 * counted here; the tests only compare the counts.
 */
public final class FidelityStats implements Consumer<EmailEvent> {

    public static final int HOURS_PER_WEEK = 168;
    private static final long SECOND = 1_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;

    private final long windowStart;
    private final long windowEnd;
    /** Messages sent in [windowStart, fullFunnelEnd) have their whole funnel inside the window. */
    private final long fullFunnelEnd;

    private final long span;
    private final long deliveryMin;
    private final long deliveryMax;
    private final long firstOpenMin;
    private final long openWindow;
    private final long clickMin;
    private final long clickMax;
    private final Set<String> weekdayPersonas = new HashSet<>();

    // volumes and order
    public long total;
    public final long[] byType = new long[EventType.values().length];
    public long firstTimestamp = Long.MAX_VALUE;
    public long lastTimestamp = Long.MIN_VALUE;
    public long outsideWindow;
    public long orderViolations;
    public final BitSet minuteSlots = new BitSet(WeekTime.MINUTES_PER_WEEK);

    // identifiers
    public long badEventIdLayout;
    public long eventIdTimeMismatch;
    public long duplicateEventIds;
    private long idMillis = Long.MIN_VALUE;
    private final Set<UUID> idsThisMillisecond = new HashSet<>();

    // per user
    public final int users;
    public final String[] personaOfUser;
    public final long[] eventsOfUser;
    public final long[] deliveredOfUser;
    public final long[] opensOfUser;
    public final long[][] openHourOfWeekOfUser;

    // per persona, over messages whose whole funnel is inside the window
    public final Map<String, long[]> funnelOfPersona = new TreeMap<>(); // sent, delivered, opened, clicked

    // send-time effect, Mon–Fri personas: delivered Tuesday 06–12 UTC vs Friday 18–24 UTC
    public long tuesdayMorningDelivered;
    public long tuesdayMorningOpened;
    public long fridayEveningDelivered;
    public long fridayEveningOpened;

    // sequence integrity
    public long messagesChecked;
    public long messagesWithAllFourTypes;
    public long partialMessages;
    public final Map<String, Long> violations = new TreeMap<>();
    private final LinkedHashMap<String, Msg> open = new LinkedHashMap<>();
    public int maxTrackedMessages;

    public FidelityStats(ModelSettings settings, int fullFunnelWeeks) {
        windowStart = settings.window().startMillis();
        windowEnd = settings.window().endMillis();
        span = settings.funnel().longestMessageSpan();
        fullFunnelEnd = windowStart + fullFunnelWeeks * 7 * WeekTime.MILLIS_PER_DAY;
        if (fullFunnelEnd + span > windowEnd) {
            throw new IllegalArgumentException(fullFunnelWeeks + " weeks of sends do not complete inside the window");
        }
        deliveryMin = settings.funnel().deliveryDelayMin();
        deliveryMax = settings.funnel().deliveryDelayMax();
        firstOpenMin = settings.funnel().openDelayMin();
        openWindow = settings.funnel().openWindow();
        clickMin = settings.funnel().clickDelayMin();
        clickMax = settings.funnel().clickDelayMax();
        for (Persona persona : settings.personas()) {
            funnelOfPersona.put(persona.name(), new long[4]);
            if (persona.activeDays().toString().equals("MON,TUE,WED,THU,FRI")) {
                weekdayPersonas.add(persona.name());
            }
        }
        users = settings.userCount();
        personaOfUser = new String[users];
        eventsOfUser = new long[users];
        deliveredOfUser = new long[users];
        opensOfUser = new long[users];
        openHourOfWeekOfUser = new long[users][HOURS_PER_WEEK];
    }

    public Set<String> weekdayPersonas() {
        return weekdayPersonas;
    }

    @Override
    public void accept(EmailEvent e) {
        long ts = e.timestamp();
        total++;
        byType[e.type().ordinal()]++;
        if (ts < lastTimestamp) {
            orderViolations++;
        }
        firstTimestamp = Math.min(firstTimestamp, ts);
        lastTimestamp = Math.max(lastTimestamp, ts);
        if (ts < windowStart || ts >= windowEnd) {
            outsideWindow++;
        }
        minuteSlots.set(WeekTime.minuteOfWeek(ts));
        checkEventId(e);

        int user = e.recipient().index();
        personaOfUser[user] = e.recipient().persona();
        eventsOfUser[user]++;
        if (e.type() == EventType.DELIVERED) {
            deliveredOfUser[user]++;
        } else if (e.type() == EventType.OPENED) {
            opensOfUser[user]++;
            openHourOfWeekOfUser[user][WeekTime.minuteOfWeek(ts) / 60]++;
        }
        track(e);
    }

    private void checkEventId(EmailEvent e) {
        UUID id = new UUID(e.eventIdHigh(), e.eventIdLow());
        if (id.version() != 7 || id.variant() != 2) {
            badEventIdLayout++;
        }
        if ((e.eventIdHigh() >>> 16) != e.timestamp()) {
            eventIdTimeMismatch++;
        }
        // Ids start with their event's millisecond and events arrive in time order, so a duplicate can only sit
        // within the current millisecond.
        if (e.timestamp() != idMillis) {
            idMillis = e.timestamp();
            idsThisMillisecond.clear();
        }
        if (!idsThisMillisecond.add(id)) {
            duplicateEventIds++;
        }
    }

    private void track(EmailEvent e) {
        long ts = e.timestamp();
        evictBefore(ts);
        String id = e.message().id();
        Msg m = open.get(id);
        if (m == null) {
            m = new Msg(e);
            open.put(id, m);
            maxTrackedMessages = Math.max(maxTrackedMessages, open.size());
            if (e.type() != EventType.SENT) {
                if (e.message().sentAt() >= windowStart) {
                    violation("first event of a message sent inside the window is not 'sent'");
                }
                m.partial = true;
            }
        } else if (m.user != e.recipient().index()
                || !m.campaign.equals(e.campaign().id())
                || m.sentAt != e.message().sentAt()) {
            violation("events of one message_id disagree on recipient, campaign or send time");
        }
        m.types |= 1 << e.type().ordinal();
        switch (e.type()) {
            case SENT -> {
                if (m.sent) {
                    violation("message_id with two 'sent' events");
                }
                m.sent = true;
                if (ts != e.message().sentAt()) {
                    violation("'sent' not at the message's send time");
                }
            }
            case DELIVERED -> {
                if (m.deliveredAt >= 0) {
                    violation("message delivered twice");
                }
                m.deliveredAt = ts;
                if (!m.partial) {
                    long delay = ts - m.sentAt;
                    if (delay < deliveryMin || delay > deliveryMax) {
                        violation("delivered outside 1-30 s after sent");
                    }
                }
            }
            case OPENED -> {
                if (!m.partial) {
                    if (m.deliveredAt < 0) {
                        violation("open without delivery");
                    } else if (m.opens.isEmpty()) {
                        long delay = ts - m.deliveredAt;
                        if (delay < firstOpenMin || delay > openWindow) {
                            violation("first open outside 1 min-48 h after delivery");
                        }
                    } else {
                        long sinceFirst = ts - m.opens.get(0);
                        if (sinceFirst < firstOpenMin || sinceFirst > openWindow) {
                            violation("re-open outside 1 min-48 h after the first open");
                        }
                    }
                }
                m.opens.add(ts);
            }
            case CLICKED -> {
                m.clicks++;
                if (!m.partial) {
                    if (m.opens.isEmpty()) {
                        violation("click without an open");
                    } else {
                        boolean follows = false;
                        for (long openedAt : m.opens) {
                            long delay = ts - openedAt;
                            follows |= delay >= clickMin && delay <= clickMax;
                        }
                        if (!follows) {
                            violation("click not 1-60 min after any open of its message");
                        }
                    }
                }
            }
        }
    }

    private void evictBefore(long now) {
        Iterator<Msg> it = open.values().iterator();
        while (it.hasNext()) {
            Msg m = it.next();
            if (m.sentAt + span + HOUR >= now) {
                return;
            }
            it.remove();
            finish(m);
        }
    }

    /** Call once after the run: settles the messages still tracked. */
    public void complete() {
        for (Msg m : open.values()) {
            finish(m);
        }
        open.clear();
    }

    private void finish(Msg m) {
        if (m.partial) {
            partialMessages++;
            return;
        }
        messagesChecked++;
        if (m.types == 0b1111) {
            messagesWithAllFourTypes++;
        }
        if (m.sentAt >= fullFunnelEnd) {
            return;
        }
        long[] f = funnelOfPersona.get(m.persona);
        f[0]++;
        if (m.deliveredAt < 0) {
            return;
        }
        boolean opened = !m.opens.isEmpty();
        f[1]++;
        f[2] += opened ? 1 : 0;
        f[3] += m.clicks > 0 ? 1 : 0;
        if (weekdayPersonas.contains(m.persona)) {
            int minute = WeekTime.minuteOfWeek(m.deliveredAt);
            int day = minute / WeekTime.MINUTES_PER_DAY;
            int hour = minute % WeekTime.MINUTES_PER_DAY / 60;
            if (day == 1 && hour >= 6 && hour < 12) {
                tuesdayMorningDelivered++;
                tuesdayMorningOpened += opened ? 1 : 0;
            } else if (day == 4 && hour >= 18) {
                fridayEveningDelivered++;
                fridayEveningOpened += opened ? 1 : 0;
            }
        }
    }

    private void violation(String what) {
        violations.merge(what, 1L, Long::sum);
    }

    private static final class Msg {
        final int user;
        final String persona;
        final String campaign;
        final long sentAt;
        boolean partial;
        boolean sent;
        long deliveredAt = -1;
        final List<Long> opens = new ArrayList<>(2);
        int clicks;
        int types;

        Msg(EmailEvent e) {
            user = e.recipient().index();
            persona = e.recipient().persona();
            campaign = e.campaign().id();
            sentAt = e.message().sentAt();
        }
    }
}
