package com.sendflowr.synth.model;

/**
 * One event of a message's funnel. {@code timestamp} and {@code ingestedAt} are epoch milliseconds (UTC);
 * {@code occurrence} numbers repeated opens or clicks of the same message from 0. {@code client} is present
 * for opens and clicks only.
 */
public record EmailEvent(long eventIdHigh, long eventIdLow, EventType type, long timestamp, Message message,
                         int occurrence, Client client, long ingestedAt) {

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
