package com.sendflowr.synth.realism;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.generation.SendSchedule;
import com.sendflowr.synth.generation.WeekTime;
import com.sendflowr.synth.testing.ExpectationCheck;
import com.sendflowr.synth.testing.MessageLog;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Batch send schedules: in {@code calibrated}, each campaign goes out at 08:00, 12:00 or 18:00 on the recipients'
 * clocks over 90 minutes, and a tenth of sends at a random minute, so the logged sends cluster at a few hours (real
 * logs are confounded, not a randomised experiment). Shares are binomial: tolerances are z standard errors.
 */
class SendScheduleTest {

    static final double Z = 4;
    static RealismRun run;

    @BeforeAll
    static void generate() {
        run = RealismRun.calibratedAtScale();
    }

    @Test
    void mostSendsGoOutInTheThreeBusiestLocalHoursAsTheScheduleSays() {
        long[] local = new long[24];
        long[] utc = new long[24];
        List<MessageLog.Msg> sends = run.log.sentBetween(
                run.settings.window().startMillis(), run.settings.window().endMillis());
        for (MessageLog.Msg m : sends) {
            local[run.user(m).traits().clock().minuteOfWeek(m.sentAt) % WeekTime.MINUTES_PER_DAY / 60]++;
            utc[WeekTime.minuteOfWeek(m.sentAt) % WeekTime.MINUTES_PER_DAY / 60]++;
        }
        double n = sends.size();
        double localTop = topThree(local) / n;
        double utcTop = topThree(utc) / n;
        // 90% scheduled, two thirds of each 90-minute batch in its first hour; 10% spread over 24 hours
        double expected = 0.9 * 2 / 3 + 0.1 * 3 / 24;
        double se = Math.sqrt(expected * (1 - expected) / n);
        System.out.printf(
                "sends %,d: 3 busiest local hours %.3f (expected %.3f), 3 busiest UTC hours %.3f%n",
                sends.size(), localTop, expected, utcTop);
        assertThat(localTop).isGreaterThanOrEqualTo(0.40);
        assertThat(Math.abs(localTop - expected)).isLessThan(Z * se);
        assertThat(utcTop)
                .as("time zones spread a local schedule over UTC hours")
                .isLessThan(localTop);
    }

    @Test
    void theExplorationShareGoesOutOutsideTheBatches() {
        SendSchedule schedule = (SendSchedule) run.settings.sendPlan().sendTimes();
        long outside = 0;
        List<MessageLog.Msg> sends = run.log.sentBetween(
                run.settings.window().startMillis(), run.settings.window().endMillis());
        for (MessageLog.Msg m : sends) {
            int minute = run.user(m).traits().clock().minuteOfWeek(m.sentAt) % WeekTime.MINUTES_PER_DAY;
            boolean inBatch = schedule.times().stream()
                    .anyMatch(t -> Math.floorMod(minute - t, WeekTime.MINUTES_PER_DAY)
                            < schedule.spreadMillis() / WeekTime.MILLIS_PER_MINUTE);
            outside += inBatch ? 0 : 1;
        }
        double batchDay = schedule.times().size() * schedule.spreadMillis() / (double) WeekTime.MILLIS_PER_DAY;
        double expected = schedule.exploration() * (1 - batchDay);
        double share = (double) outside / sends.size();
        System.out.printf("sends outside the batches %.4f, expected %.4f%n", share, expected);
        assertThat(expected).isGreaterThan(0.05);
        assertThat(Math.abs(share - expected))
                .isLessThan(Z * Math.sqrt(expected * (1 - expected) / sends.size()) + 0.002);
    }

    @Test
    void onTheUtcClockEveryScheduledSendIsInsideItsBatch() {
        RealismRun utc = RealismRun.of(
                "synth.campaigns.send-times",
                "06:30, 21:45",
                "synth.campaigns.send-spread",
                "20m",
                "synth.time-zones.enabled",
                "true",
                "synth.window.days",
                "7");
        long[] byMinute = new long[WeekTime.MINUTES_PER_DAY];
        for (MessageLog.Msg m : utc.log.sentBetween(
                utc.settings.window().startMillis(), utc.settings.window().endMillis())) {
            byMinute[WeekTime.minuteOfWeek(m.sentAt) % WeekTime.MINUTES_PER_DAY]++;
        }
        long total = Arrays.stream(byMinute).sum();
        long inside = 0;
        for (int minute = 0; minute < 20; minute++) {
            inside += byMinute[6 * 60 + 30 + minute] + byMinute[21 * 60 + 45 + minute];
        }
        assertThat(total).isPositive();
        assertThat(inside).isEqualTo(total);
        // both times are used, each campaign at one of them
        assertThat(byMinute[6 * 60 + 30] + byMinute[6 * 60 + 40]).isPositive();
        assertThat(byMinute[21 * 60 + 45] + byMinute[21 * 60 + 55]).isPositive();
    }

    @Test
    void summaryPredictsTheScheduledCountsPerPersona() {
        assertThat(ExpectationCheck.perPersona(run.settings, run.plan.expectation(), run.tally, Z))
                .isEmpty();
    }

    @Test
    void summaryPredictsTheScheduledTotalsWithinTwoPercent() {
        var expected = run.plan.expectation().total();
        var actual = run.tally.totals();
        System.out.printf(
                "calibrated totals: sent %.0f/%.0f delivered %.0f/%.0f opened %.0f/%.0f unique %.0f/%.0f "
                        + "clicked %.0f/%.0f unique %.0f/%.0f%n",
                actual.sent(),
                expected.sent(),
                actual.delivered(),
                expected.delivered(),
                actual.opened(),
                expected.opened(),
                actual.uniqueOpened(),
                expected.uniqueOpened(),
                actual.clicked(),
                expected.clicked(),
                actual.uniqueClicked(),
                expected.uniqueClicked());
        assertThat(actual.sent() / expected.sent()).isCloseTo(1, org.assertj.core.data.Offset.offset(0.02));
        assertThat(actual.delivered() / expected.delivered()).isCloseTo(1, org.assertj.core.data.Offset.offset(0.02));
        assertThat(actual.opened() / expected.opened()).isCloseTo(1, org.assertj.core.data.Offset.offset(0.02));
        assertThat(actual.uniqueOpened() / expected.uniqueOpened())
                .isCloseTo(1, org.assertj.core.data.Offset.offset(0.02));
        // clicks are fewer: within 2% or four standard deviations of the count, whichever is wider
        double clickSd = Math.sqrt(expected.uniqueClicked()) / expected.uniqueClicked();
        assertThat(actual.uniqueClicked() / expected.uniqueClicked())
                .isCloseTo(1, org.assertj.core.data.Offset.offset(Math.max(0.02, Z * clickSd)));
    }

    private static long topThree(long[] counts) {
        long[] sorted = counts.clone();
        Arrays.sort(sorted);
        return sorted[23] + sorted[22] + sorted[21];
    }
}
