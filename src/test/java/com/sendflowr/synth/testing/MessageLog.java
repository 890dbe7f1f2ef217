package com.sendflowr.synth.testing;

import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.EventType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Every message of a (small) run with what happened to it, for the realism tests to measure. */
public final class MessageLog implements Consumer<EmailEvent> {

    /** One message; times are epoch ms, {@link Long#MIN_VALUE} when the event did not happen (inside the window). */
    public static final class Msg {
        public final int user;
        public final String persona;
        public final String timeZone;
        public final long sentAt;
        public long deliveredAt = Long.MIN_VALUE;
        public boolean deferred;
        public long firstOpen = Long.MIN_VALUE;
        public long machineOpen = Long.MIN_VALUE;
        public int humanOpens;
        public int machineOpens;
        public int clicks;
        public String bounceType;
        public long bouncedAt = Long.MIN_VALUE;
        public long markedSpam = Long.MIN_VALUE;
        public long unsubscribed = Long.MIN_VALUE;
        public final List<EmailEvent> events = new ArrayList<>();

        Msg(EmailEvent e) {
            this.user = e.recipient().index();
            this.persona = e.recipient().persona();
            this.timeZone = e.recipient().timeZone();
            this.sentAt = e.message().sentAt();
        }
    }

    private final Map<String, Msg> messages = new LinkedHashMap<>();

    @Override
    public void accept(EmailEvent e) {
        Msg m = messages.computeIfAbsent(e.message().id(), id -> new Msg(e));
        switch (e.type()) {
            case DELIVERED -> {
                m.deliveredAt = e.timestamp();
                m.deferred = e.has(EmailEvent.DEFERRED);
            }
            case OPENED -> {
                if (e.has(EmailEvent.MACHINE_OPEN)) {
                    m.machineOpens++;
                    m.machineOpen = e.timestamp();
                } else {
                    m.humanOpens++;
                    if (e.occurrence() == 0) {
                        m.firstOpen = e.timestamp();
                    }
                }
            }
            case CLICKED -> m.clicks++;
            case BOUNCED -> {
                m.bouncedAt = e.timestamp();
                m.bounceType = e.has(EmailEvent.HARD_BOUNCE) ? "hard" : e.has(EmailEvent.SOFT_BOUNCE) ? "soft" : "?";
            }
            case MARKED_SPAM -> m.markedSpam = e.timestamp();
            case UNSUBSCRIBED -> m.unsubscribed = e.timestamp();
            default -> {}
        }
        m.events.add(e);
    }

    public Collection<Msg> messages() {
        return messages.values();
    }

    /** Messages sent inside [from, to), whose funnel therefore started inside the window. */
    public List<Msg> sentBetween(long from, long to) {
        return messages.values().stream()
                .filter(m ->
                        m.sentAt >= from && m.sentAt < to && m.events.get(0).type() == EventType.SENT)
                .toList();
    }
}
