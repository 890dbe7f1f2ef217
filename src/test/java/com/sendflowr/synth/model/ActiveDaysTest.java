package com.sendflowr.synth.model;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActiveDaysTest {

    @Test
    void fridayToSunday() {
        ActiveDays days = ActiveDays.parse("FRI-SUN");
        assertEquals(EnumSet.of(FRIDAY, SATURDAY, SUNDAY), EnumSet.copyOf(days.days()));
        assertEquals("FRI,SAT,SUN", days.toString());
    }

    @Test
    void aRangeWrapsPastSunday() {
        assertEquals(
                EnumSet.of(SATURDAY, SUNDAY, MONDAY),
                EnumSet.copyOf(ActiveDays.parse("sat-mon").days()));
    }

    @Test
    void weekdaysListsAndAll() {
        assertEquals(
                EnumSet.range(MONDAY, FRIDAY),
                EnumSet.copyOf(ActiveDays.parse("MON-FRI").days()));
        assertEquals(
                EnumSet.of(WEDNESDAY, SATURDAY, SUNDAY),
                EnumSet.copyOf(ActiveDays.parse("WED, SAT-SUN").days()));
        assertEquals(
                EnumSet.allOf(DayOfWeek.class),
                EnumSet.copyOf(ActiveDays.parse("ALL").days()));
        assertEquals("ALL", ActiveDays.parse("MON-SUN").toString());
        assertEquals(Set.of(THURSDAY), ActiveDays.parse("THURSDAY").days());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "FUN", "FRI-SAN", "FR", "MON-", "WEEKDAYS", "ALL,MON"})
    void rejectsUnknownDays(String text) {
        assertThrows(IllegalArgumentException.class, () -> ActiveDays.parse(text));
    }
}
