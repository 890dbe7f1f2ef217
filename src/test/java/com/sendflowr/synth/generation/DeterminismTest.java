package com.sendflowr.synth.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sendflowr.synth.config.SettingsReader;
import com.sendflowr.synth.config.WindowOverrides;
import com.sendflowr.synth.testing.Runs;
import com.sendflowr.synth.testing.Runs.Fingerprint;
import com.sendflowr.synth.testing.Settings;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SPEC section 3, "deterministic": same seed and config ⇒ byte-identical JSON Lines, whatever the thread count. */
class DeterminismTest {

    static ModelSettings twoWeeks;
    static Fingerprint singleThreaded;

    @BeforeAll
    static void reference() {
        twoWeeks = Settings.with("synth.window.days", "14");
        singleThreaded = Runs.jsonl(twoWeeks, Shard.ALL, 1);
        System.out.println("14-day run, 1 thread: " + singleThreaded);
    }

    @Test
    void sameSeedGivesTheSameBytesWithOneTwoAndFourThreads() {
        assertTrue(singleThreaded.lines() > 50_000, "lines " + singleThreaded.lines());
        assertEquals(singleThreaded, Runs.jsonl(twoWeeks, Shard.ALL, 2), "2 threads");
        assertEquals(singleThreaded, Runs.jsonl(twoWeeks, Shard.ALL, 4), "4 threads");
    }

    @Test
    void aDifferentSeedGivesDifferentBytes() {
        ModelSettings otherSeed = Settings.with("synth.window.days", "14", "synth.seed", "43");
        assertEquals(43, otherSeed.seed());
        assertNotEquals(
                singleThreaded.sha256(), Runs.jsonl(otherSeed, Shard.ALL, 2).sha256());
    }

    @Test
    void theSeedOverrideAndTheSeedPropertyAreTheSameSeed() {
        ModelSettings byOverride = SettingsReader.read(
                Settings.config(Settings.map("synth.window.days", "14")),
                Optional.of(7L),
                WindowOverrides.NONE,
                Settings.CLOCK);
        ModelSettings byProperty = Settings.with("synth.window.days", "14", "synth.seed", "7");
        assertEquals(byProperty, byOverride);
        Fingerprint seven = Runs.jsonl(byOverride, Shard.ALL, 2);
        assertEquals(seven, Runs.jsonl(byProperty, Shard.ALL, 1));
        assertNotEquals(singleThreaded.sha256(), seven.sha256());
    }
}
