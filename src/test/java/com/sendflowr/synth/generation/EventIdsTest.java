package com.sendflowr.synth.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.testing.Runs;
import com.sendflowr.synth.testing.Settings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Event and message ids in the UUIDv7 layout of RFC 9562. */
class EventIdsTest {

    @Test
    void versionVariantAndTimestampBits() {
        long t = Instant.parse("2025-10-01T07:13:22.123Z").toEpochMilli();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            UUID id = EventIds.uuid(t + i, random.nextLong());
            assertEquals(7, id.version(), id.toString());
            assertEquals(2, id.variant(), id.toString());
            assertEquals(t + i, id.getMostSignificantBits() >>> 16, id.toString());
            assertEquals('7', id.toString().charAt(14));
            assertTrue("89ab".indexOf(id.toString().charAt(19)) >= 0, id.toString());
        }
    }

    @Test
    void idsSortByTimeAsTextAndAsUuids() {
        SplittableRandom random = new SplittableRandom(11);
        long base = Instant.parse("2025-10-01T00:00:00Z").toEpochMilli();
        UUID previous = null;
        for (int i = 0; i < 10_000; i++) {
            long t = base + i * 997L;
            UUID id = EventIds.uuid(t, random.nextLong());
            if (previous != null) {
                assertTrue(previous.toString().compareTo(id.toString()) < 0, previous + " !< " + id);
                assertTrue(previous.compareTo(id) < 0, previous + " !< " + id);
            }
            previous = id;
        }
    }

    @Test
    void theSameInputsGiveTheSameIdAndDifferentRandomBitsDifferentIds() {
        assertEquals(EventIds.uuid(1_000, 42), EventIds.uuid(1_000, 42));
        Set<UUID> ids = new HashSet<>();
        for (long r = 0; r < 10_000; r++) {
            ids.add(EventIds.uuid(1_000, r));
        }
        assertEquals(10_000, ids.size());
    }

    @Test
    void generatedEventAndMessageIdsAreV7AndFollowTheOutputOrder() {
        List<EmailEvent> events = new ArrayList<>();
        Runs.run(Settings.with("synth.window.days", "2"), Shard.ALL, 2, events::add);
        assertTrue(events.size() > 10_000);
        String previous = "";
        Set<UUID> seen = new HashSet<>();
        for (EmailEvent e : events) {
            UUID id = new UUID(e.eventIdHigh(), e.eventIdLow());
            assertEquals(7, id.version());
            assertEquals(2, id.variant());
            assertEquals(e.timestamp(), e.eventIdHigh() >>> 16);
            assertTrue(seen.add(id), "duplicate " + id);
            String time = id.toString().substring(0, 13); // 48-bit timestamp as hex
            assertTrue(previous.compareTo(time) <= 0, "event ids not time-ordered at " + id);
            previous = time;
            UUID message = UUID.fromString(e.message().id());
            assertEquals(7, message.version());
            assertEquals(2, message.variant());
            assertEquals(e.message().sentAt(), message.getMostSignificantBits() >>> 16);
        }
    }
}
