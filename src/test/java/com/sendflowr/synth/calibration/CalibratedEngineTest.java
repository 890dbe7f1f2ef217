package com.sendflowr.synth.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.generation.GroundTruth;
import com.sendflowr.synth.generation.UserProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine of the {@code calibrated} profile against published ranges, on one fixed-seed run of a twentieth of its
 * population over eight weeks. Tolerances: a measured share must lie inside the published range by at least Z
 * standard errors of its sample, so a pass is not luck; the ranges and their sources are in docs/calibration.md.
 */
class CalibratedEngineTest {

    static final double Z = 3;
    static CalibratedRun run;
    /** Clock delays (hours) of first human opens of messages delivered at least 14 days before the data end. */
    static double[] delays;

    @BeforeAll
    static void generate() {
        run = CalibratedRun.of(20, 56);
        delays = run.deliveredBefore(14).stream()
                .filter(m -> m.firstOpen != Long.MIN_VALUE)
                .mapToDouble(m -> (m.firstOpen - m.deliveredAt) / (double) CalibratedRun.HOUR)
                .sorted()
                .toArray();
        System.out.printf(
                "calibrated: %d messages, %d first opens measured for delays%n", run.messages.size(), delays.length);
    }

    static double shareAtMost(double[] sorted, double hours) {
        int i = Arrays.binarySearch(sorted, hours);
        int count = i >= 0 ? i + 1 : -i - 1;
        while (count < sorted.length && sorted[count] <= hours) {
            count++;
        }
        return count / (double) sorted.length;
    }

    /** Asserts {@code p} (a share of n) lies in [low, high] with Z standard errors to spare. */
    static void inside(String what, double p, long n, double low, double high) {
        double se = Math.sqrt(Math.max(p * (1 - p), 1e-9) / n);
        System.out.printf("%-45s %.4f (n %d, se %.4f), range %.3f-%.3f%n", what, p, n, se, low, high);
        assertThat(p).as(what).isBetween(low + Z * se, high - Z * se);
    }

    @Test
    void firstOpenDelaysHaveThePublishedHeavyTailedShape() {
        long n = delays.length;
        System.out.printf(
                "delay shares 1h %.3f 6h %.3f 24h %.3f 7d %.3f%n",
                shareAtMost(delays, 1), shareAtMost(delays, 6), shareAtMost(delays, 24), shareAtMost(delays, 168));
        inside("first opens within 1 h", shareAtMost(delays, 1), n, 0.19, 0.35);
        inside("first opens within 6 h", shareAtMost(delays, 6), n, 0.42, 0.62);
        inside("first opens within 24 h", shareAtMost(delays, 24), n, 0.70, 0.87);
        inside("first opens within 7 d", shareAtMost(delays, 168), n, 0.92, 0.985);
        double median = delays[delays.length / 2];
        double mean = Arrays.stream(delays).average().orElseThrow();
        System.out.printf("median %.2f h, mean %.2f h, mean/median %.2f%n", median, mean, mean / median);
        // the median's own spread: the quantiles at ±Z standard errors of a share of one half
        double se = Math.sqrt(0.25 / n);
        assertThat(delays[(int) ((0.5 - Z * se) * n)]).isGreaterThan(3);
        assertThat(delays[(int) ((0.5 + Z * se) * n)]).isLessThan(9);
        assertThat(mean / median).isGreaterThanOrEqualTo(3.2);
    }

    @Test
    void clicksComeWithinMinutesOfTheOpenAndAreMoreFrontLoadedThanOpens() {
        List<CalibratedRun.Msg> clicked = run.deliveredBefore(14).stream()
                .filter(m -> m.firstClick != Long.MIN_VALUE && m.firstOpen != Long.MIN_VALUE)
                .toList();
        double[] openToClick = clicked.stream()
                .mapToDouble(m -> (m.firstClick - m.firstOpen) / 60_000.0)
                .sorted()
                .toArray();
        double median = openToClick[openToClick.length / 2];
        System.out.printf("median open -> click %.2f min over %d clicks%n", median, openToClick.length);
        assertThat(median).isLessThanOrEqualTo(3);

        double opensWithinHour = shareAtMost(delays, 1);
        double[] clickDelays = clicked.stream()
                .mapToDouble(m -> (m.firstClick - m.deliveredAt) / (double) CalibratedRun.HOUR)
                .sorted()
                .toArray();
        double clicksWithinHour = shareAtMost(clickDelays, 1);
        double ratio = clicksWithinHour / opensWithinHour;
        double se = ratio
                * Math.hypot(
                        Math.sqrt((1 - clicksWithinHour) / (clicksWithinHour * clickDelays.length)),
                        Math.sqrt((1 - opensWithinHour) / (opensWithinHour * delays.length)));
        System.out.printf(
                "first clicks within 1 h %.3f vs first opens %.3f: %.2fx (se %.3f)%n",
                clicksWithinHour, opensWithinHour, ratio, se);
        assertThat(ratio).isGreaterThan(1.15 + Z * se);
    }

    @Test
    void ratesAreTodays() {
        List<CalibratedRun.Msg> complete = run.deliveredBefore(14);
        long delivered = complete.size();
        long opened =
                complete.stream().filter(m -> m.firstOpen != Long.MIN_VALUE).count();
        long clicked =
                complete.stream().filter(m -> m.firstClick != Long.MIN_VALUE).count();
        long clickedOpened = complete.stream()
                .filter(m -> m.firstClick != Long.MIN_VALUE && m.firstOpen != Long.MIN_VALUE)
                .count();
        inside("human unique open rate", opened / (double) delivered, delivered, 0.12, 0.30);
        inside("unique click rate", clicked / (double) delivered, delivered, 0.008, 0.04);
        inside("click-to-open (human opens)", clickedOpened / (double) opened, opened, 0.05, 0.20);
    }

    @Test
    void userOpenRatesAreSkewedLikeRealOnes() {
        Map<Integer, long[]> byUser = new HashMap<>();
        for (CalibratedRun.Msg m : run.deliveredBefore(14)) {
            long[] c = byUser.computeIfAbsent(m.user, u -> new long[2]);
            c[0]++;
            c[1] += m.firstOpen != Long.MIN_VALUE ? 1 : 0;
        }
        double[] rates = byUser.values().stream()
                .filter(c -> c[0] >= 20)
                .mapToDouble(c -> c[1] / (double) c[0])
                .toArray();
        double mean = Arrays.stream(rates).average().orElseThrow();
        double sd =
                Math.sqrt(Arrays.stream(rates).map(r -> (r - mean) * (r - mean)).sum() / (rates.length - 1));
        System.out.printf(
                "per-user open rate %.3f +- %.3f (sd/mean %.2f) over %d users%n", mean, sd, sd / mean, rates.length);
        assertThat(sd / mean).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void usersWithinAPersonaDifferButThePersonaIsStillTheStrongestStructure() {
        double[] truth = correlations(u -> u.openProbabilityByHourOfWeek());
        double[] activity = correlations(null);
        System.out.printf(
                "within-persona correlation: send-time truth %.3f (between %.3f); activity %.3f (between %.3f)%n",
                truth[0], truth[1], activity[0], activity[1]);
        assertThat(truth[0]).isLessThanOrEqualTo(0.85);
        assertThat(activity[0]).isLessThanOrEqualTo(0.85);
        assertThat(truth[0]).isGreaterThan(truth[1] + 0.1);
        assertThat(activity[0]).isGreaterThan(activity[1] + 0.1);
    }

    /** Mean correlation of users' hourly curves: [0] pairs within a persona, [1] pairs across personas (uniform ones left out). */
    static double[] correlations(java.util.function.Function<GroundTruth, double[]> curveOf) {
        List<double[]> curves = new ArrayList<>();
        List<String> personas = new ArrayList<>();
        for (int i = 0; i < run.users.size(); i += 3) {
            UserProfile user = run.users.get(i);
            if (user.persona().isUniform()) {
                continue;
            }
            double[] curve = new double[168];
            if (curveOf == null) {
                for (int h = 0; h < 168; h++) {
                    curve[h] = user.traits().week().activity(h);
                }
            } else {
                curve = curveOf.apply(run.truth.get(i));
            }
            curves.add(curve);
            personas.add(user.persona().name());
        }
        double[] sum = new double[2];
        long[] count = new long[2];
        for (int a = 0; a < curves.size(); a++) {
            for (int b = a + 1; b < curves.size(); b++) {
                int k = personas.get(a).equals(personas.get(b)) ? 0 : 1;
                sum[k] += new org.apache.commons.math3.stat.correlation.PearsonsCorrelation()
                        .correlation(curves.get(a), curves.get(b));
                count[k]++;
            }
        }
        return new double[] {sum[0] / count[0], sum[1] / count[1]};
    }

    @Test
    void theOraclesSendTimeIsWorthSomethingNotEverything() {
        double oracle = 0;
        double[] single = new double[168];
        for (GroundTruth t : run.truth) {
            double[] p = t.openProbabilityByHourOfWeek();
            oracle += Arrays.stream(p).max().orElseThrow();
            for (int h = 0; h < 168; h++) {
                single[h] += p[h];
            }
        }
        double lift = oracle / Arrays.stream(single).max().orElseThrow();
        System.out.printf("oracle per-user hour over best single local hour: %.3fx%n", lift);
        assertThat(lift).isBetween(1.04, 1.35);
    }

    @Test
    void fewOpensInTheSmallHoursAndThePeakIsInTheDay() {
        long total = Arrays.stream(run.humanOpensByLocalHour).sum();
        long night = 0;
        for (int h = 1; h <= 4; h++) {
            night += run.humanOpensByLocalHour[h];
        }
        int peak = 0;
        for (int h = 0; h < 24; h++) {
            if (run.humanOpensByLocalHour[h] > run.humanOpensByLocalHour[peak]) {
                peak = h;
            }
        }
        System.out.printf("opens by local hour %s, peak %d%n", Arrays.toString(run.humanOpensByLocalHour), peak);
        inside("human opens 01:00-04:59 local", night / (double) total, total, 0, 0.06);
        assertThat(peak).isBetween(7, 20);
    }

    /**
     * {@code summary}'s expectation of every event type within 2% of the run's counts, give or take the counts'
     * sampling noise (Z standard deviations: unique opens and clicks are sums of Bernoulli trials, opens and clicks add
     * 1 + Poisson(λ) events per engaged message).
     */
    @Test
    void theSummaryPredictsTheCounts() {
        com.sendflowr.synth.generation.Expectation expectation = run.plan.expectation();
        com.sendflowr.synth.model.FunnelCounts e = expectation.total();
        com.sendflowr.synth.model.FunnelCounts a = run.tally.totals();
        double reopen = run.settings.funnel().reopenMean();
        double reclick = run.settings.funnel().reclickMean();
        List<String> off = new ArrayList<>();
        close(off, "sent", a.sent(), e.sent(), Math.sqrt(e.sent()));
        close(off, "delivered", a.delivered(), e.delivered(), Math.sqrt(e.delivered()));
        close(off, "unique opened", a.uniqueOpened(), e.uniqueOpened(), Math.sqrt(e.uniqueOpened()));
        close(off, "unique clicked", a.uniqueClicked(), e.uniqueClicked(), Math.sqrt(e.uniqueClicked()));
        close(off, "opened", a.opened(), e.opened(), Math.sqrt(e.uniqueOpened() * (1 + 3 * reopen + reopen * reopen)));
        close(
                off,
                "clicked",
                a.clicked(),
                e.clicked(),
                Math.sqrt(e.uniqueClicked() * (1 + 3 * reclick + reclick * reclick)));
        assertThat(off).isEmpty();
    }

    private static void close(List<String> off, String what, double actual, double expected, double sd) {
        double error = actual / expected - 1;
        System.out.printf(
                "summary %-15s expected %,10.0f actual %,9.0f (%+.2f%%, sd %.2f%%)%n",
                what, expected, actual, 100 * error, 100 * sd / expected);
        if (Math.abs(error) > 0.02 + Z * sd / expected) {
            off.add(what + String.format(": %+.2f%%", 100 * error));
        }
    }

    @Test
    void theOpenRateHardlyDependsOnTheLocalWeekdayOfDelivery() {
        long[] delivered = new long[7];
        long[] opened = new long[7];
        for (CalibratedRun.Msg m : run.deliveredBefore(14)) {
            int day = run.users.get(m.user).traits().clock().minuteOfWeek(m.deliveredAt) / 1440;
            delivered[day]++;
            opened[day] += m.firstOpen != Long.MIN_VALUE ? 1 : 0;
        }
        double min = 1;
        double max = 0;
        double se = 0;
        for (int d = 0; d < 7; d++) {
            double p = opened[d] / (double) delivered[d];
            min = Math.min(min, p);
            max = Math.max(max, p);
            se = Math.max(se, Math.sqrt(p * (1 - p) / delivered[d]));
        }
        System.out.printf("open rate by local weekday: %.4f-%.4f (se %.4f)%n", min, max, se);
        // sampling noise only widens the spread of seven estimates, so the measured spread is a conservative bound
        assertThat(max - min).isLessThan(0.05);
    }
}
