package com.sendflowr.synth.generation;

import java.util.Locale;

/**
 * How strongly the odds of opening follow the user's free time after a delivery. {@code NONE}: not at all;
 * {@code DEFAULT}: proportionally to the send-time response (blended by {@code send-time-effect}); {@code STRONG}:
 * to its square, renormalised and capped per user, so good hours gain and dead hours lose much more.
 */
public enum SendTimeStrength {
    NONE(0),
    DEFAULT(1),
    STRONG(2);

    private final int exponent;

    SendTimeStrength(int exponent) {
        this.exponent = exponent;
    }

    /** The power the send-time response is raised to. */
    public int exponent() {
        return exponent;
    }

    public static SendTimeStrength parse(String text) {
        for (SendTimeStrength s : values()) {
            if (s.name().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a strength; use none, default or strong");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
