package com.sendflowr.synth.report;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns UTC instants into the recipient's local wall-clock time: UTC when the event names no {@code time_zone}
 * (the default data), else that IANA zone's offset at the instant, so a DST change moves local hours correctly.
 * Zone rules are cached per name (a few hundred zones at most); an unknown name counts and falls back to UTC.
 */
final class LocalTimeConverter {

    private static final int MAX_ZONES = 1_000;

    private final Map<String, ZoneRules> rules = new HashMap<>();
    private final Map<String, Long> eventsByZone = new TreeMap<>();
    private long unknownZones;

    /** Local epoch milliseconds: the instant shifted by the zone's offset at that instant. */
    long local(long utcMillis, String zone) {
        if (zone == null) {
            return utcMillis;
        }
        ZoneRules zoneRules = rules.get(zone);
        if (zoneRules == null) {
            if (rules.size() >= MAX_ZONES) {
                unknownZones++;
                return utcMillis;
            }
            try {
                zoneRules = ZoneId.of(zone).getRules();
            } catch (DateTimeException e) {
                unknownZones++;
                return utcMillis;
            }
            rules.put(zone, zoneRules);
        }
        eventsByZone.merge(zone, 1L, Long::sum);
        return utcMillis + zoneRules.getOffset(Instant.ofEpochMilli(utcMillis)).getTotalSeconds() * 1_000L;
    }

    /** Events per named zone; empty when no event named one. */
    Map<String, Long> eventsByZone() {
        return eventsByZone;
    }

    long unknownZones() {
        return unknownZones;
    }
}
