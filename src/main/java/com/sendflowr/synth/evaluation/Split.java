package com.sendflowr.synth.evaluation;

/** Which users of the manifest are evaluated. */
public enum Split {
    ALL,
    TRAIN,
    HOLDOUT;

    public boolean includes(String split) {
        return this == ALL || name().equalsIgnoreCase(split);
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
