package com.sendflowr.synth.generation;

/**
 * Apple Mail Privacy Protection: {@code share} of users read mail in a client whose proxy fetches every delivered
 * message (and its tracking pixel) {@code delayMin}–{@code delayMax} ms after delivery, whether or not the person
 * ever reads it. Their real opens are invisible; their clicks are not.
 */
public record PrivacyProxy(boolean enabled, double share, long delayMin, long delayMax) {

    public static final PrivacyProxy OFF = new PrivacyProxy(false, 0, 0, 0);
}
