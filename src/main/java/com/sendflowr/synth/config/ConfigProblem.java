package com.sendflowr.synth.config;

/** One invalid value: the key (or flag) it came from and a plain sentence about what is wrong and what is accepted. */
public record ConfigProblem(String key, String message) {

    @Override
    public String toString() {
        return key + ": " + message;
    }
}
