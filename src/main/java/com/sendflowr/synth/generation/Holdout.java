package com.sendflowr.synth.generation;

/** A deterministic train/holdout split of the users, stratified by persona: {@code share} of each persona is held out. */
public record Holdout(boolean enabled, double share) {

    public static final Holdout OFF = new Holdout(false, 0.2);
}
