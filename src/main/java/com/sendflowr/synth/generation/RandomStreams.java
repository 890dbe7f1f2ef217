package com.sendflowr.synth.generation;

/**
 * Splits the run's seed into independent, explicitly named streams. Every random decision is keyed by what it
 * is about (a user, a day, a message), never by the order in which work happens, so output does not depend on
 * threads, shards or the window.
 */
public final class RandomStreams {

    /**
     * What a stream is for; part of every derived seed so streams never collide. New purposes go last: the ordinal is
     * part of the seed. A realism feature that is off never derives its stream, so it changes nothing.
     */
    public enum Purpose {
        POPULATION,
        USER,
        CAMPAIGNS,
        SENDS,
        MESSAGE,
        EVENT_ID,
        TIME_ZONE,
        COLD_START,
        HOLDOUT,
        PRIVACY_PROXY,
        DELIVERABILITY,
        AB_TEST,
        DRIFT,
        INDIVIDUAL,
        SCHEDULE,
        SEND_POLICY
    }

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long seed;
    /** The seed's part of every derived seed, mixed once. */
    private final long mixedSeed;

    public RandomStreams(long seed) {
        this.seed = seed;
        this.mixedSeed = mix(seed ^ GOLDEN);
    }

    public long seed() {
        return seed;
    }

    public long derive(Purpose purpose, long a) {
        return mix(mixedSeed + GOLDEN * (purpose.ordinal() + 1) ^ mix(a + GOLDEN));
    }

    public long derive(Purpose purpose, long a, long b) {
        return mix(derive(purpose, a) + GOLDEN ^ mix(b ^ 0xD1B54A32D192ED03L));
    }

    public long derive(Purpose purpose, long a, long b, long c) {
        return mix(derive(purpose, a, b) + GOLDEN ^ mix(c ^ 0x8CB92BA72F3D8DD7L));
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014): a bijective, well-avalanching 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
