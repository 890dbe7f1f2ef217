package com.sendflowr.synth.model;

/** A synthetic user who receives email; {@code index} is its position in the whole population. */
public record Recipient(int index, String id, String email, String persona) {
}
