package com.sendflowr.synth.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sendflowr.synth.model.ActiveDays;
import com.sendflowr.synth.model.HourSet;
import com.sendflowr.synth.model.Persona;
import org.junit.jupiter.api.Test;

/** The minute-of-week activity curve: windows that cross midnight belong to the day they start on. */
class ActivityCurveTest {

    static final ActivityShape SHAPE = new ActivityShape(1.0, 0.4, 0.05, 0.1);
    static final int MON = 0;
    static final int THU = 3;
    static final int FRI = 4;
    static final int SAT = 5;
    static final int SUN = 6;
    static final FunnelTiming FUNNEL = new FunnelTiming(
            0.99, 1_000, 30_000, 60_000, 48 * 3_600_000L, 12 * 3_600_000L, 0.85, 60_000, 3_600_000, 480_000, 1.35);

    static Persona persona(String peak, String secondary, String days) {
        return new Persona("p", 1, HourSet.parse(peak), HourSet.parse(secondary), ActiveDays.parse(days), 0.3, 0.1);
    }

    static int minute(int day, int hour, int minute) {
        return day * WeekTime.MINUTES_PER_DAY + hour * 60 + minute;
    }

    @Test
    void aFridayOnlyNightOwlIsActiveEarlySaturdayButNotEarlyFriday() {
        ActivityCurve curve = ActivityCurve.of(persona("22-1", "21,2", "FRI"), SHAPE, 0);
        // Friday's window: 21:00 Friday to 02:59 Saturday.
        assertEquals(0.4, curve.weight(minute(FRI, 21, 0)), 1e-6);
        assertEquals(1.0, curve.weight(minute(FRI, 22, 0)), 1e-6);
        assertEquals(1.0, curve.weight(minute(FRI, 23, 59)), 1e-6);
        assertEquals(1.0, curve.weight(minute(SAT, 0, 0)), 1e-6);
        assertEquals(1.0, curve.weight(minute(SAT, 1, 59)), 1e-6);
        assertEquals(0.4, curve.weight(minute(SAT, 2, 30)), 1e-6);
        // Friday 00:00-02:59 is Thursday night's window, and Thursday is inactive.
        assertEquals(0.1, curve.weight(minute(FRI, 0, 0)), 1e-6);
        assertEquals(0.1, curve.weight(minute(FRI, 1, 59)), 1e-6);
        assertEquals(0.04, curve.weight(minute(FRI, 2, 0)), 1e-6);
        // Saturday night is Saturday's (inactive) window.
        assertEquals(0.1, curve.weight(minute(SAT, 22, 0)), 1e-6);
        assertEquals(0.1, curve.weight(minute(SUN, 0, 30)), 1e-6);
        // Outside the windows: baseline on Friday, baseline of an inactive day on Saturday and Thursday.
        assertEquals(0.05, curve.weight(minute(FRI, 12, 0)), 1e-6);
        assertEquals(0.005, curve.weight(minute(SAT, 3, 0)), 1e-6);
        assertEquals(0.005, curve.weight(minute(THU, 12, 0)), 1e-6);
        assertEquals(1.0, curve.max(), 1e-9);
    }

    @Test
    void theSundayNightWindowWrapsIntoMonday() {
        ActivityCurve curve = ActivityCurve.of(persona("22-1", "21,2", "FRI-SUN"), SHAPE, 0);
        assertEquals(1.0, curve.weight(minute(MON, 0, 30)), 1e-6);
        assertEquals(0.4, curve.weight(minute(MON, 2, 30)), 1e-6);
        assertEquals(0.005, curve.weight(minute(MON, 3, 0)), 1e-6);
        assertEquals(0.1, curve.weight(minute(FRI, 0, 30)), 1e-6);
        assertEquals(1.0, curve.weight(minute(SAT, 0, 30)), 1e-6);
    }

    @Test
    void aUserShiftMovesTheWholeCurveLater() {
        Persona morning = persona("7-9", "10-11", "MON-FRI");
        ActivityCurve base = ActivityCurve.of(morning, SHAPE, 0);
        ActivityCurve later = ActivityCurve.of(morning, SHAPE, 40);
        ActivityCurve earlier = ActivityCurve.of(morning, SHAPE, -60);
        for (int m = 0; m < WeekTime.MINUTES_PER_WEEK; m++) {
            assertEquals(base.weight(m), later.weight((m + 40) % WeekTime.MINUTES_PER_WEEK), 0, "minute " + m);
            assertEquals(
                    base.weight(m), earlier.weight(Math.floorMod(m - 60, WeekTime.MINUTES_PER_WEEK)), 0, "minute " + m);
        }
        assertEquals(0.05, later.weight(minute(MON, 7, 39)), 1e-6);
        assertEquals(1.0, later.weight(minute(MON, 7, 40)), 1e-6);
        assertEquals(1.0, earlier.weight(minute(MON, 6, 0)), 1e-6);
        assertEquals(base.mean(), later.mean(), 1e-12);
    }

    /** Shifts compose (a user's own shift, then drift), across the week's wrap, and come back to the persona's curve. */
    @Test
    void shiftsComposeAndUndo() {
        ActivityCurve base = ActivityCurve.of(persona("22-1", "21,2", "FRI-SUN"), SHAPE);
        ActivityCurve twice = base.shifted(50).shifted(-80);
        ActivityCurve once = base.shifted(-30);
        ActivityCurve back = base.shifted(60).shifted(-60);
        for (int m = 0; m < WeekTime.MINUTES_PER_WEEK; m++) {
            assertEquals(once.weight(m), twice.weight(m), 0, "minute " + m);
            assertEquals(base.weight(m), back.weight(m), 0, "minute " + m);
            assertEquals(base.weight(m), twice.unshifted().weight(m), 0, "minute " + m);
            assertEquals(base.weight((m + 30) % WeekTime.MINUTES_PER_WEEK), once.weight(m), 0, "minute " + m);
        }
    }

    @Test
    void peakSecondaryBaselineAndInactiveDays() {
        ActivityCurve curve = ActivityCurve.of(persona("7-9", "10-11", "MON-FRI"), SHAPE, 0);
        assertEquals(1.0, curve.weight(minute(MON, 8, 0)), 1e-6);
        assertEquals(0.4, curve.weight(minute(MON, 10, 0)), 1e-6);
        assertEquals(0.05, curve.weight(minute(MON, 12, 0)), 1e-6);
        assertEquals(0.1, curve.weight(minute(SAT, 8, 0)), 1e-6);
        assertEquals(0.04, curve.weight(minute(SUN, 11, 0)), 1e-6);
        assertEquals(0.005, curve.weight(minute(SUN, 20, 0)), 1e-6);
        for (int m = 0; m < WeekTime.MINUTES_PER_WEEK; m++) {
            assertTrue(curve.weight(m) > 0, "minute " + m + " is never possible");
        }
    }

    @Test
    void aUniformPersonaIsFlat() {
        ActivityCurve curve = ActivityCurve.of(persona("none", "none", "ALL"), SHAPE, 30);
        assertEquals(1.0, curve.max(), 0);
        assertEquals(1.0, curve.mean(), 1e-9);
    }

    @Test
    void theSendTimeResponseAveragesOneOverTheWeek() {
        ActivityCurve curve = ActivityCurve.of(persona("7-9", "10-11", "MON-FRI"), SHAPE, 0);
        SendTimeResponse response = new SendTimeResponse(curve, FUNNEL);
        double sum = 0;
        for (int m = 0; m < WeekTime.MINUTES_PER_WEEK; m++) {
            sum += response.relative(m);
        }
        assertEquals(1.0, sum / WeekTime.MINUTES_PER_WEEK, 1e-4);
        double hours = 0;
        for (int h = 0; h < 168; h++) {
            hours += response.hourMean(h);
        }
        assertEquals(168.0, hours, 1e-2);
        // Tuesday 06:00 has the morning ahead; Friday 20:00 has a weekend of inactivity ahead.
        assertTrue(response.relative(minute(1, 6, 0)) > 3 * response.relative(minute(FRI, 20, 0)));
        double[] brute = relativeByBruteForce(curve);
        for (int m : new int[] {0, minute(1, 6, 0), minute(FRI, 20, 0), WeekTime.MINUTES_PER_WEEK - 1}) {
            assertEquals(brute[m], response.relative(m), 1e-3 * brute[m], "minute " + m);
        }
    }

    @Test
    void aShiftedCurvesResponseSharesThePersonasWeekAndIsItsOwn() {
        ActivityCurve curve = ActivityCurve.of(persona("22-1", "21,2", "FRI-SUN"), SHAPE, 0);
        for (int shift : new int[] {37, -25}) {
            ActivityCurve shifted = curve.shifted(shift);
            SendTimeResponse response = new SendTimeResponse(shifted, FUNNEL);
            assertEquals(
                    response.relative(minute(SAT, 1, 0)),
                    new SendTimeResponse(curve, FUNNEL).shiftedAs(shifted).relative(minute(SAT, 1, 0)),
                    0);
            double[] brute = relativeByBruteForce(shifted);
            for (int m : new int[] {0, minute(FRI, 21, 30), minute(SAT, 0, 59), WeekTime.MINUTES_PER_WEEK - 1}) {
                assertEquals(brute[m], response.relative(m), 1e-3 * brute[m], "shift " + shift + ", minute " + m);
            }
            for (int h : new int[] {0, 24 * FRI + 21, 24 * SAT + 1, 167}) {
                double hourMean = 0;
                for (int m = h * 60; m < h * 60 + 60; m++) {
                    hourMean += brute[m] / 60;
                }
                assertEquals(hourMean, response.hourMean(h), 1e-3 * hourMean, "shift " + shift + ", hour " + h);
            }
        }
    }

    /** relative(m) = A(m) / mean(A), A(m) = Σ_{i=1..span} w(m + i) r^i, summed term by term. */
    private static double[] relativeByBruteForce(ActivityCurve curve) {
        int span = 48 * 60;
        double r = Math.exp(-Math.log(2) / (12 * 60));
        double mean = 0;
        double[] all = new double[WeekTime.MINUTES_PER_WEEK];
        for (int m = 0; m < WeekTime.MINUTES_PER_WEEK; m++) {
            double v = 0;
            double f = 1;
            for (int i = 1; i <= span; i++) {
                f *= r;
                v += curve.weight((m + i) % WeekTime.MINUTES_PER_WEEK) * f;
            }
            all[m] = v;
            mean += v / WeekTime.MINUTES_PER_WEEK;
        }
        for (int m = 0; m < all.length; m++) {
            all[m] /= mean;
        }
        return all;
    }
}
