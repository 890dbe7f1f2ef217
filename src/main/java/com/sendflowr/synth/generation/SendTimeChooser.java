package com.sendflowr.synth.generation;

/**
 * When a scheduled message is sent: at the configured schedule's time, or where a send-time policy puts it. The
 * schedule still draws which campaigns reach the user and at what time, so a policy changes the send time and
 * nothing else: every message keeps its own random stream (keyed by user and campaign), and a user's reaction to a
 * message draws the same random numbers under any policy (common random numbers).
 */
public interface SendTimeChooser {

    /** The configured schedule. */
    SendTimeChooser SCHEDULE = new SendTimeChooser() {
        @Override
        public long sendAt(UserProfile user, long campaignDay, int slot, long scheduledAt) {
            return scheduledAt;
        }
    };

    /**
     * @param campaignDay the UTC epoch day the campaign is released (at its start)
     * @param slot        the campaign's slot of the day
     * @param scheduledAt when the configured schedule sends it
     */
    long sendAt(UserProfile user, long campaignDay, int slot, long scheduledAt);

    /** How long after its campaign's day a send may go out at the latest, beyond the day itself. */
    default long latestDelayMillis() {
        return 0;
    }
}
