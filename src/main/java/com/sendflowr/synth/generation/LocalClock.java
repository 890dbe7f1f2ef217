package com.sendflowr.synth.generation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's wall clock: the local minute of the week of an instant, honouring the zone's daylight-saving changes.
 * Activity curves are in local time, so a morning person reads at 07:00 local before and after a DST change (the
 * UTC hour moves, the local one does not). The offsets of a bounded span are precomputed: a lookup is a short scan.
 */
public final class LocalClock {

    public static final LocalClock UTC = new LocalClock(ZoneOffset.UTC, new long[0], new int[] {0});

    private final ZoneId zone;
    /** Instants (epoch ms) at which the offset changes, ascending; offsets[i] holds before transitions[i]. */
    private final long[] transitions;

    private final int[] offsetMillis;

    private LocalClock(ZoneId zone, long[] transitions, int[] offsetMillis) {
        this.zone = zone;
        this.transitions = transitions;
        this.offsetMillis = offsetMillis;
    }

    /** The clock of {@code zone} over [fromMillis, toMillis]; outside that span the nearest offset holds. */
    public static LocalClock of(ZoneId zone, long fromMillis, long toMillis) {
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            int offset = rules.getOffset(Instant.EPOCH).getTotalSeconds() * 1000;
            return offset == 0 && zone.equals(ZoneOffset.UTC)
                    ? UTC
                    : new LocalClock(zone, new long[0], new int[] {offset});
        }
        List<Long> at = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        Instant from = Instant.ofEpochMilli(fromMillis);
        offsets.add(rules.getOffset(from).getTotalSeconds() * 1000);
        ZoneOffsetTransition next = rules.nextTransition(from);
        while (next != null && next.getInstant().toEpochMilli() <= toMillis) {
            at.add(next.getInstant().toEpochMilli());
            offsets.add(next.getOffsetAfter().getTotalSeconds() * 1000);
            next = rules.nextTransition(next.getInstant());
        }
        return new LocalClock(
                zone,
                at.stream().mapToLong(Long::longValue).toArray(),
                offsets.stream().mapToInt(Integer::intValue).toArray());
    }

    public ZoneId zone() {
        return zone;
    }

    public int offsetMillis(long epochMillis) {
        int i = 0;
        while (i < transitions.length && epochMillis >= transitions[i]) {
            i++;
        }
        return offsetMillis[i];
    }

    /** Local minute of the week, 0 = Monday 00:00 local. */
    public int minuteOfWeek(long epochMillis) {
        if (this == UTC) {
            return WeekTime.minuteOfWeek(epochMillis);
        }
        return WeekTime.minuteOfWeek(epochMillis + offsetMillis(epochMillis));
    }
}
