package com.sendflowr.synth.generation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.EventType;
import com.sendflowr.synth.model.Tally;
import com.sendflowr.synth.testing.Runs;
import com.sendflowr.synth.testing.Runs.Fingerprint;
import com.sendflowr.synth.testing.Settings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@code generate --send-policy}: a model's send times replayed on the same seed, users and campaigns, with common
 * random numbers (each message's reaction draws from the message's own stream, whenever it is sent).
 */
class SendPolicyTest {

    private static final long DAY = 86_400_000L;

    private static ModelSettings days(int days, long seed) {
        return Settings.with("synth.window.days", Integer.toString(days), "synth.seed", Long.toString(seed));
    }

    /** Each user's true open probabilities as scores: the oracle. */
    private static SendPolicy oracle(ModelSettings settings) {
        return policy(settings, UserProfile::openProbabilityByHourOfWeek);
    }

    private static SendPolicy policy(ModelSettings settings, Function<UserProfile, double[]> scores) {
        Map<String, double[]> byUser = new HashMap<>();
        for (UserProfile user : Population.of(settings).users()) {
            byUser.put(user.recipient().id(), scores.apply(user));
        }
        return new SendPolicy(new RandomStreams(settings.seed()), byUser, DAY);
    }

    private static Tally tally(RunPlan plan) {
        Tally tally = new Tally();
        try {
            plan.generator().run(tally, HistoryGenerator.NO_PROGRESS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return tally;
    }

    @Test
    void replayingTheOraclesHoursOpensMoreMessagesThanTheScheduleOnTheSameSeed() {
        ModelSettings settings = days(14, 42);
        RunPlan schedule = RunPlan.of(settings, Shard.ALL, 2);
        Tally scheduled = tally(schedule);
        Tally replayed = tally(schedule.replay(oracle(settings)));
        // the same messages go out: only their times move
        assertThat(replayed.totals().sent()).isEqualTo(scheduled.totals().sent());
        double gain = replayed.totals().uniqueOpened() - scheduled.totals().uniqueOpened();
        // under common random numbers a message's open is one uniform draw against p(policy) vs p(schedule): the
        // gain's noise is far below sqrt(opens) (~240 here), so 5 % is a wide margin
        assertThat(gain).isGreaterThan(0.05 * scheduled.totals().uniqueOpened());
        assertThat(replayed.totals().uniqueClicked())
                .isGreaterThan(scheduled.totals().uniqueClicked());
    }

    @Test
    void twoReplaysOfTheSamePolicyAreByteIdenticalWhateverTheThreads() {
        ModelSettings settings = days(7, 42);
        Fingerprint first = replay(settings, oracle(settings), 1);
        Fingerprint second = replay(settings, oracle(settings), 2);
        assertThat(second).isEqualTo(first);
        assertThat(first).isNotEqualTo(Runs.jsonl(settings, Shard.ALL, 2));
    }

    @Test
    void aReplayOfTheRealisticProfileIsByteIdenticalToo() {
        ModelSettings settings = Settings.read(Settings.map(
                "synth.window.days",
                "7",
                "synth.time-zones.enabled",
                "true",
                "synth.cold-start.enabled",
                "true",
                "synth.fatigue.enabled",
                "true",
                "synth.deliverability.enabled",
                "true",
                "synth.drift.enabled",
                "true"));
        assertThat(replay(settings, oracle(settings), 2)).isEqualTo(replay(settings, oracle(settings), 3));
        assertThat(tally(RunPlan.of(settings, Shard.ALL, 2).replay(oracle(settings)))
                        .totals()
                        .uniqueOpened())
                .isGreaterThan(
                        tally(RunPlan.of(settings, Shard.ALL, 2)).totals().uniqueOpened());
    }

    private static Fingerprint replay(ModelSettings settings, SendPolicy policy, int threads) {
        try (Runs.JsonLinesDigest digest = new Runs.JsonLinesDigest()) {
            digest.write(settings, out -> {
                try {
                    RunPlan.of(settings, Shard.ALL, threads)
                            .replay(policy)
                            .generator()
                            .run(out, HistoryGenerator.NO_PROGRESS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            return digest.fingerprint();
        }
    }

    @Test
    void eachMessageGoesOutInTheRecommendedLocalHourWithinTheWindowAfterItsRelease() {
        ModelSettings settings =
                Settings.read(Settings.map("synth.window.days", "3", "synth.time-zones.enabled", "true"));
        int hourOfWeek = 10; // Monday 10:00 local; on other days 10:00 local is next best
        SendPolicy policy = policy(settings, user -> SendPolicy.hourScores(hourOfWeek));
        Map<String, UserProfile> users = new HashMap<>();
        Population.of(settings)
                .users()
                .forEach(user -> users.put(user.recipient().id(), user));
        long[] sends = new long[1];
        try {
            RunPlan.of(settings, Shard.ALL, 2)
                    .replay(policy)
                    .generator()
                    .run(
                            day -> {
                                for (EmailEvent event : day) {
                                    if (event.type() != EventType.SENT) {
                                        continue;
                                    }
                                    sends[0]++;
                                    UserProfile user =
                                            users.get(event.recipient().id());
                                    int local = user.traits().clock().minuteOfWeek(event.timestamp());
                                    long release = WeekTime.startOfDay(
                                            event.message().campaign().epochDay());
                                    assertThat(event.timestamp() - release).isBetween(0L, DAY - 1);
                                    // 10:00 local falls in every 24 h window, unless a DST change moves it out (none in
                                    // this window)
                                    assertThat(local % 1440 / 60)
                                            .as(user.traits().clock().zone().toString())
                                            .isEqualTo(10);
                                }
                            },
                            HistoryGenerator.NO_PROGRESS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(sends[0]).isGreaterThan(5_000);
    }

    /**
     * Common random numbers: two policies compared on the same messages differ by their effect; compared on different
     * messages, each run's own noise adds in. Replicates are different fortnights of the same population (the
     * default population does not depend on the window), so only the messages' randomness varies; the opens counted
     * are those of the campaigns of the first six days, whose events all fall inside the ten-day window. The
     * policies are close, as two models usually are: the oracle's hours, and the hour after them.
     */
    @Test
    void commonRandomNumbersMeasureAPolicysEffectWithFarLessNoiseThanIndependentRuns() {
        int replicates = 8;
        double[] common = new double[replicates];
        double[] independent = new double[replicates];
        for (int k = 0; k < replicates; k++) {
            ModelSettings week = week(k);
            ModelSettings otherWeek = week(k + replicates);
            double oracle = opens(week, oracle(week));
            common[k] = oracle - opens(week, hourAfter(week));
            independent[k] = oracle - opens(otherWeek, hourAfter(otherWeek));
        }
        double commonVariance = variance(common);
        double independentVariance = variance(independent);
        System.out.printf(
                "oracle minus the hour after, %d replicates: common random numbers mean %.1f variance %.1f; "
                        + "independent runs mean %.1f variance %.1f%n",
                replicates, mean(common), commonVariance, mean(independent), independentVariance);
        // F test, 7 and 7 degrees of freedom: equal variances give a ratio above 6.99 in 1 % of cases; ask for 10
        assertThat(independentVariance).isGreaterThan(10 * commonVariance);
    }

    private static ModelSettings week(int k) {
        return Settings.with(
                "synth.window.days",
                "10",
                "synth.window.start",
                java.time.LocalDate.of(2025, 10, 1).plusWeeks(2L * k).toString());
    }

    /** Messages opened of the campaigns released in the window's first six days. */
    private static double opens(ModelSettings settings, SendPolicy policy) {
        long first = WeekTime.epochDay(settings.window().startMillis());
        long[] opened = new long[1];
        try {
            RunPlan.of(settings, Shard.ALL, 2)
                    .replay(policy)
                    .generator()
                    .run(
                            day -> {
                                for (EmailEvent event : day) {
                                    long campaignDay =
                                            event.message().campaign().epochDay();
                                    if (event.type() == EventType.OPENED
                                            && event.occurrence() == 0
                                            && campaignDay >= first
                                            && campaignDay < first + 6) {
                                        opened[0]++;
                                    }
                                }
                            },
                            HistoryGenerator.NO_PROGRESS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return opened[0];
    }

    /** Each user's best hour moved one hour later. */
    private static SendPolicy hourAfter(ModelSettings settings) {
        return policy(settings, user -> {
            double[] truth = user.openProbabilityByHourOfWeek();
            double[] later = new double[168];
            for (int h = 0; h < 168; h++) {
                later[(h + 1) % 168] = truth[h];
            }
            return later;
        });
    }

    private static double mean(double[] x) {
        return java.util.Arrays.stream(x).average().orElseThrow();
    }

    private static double variance(double[] x) {
        double m = mean(x);
        return java.util.Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1);
    }

    @Test
    void usersWithoutARecommendationKeepTheSchedule() {
        ModelSettings settings = days(2, 42);
        SendPolicy nobody = new SendPolicy(new RandomStreams(42), Map.of(), DAY);
        RunPlan plan = RunPlan.of(settings, Shard.ALL, 2);
        List<Long> scheduleTimes = new java.util.ArrayList<>();
        List<Long> replayTimes = new java.util.ArrayList<>();
        Runs.days(
                settings,
                Shard.ALL,
                2,
                day -> day.stream()
                        .filter(e -> e.type() == EventType.SENT)
                        .forEach(e -> scheduleTimes.add(e.timestamp())));
        try {
            plan.replay(nobody)
                    .generator()
                    .run(
                            day -> day.stream()
                                    .filter(e -> e.type() == EventType.SENT)
                                    .forEach(e -> replayTimes.add(e.timestamp())),
                            HistoryGenerator.NO_PROGRESS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(replayTimes).isEqualTo(scheduleTimes);
    }
}
