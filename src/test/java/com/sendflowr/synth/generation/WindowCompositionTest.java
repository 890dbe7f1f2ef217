package com.sendflowr.synth.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sendflowr.synth.config.WindowOverrides;
import com.sendflowr.synth.testing.Runs;
import com.sendflowr.synth.testing.Runs.Fingerprint;
import com.sendflowr.synth.testing.Settings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs over [a,b) then [b,c) concatenate to exactly the bytes of [a,c), wherever b falls. */
class WindowCompositionTest {

    @ParameterizedTest(name = "[{0}, {1}) + [{1}, {2})")
    @CsvSource({
        "2025-10-01, 2025-10-06, 2025-10-11",
        "2025-10-01, 2025-10-05T13:37:11.500Z, 2025-10-11",
        "2025-10-01T06:00:00Z, 2025-10-01T06:00:00.001Z, 2025-10-09T23:59:59.999Z",
    })
    void adjacentWindowsConcatenateToTheWholeWindow(String a, String b, String c) {
        ModelSettings whole = window(a, c);
        Fingerprint expected = Runs.jsonl(List.of(whole), 2);
        Fingerprint composed = Runs.jsonl(List.of(window(a, b), window(b, c)), 2);
        assertTrue(expected.lines() > 10_000, "lines " + expected.lines());
        assertEquals(expected, composed);
    }

    private static ModelSettings window(String start, String end) {
        return Settings.read(Map.of(), new WindowOverrides(Optional.of(start), Optional.empty(), Optional.of(end)));
    }
}
