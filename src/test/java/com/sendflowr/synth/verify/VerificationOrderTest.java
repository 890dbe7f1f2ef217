package com.sendflowr.synth.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.readers.ChunkedJsonLinesSource;
import com.sendflowr.synth.testing.Datasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verdict of {@code verify} is the same whatever order the events of a dataset come in. */
class VerificationOrderTest {

    @TempDir
    static Path dir;

    static RunPlan plan;
    static List<String> lines;
    static List<String> sortedVerdict;

    @BeforeAll
    static void twoWeeks() throws Exception {
        plan = Datasets.plan(14);
        lines = Files.readAllLines(Datasets.jsonl(plan, dir.resolve("sorted.jsonl")), StandardCharsets.UTF_8);
        sortedVerdict = verdict(lines, "sorted.jsonl");
    }

    @Test
    void theGeneratedOrderPassesEveryCheckIncludingThePersonaRates() {
        assertThat(sortedVerdict).allMatch(line -> line.endsWith(" ok"));
        assertThat(sortedVerdict).anyMatch(line -> line.contains(" open rate")).hasSizeGreaterThan(10);
    }

    @Test
    void aReversedFileGivesTheSameVerdict() throws IOException {
        List<String> reversed = new ArrayList<>(lines);
        Collections.reverse(reversed);
        assertThat(verdict(reversed, "reversed.jsonl")).isEqualTo(sortedVerdict);
    }

    @Test
    void aShuffledFileGivesTheSameVerdict() throws IOException {
        for (long seed : new long[] {1, 2, 3}) {
            List<String> shuffled = new ArrayList<>(lines);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(verdict(shuffled, "shuffled-" + seed + ".jsonl"))
                    .as("shuffled with seed %d", seed)
                    .isEqualTo(sortedVerdict);
        }
    }

    /** Each check's name, measured value, expectation and result. */
    private static List<String> verdict(List<String> content, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content, StandardCharsets.UTF_8);
        Verification verification =
                new Verification(plan.expectation(), plan.settings().funnel());
        new ChunkedJsonLinesSource(file, 2).readAll(verification);
        return verification.checks().stream()
                .map(c -> c.name() + ": " + c.actual() + " vs " + c.expected() + " " + (c.ok() ? "ok" : "MISMATCH"))
                .toList();
    }
}
