package com.sendflowr.synth.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Arrays of numbers are cut out of JSON text only where they certainly are arrays of numbers. */
class NumberArraysTest {

    @Test
    void arraysOfNumbersAreCutOutAndFoundAtTheirPlace() {
        String text = "{\"a\":\"x[1]\\\"[2]\",\"b\":[1, 2.5e1,\t-0.125],\"c\":[[3],\"d\"],\"e\":[ ]}\n[4]";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        NumberArrays cut = NumberArrays.cut(bytes, bytes.length);
        String left = new String(bytes, 0, cut.length(), StandardCharsets.UTF_8);
        assertThat(left).isEqualTo("{\"a\":\"x[1]\\\"[2]\",\"b\":[],\"c\":[[],\"d\"],\"e\":[]}\n[]");
        assertThat(cut.at(left.indexOf("\"b\":[") + 4)).containsExactly(1, 25, -0.125);
        assertThat(cut.at(left.indexOf("\"c\":[") + 4))
                .as("an array holding text stays")
                .isNull();
        assertThat(cut.at(left.indexOf("\"c\":[") + 5)).containsExactly(3);
        assertThat(cut.at(left.indexOf("\"e\":[") + 4)).isEmpty();
        assertThat(cut.at(left.lastIndexOf('['))).containsExactly(4);
    }

    @Test
    void whatIsNotCertainlyAnArrayOfNumbersIsLeftToJackson() {
        for (String array : List.of(
                "[01]",
                "[1,]",
                "[,1]",
                "[1 2]",
                "[1.]",
                "[.5]",
                "[+1]",
                "[1e]",
                "[1e+]",
                "[-]",
                "[NaN]",
                "[1,\r2]",
                "[1,\n2]",
                "[1",
                "[1,[2]]",
                "[\"1\"]",
                "[true]",
                "[1}",
                "[1" + "0".repeat(1000) + "]")) {
            String text = "{\"scores\":" + array + "}";
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            NumberArrays cut = NumberArrays.cut(bytes, bytes.length);
            String left = new String(bytes, 0, cut.length(), StandardCharsets.UTF_8);
            assertThat(left).as(array).isEqualTo(array.equals("[1,[2]]") ? "{\"scores\":[1,[]]}" : text);
            assertThat(cut.at(text.indexOf('['))).as(array).isNull();
        }
    }
}
