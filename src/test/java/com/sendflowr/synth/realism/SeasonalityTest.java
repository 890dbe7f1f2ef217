package com.sendflowr.synth.realism;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.generation.WeekTime;
import com.sendflowr.synth.testing.MessageLog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feature 2: special calendar days scale the day's send volume and the odds of opening. Black Friday (volume 2,
 * engagement 0.85) is compared with the two Fridays around it: sends are counts of binomial trials, open rates
 * binomial proportions; tolerances are four standard errors.
 */
class SeasonalityTest {

    static final double Z = 4;
    static final long BLACK_FRIDAY = LocalDate.parse("2025-11-28").toEpochDay();
    static final List<Long> NORMAL_FRIDAYS = List.of(
            LocalDate.parse("2025-11-21").toEpochDay(),
            LocalDate.parse("2025-12-05").toEpochDay());
    static RealismRun run;

    @BeforeAll
    static void generate() {
        run = RealismRun.of(
                "synth.seasonality.enabled", "true", "synth.window.start", "2025-11-14", "synth.window.days", "28");
    }

    @Test
    void blackFridaySendsTwiceTheVolumeOfANormalFriday() {
        long black = 0;
        long normal = 0;
        for (MessageLog.Msg m : run.log.messages()) {
            long day = WeekTime.epochDay(m.sentAt);
            if (day == BLACK_FRIDAY) {
                black++;
            } else if (NORMAL_FRIDAYS.contains(day)) {
                normal++;
            }
        }
        double perNormalFriday = normal / 2.0;
        double ratio = black / perNormalFriday;
        double se = ratio * Math.sqrt(1.0 / black + 1.0 / normal);
        System.out.printf(
                "sends: Black Friday %d, normal Friday %.0f (ratio %.3f ± %.3f)%n", black, perNormalFriday, ratio, se);
        assertThat(Math.abs(ratio - 2.0)).isLessThan(Z * se);
        assertThat(run.log.messages().stream()
                        .filter(m -> WeekTime.epochDay(m.sentAt) == BLACK_FRIDAY)
                        .map(m -> m.events.get(0).campaign().name()))
                .allMatch(name -> name.startsWith("Black Friday: "));
    }

    @Test
    void blackFridayMessagesAreOpenedLessOften() {
        long[] black = new long[2];
        long[] normal = new long[2];
        for (MessageLog.Msg m : run.log.messages()) {
            if (m.deliveredAt == Long.MIN_VALUE
                    || m.sentAt < run.settings.window().startMillis()) {
                continue;
            }
            long day = WeekTime.epochDay(m.deliveredAt);
            long[] side = day == BLACK_FRIDAY ? black : NORMAL_FRIDAYS.contains(day) ? normal : null;
            if (side != null) {
                side[0]++;
                side[1] += m.firstOpen != Long.MIN_VALUE ? 1 : 0;
            }
        }
        double p1 = (double) black[1] / black[0];
        double p2 = (double) normal[1] / normal[0];
        double logSe = Math.sqrt((1 - p1) / black[1] + (1 - p2) / normal[1]);
        System.out.printf("open rate: Black Friday %.3f, normal Fridays %.3f (ratio %.3f)%n", p1, p2, p1 / p2);
        assertThat(Math.abs(Math.log(p1 / p2) - Math.log(0.85))).isLessThan(Z * logSe);
    }

    @Test
    void summaryExpectsTheSeasonalCounts() {
        double expected = run.plan.expectation().total().events();
        double actual = run.tally.totals().events();
        assertThat(Math.abs(actual / expected - 1)).isLessThan(0.02);
        assertThat(Math.abs(run.tally.totals().sent()
                                / run.plan.expectation().total().sent()
                        - 1))
                .isLessThan(0.02);
    }
}
