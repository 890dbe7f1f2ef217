package com.sendflowr.synth.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibrationMeasurementTest {

    /** Histogram quantiles are read to within 1.2% of the delay. */
    private static final double QUANTILE_ERROR = 0.012;

    private static double value(Map<Statistic, Measured> results, Statistic statistic) {
        Measured m = results.get(statistic);
        assertThat(m.measurable()).as(statistic + ": " + m.unmeasurable()).isTrue();
        return m.value();
    }

    @Test
    void firstOpenDelaysOfSettledMessagesCountHumanOpensOnly() {
        EventList events = new EventList();
        double delivered = 8 * 24 + 10;
        double[] delays = {0.5, 2, 5, 10, 20, 30, 72, 120, 192};
        for (int i = 0; i < delays.length; i++) {
            events.message("m" + i, "u" + i, delivered);
            events.machineOpened("m" + i, delivered + 0.02);
            events.opened("m" + i, delivered + delays[i]);
            events.opened("m" + i, delivered + delays[i] + 1); // a re-open is not a first open
        }
        events.message("unopened", "u0", delivered);
        events.message("late", "u0", 25 * 24).opened("late", 25 * 24 + 0.1); // delivered within 14 days of the end
        Map<Statistic, Measured> r = events.measure().results();
        assertThat(value(r, Statistic.OPEN_WITHIN_1H)).isCloseTo(1 / 9.0, within(1e-9));
        assertThat(value(r, Statistic.OPEN_WITHIN_6H)).isCloseTo(3 / 9.0, within(1e-9));
        assertThat(value(r, Statistic.OPEN_WITHIN_24H)).isCloseTo(5 / 9.0, within(1e-9));
        assertThat(value(r, Statistic.OPEN_WITHIN_7D)).isCloseTo(8 / 9.0, within(1e-9));
        assertThat(value(r, Statistic.OPEN_MEDIAN_DELAY)).isCloseTo(20, within(20 * QUANTILE_ERROR));
        double mean = (0.5 + 2 + 5 + 10 + 20 + 30 + 72 + 120 + 192) / 9.0;
        assertThat(value(r, Statistic.OPEN_MEAN_OVER_MEDIAN)).isCloseTo(mean / 20, within(mean / 20 * QUANTILE_ERROR));
    }

    @Test
    void clicksAreTimedFromTheLatestHumanOpenAndComparedWithFirstOpensWithinAnHour() {
        EventList events = new EventList();
        double d = 3 * 24;
        // four openers: two within the hour; two clicks, both within the hour of delivery
        events.message("a", "u1", d)
                .machineOpened("a", d + 0.01)
                .opened("a", d + 0.2)
                .clicked("a", d + 0.2 + 1 / 60.0);
        events.message("b", "u2", d)
                .opened("b", d + 0.1)
                .opened("b", d + 0.5)
                .clicked("b", d + 0.5 + 3 / 60.0)
                .clicked("b", d + 0.5 + 5 / 60.0);
        events.message("c", "u3", d).opened("c", d + 30);
        events.message("e", "u4", d).opened("e", d + 50);
        Map<Statistic, Measured> r = events.measure().results();
        assertThat(value(r, Statistic.CLICK_DELAY_MEDIAN)).isCloseTo(3, within(3 * QUANTILE_ERROR));
        // first clicks 2 of 2 within 1 h, first opens 2 of 4
        assertThat(value(r, Statistic.CLICK_FRONT_LOADING)).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void ratesArePerSettledDeliveryAndSplitHumanFromMachineOpens() {
        EventList events = new EventList();
        double d = 2 * 24;
        for (int i = 0; i < 20; i++) {
            events.message("m" + i, "u" + i % 4, d + i);
        }
        for (int i = 0; i < 4; i++) {
            events.opened("m" + i, d + i + 1); // human only
        }
        events.machineOpened("m4", d + 4.01).machineOpened("m5", d + 5.01); // machine only
        events.machineOpened("m6", d + 6.01).opened("m6", d + 8); // both
        events.clicked("m0", d + 1.02);
        Map<Statistic, Measured> r = events.measure().results();
        assertThat(value(r, Statistic.HUMAN_OPEN_RATE)).isCloseTo(5 / 20.0, within(1e-9));
        assertThat(value(r, Statistic.MEASURED_OPEN_RATE)).isCloseTo(7 / 20.0, within(1e-9));
        assertThat(value(r, Statistic.UNIQUE_CLICK_RATE)).isCloseTo(1 / 20.0, within(1e-9));
        assertThat(value(r, Statistic.CLICK_TO_OPEN)).isCloseTo(1 / 5.0, within(1e-9));
        assertThat(value(r, Statistic.MACHINE_OPEN_SHARE)).isCloseTo(3 / 8.0, within(1e-9));
    }

    @Test
    void cadenceIsSendsPerUserPerWeekAndBatchesShowInTheBusiestHours() {
        EventList events = new EventList();
        int[] hours = {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10, 11, 11, 11, 15, 15};
        for (int i = 0; i < hours.length; i++) {
            events.sent("m" + i, "u" + i % 2, i * 24 + hours[i] + 0.25);
        }
        Map<Statistic, Measured> r = events.measure().results();
        assertThat(value(r, Statistic.SENDS_PER_USER_WEEK)).isCloseTo(20 / (2 * 5.0), within(1e-9));
        assertThat(value(r, Statistic.SENDS_BUSIEST_3_HOURS)).isCloseTo(18 / 20.0, within(1e-9));
        assertThat(r.get(Statistic.SENDS_BUSIEST_3_HOURS).detail()).contains("UTC");
    }

    @Test
    void sendsBunchedInLocalTimeCountWhenTheDataNameZones() {
        EventList events = new EventList();
        // each user gets mail at 09:00 local: spread over UTC hours, one hour in local time
        String[] zones = {"America/New_York", "Europe/Berlin", "Asia/Tokyo", "America/Los_Angeles"};
        int[] utcHour = {14, 8, 0, 17};
        for (int i = 0; i < 20; i++) {
            events.sent("m" + i, "u" + i % 4, i * 24 + utcHour[i % 4], zones[i % 4]);
        }
        Measured busiest = events.measure().results().get(Statistic.SENDS_BUSIEST_3_HOURS);
        assertThat(busiest.value()).isCloseTo(1.0, within(1e-9));
        assertThat(busiest.detail()).isEqualTo("UTC 75.0%, local 100.0%");
    }

    @Test
    void nightShareAndPeakHourAreReadInTheRecipientsLocalTime() {
        EventList events = new EventList();
        events.message("m", "u", 24);
        // Berlin is UTC+1 in January: 01:30 UTC is 02:30 local, 09:30 UTC is 10:30 local
        for (int i = 0; i < 3; i++) {
            events.opened("m", 48 + 1.5 + i * 24, "Europe/Berlin");
        }
        for (int i = 0; i < 7; i++) {
            events.opened("m", 48 + 9.5 + i * 24, "Europe/Berlin");
        }
        events.machineOpened("m", 24 + 3); // machine opens are not people's hours
        Map<Statistic, Measured> r = events.measure().results();
        assertThat(value(r, Statistic.NIGHT_OPEN_SHARE)).isCloseTo(0.3, within(1e-9));
        assertThat(value(r, Statistic.PEAK_OPEN_HOUR)).isEqualTo(10);
    }

    @Test
    void weekdaySpreadIsTheRangeOfOpenRatesByDeliveryWeekdayInPoints() {
        EventList events = new EventList();
        for (int day = 0; day < 7; day++) {
            int opened = day == 0 ? 5 : 3; // Monday (the data start) 50%, the other days 30%
            for (int i = 0; i < 10; i++) {
                String m = "d" + day + "m" + i;
                events.message(m, "u" + i, (7 + day) * 24 + 12);
                if (i < opened) {
                    events.opened(m, (7 + day) * 24 + 14);
                }
            }
        }
        Measured spread = events.measure().results().get(Statistic.WEEKDAY_OPEN_RATE_SPREAD);
        assertThat(spread.value()).isCloseTo(20, within(1e-9));
        assertThat(spread.detail()).isEqualTo("30.0% to 50.0%");
    }

    @Test
    void fatigueComparesEachUsersOpenRateAfterManySendsWithTheirOwnAfterFew() {
        EventList events = new EventList();
        // prior sends in the week before: day 8 -> 0, 16 -> 0, 17.0 -> 1 (few); 17.25 -> 2 (neither);
        // 17.5 -> 3, 17.75 -> 4, 18.0 -> 5, 18.25 -> 6 (many)
        double[] days = {8, 16, 17, 17.25, 17.5, 17.75, 18, 18.25};
        boolean[] opened = {true, true, true, false, true, false, true, false};
        for (int i = 0; i < days.length; i++) {
            events.message("a" + i, "a", days[i] * 24);
            if (opened[i]) {
                events.opened("a" + i, days[i] * 24 + 1);
            }
        }
        // a user with few sends only has no comparison of their own and is left out
        events.message("b0", "b", 9 * 24).opened("b0", 9 * 24 + 1);
        Measured fatigue = events.measure().results().get(Statistic.FATIGUE_OPEN_DROP);
        // few: 3 of 3 opened; many: 2 of 4 -> risk ratio 0.5
        assertThat(fatigue.value()).isCloseTo(0.5, within(1e-9));
        assertThat(fatigue.detail()).isEqualTo("100.0% after 0-1, 50.0% after 3+; 1 users");
    }

    @Test
    void perUserSpreadLeavesOutMachineOpenersAndUsersWithFewDeliveries() {
        EventList events = new EventList();
        int[][] users = {{10, 1}, {10, 5}, {10, 10}, {5, 5}}; // deliveries, human opens
        for (int u = 0; u < users.length; u++) {
            for (int i = 0; i < users[u][0]; i++) {
                String m = "u" + u + "m" + i;
                events.message(m, "u" + u, 24 + i * 12 + u);
                if (i < users[u][1]) {
                    events.opened(m, 24 + i * 12 + u + 1);
                }
            }
        }
        events.machineOpened("u2m0", 24 + 2.01); // user 2 has Apple's proxy: not a human rate
        Measured cv = events.measure().results().get(Statistic.PER_USER_OPEN_RATE_CV);
        // users 0 and 1: rates 0.1 and 0.5, mean 0.3, standard deviation 0.2
        assertThat(cv.value()).isCloseTo(0.2 / 0.3, within(1e-9));
    }

    @Test
    void withoutLabelsTheHumanStatisticsAreNotMeasurableAndTheRestStillAre() {
        EventList events = new EventList(false);
        events.message("m", "u", 24).opened("m", 25).clicked("m", 25.01);
        Map<Statistic, Measured> r = events.measure().results();
        for (Statistic s : new Statistic[] {
            Statistic.OPEN_WITHIN_1H,
            Statistic.OPEN_MEDIAN_DELAY,
            Statistic.HUMAN_OPEN_RATE,
            Statistic.CLICK_TO_OPEN,
            Statistic.MACHINE_OPEN_SHARE,
            Statistic.FATIGUE_OPEN_DROP,
            Statistic.PER_USER_OPEN_RATE_CV,
            Statistic.NIGHT_OPEN_SHARE,
            Statistic.WEEKDAY_OPEN_RATE_SPREAD
        }) {
            assertThat(r.get(s).measurable()).as(s.id()).isFalse();
            assertThat(r.get(s).unmeasurable()).contains("no labels");
        }
        assertThat(value(r, Statistic.MEASURED_OPEN_RATE)).isEqualTo(1.0);
        assertThat(value(r, Statistic.UNIQUE_CLICK_RATE)).isEqualTo(1.0);
    }

    @Test
    void aDatasetWithoutSettledMessagesSaysSo() {
        EventList events = new EventList();
        events.message("m", "u", 30 * 24).opened("m", 30 * 24 + 1);
        Measured rate = events.measure().results().get(Statistic.HUMAN_OPEN_RATE);
        assertThat(rate.measurable()).isFalse();
        assertThat(rate.unmeasurable()).contains("14 days or more before the data end (2025-02-10T00:00:00Z)");
    }

    @Test
    void withoutSettledMessagesTheCurvesAreDrawnOverAllMessages() {
        EventList events = new EventList();
        events.message("m", "u", 30 * 24).opened("m", 30 * 24 + 2);
        CalibrationMeasurement m = events.measure();
        assertThat(m.curvesSettled()).isFalse();
        double[] points = CalibrationMeasurement.curvePoints();
        double[] curve = m.firstOpenCurve();
        for (int i = 0; i < points.length; i++) {
            if (points[i] < 7100 || points[i] > 7300) {
                assertThat(curve[i]).as("at %.0f s", points[i]).isEqualTo(points[i] < 7200 ? 0.0 : 1.0);
            }
        }
        assertThat(m.firstClickCurve()).isEmpty();
    }

    @Test
    void theCumulativeCurveRisesToOne() {
        EventList events = new EventList();
        events.message("m", "u", 24).opened("m", 24.5);
        CalibrationMeasurement m = events.measure();
        assertThat(m.curvesSettled()).isTrue();
        double[] curve = m.firstOpenCurve();
        double[] points = CalibrationMeasurement.curvePoints();
        assertThat(curve).hasSameSizeAs(points);
        for (int i = 0; i < points.length; i++) {
            if (points[i] < 1750 || points[i] > 1850) {
                assertThat(curve[i]).as("at %.0f s", points[i]).isEqualTo(points[i] < 1800 ? 0.0 : 1.0);
            }
        }
    }
}
