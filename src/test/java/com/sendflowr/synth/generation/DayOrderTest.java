package com.sendflowr.synth.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendflowr.synth.config.WindowOverrides;
import com.sendflowr.synth.model.EmailEvent;
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
            List<EmailEvent> actual = new ArrayList<>(events);
            Collections.shuffle(actual, new Random(7));
            DayOrder.sort(actual, dayStart);
            assertThat(actual).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void refusesAnEventOfAnotherDay() {
        List<EmailEvent> day = new ArrayList<>(firstDay());
        assertThatThrownBy(() -> DayOrder.sort(day, WeekTime.startOfDay(DAY + 1)))
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
