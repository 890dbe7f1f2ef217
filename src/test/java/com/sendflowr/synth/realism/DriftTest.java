package com.sendflowr.synth.realism;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.generation.UserDrift;
import com.sendflowr.synth.generation.UserProfile;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.testing.MessageLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feature 5: users drift over the window — their odds of opening and their hours move linearly, and some switch persona
 * at a date — and the ground truth records it. Early (first quarter) and late (last complete quarter) messages of the
 * users whose drift is large are compared; tolerances are four standard errors of the compared statistic.
 */
class DriftTest {

    static final double Z = 4;
    static RealismRun run;
    static long early;
    static long late;

    @BeforeAll
    static void generate() {
        run = RealismRun.of(
                "synth.drift.enabled",
                "true",
                "synth.drift.rate-change",
                "0.6",
                "synth.drift.peak-shift",
                "3h",
                "synth.drift.switch-share",
                "0.2",
                "synth.window.days",
                "60");
        long start = run.settings.window().startMillis();
        long end = run.settings.window().endMillis() - 5 * 86_400_000L;
        early = start + (end - start) / 4;
        late = end - (end - start) / 4;
    }

    @Test
    void openRatesDriftUpOrDownAsDrawn() {
        long[][] up = new long[2][2];
        long[][] down = new long[2][2];
        for (MessageLog.Msg m : run.complete(5)) {
            UserDrift drift = run.user(m).traits().drift();
            if (drift.switches() || m.deliveredAt == Long.MIN_VALUE || (m.sentAt >= early && m.sentAt < late)) {
                continue;
            }
            long[][] group = drift.rateChange() > 0.3 ? up : drift.rateChange() < -0.3 ? down : null;
            if (group != null) {
                long[] side = group[m.sentAt < early ? 0 : 1];
                side[0]++;
                side[1] += m.firstOpen != Long.MIN_VALUE ? 1 : 0;
            }
        }
        assertThat(logRatio("rate drift up", up)).isGreaterThan(0);
        assertThat(logRatio("rate drift down", down)).isLessThan(0);
    }

    /** Log of late over early open rate, asserted to be at least four standard errors from 0 (sign returned). */
    private static double logRatio(String what, long[][] group) {
        double p1 = (double) group[0][1] / group[0][0];
        double p2 = (double) group[1][1] / group[1][0];
        double ratio = Math.log(p2 / p1);
        double se = Math.sqrt((1 - p1) / group[0][1] + (1 - p2) / group[1][1]);
        System.out.printf("%s: early %.3f, late %.3f (log ratio %.3f ± %.3f)%n", what, p1, p2, ratio, se);
        assertThat(Math.abs(ratio)).as(what).isGreaterThan(Z * se);
        return ratio;
    }

    @Test
    void hoursDriftLaterOrEarlierAsDrawn() {
        double[][] later = new double[2][3];
        double[][] earlier = new double[2][3];
        for (MessageLog.Msg m : run.log.messages()) {
            UserProfile user = run.user(m);
            UserDrift drift = user.traits().drift();
            if (drift.switches()
                    || !m.persona.equals("morning_person")
                    || m.firstOpen == Long.MIN_VALUE
                    || (m.firstOpen >= early && m.firstOpen < late)) {
                continue;
            }
            double[][] group =
                    drift.peakShiftMinutes() > 100 ? later : drift.peakShiftMinutes() < -100 ? earlier : null;
            int minuteOfDay = user.traits().clock().minuteOfWeek(m.firstOpen) % 1440;
            if (group == null || minuteOfDay < 3 * 60 || minuteOfDay >= 15 * 60) {
                continue;
            }
            double[] side = group[m.firstOpen < early ? 0 : 1];
            side[0]++;
            side[1] += minuteOfDay;
            side[2] += (double) minuteOfDay * minuteOfDay;
        }
        assertThat(meanShift("hours drift later", later)).isGreaterThan(0);
        assertThat(meanShift("hours drift earlier", earlier)).isLessThan(0);
    }

    private static double meanShift(String what, double[][] group) {
        double m1 = group[0][1] / group[0][0];
        double m2 = group[1][1] / group[1][0];
        double v1 = group[0][2] / group[0][0] - m1 * m1;
        double v2 = group[1][2] / group[1][0] - m2 * m2;
        double se = Math.sqrt(v1 / group[0][0] + v2 / group[1][0]);
        System.out.printf("%s: mean local open minute early %.0f, late %.0f (± %.1f)%n", what, m1, m2, se);
        assertThat(Math.abs(m2 - m1)).as(what).isGreaterThan(Z * se);
        return m2 - m1;
    }

    @Test
    void personaSwitchesHappenAtTheirDateAndAreLabelledAndRecorded() {
        long switchers =
                run.users.stream().filter(u -> u.traits().drift().switches()).count();
        int n = run.users.size();
        assertThat(Math.abs(switchers - 0.2 * n)).isLessThan(Z * Math.sqrt(n * 0.2 * 0.8));
        for (MessageLog.Msg m : run.log.messages()) {
            UserProfile user = run.user(m);
            UserDrift drift = user.traits().drift();
            String expected = drift.switches() && m.sentAt >= drift.switchAt()
                    ? drift.switchedTo().persona().name()
                    : user.persona().name();
            for (EmailEvent e : m.events) {
                assertThat(e.recipient().persona()).isEqualTo(expected);
            }
        }
        for (int i = 0; i < n; i++) {
            assertThat(run.truth.get(i).recipientId())
                    .isEqualTo(run.users.get(i).recipient().id());
            assertThat(run.truth.get(i).drift())
                    .isSameAs(run.users.get(i).traits().drift());
        }
    }

    @Test
    void summaryExpectsTheDriftedCounts() {
        double expected = run.plan.expectation().total().events();
        double actual = run.tally.totals().events();
        assertThat(Math.abs(actual / expected - 1)).isLessThan(0.02);
        run.plan
                .expectation()
                .byPersona()
                .forEach((persona, counts) -> assertThat(
                                Math.abs(run.tally.of(persona).sent() - counts.sent()))
                        .as(persona)
                        .isLessThan(Z * Math.sqrt(counts.sent()) + 0.02 * counts.sent()));
    }
}
