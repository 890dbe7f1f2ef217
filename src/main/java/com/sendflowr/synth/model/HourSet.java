package com.sendflowr.synth.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of inclusive local hours of the day, e.g. {@code 7-9} = 07:00–09:59. Ranges may wrap midnight
 * ({@code 22-1} = 22, 23, 0, 1).
 */
public record HourSet(int mask) {

    public static final HourSet NONE = new HourSet(0);

    public HourSet {
        if ((mask & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("hour mask outside 0..23");
        }
    }

    /**
     * Parses {@code none}, a single hour, a range {@code a-b} (wrapping past midnight when a &gt; b) or a
     * comma-separated list of those.
     */
    public static HourSet parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("none")) {
            return NONE;
        }
        int mask = 0;
        for (String part : trimmed.split(",")) {
            String item = part.trim();
            int dash = item.indexOf('-');
            if (dash < 0) {
                mask |= 1 << hour(item, text);
            } else {
                int from = hour(item.substring(0, dash), text);
                int to = hour(item.substring(dash + 1), text);
                for (int h = from; ; h = (h + 1) % 24) {
                    mask |= 1 << h;
                    if (h == to) {
                        break;
                    }
                }
            }
        }
        return new HourSet(mask);
    }

    private static int hour(String token, String whole) {
        int hour;
        try {
            hour = Integer.parseInt(token.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + whole + "' is not a list of hours; use hours 0..23 such as '7-9' or '22,23,0,1' or 'none'");
        }
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("hour " + hour + " in '" + whole + "' is outside 0..23");
        }
        return hour;
    }

    public boolean contains(int hour) {
        return (mask & (1 << hour)) != 0;
    }

    public boolean isEmpty() {
        return mask == 0;
    }

    public HourSet union(HourSet other) {
        return new HourSet(mask | other.mask);
    }

    public boolean intersects(HourSet other) {
        return (mask & other.mask) != 0;
    }

    /** Contiguous runs in circular order, each as {@code [first, last]}; a run may wrap midnight. */
    public List<int[]> runs() {
        List<int[]> runs = new ArrayList<>();
        if (mask == 0) {
            return runs;
        }
        if (mask == 0xFFFFFF) {
            runs.add(new int[] {0, 23});
            return runs;
        }
        for (int h = 0; h < 24; h++) {
            int previous = (h + 23) % 24;
            if (contains(h) && !contains(previous)) {
                int last = h;
                while (contains((last + 1) % 24)) {
                    last = (last + 1) % 24;
                }
                runs.add(new int[] {h, last});
            }
        }
        return runs;
    }

    @Override
    public String toString() {
        if (mask == 0) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        for (int[] run : runs()) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(run[0]);
            if (run[1] != run[0]) {
                text.append('-').append(run[1]);
            }
        }
        return text.toString();
    }
}
