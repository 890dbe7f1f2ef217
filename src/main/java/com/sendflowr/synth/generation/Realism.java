package com.sendflowr.synth.generation;

/**
 * The realism features beyond the origin document, each switchable. {@link #OFF} reproduces the origin model
 * byte for byte: a feature that is off draws nothing from the seed (each has its own stream).
 */
public record Realism(
        SendTimeStrength sendTime,
        TimeZoneMix timeZones,
        ColdStart coldStart,
        Holdout holdout,
        Deliverability deliverability,
        PrivacyProxy privacyProxy,
        Fatigue fatigue,
        Seasonality seasonality,
        AbTests abTests,
        Drift drift,
        OpenDelay openDelay,
        EarlyClicks earlyClicks,
        Individuals individuals) {

    public static final Realism OFF = new Realism(
            SendTimeStrength.DEFAULT,
            TimeZoneMix.OFF,
            ColdStart.OFF,
            Holdout.OFF,
            Deliverability.OFF,
            PrivacyProxy.OFF,
            Fatigue.OFF,
            Seasonality.OFF,
            AbTests.OFF,
            Drift.OFF,
            OpenDelay.OFF,
            EarlyClicks.OFF,
            Individuals.OFF);

    /** Whether users need a {@link PersonalWeek} (the heavy-tailed open delay or individuals). */
    boolean personalWeeks() {
        return openDelay.enabled() || individuals.enabled();
    }

    /** Whether a user's sends depend on what happened to earlier messages (stops after unsubscribes, hard bounces, complaints). */
    boolean stateful() {
        return deliverability.enabled();
    }
}
