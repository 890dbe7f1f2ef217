package com.sendflowr.synth.model;

/**
 * A behavioural persona: how many users follow it, when they read email and how often they engage.
 * Rates are per delivered message: {@code openRate} = P(opened at least once), {@code clickRate} = P(clicked at least once).
 */
public record Persona(
        String name,
        int users,
        HourSet peakHours,
        HourSet secondaryHours,
        ActiveDays activeDays,
        double openRate,
        double clickRate) {

    /** P(click | open). */
    public double clickGivenOpen() {
        return openRate == 0 ? 0 : clickRate / openRate;
    }

    /** A persona with no peak hours engages uniformly over the week. */
    public boolean isUniform() {
        return peakHours.isEmpty() && secondaryHours.isEmpty();
    }
}
