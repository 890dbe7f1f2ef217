package com.sendflowr.synth.calibration;

import java.util.Locale;

/** How a calibration statistic is expressed, and how its values are shown. */
public enum Unit {
    SHARE("share"),
    HOURS("hours"),
    MINUTES("minutes"),
    RATIO("ratio"),
    NUMBER("number"),
    PER_WEEK("per-week"),
    POINTS("points"),
    HOUR("hour");

    private final String wireName;

    Unit(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Unit fromWireName(String name) {
        for (Unit unit : values()) {
            if (unit.wireName.equals(name)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unknown unit '" + name + "'; accepted: share, hours, minutes, ratio, "
                + "number, per-week, points, hour");
    }

    /** A value as the tables show it: shares in percent, durations with their unit, hours as a clock time. */
    public String format(double value) {
        return switch (this) {
            case SHARE -> text("%.1f%%", value * 100);
            case HOURS -> text("%.2f h", value);
            case MINUTES -> text("%.2f min", value);
            case RATIO -> text("%.2fx", value);
            case NUMBER -> text("%.2f", value);
            case PER_WEEK -> text("%.2f/week", value);
            case POINTS -> text("%.2f pp", value);
            case HOUR -> text("%02.0f:00", value);
        };
    }

    private static String text(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
