package com.sendflowr.synth.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.Shard;
import com.sendflowr.synth.testing.BufferProbe;
import com.sendflowr.synth.testing.BufferProbe.Flush;
import com.sendflowr.synth.testing.Runs;
import com.sendflowr.synth.testing.Settings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Messages of the calibrated profile live for weeks (first opens up to 14 days, re-opens 3 more), yet the generator
 * still streams: what it holds back at each day's flush levels off once the horizons are filled, and does not grow
 * with the days after.
 */
class CalibratedStreamingTest {

    @Test
    void whatIsHeldBackLevelsOffOnceTheHorizonsAreFilled() {
        List<String> keys = new ArrayList<>(List.of("synth.window.days", "63"));
        Settings.profile("calibrated").personas().forEach(p -> {
            keys.add("synth.personas." + p.name() + ".users");
            keys.add(String.valueOf(p.users() / 40));
        });
        ModelSettings settings = Settings.profile("calibrated", keys.toArray(String[]::new));
        BufferProbe probe = BufferProbe.of(settings);
        long emitted = Runs.run(settings, Shard.ALL, 2, probe, probe);
        List<Flush> flushes = probe.flushes();
        assertTrue(probe.problems.isEmpty(), probe.problems.toString());
        assertEquals(emitted, probe.consumed());
        assertEquals(63, flushes.size());
        // the generator starts 17 days before the window, so the buffer is full from the first day
        long early =
                flushes.subList(3, 21).stream().mapToLong(Flush::heldBack).max().orElseThrow();
        long late = flushes.subList(42, 60).stream()
                .mapToLong(Flush::heldBack)
                .max()
                .orElseThrow();
        double perDay = emitted / 63.0;
        System.out.printf(
                "calibrated, %d users: held back max days 4-21 %,d, days 43-60 %,d (%.2f days of events)%n",
                settings.userCount(), early, late, late / perDay);
        assertTrue(late < 1.2 * early && early < 1.2 * late, "held back " + late + " late vs " + early + " early");
        assertTrue(late < 3 * perDay, "held back " + late + " events, three days' are " + 3 * perDay);
    }
}
