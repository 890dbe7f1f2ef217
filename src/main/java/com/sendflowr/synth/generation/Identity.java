package com.sendflowr.synth.generation;

/** How synthetic users and links are named in events. */
public record Identity(String esp, int firstUserNumber, String emailDomain, String linkBaseUrl) {

    private static final int ID_DIGITS = 5;

    /**
     * {@code synth_user_} and the user's number, zero-padded to five digits (as {@code %05d}; {@code String.format}
     * took 3% of a native {@code summary}). Added as longs, so a large first number never wraps to a negative.
     */
    public String recipientId(int index) {
        String number = Long.toString((long) firstUserNumber + index);
        return "synth_user_" + "0".repeat(Math.max(0, ID_DIGITS - number.length())) + number;
    }
}
