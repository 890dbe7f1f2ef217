package com.sendflowr.synth.generation;

/**
 * Who a user is, as the ground-truth manifest names them: what a manifest of this configuration must repeat.
 *
 * @param clickRate the user's P(clicked | delivered): open rate times click-given-open
 */
public record UserIdentity(
        String recipientId, String persona, boolean holdout, boolean coldStart, double openRate, double clickRate) {}
