package com.sendflowr.synth.generation;

import com.sendflowr.synth.generation.RandomStreams.Purpose;

/**
 * The one draw of a user's sends on a day, from the user's stream of that day: campaign by campaign, whether it
 * reaches the user (the plan's audience share), then when ({@link SendTimeChooser}, moved by a replayed
 * {@link SendPolicy}). Redrawing a day gives the same
 * sends, so a user's earlier days (for fatigue) are redrawn rather than remembered. Not thread-safe: one per worker.
 */
final class DailySends {

    /** In {@link #draw}'s output: the campaign does not reach the user. */
    static final long NONE = Long.MIN_VALUE;

    private final RandomStreams streams;
    private final SendPlan plan;
    private final SendPolicy policy;
    private final SeededRandom random = new SeededRandom(0);

    DailySends(RandomStreams streams, SendPlan plan, SendPolicy policy) {
        this.streams = streams;
        this.plan = plan;
        this.policy = policy;
    }

    /**
     * Writes into {@code times[0..campaigns)} the instant each of the day's campaigns is sent to the user, or
     * {@link #NONE}; returns {@code times}, grown when too small.
     */
    long[] draw(UserProfile user, long epochDay, int campaigns, long[] times) {
        return draw(user, user.recipient().index(), epochDay, campaigns, times);
    }

    /**
     * {@link #draw(UserProfile, long, int, long[])} given the user's recipient index, so that a day on which no
     * campaign reaches the user reads nothing of the user's own objects (a worker's pass over its users' days would
     * otherwise miss the cache on every user).
     */
    long[] draw(UserProfile user, int userIndex, long epochDay, int campaigns, long[] times) {
        long[] out = times.length >= campaigns ? times : new long[Math.max(campaigns, 2 * times.length)];
        random.reseed(streams.derive(Purpose.SENDS, userIndex, epochDay));
        double share = plan.audienceShare();
        SendTimeChooser chooser = plan.sendTimes();
        for (int c = 0; c < campaigns; c++) {
            boolean receives = random.nextDouble() < share;
            if (!receives && c == campaigns - 1) {
                // the time is drawn only to keep the next campaign's draws in place: the last one has none after it
                out[c] = NONE;
                break;
            }
            long sentAt = chooser.sendAt(user, epochDay, c, streams, random);
            out[c] = receives ? policy.sendAt(user, epochDay, c, sentAt) : NONE;
        }
        return out;
    }
}
