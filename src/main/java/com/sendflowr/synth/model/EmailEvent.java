package com.sendflowr.synth.model;

/**
 * One event of a message's funnel. {@code timestamp} and {@code ingestedAt} are epoch milliseconds (UTC);
 * {@code occurrence} numbers repeated opens or clicks of the same message from 0. {@code client} is present
 * for opens and clicks only. {@code flags} mark what realism features add to single events ({@link #MACHINE_OPEN},
 * {@link #DEFERRED}, {@link #HARD_BOUNCE}, {@link #SOFT_BOUNCE}); 0 for the plain funnel.
 */
public record EmailEvent(
        long eventIdHigh,
        long eventIdLow,
        EventType type,
        long timestamp,
        Message message,
        int occurrence,
        Client client,
        long ingestedAt,
        int flags) {

    /** An open fetched by Apple Mail Privacy Protection's proxy, not by the reader. */
    public static final int MACHINE_OPEN = 1;
    /** A delivery the receiving server deferred (it came late). */
    public static final int DEFERRED = 2;

    public static final int HARD_BOUNCE = 4;
    public static final int SOFT_BOUNCE = 8;

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** The total order of the output: time, then recipient, message, funnel step and repetition. */
    public static int compare(EmailEvent a, EmailEvent b) {
        int c = Long.compare(a.timestamp, b.timestamp);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.message.recipient().index(), b.message.recipient().index());
        if (c != 0) {
            return c;
        }
        c = Long.compare(a.message.sentAt(), b.message.sentAt());
        if (c != 0) {
            return c;
        }
        c = Long.compare(a.message.key(), b.message.key());
        if (c != 0) {
            return c;
        }
        c = a.type.compareTo(b.type);
        return c != 0 ? c : Integer.compare(a.occurrence, b.occurrence);
    }

    public Recipient recipient() {
        return message.recipient();
    }

    public Campaign campaign() {
        return message.campaign();
    }
}
