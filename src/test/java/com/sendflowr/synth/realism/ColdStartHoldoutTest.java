package com.sendflowr.synth.realism;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.generation.GroundTruth;
import com.sendflowr.synth.generation.UserProfile;
import com.sendflowr.synth.model.FunnelCounts;
import com.sendflowr.synth.testing.MessageLog;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feature 9: a share of users joins late in the window (nothing is sent to them before their join instant, so they
 * have few events), and the manifest splits users 80/20 into train and holdout within every persona, the same way on
 * every run of a seed.
 */
class ColdStartHoldoutTest {

    static final double Z = 4;
    static RealismRun run;

    @BeforeAll
    static void generate() {
        run = RealismRun.of(
                "synth.cold-start.enabled",
                "true",
                "synth.cold-start.share",
                "0.2",
                "synth.holdout.enabled",
                "true",
                "synth.window.days",
                "28");
    }

    @Test
    void aShareOfUsersJoinsLateAndReceivesNothingBefore() {
        int n = run.users.size();
        long late = run.users.stream().filter(u -> u.traits().coldStart()).count();
        assertThat(Math.abs(late - 0.2 * n)).isLessThan(Z * Math.sqrt(n * 0.2 * 0.8));
        long start = run.settings.window().startMillis();
        long length = run.settings.window().endMillis() - start;
        for (UserProfile user : run.users) {
            if (user.traits().coldStart()) {
                assertThat(user.traits().joinedAt()).isBetween(start + length / 2, start + (long) (0.95 * length));
            }
        }
        for (MessageLog.Msg m : run.log.messages()) {
            assertThat(m.sentAt).isGreaterThanOrEqualTo(run.user(m).traits().joinedAt());
        }
        long[] sends = new long[n];
        run.log.messages().forEach(m -> sends[m.user]++);
        double lateMean = run.users.stream()
                .filter(u -> u.traits().coldStart())
                .mapToLong(u -> sends[u.recipient().index()])
                .average()
                .orElseThrow();
        double earlyMean = run.users.stream()
                .filter(u -> !u.traits().coldStart())
                .mapToLong(u -> sends[u.recipient().index()])
                .average()
                .orElseThrow();
        System.out.printf("messages per user: %.1f joined before, %.1f cold start%n", earlyMean, lateMean);
        // joined between half and 95% of the window: on average 27.5% of it left
        assertThat(lateMean / earlyMean).isBetween(0.2, 0.35);
    }

    @Test
    void summaryExpectsTheSendsColdStartUsersMiss() {
        FunnelCounts expected = run.plan.expectation().total();
        FunnelCounts actual = run.tally.totals();
        assertThat(Math.abs(actual.sent() / expected.sent() - 1)).isLessThan(0.02);
        assertThat(Math.abs(actual.events() / expected.events() - 1)).isLessThan(0.02);
    }

    @Test
    void holdoutIsTwentyPercentOfEveryPersonaAndDeterministic() {
        Map<String, List<GroundTruth>> byPersona =
                run.truth.stream().collect(Collectors.groupingBy(GroundTruth::persona));
        byPersona.forEach((persona, rows) -> {
            long held = rows.stream().filter(r -> r.split().equals("holdout")).count();
            assertThat(held).as(persona).isEqualTo(Math.round(0.2 * rows.size()));
        });
        List<String> again = RealismRun.of(
                        "synth.cold-start.enabled",
                        "true",
                        "synth.cold-start.share",
                        "0.2",
                        "synth.holdout.enabled",
                        "true",
                        "synth.window.days",
                        "1")
                .truth
                .stream()
                .map(GroundTruth::split)
                .toList();
        assertThat(again).isEqualTo(run.truth.stream().map(GroundTruth::split).toList());
        List<String> otherSeed =
                RealismRun.of("synth.holdout.enabled", "true", "synth.seed", "7", "synth.window.days", "1")
                        .truth
                        .stream()
                        .map(GroundTruth::split)
                        .toList();
        assertThat(otherSeed).isNotEqualTo(again);
    }
}
