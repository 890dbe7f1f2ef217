package com.sendflowr.synth.realism;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.generation.LocalClock;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.EventType;
import com.sendflowr.synth.testing.MessageLog;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feature 1: users live in IANA zones drawn from the configured mix, peaks are local, and the US change from EDT to
 * EST on 2025-11-02 moves the UTC peak of New York's morning people one hour later while their local peak stays
 * put (no local hour lost or doubled). Shares are compared with two-proportion z-tests on the run's opens.
 */
class TimeZoneTest {

    static final double Z = 4;
    static final long DST_END = Instant.parse("2025-11-02T06:00:00Z").toEpochMilli();
    static RealismRun run;

    @BeforeAll
    static void generate() {
        run = RealismRun.of(
                "synth.time-zones.enabled",
                "true",
                "synth.time-zones.mix",
                "America/New_York=0.6, Asia/Tokyo=0.4",
                "synth.window.start",
                "2025-10-05",
                "synth.window.days",
                "56");
    }

    @Test
    void usersAreDrawnFromTheMixAndEventsCarryTheirZone() {
        long newYork = run.truth.stream()
                .filter(t -> t.timeZone().equals("America/New_York"))
                .count();
        long tokyo = run.truth.stream()
                .filter(t -> t.timeZone().equals("Asia/Tokyo"))
                .count();
        int n = run.truth.size();
        assertThat(newYork + tokyo).isEqualTo(n);
        assertThat(Math.abs(newYork - 0.6 * n)).isLessThan(Z * Math.sqrt(n * 0.6 * 0.4));
        for (MessageLog.Msg m : run.log.messages()) {
            assertThat(m.timeZone).isEqualTo(run.truth.get(m.user).timeZone());
        }
    }

    /**
     * Opens of New York's Mon–Fri morning people before and after the DST change (two days either side left out): the
     * share in the local morning (06:00–10:59, the peak widened by the users' own shifts) stays the same, and the mean
     * UTC time of those opens moves one hour later (EDT is UTC−4, EST UTC−5).
     */
    @Test
    void theUtcPeakMovesAnHourLaterAtTheDstChangeWhileTheLocalPeakStays() {
        double[][] stats = new double[2][5]; // per side: opens, local-morning opens, Σ utc minute, Σ utc minute², -
        for (MessageLog.Msg m : run.log.messages()) {
            if (!"America/New_York".equals(m.timeZone) || !m.persona.equals("morning_person")) {
                continue;
            }
            LocalClock clock = run.user(m).traits().clock();
            for (EmailEvent e : m.events) {
                long t = e.timestamp();
                if (e.type() != EventType.OPENED || Math.abs(t - DST_END) < 2 * 86_400_000L) {
                    continue;
                }
                double[] side = stats[t < DST_END ? 0 : 1];
                int local = clock.minuteOfWeek(t) % 1440;
                side[0]++;
                if (local >= 6 * 60 && local < 11 * 60) {
                    double utc = (t / 60_000L) % 1440;
                    side[1]++;
                    side[2] += utc;
                    side[3] += utc * utc;
                }
            }
        }
        double p1 = stats[0][1] / stats[0][0];
        double p2 = stats[1][1] / stats[1][0];
        double pooled = (stats[0][1] + stats[1][1]) / (stats[0][0] + stats[1][0]);
        double se = Math.sqrt(pooled * (1 - pooled) * (1 / stats[0][0] + 1 / stats[1][0]));
        double mean1 = stats[0][2] / stats[0][1];
        double mean2 = stats[1][2] / stats[1][1];
        double var1 = stats[0][3] / stats[0][1] - mean1 * mean1;
        double var2 = stats[1][3] / stats[1][1] - mean2 * mean2;
        double meanSe = Math.sqrt(var1 / stats[0][1] + var2 / stats[1][1]);
        System.out.printf(
                "NY morning people: local-morning share %.3f before, %.3f after; mean UTC time %.0f → %.0f min%n",
                p1, p2, mean1, mean2);
        assertThat(p1).isGreaterThan(0.5);
        assertThat(Math.abs(p1 - p2)).isLessThan(Z * se);
        assertThat(Math.abs(mean2 - mean1 - 60)).isLessThan(Z * meanSe);
    }

    /** Around the change itself, local clock hours of New York users are all there and none counts twice. */
    @Test
    void theChangeDayKeepsEveryLocalHourOnce() {
        LocalClock newYork = run.users.stream()
                .map(u -> u.traits().clock())
                .filter(c -> c.zone().getId().equals("America/New_York"))
                .findFirst()
                .orElseThrow();
        Map<Integer, Integer> minutesPerLocalHour = new HashMap<>();
        long start = Instant.parse("2025-11-01T04:00:00Z").toEpochMilli(); // Sat 00:00 EDT
        long end = Instant.parse("2025-11-03T05:00:00Z").toEpochMilli(); // Mon 00:00 EST
        for (long t = start; t < end; t += 60_000L) {
            minutesPerLocalHour.merge(newYork.minuteOfWeek(t) / 60, 1, Integer::sum);
        }
        // Saturday and Sunday local: 48 hours, each 60 minutes, except 01:00–01:59 Sunday which happens twice
        assertThat(minutesPerLocalHour).hasSize(48);
        int sundayOneAm = 6 * 24 + 1;
        minutesPerLocalHour.forEach((hour, minutes) ->
                assertThat(minutes).as("local hour %d", hour).isEqualTo(hour == sundayOneAm ? 120 : 60));
    }

    private static double share(long[] hours, int from, int to, long total) {
        long sum = 0;
        for (int h = from; h <= to; h++) {
            sum += hours[h];
        }
        return (double) sum / total;
    }
}
