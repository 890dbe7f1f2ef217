package com.sendflowr.synth.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.Shard;
import com.sendflowr.synth.generation.Window;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.testing.Runs;
import com.sendflowr.synth.testing.Runs.Fingerprint;
import com.sendflowr.synth.testing.Settings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The calibrated engine keeps the generator's promises: the same seed gives the same bytes whatever the thread count,
 * shards merge into the unsharded run, and adjacent windows compose into the window that spans both although messages
 * now live for weeks (cold start and deliverability aside, as in the {@code realistic} profile).
 */
class CalibratedDeterminismTest {

    /** A small calibrated population (about 140 users) over two weeks. */
    static ModelSettings small(String... more) {
        List<String> keys = new ArrayList<>(List.of("synth.window.days", "14"));
        Settings.profile("calibrated").personas().forEach(p -> {
            keys.add("synth.personas." + p.name() + ".users");
            keys.add(String.valueOf(p.users() / 200));
        });
        keys.addAll(List.of(more));
        return Settings.profile("calibrated", keys.toArray(String[]::new));
    }

    @Test
    void sameSeedSameBytesWhateverTheThreads() {
        ModelSettings settings = small();
        Fingerprint one = Runs.jsonl(settings, Shard.ALL, 1);
        assertEquals(one, Runs.jsonl(settings, Shard.ALL, 3));
        assertNotEquals(one, Runs.jsonl(settings.withSeed(43), Shard.ALL, 1));
    }

    @Test
    void shardsMergeIntoTheUnshardedRun() {
        ModelSettings settings = small();
        List<EmailEvent> merged = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Runs.run(settings, new Shard(k, 3), 2, merged::add);
        }
        merged.sort(EmailEvent::compare);
        assertEquals(Runs.jsonl(settings, Shard.ALL, 2), Runs.jsonl(settings, merged));
    }

    @Test
    void adjacentWindowsComposeIntoTheWholeWindow() {
        // cold start places joins at fractions of the window and deliverability's stops carry over from earlier
        // days: those realism features never composed; the calibrated engine itself does
        ModelSettings whole = small("synth.cold-start.enabled", "false", "synth.deliverability.enabled", "false");
        Window w = whole.window();
        long middle = w.startMillis() + 6 * 86_400_000L;
        ModelSettings first = whole.withWindow(
                new Window(java.time.Instant.ofEpochMilli(w.startMillis()), java.time.Instant.ofEpochMilli(middle)));
        ModelSettings second = whole.withWindow(
                new Window(java.time.Instant.ofEpochMilli(middle), java.time.Instant.ofEpochMilli(w.endMillis())));
        assertEquals(Runs.jsonl(whole, Shard.ALL, 2), Runs.jsonl(List.of(first, second), 2));
    }
}
