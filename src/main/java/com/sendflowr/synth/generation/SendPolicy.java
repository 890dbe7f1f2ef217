package com.sendflowr.synth.generation;

import com.sendflowr.synth.generation.RandomStreams.Purpose;
import java.util.Map;

/**
 * A model's send times replayed: each message goes out in the user's best-scoring local hour of the week within
 * {@code window} after its campaign's release (the start of the campaign's UTC day), at a minute within that hour
 * drawn from the message's own stream. Users without scores keep the configured schedule. The schedule still draws
 * which campaigns reach the user, so a policy changes the send time and nothing else: every message keeps its own
 * random stream (keyed by user and campaign), and a user's reaction to a message draws the same random numbers under
 * any policy (common random numbers).
 */
public final class SendPolicy {

    private static final long HOUR = 3_600_000L;

    /** No policy: every message goes out when the configured schedule ({@link SendTimeChooser}) says. */
    public static final SendPolicy SCHEDULE = new SendPolicy();

    private final RandomStreams streams;
    private final Map<String, double[]> scores;
    private final long windowMillis;

    /**
     * @param scores by recipient id: 168 scores for the local hours of the week (0 = Monday 00:00), higher = better
     */
    private SendPolicy() {
        this.streams = null;
        this.scores = Map.of();
        this.windowMillis = 0;
    }

    public SendPolicy(RandomStreams streams, Map<String, double[]> scores, long windowMillis) {
        if (windowMillis < HOUR) {
            throw new IllegalArgumentException("the send window must be at least an hour");
        }
        this.streams = streams;
        this.scores = Map.copyOf(scores);
        this.windowMillis = windowMillis;
    }

    /** Scores that put a single recommended hour of the week first, and the same hour on other days next. */
    public static double[] hourScores(int hourOfWeek) {
        double[] s = new double[168];
        for (int h = 0; h < 168; h++) {
            s[h] = h == hourOfWeek ? 2 : h % 24 == hourOfWeek % 24 ? 1 : 0;
        }
        return s;
    }

    /**
     * When the message of campaign {@code slot} of UTC day {@code campaignDay}, scheduled at {@code scheduledAt}, goes
     * out to {@code user}.
     */
    public long sendAt(UserProfile user, long campaignDay, int slot, long scheduledAt) {
        double[] s = scores.get(user.recipient().id());
        if (s == null) {
            return scheduledAt;
        }
        LocalClock clock = user.traits().clock();
        long release = WeekTime.startOfDay(campaignDay);
        long end = release + windowMillis;
        long bestStart = release;
        double best = Double.NEGATIVE_INFINITY;
        // each local hour that begins in the window (or is under way at its start), earliest first
        for (long at = release; at < end; ) {
            int minute = clock.minuteOfWeek(at);
            long hourStart = at - (minute % 60) * WeekTime.MILLIS_PER_MINUTE;
            double score = s[minute / 60];
            if (score > best) {
                best = score;
                bestStart = Math.max(hourStart, release);
            }
            at = hourStart + HOUR;
        }
        long hourEnd = Math.min(
                end, bestStart - Math.floorMod(clock.minuteOfWeek(bestStart), 60) * WeekTime.MILLIS_PER_MINUTE + HOUR);
        long messageKey = campaignDay * 256 + slot;
        long bits = streams.derive(Purpose.SEND_POLICY, user.recipient().index(), messageKey);
        return bestStart + (long) (((bits >>> 11) * 0x1.0p-53) * (hourEnd - bestStart));
    }

    /** How long after its campaign's day a send may go out at the latest, beyond the day itself. */
    public long latestDelayMillis() {
        return windowMillis;
    }
}
