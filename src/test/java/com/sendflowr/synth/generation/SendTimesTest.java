package com.sendflowr.synth.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendflowr.synth.testing.Settings;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The send-time choosers: the schedule's instants, its expected shares, and the one draw of a user's day. */
class SendTimesTest {

    static final ModelSettings ZONED = Settings.with(
            "synth.time-zones.enabled",
            "true",
            "synth.campaigns.send-times",
            "09:00, 17:30",
            "synth.campaigns.send-clock",
            "local",
            "synth.campaigns.send-spread",
            "45m",
            "synth.window.days",
            "60");
    static final RandomStreams STREAMS = new RandomStreams(ZONED.seed());

    @Test
    void aLocalScheduleSendsAtItsTimesOnTheRecipientsClockAcrossDaylightSavingChanges() {
        SendSchedule schedule = (SendSchedule) ZONED.sendPlan().sendTimes();
        Population population = RunPlan.of(ZONED, Shard.ALL, 1).population();
        UserProfile newYork = population.users().stream()
                .filter(u -> u.traits().clock().zone().getId().equals("America/New_York"))
                .findFirst()
                .orElseThrow();
        SeededRandom random = new SeededRandom(1);
        long dstEnds = LocalDate.of(2025, 11, 2).toEpochDay();
        for (long day = dstEnds - 3; day <= dstEnds + 3; day++) {
            for (int slot = 0; slot < 8; slot++) {
                long at = schedule.sendAt(newYork, day, slot, STREAMS, random);
                assertThat(WeekTime.epochDay(at)).isEqualTo(day);
                int localMinute = newYork.traits().clock().minuteOfWeek(at) % WeekTime.MINUTES_PER_DAY;
                int time = schedule.timeOf(STREAMS, day, slot);
                assertThat(Math.floorMod(localMinute - time, WeekTime.MINUTES_PER_DAY))
                        .isLessThan(45);
            }
        }
    }

    @Test
    void theSharesOfADayAddUpToOneAndFollowTheBatches() {
        SendSchedule schedule = new SendSchedule(List.of(23 * 60 + 30), false, 3_600_000L, 0.2);
        long day = LocalDate.of(2025, 10, 1).toEpochDay();
        long start = WeekTime.startOfDay(day);
        double sum = 0;
        for (int h = 0; h < 24; h++) {
            sum += schedule.dayShare(start + h * 3_600_000L, start + (h + 1) * 3_600_000L, day, LocalClock.UTC);
        }
        assertThat(sum).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-12));
        // a batch at 23:30 over an hour wraps to the start of the same UTC day
        double first = schedule.dayShare(start, start + 1_800_000L, day, LocalClock.UTC);
        assertThat(first).isCloseTo(0.8 * 0.5 + 0.2 / 48, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(SendTimeChooser.RANDOM_MINUTE.dayShare(start, start + 3_600_000L, day, LocalClock.UTC))
                .isEqualTo(1 / 24.0);
    }

    @Test
    void sendTimesParseAsATimeListOrRandom() {
        assertThat(SendSchedule.parseTimes(" random ")).isNull();
        assertThat(SendSchedule.parseTimes("8:05, 23:59")).containsExactly(8 * 60 + 5, 23 * 60 + 59);
        assertThatThrownBy(() -> SendSchedule.parseTimes("12:60")).hasMessageContaining("minutes 00-59");
    }

    @Test
    void withoutAScheduleTheDrawIsTheOriginsRandomMinute() {
        ModelSettings plain = Settings.defaults();
        assertThat(plain.sendPlan().sendTimes()).isSameAs(SendTimeChooser.RANDOM_MINUTE);
        UserProfile user = RunPlan.of(plain, Shard.ALL, 1).population().users().get(7);
        long day = LocalDate.of(2025, 10, 3).toEpochDay();
        long[] times = new DailySends(STREAMS, plain.sendPlan(), SendPolicy.SCHEDULE).draw(user, day, 8, new long[2]);
        SeededRandom origin = new SeededRandom(
                STREAMS.derive(RandomStreams.Purpose.SENDS, user.recipient().index(), day));
        for (int c = 0; c < 8; c++) {
            boolean receives = origin.nextDouble() < plain.sendPlan().audienceShare();
            long sentAt = WeekTime.startOfDay(day) + origin.nextLong(0, WeekTime.MILLIS_PER_DAY);
            assertThat(times[c]).isEqualTo(receives ? sentAt : DailySends.NONE);
        }
    }
}
