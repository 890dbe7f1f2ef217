package com.sendflowr.synth.model;

/**
 * A synthetic user who receives email; {@code index} is its position in the whole population. {@code timeZone} is
 * the user's IANA zone when the time-zone feature is on (it then appears in event metadata), else null.
 */
public record Recipient(int index, String id, String email, String persona, String timeZone) {}
