package com.sendflowr.synth.generation;

/**
 * What goes wrong between sending and reading. Durations in milliseconds.
 *
 * @param bounceRate      P(bounced | sent); a bounced message is not delivered
 * @param hardBounceShare share of bounces that are hard (the address is dead: the ESP sends it nothing more)
 * @param deferralRate    P(deferred | delivered): the receiving server delays the delivery
 * @param deferralMin     shortest deferred delivery delay
 * @param deferralMax     longest deferred delivery delay
 * @param spamRate        P(marked_spam | opened); the ESP then suppresses the address
 * @param unsubscribeRate P(unsubscribed | opened); no further sends to that user
 */
public record Deliverability(
        boolean enabled,
        double bounceRate,
        double hardBounceShare,
        double deferralRate,
        long deferralMin,
        long deferralMax,
        double spamRate,
        double unsubscribeRate) {

    public static final Deliverability OFF = new Deliverability(false, 0, 0, 0, 0, 0, 0, 0);

    /** How late after the open it follows a spam complaint or an unsubscribe comes (from the first open). */
    static final long REACTION_MIN = 10_000;

    static final long REACTION_MAX = 300_000;
}
