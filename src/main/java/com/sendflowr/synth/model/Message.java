package com.sendflowr.synth.model;

import java.util.UUID;

/**
 * One email of a campaign to one recipient; every event of the message shares its id ({@code idHigh} and
 * {@code idLow} are the UUID's most and least significant bits, kept as numbers like an event's id so that sinks
 * format the text themselves). {@code variant} is the A/B subject variant ("A", "B", …) when the campaign is an
 * A/B test, else null; {@code subject} is then the variant's subject.
 */
public record Message(
        long idHigh,
        long idLow,
        Campaign campaign,
        Recipient recipient,
        long sentAt,
        long key,
        String variant,
        String subject) {

    /** The id as UUID text, as it appears in the {@code message_id} field. */
    public String id() {
        return new UUID(idHigh, idLow).toString();
    }
}
