package com.sendflowr.synth.verify;

/** The fields of a published or written event that verification looks at; {@code persona} is null when unlabelled. */
public record ObservedEvent(String eventId, String eventType, String timestamp, String messageId, String persona) {
}
