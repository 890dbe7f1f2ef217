package com.sendflowr.synth.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            tied.add(new EmailEvent(
                    e.eventIdHigh(),
                    e.eventIdLow(),
                    e.type(),
                    dayStart + Math.floorMod(e.timestamp(), 50),
                    e.message(),
                    e.occurrence(),
                    e.client(),
                    e.ingestedAt(),
                    e.flags()));
        }
        for (List<EmailEvent> events : List.of(day, tied)) {
            List<EmailEvent> expected = new ArrayList<>(events);
            expected.sort(EmailEvent::compare);
            List<EmailEvent> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, new Random(7));
            int third = shuffled.size() / 3;
            List<DayChunk> chunks = List.of(
                    DayChunk.of(DAY, shuffled.subList(0, third)),
                    DayChunk.of(DAY, shuffled.subList(third, shuffled.size())));
            TalliedEvents actual = DayOrder.sort(chunks);
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
    void refusesAnEventOfAnotherDay() {
        List<EmailEvent> day = new ArrayList<>(firstDay());
        assertThatThrownBy(() -> DayChunk.of(DAY + 1, day))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not on the day");
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
