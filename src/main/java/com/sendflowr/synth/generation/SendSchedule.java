package com.sendflowr.synth.generation;

import com.sendflowr.synth.generation.RandomStreams.Purpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Batch sends, as real senders send: each campaign goes out at one of a few times of day ({@code times}, minutes
 * after midnight; the campaign's time drawn from its own stream), in UTC or at that time in each recipient's zone
 * ({@code local}), spread over {@code spreadMillis} as a sending queue drains. An {@code exploration} share of sends
 * goes out at a random instant of the day instead, as a send-time optimiser explores. Logged data is then confounded:
 * most opens follow the few send times, whatever the readers' own hours.
 */
public record SendSchedule(List<Integer> times, boolean local, long spreadMillis, double exploration)
        implements SendTimeChooser {

    private static final long DAY = WeekTime.MILLIS_PER_DAY;
    private static final long MINUTE = WeekTime.MILLIS_PER_MINUTE;

    public SendSchedule {
        times = List.copyOf(times);
        if (times.isEmpty()) {
            throw new IllegalArgumentException("a send schedule needs at least one time");
        }
    }

    /**
     * {@code random} (the origin's spread), or send times of day {@code HH:MM, HH:MM, …}; {@code null} for random.
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    public static List<Integer> parseTimes(String text) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("random")) {
            return null;
        }
        List<Integer> minutes = new ArrayList<>();
        for (String part : trimmed.split(",")) {
            String item = part.trim();
            if (!item.matches("\\d{1,2}:\\d{2}")) {
                throw new IllegalArgumentException("'" + item + "' is not a time of day; use 'random' or times "
                        + "HH:MM separated by commas, such as \"09:00, 13:30, 19:00\"");
            }
            int hour = Integer.parseInt(item.substring(0, item.indexOf(':')));
            int minute = Integer.parseInt(item.substring(item.indexOf(':') + 1));
            if (hour > 23 || minute > 59) {
                throw new IllegalArgumentException(
                        "'" + item + "' is not a time of day; hours run 00-23, minutes 00-59");
            }
            int at = hour * 60 + minute;
            if (minutes.contains(at)) {
                throw new IllegalArgumentException("'" + item + "' is given twice; list each send time once");
            }
            minutes.add(at);
        }
        if (minutes.size() > 24) {
            throw new IllegalArgumentException(
                    minutes.size() + " send times; give at most 24 (a batch schedule has a few)");
        }
        return minutes;
    }

    /** The campaign's time of day (minutes after local or UTC midnight): one of {@link #times}, by its own stream. */
    public int timeOf(RandomStreams streams, long epochDay, int slot) {
        if (times.size() == 1) {
            return times.get(0);
        }
        long bits = streams.derive(Purpose.SCHEDULE, epochDay, slot);
        return times.get((int) Math.floorMod(bits, (long) times.size()));
    }

    @Override
    public long sendAt(UserProfile user, long epochDay, int slot, RandomStreams streams, SeededRandom random) {
        long dayStart = WeekTime.startOfDay(epochDay);
        if (exploration > 0 && random.nextDouble() < exploration) {
            return dayStart + random.nextLong(0, DAY);
        }
        long at = timeOf(streams, epochDay, slot) * MINUTE + (spreadMillis > 0 ? random.nextLong(0, spreadMillis) : 0);
        if (!local) {
            return dayStart + Math.floorMod(at, DAY);
        }
        LocalClock clock = user.traits().clock();
        int offset = clock.offsetMillis(dayStart);
        long sentAt = dayStart + Math.floorMod(at - offset, DAY);
        int offsetThen = clock.offsetMillis(sentAt);
        // a daylight-saving change earlier that day: the wall clock reads the time at the other offset
        return offsetThen == offset ? sentAt : dayStart + Math.floorMod(at - offsetThen, DAY);
    }

    @Override
    public double dayShare(long fromMillis, long toMillis, long epochDay, LocalClock clock) {
        long dayStart = WeekTime.startOfDay(epochDay);
        long from = fromMillis - dayStart;
        long to = toMillis - dayStart;
        double share = exploration * (to - from) / DAY;
        int offset = local ? clock.offsetMillis(dayStart) : 0;
        double perTime = (1 - exploration) / times.size();
        for (int minute : times) {
            long start = Math.floorMod(minute * MINUTE - offset, DAY);
            share += perTime * covered(start, from, to);
        }
        return share;
    }

    /** The share of the span {@code [start, start + spread)} (wrapping at midnight) inside {@code [from, to)}. */
    private double covered(long start, long from, long to) {
        if (spreadMillis == 0) {
            return start >= from && start < to ? 1 : 0;
        }
        long end = start + spreadMillis;
        double inside = overlap(start, end, from, to) + overlap(start, end, from + DAY, to + DAY);
        return inside / spreadMillis;
    }

    private static double overlap(long a, long b, long from, long to) {
        return Math.max(0, Math.min(b, to) - Math.max(a, from));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int minute : times) {
            text.append(text.isEmpty() ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60));
        }
        return text + (local ? " local" : " UTC");
    }
}
