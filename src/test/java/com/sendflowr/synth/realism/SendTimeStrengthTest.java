package com.sendflowr.synth.realism;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.generation.SendTimeStrength;
import com.sendflowr.synth.generation.UserProfile;
import com.sendflowr.synth.testing.MessageLog;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feature 8: the strength of the send-time effect follows {@code synth.engagement.send-time-strength}. Deliveries are
 * classed by the user's free time after them (the default send-time response of the delivery's local hour: good ≥ 1.5,
 * dead ≤ 0.5); the lift is the open rate of good deliveries over dead ones. Tolerances are standard errors of the
 * log-ratio of two binomial proportions on this sample; the measured open counts must also match the manifest's
 * ground truth (expected P(opened) by local hour of week, per user) within four standard deviations.
 */
class SendTimeStrengthTest {

    static final double Z = 4;
    static final Map<SendTimeStrength, Lift> LIFTS = new EnumMap<>(SendTimeStrength.class);

    record Lift(long goodOpened, long good, long deadOpened, long dead, long opened, double expected, double variance) {
        double ratio() {
            return ((double) goodOpened / good) / ((double) deadOpened / dead);
        }

        double logSe() {
            double p1 = (double) goodOpened / good;
            double p2 = (double) deadOpened / dead;
            return Math.sqrt((1 - p1) / (good * p1) + (1 - p2) / (dead * p2));
        }
    }

    @BeforeAll
    static void measure() {
        for (SendTimeStrength strength : SendTimeStrength.values()) {
            RealismRun run = RealismRun.of(
                    "synth.engagement.send-time-strength", strength.wireName(), "synth.window.days", "42");
            long goodOpened = 0, good = 0, deadOpened = 0, dead = 0, opened = 0;
            double expected = 0, variance = 0;
            for (MessageLog.Msg m : run.complete(5)) {
                if (m.deliveredAt == Long.MIN_VALUE) {
                    continue;
                }
                UserProfile user = run.user(m);
                int hour = run.localHourOfWeek(m, m.deliveredAt);
                boolean open = m.firstOpen != Long.MIN_VALUE;
                double freeTime = user.response().hourMean(hour);
                if (freeTime >= 1.5) {
                    good++;
                    goodOpened += open ? 1 : 0;
                } else if (freeTime <= 0.5) {
                    dead++;
                    deadOpened += open ? 1 : 0;
                }
                double p = run.truth.get(m.user).openProbabilityByHourOfWeek()[hour];
                expected += p;
                variance += p * (1 - p);
                opened += open ? 1 : 0;
            }
            Lift lift = new Lift(goodOpened, good, deadOpened, dead, opened, expected, variance);
            System.out.printf(
                    "send-time %-7s lift %.3f (±%.3f log SE; good %d/%d, dead %d/%d), opened %d vs truth %.0f%n",
                    strength.wireName(),
                    lift.ratio(),
                    lift.logSe(),
                    goodOpened,
                    good,
                    deadOpened,
                    dead,
                    opened,
                    expected);
            LIFTS.put(strength, lift);
        }
    }

    @Test
    void noneMakesTheDeliveryTimeIrrelevant() {
        Lift none = LIFTS.get(SendTimeStrength.NONE);
        assertThat(Math.abs(Math.log(none.ratio()))).isLessThan(Z * none.logSe());
    }

    @Test
    void defaultOpensGoodDeliveriesMoreOften() {
        Lift lift = LIFTS.get(SendTimeStrength.DEFAULT);
        assertThat(Math.log(lift.ratio())).isGreaterThan(Z * lift.logSe());
    }

    @Test
    void strongLiftsMoreThanDefault() {
        Lift strong = LIFTS.get(SendTimeStrength.STRONG);
        Lift normal = LIFTS.get(SendTimeStrength.DEFAULT);
        double se = Math.hypot(strong.logSe(), normal.logSe());
        assertThat(Math.log(strong.ratio()) - Math.log(normal.ratio())).isGreaterThan(Z * se);
    }

    @Test
    void measuredOpensFollowTheManifestGroundTruth() {
        for (Map.Entry<SendTimeStrength, Lift> entry : LIFTS.entrySet()) {
            Lift lift = entry.getValue();
            assertThat(Math.abs(lift.opened() - lift.expected()))
                    .as(entry.getKey().wireName())
                    .isLessThan(Z * Math.sqrt(lift.variance()));
        }
    }
}
