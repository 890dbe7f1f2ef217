package com.sendflowr.synth.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HourSetTest {

    @Test
    void aRangeWrapsPastMidnight() {
        HourSet set = HourSet.parse("22-1");
        assertEquals(
                List.of(22, 23, 0, 1),
                IntStream.of(22, 23, 0, 1).filter(set::contains).boxed().toList());
        assertEquals(4, Integer.bitCount(set.mask()));
        for (int h = 2; h <= 21; h++) {
            assertFalse(set.contains(h), "hour " + h);
        }
        assertEquals(1, set.runs().size());
        assertArrayEquals(new int[] {22, 1}, set.runs().get(0));
        assertEquals("22-1", set.toString());
        assertEquals(set, HourSet.parse(set.toString()));
    }

    @Test
    void rangesAreInclusive() {
        HourSet set = HourSet.parse("7-9");
        assertTrue(set.contains(7) && set.contains(8) && set.contains(9));
        assertFalse(set.contains(6) || set.contains(10));
    }

    @Test
    void listsRunsAndNone() {
        HourSet set = HourSet.parse(" 9,10, 14-15 ,19,20 ");
        assertEquals(6, Integer.bitCount(set.mask()));
        assertEquals("9-10,14-15,19-20", set.toString());
        assertTrue(HourSet.parse("none").isEmpty());
        assertTrue(HourSet.parse("NONE").isEmpty());
        assertTrue(HourSet.parse("").isEmpty());
        assertEquals("none", HourSet.NONE.toString());
    }

    @Test
    void runsJoinAcrossMidnightAfterAUnion() {
        HourSet night = HourSet.parse("22-1").union(HourSet.parse("21,2"));
        assertEquals(1, night.runs().size());
        assertArrayEquals(new int[] {21, 2}, night.runs().get(0));
        assertTrue(HourSet.parse("22-1").intersects(HourSet.parse("1")));
        assertFalse(HourSet.parse("22-1").intersects(HourSet.parse("21,2")));
    }

    @Test
    void aSingleHourRangeAndTheWholeDay() {
        assertEquals(HourSet.parse("5"), HourSet.parse("5-5"));
        HourSet all = HourSet.parse("0-23");
        assertEquals(0xFFFFFF, all.mask());
        assertEquals(1, all.runs().size());
        assertEquals(24, Integer.bitCount(HourSet.parse("12-11").mask()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24", "-1", "7-24", "25-1", "seven", "7-", "7,,9", "7.5"})
    void rejectsHoursOutside0To23AndGarbage(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HourSet.parse(text));
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }
}
