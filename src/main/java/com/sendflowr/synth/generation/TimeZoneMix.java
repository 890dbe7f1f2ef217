package com.sendflowr.synth.generation;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Which IANA time zones users live in, with weights: {@code America/New_York=0.4, Europe/London=0.2}. Off, every
 * user is in UTC (the origin document's model) and events carry no zone.
 */
public record TimeZoneMix(boolean enabled, List<ZoneId> zones, List<Double> weights) {

    public static final TimeZoneMix OFF = new TimeZoneMix(false, List.of(ZoneId.of("UTC")), List.of(1.0));

    public TimeZoneMix {
        zones = List.copyOf(zones);
        weights = List.copyOf(weights);
    }

    /** Parses {@code ZONE=WEIGHT, ZONE=WEIGHT…}; a zone without a weight weighs 1. */
    public static TimeZoneMix parse(boolean enabled, String text) {
        List<ZoneId> zones = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String part : text.split(",")) {
            String item = part.trim();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            String zone = eq < 0 ? item : item.substring(0, eq).trim();
            double weight;
            try {
                weight = eq < 0 ? 1 : Double.parseDouble(item.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "'" + item + "' has no number after '='; write ZONE=WEIGHT such as America/New_York=0.4");
            }
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight of " + zone + " must be a positive number, not " + weight);
            }
            try {
                zones.add(ZoneId.of(zone));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + zone + "' is not an IANA time zone; use names such as "
                        + "America/New_York, Europe/London, Asia/Tokyo or UTC");
            }
            weights.add(weight);
        }
        if (zones.isEmpty()) {
            throw new IllegalArgumentException(
                    "no time zones given; write ZONE=WEIGHT, … such as America/New_York=0.6, Europe/London=0.4");
        }
        return new TimeZoneMix(enabled, zones, weights);
    }

    /** The zone at {@code u} ∈ [0, 1) of the cumulative weights. */
    ZoneId pick(double u) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double at = u * total;
        for (int i = 0; i < zones.size(); i++) {
            at -= weights.get(i);
            if (at < 0) {
                return zones.get(i);
            }
        }
        return zones.get(zones.size() - 1);
    }
}
