package com.sendflowr.synth.realism;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.generation.Fatigue;
import com.sendflowr.synth.generation.WeekTime;
import com.sendflowr.synth.testing.MessageLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cadence and fatigue at marketing rates in {@code calibrated}: one campaign a day to half the list (~3.5 sends per
 * user a week), and each send in the prior seven days lowers the odds of opening, so for the same users the open rate
 * after 3+ recent sends is 5–45% below that after 0–1 (GetResponse: 30.1% at one newsletter a week, 22.5% at three).
 */
class CadenceTest {

    static final double Z = 4;
    static final long WEEK = 7 * WeekTime.MILLIS_PER_DAY;
    static RealismRun run;

    @BeforeAll
    static void generate() {
        run = RealismRun.calibratedAtScale();
    }

    @Test
    void usersGetOneToSevenSendsAWeek() {
        double weeks = run.settings.window().days() / 7.0;
        Map<Integer, Integer> sends = new HashMap<>();
        for (MessageLog.Msg m : run.log.sentBetween(
                run.settings.window().startMillis(), run.settings.window().endMillis())) {
            sends.merge(m.user, 1, Integer::sum);
        }
        int users = run.users.size();
        double perWeek = sends.values().stream().mapToInt(Integer::intValue).sum() / weeks / users;
        double expected = 7 * run.settings.sendPlan().sendsPerDay();
        // a user's sends: binomial over every campaign of the window
        double se = Math.sqrt(7 * 0.25 * weeks * users) / weeks / users;
        long outside = sends.values().stream()
                        .filter(s -> s / weeks < 1 || s / weeks > 7)
                        .count()
                + users
                - sends.size();
        System.out.printf(
                "sends per user per week %.2f (expected %.2f); users outside 1-7 a week: %d of %d%n",
                perWeek, expected, outside, users);
        assertThat(perWeek).isBetween(1.0, 7.0);
        assertThat(Math.abs(perWeek - expected)).isLessThan(Z * se);
        assertThat(outside).isZero();
    }

    @Test
    void theOpenRateAfterThreeOrMoreSendsInAWeekIsFiveToFortyFivePercentLower() {
        Map<Integer, List<MessageLog.Msg>> byUser = new HashMap<>();
        for (MessageLog.Msg m : run.log.messages()) {
            if (!run.user(m).traits().privacyProxy()) {
                // behind the proxy the reader's own opens are invisible
                byUser.computeIfAbsent(m.user, u -> new ArrayList<>()).add(m);
            }
        }
        Fatigue fatigue = run.settings.realism().fatigue();
        assertThat(fatigue.lookback()).isEqualTo(WEEK);
        long from = run.settings.window().startMillis() + WEEK;
        long to = run.settings.window().endMillis() - 14 * WeekTime.MILLIS_PER_DAY;
        long[] delivered = new long[2];
        long[] opened = new long[2];
        double[] factorSum = new double[2];
        for (List<MessageLog.Msg> messages : byUser.values()) {
            messages.sort((a, b) -> Long.compare(a.sentAt, b.sentAt));
            for (int i = 0; i < messages.size(); i++) {
                MessageLog.Msg m = messages.get(i);
                if (m.sentAt < from || m.sentAt >= to || m.deliveredAt == Long.MIN_VALUE) {
                    continue;
                }
                int recent = 0;
                for (int j = i - 1; j >= 0 && messages.get(j).sentAt >= m.sentAt - WEEK; j--) {
                    recent++;
                }
                if (recent == 2) {
                    continue;
                }
                int group = recent >= 3 ? 1 : 0;
                delivered[group]++;
                opened[group] += m.firstOpen != Long.MIN_VALUE ? 1 : 0;
                factorSum[group] += fatigue.factor(recent);
            }
        }
        double few = (double) opened[0] / delivered[0];
        double many = (double) opened[1] / delivered[1];
        double ratio = many / few;
        double modelRatio = (factorSum[1] / delivered[1]) / (factorSum[0] / delivered[0]);
        double se = Math.sqrt((1 - few) / opened[0] + (1 - many) / opened[1]);
        System.out.printf(
                "open rate after 0-1 sends in 7 days %.3f (%d), after 3+ %.3f (%d): %.1f%% lower "
                        + "(model %.1f%%, se of the log ratio %.3f)%n",
                few, delivered[0], many, delivered[1], 100 * (1 - ratio), 100 * (1 - modelRatio), se);
        assertThat(Math.abs(Math.log(ratio) - Math.log(modelRatio))).isLessThan(Z * se);
        assertThat(1 - ratio).isBetween(0.05, 0.45);
        // the band holds with room for the sampling error
        assertThat(1 - modelRatio).isBetween(0.05 + 0.01, 0.45 - 0.01);
        assertThat(Math.log(ratio)).isLessThan(-Z * se);
    }
}
