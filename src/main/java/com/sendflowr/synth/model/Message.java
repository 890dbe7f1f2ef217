package com.sendflowr.synth.model;

/**
 * One email of a campaign to one recipient; every event of the message shares its {@code id}. {@code variant} is
 * the A/B subject variant ("A", "B", …) when the campaign is an A/B test, else null; {@code subject} is then the
 * variant's subject.
 */
public record Message(String id, Campaign campaign, Recipient recipient, long sentAt, long key, String variant,
                      String subject) {
}
