package com.sendflowr.synth.generation;

/** How synthetic users and links are named in events. */
public record Identity(String esp, int firstUserNumber, String emailDomain, String linkBaseUrl) {

    public String recipientId(int index) {
        return String.format("synth_user_%05d", firstUserNumber + index);
    }
}
