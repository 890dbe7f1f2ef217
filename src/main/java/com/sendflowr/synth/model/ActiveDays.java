package com.sendflowr.synth.model;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The days of the week on which a persona is active, e.g. {@code MON-FRI}, {@code FRI-SUN}, {@code SAT,SUN}, {@code ALL}. */
public record ActiveDays(Set<DayOfWeek> days) {

    public ActiveDays {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    public static ActiveDays all() {
        return new ActiveDays(EnumSet.allOf(DayOfWeek.class));
    }

    public static ActiveDays parse(String text) {
        String trimmed = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("no days given; use e.g. 'MON-FRI', 'SAT,SUN' or 'ALL'");
        }
        if (trimmed.equals("ALL")) {
            return all();
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : trimmed.split(",")) {
            String item = part.trim();
            int dash = item.indexOf('-');
            if (dash < 0) {
                days.add(day(item, text));
            } else {
                DayOfWeek from = day(item.substring(0, dash), text);
                DayOfWeek to = day(item.substring(dash + 1), text);
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            }
        }
        return new ActiveDays(days);
    }

    private static DayOfWeek day(String token, String whole) {
        String t = token.trim();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(t) && t.length() >= 3) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown day '" + t + "' in '" + whole
                + "'; use MON, TUE, WED, THU, FRI, SAT, SUN, ranges such as MON-FRI, or ALL");
    }

    public boolean contains(DayOfWeek day) {
        return days.contains(day);
    }

    @Override
    public String toString() {
        if (days.size() == 7) {
            return "ALL";
        }
        return EnumSet.copyOf(days).stream().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
    }
}
