package com.sendflowr.synth.calibration;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Every statistic the calibration measures, by the id the targets table uses. Most are measured on the events;
 * the last two on the engine's ground truth (what no event log shows).
 */
public enum Statistic {
    OPEN_WITHIN_1H("open_within_1h"),
    OPEN_WITHIN_6H("open_within_6h"),
    OPEN_WITHIN_24H("open_within_24h"),
    OPEN_WITHIN_7D("open_within_7d"),
    OPEN_MEDIAN_DELAY("open_median_delay"),
    OPEN_MEAN_OVER_MEDIAN("open_mean_over_median"),
    CLICK_DELAY_MEDIAN("click_delay_median"),
    CLICK_FRONT_LOADING("click_front_loading"),
    SENDS_PER_USER_WEEK("sends_per_user_week"),
    SENDS_BUSIEST_3_HOURS("sends_busiest_3_hours"),
    HUMAN_OPEN_RATE("human_open_rate"),
    MEASURED_OPEN_RATE("measured_open_rate"),
    UNIQUE_CLICK_RATE("unique_click_rate"),
    CLICK_TO_OPEN("click_to_open"),
    MACHINE_OPEN_SHARE("machine_open_share"),
    NIGHT_OPEN_SHARE("night_open_share"),
    PEAK_OPEN_HOUR("peak_open_hour"),
    WEEKDAY_OPEN_RATE_SPREAD("weekday_open_rate_spread"),
    FATIGUE_OPEN_DROP("fatigue_open_drop"),
    PER_USER_OPEN_RATE_CV("per_user_open_rate_cv"),
    SEND_TIME_HEADROOM("send_time_headroom"),
    PERSONA_CURVE_CORRELATION("persona_curve_correlation");

    private final String id;

    Statistic(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Statistic of(String id) {
        for (Statistic s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        return null;
    }

    static boolean known(String id) {
        return of(id) != null;
    }

    static String ids() {
        return Arrays.stream(values()).map(Statistic::id).collect(Collectors.joining(", "));
    }
}
