package com.sendflowr.synth.model;

/** One email of a campaign to one recipient; every event of the message shares its {@code id}. */
public record Message(String id, Campaign campaign, Recipient recipient, long sentAt, long key) {
}
