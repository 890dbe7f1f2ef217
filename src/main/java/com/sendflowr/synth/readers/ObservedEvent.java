package com.sendflowr.synth.readers;

/**
 * The fields of a published or written event that verification and the report look at. {@code persona} is null
 * when unlabelled; {@code variant}, {@code bounceType} and {@code timeZone} are null and {@code machineOpen} false
 * when the data do not carry them (the realism features are off).
 */
public record ObservedEvent(
        String eventId,
        String eventType,
        String timestamp,
        String messageId,
        String persona,
        String recipientId,
        String variant,
        String bounceType,
        String timeZone,
        boolean machineOpen) {

    public ObservedEvent(String eventId, String eventType, String timestamp, String messageId, String persona) {
        this(eventId, eventType, timestamp, messageId, persona, null, null, null, null, false);
    }
}
