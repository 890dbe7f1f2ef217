package com.sendflowr.synth.model;

/** One campaign of the send calendar: all its messages share id, name, subject and link. */
public record Campaign(String id, String name, String subject, String clickUrl, long epochDay, int slot) {
}
