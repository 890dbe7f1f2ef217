package com.sendflowr.synth.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sendflowr.synth.testing.BufferProbe;
import com.sendflowr.synth.testing.BufferProbe.Flush;
import com.sendflowr.synth.testing.DefaultDataset;
import com.sendflowr.synth.testing.Runs;
import com.sendflowr.synth.testing.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SPEC section 3, "streaming": what the generator holds back does not grow with days × users. Measured as the
 * number of generated but not yet emitted events at each day's flush (see {@link BufferProbe}), not as heap.
 */
class StreamingMemoryTest {

    @Test
    void tenThousandUsersHoldBackLessThanADayOfEvents() {
        ModelSettings settings = Settings.with(
                "synth.window.days",
                "4",
                "synth.personas.morning_person.users",
                "1430",
                "synth.personas.evening_person.users",
                "1430",
                "synth.personas.night_owl.users",
                "860",
                "synth.personas.lunch_browser.users",
                "1140",
                "synth.personas.weekend_warrior.users",
                "1000",
                "synth.personas.commuter.users",
                "1290",
                "synth.personas.sporadic.users",
                "1430",
                "synth.personas.highly_engaged.users",
                "570",
                "synth.personas.low_engaged.users",
                "850");
        assertEquals(10_000, settings.userCount());
        BufferProbe probe = BufferProbe.of(settings);
        long emitted = Runs.run(settings, Shard.ALL, 2, probe, probe);
        List<Flush> flushes = probe.flushes();
        assertTrue(probe.problems.isEmpty(), probe.problems.toString());
        assertEquals(emitted, probe.consumed());
        assertEquals(4, flushes.size(), "one report per day of the window");

        double perDay = emitted / 4.0;
        long maxHeld = flushes.stream().mapToLong(Flush::heldBack).max().orElseThrow();
        double heldPerUser = maxHeld / 10_000.0;
        System.out.printf(
                "10,000 users x 4 days: %,d events (%,.0f/day); held back at flushes %s; max %,d = %.2f per user, %.2f days%n",
                emitted,
                perDay,
                flushes.stream().map(Flush::heldBack).toList(),
                maxHeld,
                heldPerUser,
                maxHeld / perDay);
        // Sends and deliveries are final within 30 s; only opens and clicks, which follow within a few hours
        // (willingness half-life 12 h), can be held back, and they are about a third of all events.
        assertTrue(maxHeld < perDay, "held back " + maxHeld + " events, more than a day's " + perDay);

        // The same per-user buffer as the 350-user, 101-day default run: it depends on neither users nor days.
        DefaultDataset data = assertDoesNotThrowInterrupted();
        List<Flush> defaultFlushes = data.buffer.flushes();
        assertTrue(data.buffer.problems.isEmpty(), data.buffer.problems.toString());
        double defaultHeldPerUser =
                defaultFlushes.stream().mapToLong(Flush::heldBack).max().orElseThrow() / 350.0;
        System.out.printf("350 users x 101 days: max held back %.2f per user%n", defaultHeldPerUser);
        assertEquals(101, defaultFlushes.size());
        assertTrue(
                heldPerUser < 1.25 * defaultHeldPerUser && defaultHeldPerUser < 1.25 * heldPerUser,
                heldPerUser + " vs " + defaultHeldPerUser + " per user");
    }

    @Test
    void theBufferDoesNotGrowOverAHundredDays() {
        DefaultDataset data = assertDoesNotThrowInterrupted();
        List<Flush> flushes = data.buffer.flushes();
        long firstMonth =
                flushes.subList(7, 35).stream().mapToLong(Flush::heldBack).max().orElseThrow();
        long lastMonth = flushes.subList(flushes.size() - 30, flushes.size() - 2).stream()
                .mapToLong(Flush::heldBack)
                .max()
                .orElseThrow();
        System.out.printf("350 users: max held back days 8-35 %,d, days 72-99 %,d%n", firstMonth, lastMonth);
        assertTrue(lastMonth < 1.2 * firstMonth, "held back " + lastMonth + " late vs " + firstMonth + " early");
    }

    private static DefaultDataset assertDoesNotThrowInterrupted() {
        try {
            return DefaultDataset.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
