package com.sendflowr.synth.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sendflowr.synth.config.SettingsReader;
import com.sendflowr.synth.config.WindowOverrides;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.testing.Runs;
import com.sendflowr.synth.testing.Runs.Fingerprint;
import com.sendflowr.synth.testing.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Batch schedules on recipients' clocks, a week of fatigue lookback and the proxy signature keep the engine's
 * guarantees: the bytes do not depend on threads, shards merge into the whole run, adjacent windows concatenate.
 */
class CalibratedCompositionTest {

    /** Cold start and deliverability draw per window, so they never composed across windows (nor in the default). */
    private static final Map<String, String> WITHOUT_UNCOMPOSABLE =
            Map.of("synth.cold-start.enabled", "false", "synth.deliverability.enabled", "false");

    private static ModelSettings window(String start, String end) {
        return SettingsReader.read(
                Settings.config("calibrated", WITHOUT_UNCOMPOSABLE),
                Optional.empty(),
                new WindowOverrides(Optional.of(start), Optional.empty(), Optional.of(end)),
                Settings.CLOCK);
    }

    @Test
    void threadsAndShardsDoNotChangeTheBytes() {
        ModelSettings twoWeeks = window("2025-10-01", "2025-10-15");
        Fingerprint whole = Runs.jsonl(twoWeeks, Shard.ALL, 1);
        assertTrue(whole.lines() > 5_000, "lines " + whole.lines());
        assertEquals(whole, Runs.jsonl(twoWeeks, Shard.ALL, 3));
        List<EmailEvent> merged = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Runs.run(twoWeeks, new Shard(k, 3), 2, merged::add);
        }
        merged.sort(EmailEvent::compare);
        assertEquals(whole, Runs.jsonl(twoWeeks, merged));
    }

    @Test
    void adjacentWindowsConcatenateToTheWholeWindow() {
        String a = "2025-10-01";
        String b = "2025-10-09T13:37:11.500Z";
        String c = "2025-10-20";
        assertEquals(Runs.jsonl(List.of(window(a, c)), 2), Runs.jsonl(List.of(window(a, b), window(b, c)), 2));
    }
}
