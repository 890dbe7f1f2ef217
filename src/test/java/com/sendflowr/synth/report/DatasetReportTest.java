package com.sendflowr.synth.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.model.FunnelCounts;
import com.sendflowr.synth.readers.JsonLinesSource;
import com.sendflowr.synth.readers.ObservedEvent;
import com.sendflowr.synth.sinks.EventEncoder;
import com.sendflowr.synth.testing.Datasets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The report's accumulation, event by event: local time, uniqueness, delays, fatigue, realism fields, bounded state. */
class DatasetReportTest {

    private static final long HORIZON = 121 * 3_600_000L;

    private static DatasetReport report() {
        return new DatasetReport(new ReportTargets(
                "all users",
                42,
                "2025-10-01T00:00:00Z",
                "2026-01-10T00:00:00Z",
                List.of(),
                FunnelCounts.ZERO,
                Instant.parse("2026-01-06T00:00:00Z").toEpochMilli(),
                HORIZON));
    }

    private static ObservedEvent event(String type, String timestamp, String message, String zone, boolean machine) {
        return new ObservedEvent(
                "id-" + type + timestamp,
                type,
                timestamp,
                message,
                "morning_person",
                "synth_user_01000",
                null,
                null,
                zone,
                machine);
    }

    @Test
    void hoursOfWeekAreLocalToTheEventsTimeZoneOnBothSidesOfTheDstChange() {
        DatasetReport report = report();
        // Monday 27 Oct 2025, New York on daylight time (UTC-4); Monday 3 Nov, on standard time (UTC-5): 08:00 both
        report.accept(event("opened", "2025-10-27T12:00:00.000Z", "m1", "America/New_York", false));
        report.accept(event("opened", "2025-11-03T13:00:00.000Z", "m2", "America/New_York", false));
        // without a zone: UTC, Monday 12:00
        report.accept(event("opened", "2025-10-27T12:00:00.000Z", "m3", null, false));
        long[] opens = report.personas().get("morning_person").opensByHourOfWeek;
        assertThat(opens[8]).isEqualTo(2);
        assertThat(opens[12]).isEqualTo(1);
        assertThat(report.eventsByZone()).containsEntry("America/New_York", 2L);
    }

    @Test
    void anUnknownZoneIsCountedAndReadAsUtc() {
        DatasetReport report = report();
        report.accept(event("opened", "2025-10-27T12:00:00.000Z", "m1", "Mars/Olympus_Mons", false));
        assertThat(report.personas().get("morning_person").opensByHourOfWeek[12])
                .isEqualTo(1);
        assertThat(report.unknownZones()).isEqualTo(1);
    }

    @Test
    void aMessagesFunnelCountsOnceWithItsDelays() {
        DatasetReport report = report();
        report.accept(event("sent", "2025-10-01T09:00:00.000Z", "first", null, false));
        report.accept(event("sent", "2025-10-01T10:00:00.000Z", "m", null, false));
        report.accept(event("delivered", "2025-10-01T10:00:05.000Z", "m", null, false));
        report.accept(event("opened", "2025-10-01T10:10:05.000Z", "m", null, true));
        report.accept(event("clicked", "2025-10-01T10:12:05.000Z", "m", null, false));
        report.accept(event("opened", "2025-10-01T11:00:00.000Z", "m", null, false));
        report.accept(event("clicked", "2025-10-01T11:05:00.000Z", "m", null, false));
        DatasetReport.PersonaStats p = report.personas().get("morning_person");
        assertThat(p.sent).isEqualTo(2);
        assertThat(p.opened).isEqualTo(2);
        assertThat(p.uniqueOpens).isEqualTo(1);
        assertThat(p.clicked).isEqualTo(2);
        assertThat(p.uniqueClicks).isEqualTo(1);
        assertThat(p.completeDelivered).isEqualTo(1);
        assertThat(p.completeOpens).isEqualTo(1);
        // the machine open counts as an open, but not as a person's activity in the heatmap
        assertThat(p.machineOpens).isEqualTo(1);
        assertThat(report.machineOpens()).isEqualTo(1);
        assertThat(p.opensByHourOfWeek[2 * 24 + 11]).isEqualTo(1);
        assertThat(p.opensByHourOfWeek[2 * 24 + 10]).isZero();
        assertThat(report.deliveryDelay().counts()[DelayHistogram.bin(5)]).isEqualTo(1);
        assertThat(report.openDelay().counts()[DelayHistogram.bin(600)]).isEqualTo(1);
        assertThat(report.clickDelay().counts()[DelayHistogram.bin(120)]).isEqualTo(1);
        // the user's second send of that day
        assertThat(report.fatigueDelivered()[1]).isEqualTo(1);
        assertThat(report.fatigueOpened()[1]).isEqualTo(1);
        assertThat(report.days().values().iterator().next()).containsExactly(2, 2, 2);
    }

    @Test
    void variantsAndBouncesAreCountedWhenPresent() {
        DatasetReport report = report();
        for (String variant : new String[] {"A", "B"}) {
            String m = "m" + variant;
            report.accept(new ObservedEvent(
                    "s" + m, "sent", "2025-10-01T10:00:00.000Z", m, "p", "u", variant, null, null, false));
            report.accept(new ObservedEvent(
                    "d" + m, "delivered", "2025-10-01T10:00:01.000Z", m, "p", "u", variant, null, null, false));
        }
        report.accept(
                new ObservedEvent("o", "opened", "2025-10-01T10:30:00.000Z", "mB", "p", "u", "B", null, null, false));
        report.accept(new ObservedEvent(
                "b", "bounced", "2025-10-01T10:00:02.000Z", "mA", "p", "u", "A", "hard", null, false));
        assertThat(report.variants()).containsOnlyKeys("A", "B");
        assertThat(report.variants().get("B").uniqueOpens).isEqualTo(1);
        assertThat(report.variants().get("A").delivered).isEqualTo(1);
        assertThat(report.bounceTypes()).containsEntry("hard", 1L);
        assertThat(report.eventTypes()).containsEntry("bounced", 1L);
    }

    @Test
    void messageStateIsBoundedByTheHorizonNotByTheData() throws Exception {
        int week = peakLiveMessages(7);
        int fourWeeks = peakLiveMessages(28);
        // four times the sends, the same few days' worth of live messages
        assertThat(fourWeeks).isLessThan((int) (week * 1.1));
        assertThat(week).isGreaterThan(1_000);
    }

    private static int peakLiveMessages(int days) throws Exception {
        RunPlan plan = Datasets.plan(days);
        DatasetReport report = new DatasetReport(ReportTargets.of(plan.settings(), plan.expectation(), plan.scope()));
        EventEncoder encoder = new EventEncoder(true, plan.settings().identity().esp());
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        plan.generator()
                .run(
                        day -> {
                            buffer.reset();
                            try {
                                encoder.jsonLines(day, buffer);
                                for (String line : buffer.toString(java.nio.charset.StandardCharsets.UTF_8)
                                        .split("\n")) {
                                    report.accept(JsonLinesSource.parse(
                                            line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                                }
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        },
                        com.sendflowr.synth.testing.Runs.QUIET);
        assertThat(report.events()).isGreaterThan(7_000L * days);
        return report.peakLiveMessages();
    }

    @Test
    void canonicalTimestampsParseAsJavaTimeDoesAndOthersFallBack() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long millis = (long) (random.nextDouble() * 8_000_000_000_000L) - 1_000_000_000_000L;
            Instant instant = Instant.ofEpochMilli(millis);
            String canonical = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                    .withZone(java.time.ZoneOffset.UTC)
                    .format(instant);
            assertThat(EventTimes.parse(canonical)).as(canonical).isEqualTo(millis);
        }
        assertThat(EventTimes.parse("2024-02-29T23:59:59.999Z"))
                .isEqualTo(Instant.parse("2024-02-29T23:59:59.999Z").toEpochMilli());
        assertThat(EventTimes.parse("2025-10-01T00:00:00Z"))
                .isEqualTo(Instant.parse("2025-10-01T00:00:00Z").toEpochMilli());
        assertThat(EventTimes.parse("2025-13-01T00:00:00.000Z")).isEqualTo(EventTimes.INVALID);
        assertThat(EventTimes.parse("yesterday")).isEqualTo(EventTimes.INVALID);
        assertThat(EventTimes.parse(null)).isEqualTo(EventTimes.INVALID);
        DatasetReport report = report();
        report.accept(event("opened", "yesterday", "m", null, false));
        assertThat(report.invalidTimestamps()).isEqualTo(1);
        assertThat(report.events()).isEqualTo(1);
    }

    @Test
    void delayBinsCoverTheirEdges() {
        double[] edges = DelayHistogram.edges();
        for (double seconds : new double[] {0.15, 1, 5, 29.9, 60, 599, 3_600, 86_400, 172_800, 999_999}) {
            int bin = DelayHistogram.bin(seconds);
            assertThat(edges[bin]).as("%s s", seconds).isLessThanOrEqualTo(seconds * (1 + 1e-9));
            assertThat(edges[bin + 1]).as("%s s", seconds).isGreaterThan(seconds);
        }
        assertThat(DelayHistogram.bin(0)).isZero();
        assertThat(DelayHistogram.bin(1e7)).isEqualTo(DelayHistogram.BINS - 1);
    }
}
