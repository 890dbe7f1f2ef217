package com.sendflowr.synth.generation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.config.WindowOverrides;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.TalliedEvents;
import com.sendflowr.synth.model.Tally;
import com.sendflowr.synth.testing.Runs;
import com.sendflowr.synth.testing.Settings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DayOrderTest {

    private static final long DAY = 20_362; // 2025-10-01, the default window's first day

    @Test
    void ordersADayExactlyAsTheComparatorDoesEvenWhenManyEventsShareAMillisecond() {
        List<EmailEvent> day = firstDay();
        assertThat(day).hasSizeGreaterThan(5_000);
        long dayStart = WeekTime.startOfDay(DAY);
        // squeeze the day into 50 milliseconds: nearly every event now ties with others on its timestamp
        List<EmailEvent> tied = new ArrayList<>();
        for (EmailEvent e : day) {
            tied.add(at(e, dayStart + Math.floorMod(e.timestamp(), 50)));
        }
        for (List<EmailEvent> events : List.of(day, tied)) {
            List<EmailEvent> expected = new ArrayList<>(events);
            expected.sort(EmailEvent::compare);
            List<EmailEvent> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, new Random(7));
            int third = shuffled.size() / 3;
            TalliedEvents actual = DayOrder.sort(
                    List.of(chunk(shuffled.subList(0, third)), chunk(shuffled.subList(third, shuffled.size()))));
            assertThat(actual).containsExactlyElementsOf(expected);
            Tally counted = new Tally();
            expected.forEach(counted::count);
            expected.stream()
                    .map(e -> e.recipient().persona())
                    .distinct()
                    .forEach(persona -> assertThat(actual.tally().of(persona)).isEqualTo(counted.of(persona)));
            assertThat(actual.tally().total()).isEqualTo(expected.size());
        }
    }

    @Test
    void chunksEventsByTheirUtcDayKeepingTheOrderMadeAndTheirCounts() {
        List<EmailEvent> day = firstDay();
        List<EmailEvent> made = new ArrayList<>();
        for (int i = 0; i < day.size(); i++) {
            // every third event moved two days on, every fifth one back: three days, interleaved
            long shift = i % 3 == 0 ? 2 : i % 5 == 0 ? -1 : 0;
            made.add(at(day.get(i), day.get(i).timestamp() + shift * WeekTime.MILLIS_PER_DAY));
        }
        List<DayChunk> chunks = DayChunk.byDay(packed(made));
        assertThat(chunks).extracting(DayChunk::epochDay).containsExactly(DAY - 1, DAY, DAY + 2);
        for (DayChunk chunk : chunks) {
            List<EmailEvent> expected = made.stream()
                    .filter(e -> WeekTime.epochDay(e.timestamp()) == chunk.epochDay())
                    .toList();
            List<EmailEvent> actual = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                actual.add(chunk.events().event(i));
                assertThat(chunk.millisOfDay()[i])
                        .isEqualTo(actual.get(i).timestamp() - WeekTime.startOfDay(chunk.epochDay()));
            }
            assertThat(actual).containsExactlyElementsOf(expected);
            Tally counted = new Tally();
            expected.forEach(counted::count);
            assertThat(chunk.tally().total()).isEqualTo(expected.size());
            assertThat(chunk.tally().totals()).isEqualTo(counted.totals());
        }
    }

    private static DayChunk chunk(List<EmailEvent> events) {
        List<DayChunk> chunks = DayChunk.byDay(packed(events));
        assertThat(chunks).hasSize(1);
        return chunks.get(0);
    }

    private static PackedEvents packed(List<EmailEvent> events) {
        PackedEvents packed = new PackedEvents(1);
        for (EmailEvent e : events) {
            packed.add(
                    e.eventIdHigh(),
                    e.eventIdLow(),
                    e.type(),
                    e.timestamp(),
                    e.message(),
                    e.occurrence(),
                    e.client(),
                    e.ingestedAt(),
                    e.flags());
        }
        return packed;
    }

    private static EmailEvent at(EmailEvent e, long timestamp) {
        return new EmailEvent(
                e.eventIdHigh(),
                e.eventIdLow(),
                e.type(),
                timestamp,
                e.message(),
                e.occurrence(),
                e.client(),
                e.ingestedAt(),
                e.flags());
    }

    private static List<EmailEvent> firstDay() {
        ModelSettings settings =
                Settings.read(Map.of(), new WindowOverrides(Optional.empty(), Optional.of(1), Optional.empty()));
        List<EmailEvent> events = new ArrayList<>();
        Runs.days(settings, Shard.ALL, 2, events::addAll);
        assertThat(events)
                .allSatisfy(e -> assertThat(WeekTime.epochDay(e.timestamp())).isEqualTo(DAY));
        return events;
    }
}
