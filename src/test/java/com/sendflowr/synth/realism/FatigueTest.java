package com.sendflowr.synth.realism;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.generation.Fatigue;
import com.sendflowr.synth.testing.MessageLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feature 3: each send in the 24 h before a message lowers the odds of opening it, and the user recovers as sends age
 * out. With half the audience per campaign, users get 0–8 sends a day; the open rate of messages after 5 recent sends
 * is compared with that after 1 — their ratio must be the configured factor ratio within the log-ratio's standard
 * error, and well below 1.
 */
class FatigueTest {

    static final double Z = 4;
    static RealismRun run;

    @BeforeAll
    static void generate() {
        run = RealismRun.of(
                "synth.fatigue.enabled", "true", "synth.campaigns.audience-share", "0.5", "synth.window.days", "42");
    }

    @Test
    void openRateAfterFiveRecentSendsIsLowerThanAfterOneByTheConfiguredFactor() {
        Map<Integer, List<MessageLog.Msg>> byUser = new HashMap<>();
        for (MessageLog.Msg m : run.log.messages()) {
            byUser.computeIfAbsent(m.user, u -> new ArrayList<>()).add(m);
        }
        long lookback = 86_400_000L;
        long from = run.settings.window().startMillis() + lookback;
        long to = run.settings.window().endMillis() - 5 * 86_400_000L;
        long[] delivered = new long[16];
        long[] opened = new long[16];
        for (List<MessageLog.Msg> messages : byUser.values()) {
            messages.sort((a, b) -> Long.compare(a.sentAt, b.sentAt));
            for (int i = 0; i < messages.size(); i++) {
                MessageLog.Msg m = messages.get(i);
                if (m.sentAt < from || m.sentAt >= to || m.deliveredAt == Long.MIN_VALUE) {
                    continue;
                }
                int recent = 0;
                for (int j = i - 1; j >= 0 && messages.get(j).sentAt >= m.sentAt - lookback; j--) {
                    recent++;
                }
                recent = Math.min(recent, 15);
                delivered[recent]++;
                opened[recent] += m.firstOpen != Long.MIN_VALUE ? 1 : 0;
            }
        }
        double after1 = (double) opened[1] / delivered[1];
        double after5 = (double) opened[5] / delivered[5];
        Fatigue fatigue = run.settings.realism().fatigue();
        double expectedRatio = fatigue.factor(5) / fatigue.factor(1);
        double se = Math.sqrt((1 - after1) / opened[1] + (1 - after5) / opened[5]);
        System.out.printf(
                "open rate after 1 recent send %.3f (%d), after 5 %.3f (%d): ratio %.3f, configured %.3f%n",
                after1, delivered[1], after5, delivered[5], after5 / after1, expectedRatio);
        assertThat(Math.abs(Math.log(after5 / after1) - Math.log(expectedRatio)))
                .isLessThan(Z * se);
        assertThat(Math.log(after5 / after1)).isLessThan(-Z * se);
    }

    @Test
    void summaryExpectsTheFatiguedOpens() {
        double expected = run.plan.expectation().total().uniqueOpened();
        double actual = run.tally.totals().uniqueOpened();
        assertThat(Math.abs(actual / expected - 1)).isLessThan(0.02);
    }
}
