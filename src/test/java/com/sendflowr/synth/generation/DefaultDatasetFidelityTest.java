package com.sendflowr.synth.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sendflowr.synth.model.EventType;
import com.sendflowr.synth.model.Persona;
import com.sendflowr.synth.testing.DefaultDataset;
import com.sendflowr.synth.testing.FidelityStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC section 2 on the full default dataset (application.yaml as shipped, seed 42), generated once and aggregated
 * while streaming. Statistical tolerances are 4 standard errors of the quantity, computed from its sample size.
 */
class DefaultDatasetFidelityTest {

    /** Tolerance in standard errors: a correct model fails a check with probability ~6e-5. */
    static final double Z = 4.0;

    static DefaultDataset data;
    static FidelityStats stats;

    @BeforeAll
    static void generate() throws InterruptedException {
        data = DefaultDataset.get();
        stats = data.stats;
        System.out.printf(
                "default dataset: %,d events in %d ms; sent %,d delivered %,d opened %,d clicked %,d%n",
                stats.total, data.generationMillis, stats.byType[0], stats.byType[1], stats.byType[2], stats.byType[3]);
    }

    @Test
    void volumesMatchTheOriginDocument() {
        long opened = stats.byType[EventType.OPENED.ordinal()];
        long clicked = stats.byType[EventType.CLICKED.ordinal()];
        double perUser = stats.total / (double) stats.users;
        assertEquals(350, stats.users);
        assertEquals(stats.total, data.emitted, "run() returns the number of events it handed on");
        assertTrue(stats.total >= 500_000 && stats.total <= 1_000_000, "total " + stats.total);
        assertTrue(perUser >= 1_500 && perUser <= 3_000, "mean events per user " + perUser);
        assertTrue(opened >= 150_000 && opened <= 200_000, "opened " + opened);
        assertTrue(clicked >= 80_000 && clicked <= 120_000, "clicked " + clicked);
        for (int u = 0; u < stats.users; u++) {
            assertTrue(stats.eventsOfUser[u] > 0, "user " + u + " has no events");
        }
    }

    @Test
    void everyEventIsInsideTheWindowInTimestampOrder() {
        assertEquals(
                Instant.parse("2025-10-01T00:00:00Z").toEpochMilli(),
                data.settings.window().startMillis());
        assertEquals(
                Instant.parse("2026-01-10T00:00:00Z").toEpochMilli(),
                data.settings.window().endMillis());
        assertEquals(0, stats.outsideWindow, "events outside [2025-10-01, 2026-01-10)");
        assertTrue(stats.firstTimestamp >= data.settings.window().startMillis());
        assertTrue(stats.lastTimestamp < data.settings.window().endMillis());
        assertEquals(0, stats.orderViolations, "timestamps decreased");
    }

    @Test
    void eventsFillAllMinuteOfWeekSlots() {
        assertEquals(WeekTime.MINUTES_PER_WEEK, stats.minuteSlots.cardinality());
    }

    @Test
    void uniqueOpenAndClickRatesMatchThePersonaTable() {
        List<String> failures = new ArrayList<>();
        for (Persona persona : data.settings.personas()) {
            long[] f = stats.funnelOfPersona.get(persona.name());
            long delivered = f[1];
            failures.addAll(rate(persona.name() + " unique open rate", f[2], delivered, persona.openRate()));
            failures.addAll(rate(persona.name() + " unique click rate", f[3], delivered, persona.clickRate()));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void ninetyNinePercentOfSentMessagesAreDelivered() {
        long sent = 0;
        long delivered = 0;
        for (long[] f : stats.funnelOfPersona.values()) {
            sent += f[0];
            delivered += f[1];
        }
        List<String> failures = new ArrayList<>(rate("delivered per sent message", delivered, sent, 0.99));
        failures.addAll(rate("delivered per sent event", stats.byType[1], stats.byType[0], 0.99));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static List<String> rate(String what, long hits, long trials, double target) {
        double actual = hits / (double) trials;
        double se = Math.sqrt(target * (1 - target) / trials);
        System.out.printf(
                "%-40s %.4f (target %.4f, n %,d, %.1f SE)%n", what, actual, target, trials, (actual - target) / se);
        return Math.abs(actual - target) <= Z * se
                ? List.of()
                : List.of(String.format(
                        "%s %.4f vs %.4f: more than %.0f SE (%.4f) off, n=%d", what, actual, target, Z, se, trials));
    }

    @Test
    void messageSequencesAreIntact() {
        assertTrue(stats.violations.isEmpty(), "sequence violations: " + stats.violations);
        assertTrue(stats.messagesChecked > 250_000, "messages checked " + stats.messagesChecked);
        assertTrue(
                stats.messagesWithAllFourTypes > 30_000,
                "messages with sent, delivered, opened and clicked " + stats.messagesWithAllFourTypes);
        assertTrue(stats.partialMessages > 0, "messages sent before the window should reach into it");
        assertTrue(stats.maxTrackedMessages < 20_000, "messages in flight " + stats.maxTrackedMessages);
    }

    @Test
    void eventIdsAreUniqueTimeOrderedUuidV7() {
        assertEquals(0, stats.badEventIdLayout, "event ids without version 7 / variant 10");
        assertEquals(0, stats.eventIdTimeMismatch, "event ids whose 48-bit time is not the event's timestamp");
        assertEquals(0, stats.duplicateEventIds, "duplicate event ids");
    }

    // ---- the signal STO learns ----

    @Test
    void morningPeopleOpenOnWeekdayMornings() {
        long[] hist = personaOpenHistogram("morning_person");
        int[] bins = bins(new int[] {0, 1, 2, 3, 4}, new int[] {7, 8, 9});
        double share = share(hist, bins);
        double uniform = bins.length / 168.0;
        double se = Math.sqrt(share * (1 - share) / sum(hist));
        System.out.printf(
                "morning_person opens Mon-Fri 07-09: %.3f (uniform %.3f, %,d opens)%n", share, uniform, sum(hist));
        assertTrue(share - Z * se > 4 * uniform, "share " + share + " vs uniform " + uniform);
        assertPeakHourOfDayIsAPeakHour("morning_person");
    }

    @Test
    void nightOwlsOpenOnFridayToSundayNightsIncludingAfterMidnight() {
        long[] hist = personaOpenHistogram("night_owl");
        // Windows 21:00-02:59 owned by Fri, Sat and Sun: evening part on that day, after-midnight part on the next.
        int[] evenings = bins(new int[] {4, 5, 6}, new int[] {21, 22, 23});
        int[] afterMidnight = bins(new int[] {5, 6, 0}, new int[] {0, 1, 2});
        int[] all = concat(evenings, afterMidnight);
        double share = share(hist, all);
        double uniform = all.length / 168.0;
        double se = Math.sqrt(share * (1 - share) / sum(hist));
        System.out.printf("night_owl opens Fri-Sun 21-03: %.3f (uniform %.3f, %,d opens)%n", share, uniform, sum(hist));
        assertTrue(share - Z * se > 4 * uniform, "share " + share + " vs uniform " + uniform);

        double afterMidnightShare = share(hist, afterMidnight);
        System.out.printf(
                "night_owl opens Sat-Mon 00-03: %.3f (uniform %.3f)%n",
                afterMidnightShare, afterMidnight.length / 168.0);
        assertTrue(afterMidnightShare > 3 * afterMidnight.length / 168.0, "after-midnight share " + afterMidnightShare);

        // 00:00-01:59 belongs to the previous evening: Saturday's (Friday night) is active, Friday's (Thursday) is not.
        long saturdayEarly = hist[5 * 24] + hist[5 * 24 + 1];
        long fridayEarly = hist[4 * 24] + hist[4 * 24 + 1];
        System.out.printf("night_owl opens Sat 00-02: %d, Fri 00-02: %d%n", saturdayEarly, fridayEarly);
        assertTrue(
                saturdayEarly > 4 * fridayEarly + Z * Math.sqrt(saturdayEarly + 16.0 * fridayEarly),
                "Sat 00-02 " + saturdayEarly + " vs Fri 00-02 " + fridayEarly);
        assertPeakHourOfDayIsAPeakHour("night_owl");
    }

    @Test
    void everyPeakedPersonasBusiestHourIsOneOfItsPeakHours() {
        for (Persona persona : data.settings.personas()) {
            if (!persona.isUniform()) {
                assertPeakHourOfDayIsAPeakHour(persona.name());
            }
        }
    }

    private void assertPeakHourOfDayIsAPeakHour(String name) {
        Persona persona = persona(name);
        long[] hist = personaOpenHistogram(name);
        long[] byHour = new long[24];
        for (int b = 0; b < 168; b++) {
            byHour[b % 24] += hist[b];
        }
        int top = 0;
        for (int h = 1; h < 24; h++) {
            top = byHour[h] > byHour[top] ? h : top;
        }
        assertTrue(
                persona.peakHours().contains(top),
                name + "'s busiest hour " + top + " is not in " + persona.peakHours());
    }

    @Test
    void personaIsRecoverableFromOpenTimesAlone() {
        // Nearest centroid, leave-one-out. A persona's centroid is its users' pooled 168-bin hour-of-week open
        // histogram (Laplace-smoothed, normalised) plus the mean and spread of opens per delivered message; a user
        // goes to the centroid under which its own histogram and open ratio are most likely (multinomial log-
        // likelihood, i.e. the smallest KL divergence from the user's normalised histogram, plus a Gaussian term).
        int n = stats.users;
        Map<String, Integer> classOf = new HashMap<>();
        for (Persona p : data.settings.personas()) {
            classOf.put(p.name(), classOf.size());
        }
        int k = classOf.size();
        int[] label = new int[n];
        double[] ratio = new double[n];
        long[][] pooled = new long[k][168];
        long[] pooledTotal = new long[k];
        double[] r1 = new double[k];
        double[] r2 = new double[k];
        int[] count = new int[k];
        for (int u = 0; u < n; u++) {
            int c = classOf.get(stats.personaOfUser[u]);
            label[u] = c;
            ratio[u] = stats.opensOfUser[u] / (double) stats.deliveredOfUser[u];
            count[c]++;
            r1[c] += ratio[u];
            r2[c] += ratio[u] * ratio[u];
            for (int b = 0; b < 168; b++) {
                pooled[c][b] += stats.openHourOfWeekOfUser[u][b];
            }
            pooledTotal[c] += stats.opensOfUser[u];
        }
        int correct = 0;
        int[][] confusion = new int[k][k];
        for (int u = 0; u < n; u++) {
            long[] own = stats.openHourOfWeekOfUser[u];
            double best = Double.NEGATIVE_INFINITY;
            int guess = -1;
            for (int c = 0; c < k; c++) {
                boolean self = c == label[u];
                int m = count[c] - (self ? 1 : 0);
                double total = pooledTotal[c] - (self ? stats.opensOfUser[u] : 0) + 168.0;
                double score = 0;
                for (int b = 0; b < 168; b++) {
                    if (own[b] > 0) {
                        double centroid = (pooled[c][b] - (self ? own[b] : 0) + 1.0) / total;
                        score += own[b] * Math.log(centroid);
                    }
                }
                double mean = (r1[c] - (self ? ratio[u] : 0)) / m;
                double variance = ((r2[c] - (self ? ratio[u] * ratio[u] : 0)) - m * mean * mean) / (m - 1);
                score += -0.5 * Math.log(variance) - (ratio[u] - mean) * (ratio[u] - mean) / (2 * variance);
                if (score > best) {
                    best = score;
                    guess = c;
                }
            }
            confusion[label[u]][guess]++;
            correct += guess == label[u] ? 1 : 0;
        }
        double accuracy = correct / (double) n;
        System.out.printf(
                "persona classifier (nearest centroid, leave-one-out): accuracy %.4f (%d/%d)%n", accuracy, correct, n);
        // Chance is 1/7 at best (largest persona 50/350). Every persona has its own weekly shape or, for the two
        // uniform ones, an open ratio twice the other's (over three within-persona spreads apart), so a correct model
        // lets almost every user be recognised; 0.95 leaves room for a few users shifted towards a neighbour.
        assertTrue(
                accuracy >= 0.95, "accuracy " + accuracy + ", confusion " + java.util.Arrays.deepToString(confusion));
    }

    @Test
    void weekdayMessagesLandingFridayEveningAreOpenedLessThanTuesdayMorning() {
        long nA = stats.tuesdayMorningDelivered;
        long nB = stats.fridayEveningDelivered;
        double pA = stats.tuesdayMorningOpened / (double) nA;
        double pB = stats.fridayEveningOpened / (double) nB;
        double pooled = (stats.tuesdayMorningOpened + stats.fridayEveningOpened) / (double) (nA + nB);
        double z = (pA - pB) / Math.sqrt(pooled * (1 - pooled) * (1.0 / nA + 1.0 / nB));
        System.out.printf(
                "send-time effect (%s): Tue 06-12 %.4f (n %,d) vs Fri 18-24 %.4f (n %,d): lift %.2fx, z %.1f%n",
                stats.weekdayPersonas(), pA, nA, pB, nB, pA / pB, z);
        assertEquals(3, stats.weekdayPersonas().size());
        assertTrue(z > Z, "z " + z);
    }

    // ---- helpers ----

    private static Persona persona(String name) {
        return data.settings.personas().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static long[] personaOpenHistogram(String persona) {
        long[] hist = new long[168];
        for (int u = 0; u < stats.users; u++) {
            if (persona.equals(stats.personaOfUser[u])) {
                for (int b = 0; b < 168; b++) {
                    hist[b] += stats.openHourOfWeekOfUser[u][b];
                }
            }
        }
        return hist;
    }

    /** Hour-of-week bins (0 = Monday 00:00) of the given days (0 = Monday) and hours. */
    private static int[] bins(int[] days, int[] hours) {
        int[] bins = new int[days.length * hours.length];
        int i = 0;
        for (int d : days) {
            for (int h : hours) {
                bins[i++] = d * 24 + h;
            }
        }
        return bins;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static double share(long[] hist, int[] bins) {
        long in = 0;
        for (int b : bins) {
            in += hist[b];
        }
        return in / (double) sum(hist);
    }

    private static long sum(long[] hist) {
        long s = 0;
        for (long v : hist) {
            s += v;
        }
        return s;
    }
}
