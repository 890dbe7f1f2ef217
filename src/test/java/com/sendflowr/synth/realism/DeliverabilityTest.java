package com.sendflowr.synth.realism;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.generation.Deliverability;
import com.sendflowr.synth.generation.UserProfile;
import com.sendflowr.synth.model.EventType;
import com.sendflowr.synth.testing.MessageLog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feature 6: bounces (hard and soft) instead of deliveries, deferred deliveries that come late, spam complaints and
 * unsubscribes after opens; after a hard bounce, a complaint or an unsubscribe the user is sent nothing more. Rates are
 * raised here so the sample measures them; tolerances are four binomial standard errors.
 */
class DeliverabilityTest {

    static final double Z = 4;
    static RealismRun run;

    @BeforeAll
    static void generate() {
        run = RealismRun.of(
                "synth.deliverability.enabled",
                "true",
                "synth.deliverability.bounce-rate",
                "0.05",
                "synth.deliverability.hard-bounce-share",
                "0.3",
                "synth.deliverability.unsubscribe-rate",
                "0.01",
                "synth.deliverability.spam-rate",
                "0.005",
                "synth.window.days",
                "42");
    }

    @Test
    void bouncesReplaceDeliveriesAtTheConfiguredRates() {
        List<MessageLog.Msg> messages = run.complete(5);
        long bounced = messages.stream().filter(m -> m.bounceType != null).count();
        long hard = messages.stream().filter(m -> "hard".equals(m.bounceType)).count();
        assertWithin("bounce rate", bounced, messages.size(), 0.05);
        assertWithin("hard share", hard, bounced, 0.3);
        assertThat(messages.stream().filter(m -> m.bounceType != null && m.deliveredAt != Long.MIN_VALUE))
                .isEmpty();
    }

    @Test
    void deferredDeliveriesComeLateAndAreFlagged() {
        List<MessageLog.Msg> delivered = run.complete(5).stream()
                .filter(m -> m.deliveredAt != Long.MIN_VALUE)
                .toList();
        long deferred = delivered.stream().filter(m -> m.deferred).count();
        assertWithin("deferral rate", deferred, delivered.size(), 0.05);
        for (MessageLog.Msg m : delivered) {
            long delay = m.deliveredAt - m.sentAt;
            if (m.deferred) {
                assertThat(delay).isBetween(5 * 60_000L, 6 * 3_600_000L);
            } else {
                assertThat(delay).isBetween(1_000L, 30_000L);
            }
        }
    }

    @Test
    void complaintsAndUnsubscribesFollowOpensAndStopFurtherSends() {
        List<MessageLog.Msg> opened = run.complete(5).stream()
                .filter(m -> m.firstOpen != Long.MIN_VALUE)
                .toList();
        long spam = opened.stream().filter(m -> m.markedSpam != Long.MIN_VALUE).count();
        long unsubscribed =
                opened.stream().filter(m -> m.unsubscribed != Long.MIN_VALUE).count();
        assertWithin("spam per open", spam, opened.size(), 0.005);
        assertWithin("unsubscribes per open", unsubscribed, opened.size(), 0.01);
        Map<Integer, Long> stops = new HashMap<>();
        for (MessageLog.Msg m : run.log.messages()) {
            long stop = Math.min(
                    m.markedSpam == Long.MIN_VALUE ? Long.MAX_VALUE : m.markedSpam,
                    m.unsubscribed == Long.MIN_VALUE ? Long.MAX_VALUE : m.unsubscribed);
            if ("hard".equals(m.bounceType)) {
                stop = Math.min(stop, m.bouncedAt);
            }
            if (stop != Long.MAX_VALUE) {
                stops.merge(m.user, stop, Math::min);
                if (m.markedSpam != Long.MIN_VALUE) {
                    assertThat(m.markedSpam).isGreaterThan(m.firstOpen);
                }
                if (m.unsubscribed != Long.MIN_VALUE) {
                    assertThat(m.unsubscribed).isGreaterThan(m.firstOpen);
                }
            }
        }
        assertThat(stops).isNotEmpty();
        for (MessageLog.Msg m : run.log.messages()) {
            Long stop = stops.get(m.user);
            if (stop != null) {
                assertThat(m.sentAt).as("send to a stopped user").isLessThan(stop);
            }
        }
    }

    /**
     * With the default rates, the summary's expected counts hold. Users stop at random times, so the count of sends
     * varies far more than a binomial: per user, sends ≈ r·Y with Y the part of the window before the stop
     * (stop ~ history start + Exp(λ), λ = r·(P(hard bounce) + P(delivered)·open rate·P(complaint or unsubscribe))),
     * Var ≈ r²·Var(Y) + r·E[Y]; the tolerance is four of those standard deviations (scaled by events per send).
     */
    @Test
    void summaryExpectsTheDeliverabilityEvents() {
        RealismRun defaults = RealismRun.of("synth.deliverability.enabled", "true", "synth.window.days", "42");
        Map<EventType, Double> expected = defaults.plan.expectation().deliverability();
        for (EventType type : List.of(EventType.BOUNCED, EventType.MARKED_SPAM, EventType.UNSUBSCRIBED)) {
            double want = expected.get(type);
            long got = defaults.tally.count(type);
            System.out.printf("%-13s expected %.0f actual %d%n", type.wireName(), want, got);
            assertThat(Math.abs(got - want)).as(type.wireName()).isLessThan(Z * Math.sqrt(want) + 0.05 * want);
        }
        double sd = sendsSd(defaults);
        double expectedSent = defaults.plan.expectation().total().sent();
        double expectedEvents = defaults.plan.expectation().total().events();
        double sent = defaults.tally.totals().sent();
        double events = defaults.tally.totals().events();
        System.out.printf(
                "sent %.0f vs %.0f (SD %.0f), events %.0f vs %.0f%n", sent, expectedSent, sd, events, expectedEvents);
        assertThat(Math.abs(sent - expectedSent)).isLessThan(Z * sd);
        assertThat(Math.abs(events - expectedEvents)).isLessThan(Z * sd * expectedEvents / expectedSent);
    }

    private static double sendsSd(RealismRun run) {
        var settings = run.settings;
        Deliverability d = settings.realism().deliverability();
        double r = settings.sendPlan().campaignsPerDay() * settings.sendPlan().audienceShare() / 24;
        long span = settings.funnel().longestMessageSpan();
        double historyStart = Math.floorDiv(settings.window().startMillis() - span, 86_400_000L) * 24.0;
        double a = settings.window().startMillis() / 3_600_000.0 - historyStart;
        double b = settings.window().endMillis() / 3_600_000.0 - historyStart;
        double variance = 0;
        for (UserProfile user : run.users) {
            double lambda = r
                    * (d.bounceRate() * d.hardBounceShare()
                            + (1 - d.bounceRate())
                                    * settings.funnel().deliveryRate()
                                    * user.openRate()
                                    * (d.spamRate() + d.unsubscribeRate()));
            double mean = 0;
            double square = 0;
            double step = 1;
            for (double x = a; x < b; x += step) {
                double survive = Math.exp(-lambda * x) * step;
                mean += survive;
                square += 2 * (x - a) * survive;
            }
            variance += r * r * (square - mean * mean) + r * mean;
        }
        return Math.sqrt(variance);
    }

    private static void assertWithin(String what, long count, long trials, double p) {
        double se = Math.sqrt(trials * p * (1 - p));
        System.out.printf("%s: %d of %d (%.4f, configured %.4f)%n", what, count, trials, (double) count / trials, p);
        assertThat(Math.abs(count - trials * p)).as(what).isLessThan(Z * se);
    }
}
