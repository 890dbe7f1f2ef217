package com.sendflowr.synth.generation;

/**
 * When one campaign of a day goes to one user. The sends of a user's day are drawn by {@link DailySends} in campaign
 * order; a chooser draws only from the stream it is given (the user's sends stream of that day), so what it does
 * never moves another feature's draws. The origin's {@link #RANDOM_MINUTE}, batch {@link SendSchedule}s and a replayed
 * send policy are choosers side by side.
 */
public interface SendTimeChooser {

    /** The origin document's spread: each campaign reaches each user at a uniformly random instant of the UTC day. */
    SendTimeChooser RANDOM_MINUTE = new SendTimeChooser() {
        @Override
        public long sendAt(UserProfile user, long epochDay, int slot, RandomStreams streams, SeededRandom random) {
            return WeekTime.startOfDay(epochDay) + random.nextLong(0, WeekTime.MILLIS_PER_DAY);
        }

        @Override
        public double dayShare(long fromMillis, long toMillis, long epochDay, LocalClock clock) {
            return (double) (toMillis - fromMillis) / WeekTime.MILLIS_PER_DAY;
        }
    };

    /**
     * The send instant of campaign {@code slot} of UTC day {@code epochDay} to {@code user}; always inside that UTC day
     * (the generator hands on each day's events once the next day's sends are drawn). Per-campaign decisions derive
     * their own stream from {@code streams}; per-send ones draw from {@code random}.
     */
    long sendAt(UserProfile user, long epochDay, int slot, RandomStreams streams, SeededRandom random);

    /**
     * The expected share of a user's sends of UTC day {@code epochDay} that go out in {@code [fromMillis, toMillis)}
     * (inside that day), for a user on {@code clock}: what {@code summary} predicts from. It depends on the day only
     * through the clock's offset at the day's start (the expectation caches it by that offset).
     */
    double dayShare(long fromMillis, long toMillis, long epochDay, LocalClock clock);

    /** Whether sends spread evenly over the UTC day (the origin's model, which the expectation has a closed form for). */
    default boolean uniform() {
        return this == RANDOM_MINUTE;
    }
}
