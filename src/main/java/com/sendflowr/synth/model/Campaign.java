package com.sendflowr.synth.model;

import java.util.List;

/**
 * One campaign of the send calendar: all its messages share id, name, subject and link. An A/B-tested campaign has
 * one subject per variant in {@code variantSubjects} (the first is {@code subject}); empty otherwise.
 */
public record Campaign(
        String id,
        String name,
        String subject,
        String clickUrl,
        long epochDay,
        int slot,
        List<String> variantSubjects) {

    public Campaign {
        variantSubjects = List.copyOf(variantSubjects);
    }

    public boolean isAbTest() {
        return !variantSubjects.isEmpty();
    }
}
