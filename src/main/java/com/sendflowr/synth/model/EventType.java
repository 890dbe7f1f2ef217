package com.sendflowr.synth.model;

/**
 * The funnel steps of one email message, in the order they happen; the deliverability steps come last so the
 * first four keep their ordinals (event ids derive from them).
 */
public enum EventType {
    SENT("sent"),
    DELIVERED("delivered"),
    OPENED("opened"),
    CLICKED("clicked"),
    BOUNCED("bounced"),
    MARKED_SPAM("marked_spam"),
    UNSUBSCRIBED("unsubscribed");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the canonical event's {@code event_type}. */
    public String wireName() {
        return wireName;
    }

    public static EventType fromWireName(String name) {
        for (EventType type : values()) {
            if (type.wireName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown event type '" + name + "'");
    }
}
