package com.sendflowr.synth.calibration;

import com.sendflowr.synth.readers.ObservedEvent;
import com.sendflowr.synth.report.EventTimes;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Measures the calibrated statistics of a dataset in one pass over its events, in memory that does not grow with
 * the number of events: per message only while it can still have events (its send plus the horizon, by the
 * stream's clock), per user a few counters and the send times of the last week, the rest in fixed arrays.
 *
 * <p>Delays, rates and the weekday and fatigue effects are measured on the <em>settled</em> messages: delivered
 * at least {@link #SETTLE_MILLIS 14 days} before the data end, so that a long open tail is not cut off by the
 * end. "Human" opens are those not labelled {@code metadata.machine_open}; when the data carry no labels at all
 * (generated with {@code --no-labels}) the statistics that need that split are reported as not measurable.
 */
public final class CalibrationMeasurement implements Consumer<ObservedEvent> {

    public static final long SETTLE_MILLIS = 14 * 86_400_000L;
    static final long WEEK_MILLIS = 7 * 86_400_000L;
    static final long HOUR_MILLIS = 3_600_000L;
    static final long DAY_MILLIS = 86_400_000L;
    /** Users with fewer settled deliveries do not count towards the spread of per-user open rates. */
    static final int MIN_DELIVERIES_PER_USER = 10;

    static final String NO_LABELS =
            "the data carry no labels (--no-labels): machine opens cannot be told from " + "human ones";
    /** Delays at which the cumulative curves are read for the report: 20 points per decade, 10 s to 40 days. */
    private static final double[] CURVE_SECONDS = points();

    private final long dataStart;
    private final long dataEnd;
    private final long horizonMillis;
    private final long settledBefore;
    private final Map<String, ZoneRules> zones = new HashMap<>();
    private final LinkedHashMap<String, MessageState> messages = new LinkedHashMap<>();
    private final Map<String, UserState> users = new HashMap<>();

    private final DelayDistribution firstOpenDelay = new DelayDistribution();
    private final DelayDistribution firstClickDelay = new DelayDistribution();
    private final DelayDistribution openToClick = new DelayDistribution();
    /** The same delays over every message, settled or not: the report's curves when nothing is settled. */
    private final DelayDistribution anyFirstOpenDelay = new DelayDistribution();

    private final DelayDistribution anyFirstClickDelay = new DelayDistribution();
    private final long[] sendsByUtcHour = new long[24];
    private final long[] sendsByLocalHour = new long[24];
    private final long[] humanOpensByLocalHour = new long[24];
    private final long[] settledByWeekday = new long[7];
    private final long[] humanOpenedByWeekday = new long[7];
    private boolean labelled;
    private boolean zoned;
    private long sends;
    private long openedEvents;
    private long machineOpenedEvents;
    private long clicksWithoutHumanOpen;
    private long settledDelivered;
    private long settledHumanOpened;
    private long settledMeasuredOpened;
    private long settledClicked;
    private long settledClickedAfterHumanOpen;
    private long streamClock = Long.MIN_VALUE;

    /**
     * @param dataStart     the window's start: sends in its first week have an unknown prior cadence
     * @param dataEnd       the window's end: messages delivered 14 days before it are settled
     * @param horizonMillis how long after its send a message can still have events
     */
    public CalibrationMeasurement(long dataStart, long dataEnd, long horizonMillis) {
        this.dataStart = dataStart;
        this.dataEnd = dataEnd;
        this.horizonMillis = horizonMillis;
        this.settledBefore = dataEnd - SETTLE_MILLIS;
    }

    private static final class MessageState {
        final long sentAt;
        final UserState user;
        final int priorSends;
        final String zone;
        long deliveredAt = EventTimes.INVALID;
        long firstHumanOpenAt = EventTimes.INVALID;
        long lastHumanOpenAt = EventTimes.INVALID;
        long firstClickAt = EventTimes.INVALID;
        boolean opened;

        MessageState(long sentAt, UserState user, int priorSends, String zone) {
            this.sentAt = sentAt;
            this.user = user;
            this.priorSends = priorSends;
            this.zone = zone;
        }
    }

    private static final class UserState {
        long[] recentSends = new long[8];
        int recentCount;
        boolean machineOpens;
        long settledDelivered;
        long settledHumanOpened;
        /** Fatigue strata: deliveries and human opens after 0-1 and after 3+ sends in the prior week. */
        long fewDelivered;

        long fewOpened;
        long manyDelivered;
        long manyOpened;

        /** Sends to this user in the week before {@code at}; then remembers this one. */
        int sendsInPriorWeek(long at) {
            int kept = 0;
            for (int i = 0; i < recentCount; i++) {
                if (recentSends[i] > at - WEEK_MILLIS && recentSends[i] < at) {
                    recentSends[kept++] = recentSends[i];
                }
            }
            int prior = kept;
            if (kept == recentSends.length) {
                recentSends = Arrays.copyOf(recentSends, kept * 2);
            }
            recentSends[kept++] = at;
            recentCount = kept;
            return prior;
        }
    }

    @Override
    public void accept(ObservedEvent event) {
        if (event.persona() != null) {
            labelled = true;
        }
        long at = EventTimes.parse(event.timestamp());
        if (at == EventTimes.INVALID || event.eventType() == null) {
            return;
        }
        advance(at);
        MessageState message = event.messageId() == null ? null : messages.get(event.messageId());
        switch (event.eventType()) {
            case "sent" -> sent(event, at, message);
            case "delivered" -> {
                if (message != null && message.deliveredAt == EventTimes.INVALID) {
                    message.deliveredAt = at;
                }
            }
            case "opened" -> opened(event, at, message);
            case "clicked" -> clicked(at, message);
            default -> {}
        }
    }

    private void sent(ObservedEvent event, long at, MessageState existing) {
        sends++;
        sendsByUtcHour[hourOfDay(at)]++;
        sendsByLocalHour[hourOfDay(local(at, event.timeZone()))]++;
        if (event.messageId() == null || existing != null) {
            return;
        }
        UserState user =
                event.recipientId() == null ? null : users.computeIfAbsent(event.recipientId(), r -> new UserState());
        int prior = user == null ? 0 : user.sendsInPriorWeek(at);
        messages.put(event.messageId(), new MessageState(at, user, prior, event.timeZone()));
    }

    private void opened(ObservedEvent event, long at, MessageState message) {
        openedEvents++;
        if (event.machineOpen()) {
            machineOpenedEvents++;
            if (message != null && message.user != null) {
                message.user.machineOpens = true;
            }
        } else {
            humanOpensByLocalHour[hourOfDay(local(at, event.timeZone()))]++;
        }
        if (message == null) {
            return;
        }
        message.opened = true;
        if (!event.machineOpen()) {
            if (message.firstHumanOpenAt == EventTimes.INVALID) {
                message.firstHumanOpenAt = at;
            }
            message.lastHumanOpenAt = Math.max(at, message.lastHumanOpenAt);
        }
    }

    private void clicked(long at, MessageState message) {
        if (message == null) {
            return;
        }
        if (message.lastHumanOpenAt != EventTimes.INVALID) {
            openToClick.add(at - message.lastHumanOpenAt);
        } else {
            clicksWithoutHumanOpen++;
        }
        if (message.firstClickAt == EventTimes.INVALID) {
            message.firstClickAt = at;
        }
    }

    /** Moves the stream's clock forward; a message past its horizon can have no more events and is counted. */
    private void advance(long at) {
        if (at <= streamClock) {
            return;
        }
        streamClock = at;
        long horizon = at - horizonMillis;
        Iterator<MessageState> oldest = messages.values().iterator();
        while (oldest.hasNext()) {
            MessageState message = oldest.next();
            if (message.sentAt >= horizon) {
                break;
            }
            settle(message);
            oldest.remove();
        }
    }

    private void settle(MessageState m) {
        if (m.deliveredAt == EventTimes.INVALID) {
            return;
        }
        boolean humanOpened = m.firstHumanOpenAt != EventTimes.INVALID;
        boolean clicked = m.firstClickAt != EventTimes.INVALID;
        if (humanOpened) {
            anyFirstOpenDelay.add(m.firstHumanOpenAt - m.deliveredAt);
        }
        if (clicked) {
            anyFirstClickDelay.add(m.firstClickAt - m.deliveredAt);
        }
        if (m.deliveredAt > settledBefore) {
            return;
        }
        settledDelivered++;
        settledMeasuredOpened += m.opened ? 1 : 0;
        if (humanOpened) {
            settledHumanOpened++;
            firstOpenDelay.add(m.firstHumanOpenAt - m.deliveredAt);
        }
        if (clicked) {
            settledClicked++;
            firstClickDelay.add(m.firstClickAt - m.deliveredAt);
            settledClickedAfterHumanOpen += humanOpened ? 1 : 0;
        }
        int weekday = (int) Math.floorMod(Math.floorDiv(local(m.deliveredAt, m.zone), DAY_MILLIS) + 3, 7L);
        settledByWeekday[weekday]++;
        humanOpenedByWeekday[weekday] += humanOpened ? 1 : 0;
        UserState user = m.user;
        if (user == null) {
            return;
        }
        user.settledDelivered++;
        user.settledHumanOpened += humanOpened ? 1 : 0;
        if (m.sentAt >= dataStart + WEEK_MILLIS) {
            if (m.priorSends <= 1) {
                user.fewDelivered++;
                user.fewOpened += humanOpened ? 1 : 0;
            } else if (m.priorSends >= 3) {
                user.manyDelivered++;
                user.manyOpened += humanOpened ? 1 : 0;
            }
        }
    }

    /** Counts the messages still held: call once the dataset is exhausted, before reading results. */
    public CalibrationMeasurement finish() {
        messages.values().forEach(this::settle);
        messages.clear();
        return this;
    }

    private long local(long utcMillis, String zone) {
        if (zone == null) {
            return utcMillis;
        }
        ZoneRules rules = zones.get(zone);
        if (rules == null) {
            try {
                rules = ZoneId.of(zone).getRules();
            } catch (DateTimeException e) {
                return utcMillis;
            }
            zones.put(zone, rules);
        }
        zoned = true;
        return utcMillis + rules.getOffset(Instant.ofEpochMilli(utcMillis)).getTotalSeconds() * 1_000L;
    }

    private static int hourOfDay(long millis) {
        return (int) Math.floorMod(Math.floorDiv(millis, HOUR_MILLIS), 24L);
    }

    // --- results ---

    /** Every statistic measured on the events (call {@link #finish()} first). */
    public Map<Statistic, Measured> results() {
        Map<Statistic, Measured> results = new EnumMap<>(Statistic.class);
        openDelays(results);
        clicks(results);
        cadence(results);
        rates(results);
        hours(results);
        weekdays(results);
        fatigue(results);
        perUserSpread(results);
        return results;
    }

    private void openDelays(Map<Statistic, Measured> results) {
        String reason = !labelled ? NO_LABELS : firstOpenDelay.count() == 0 ? noSettled("human first opens") : null;
        Statistic[] within = {
            Statistic.OPEN_WITHIN_1H, Statistic.OPEN_WITHIN_6H, Statistic.OPEN_WITHIN_24H, Statistic.OPEN_WITHIN_7D
        };
        double[] hours = {1, 6, 24, 168};
        for (int i = 0; i < within.length; i++) {
            results.put(
                    within[i],
                    reason != null
                            ? Measured.notMeasurable(within[i], reason)
                            : Measured.of(
                                    within[i],
                                    firstOpenDelay.shareWithin(hours[i] * 3600),
                                    text("of %,d first opens", firstOpenDelay.count())));
        }
        if (reason != null) {
            results.put(Statistic.OPEN_MEDIAN_DELAY, Measured.notMeasurable(Statistic.OPEN_MEDIAN_DELAY, reason));
            results.put(
                    Statistic.OPEN_MEAN_OVER_MEDIAN, Measured.notMeasurable(Statistic.OPEN_MEAN_OVER_MEDIAN, reason));
            return;
        }
        double median = firstOpenDelay.quantileSeconds(0.5);
        double mean = firstOpenDelay.meanSeconds();
        results.put(Statistic.OPEN_MEDIAN_DELAY, Measured.of(Statistic.OPEN_MEDIAN_DELAY, median / 3600));
        results.put(
                Statistic.OPEN_MEAN_OVER_MEDIAN,
                Measured.of(Statistic.OPEN_MEAN_OVER_MEDIAN, mean / median, text("mean %.1f h", mean / 3600)));
    }

    private void clicks(Map<Statistic, Measured> results) {
        if (openToClick.count() == 0) {
            results.put(
                    Statistic.CLICK_DELAY_MEDIAN,
                    Measured.notMeasurable(Statistic.CLICK_DELAY_MEDIAN, "no click follows a human open in the data"));
        } else {
            String without = clicksWithoutHumanOpen == 0
                    ? ""
                    : text("; %,d without a human open before", clicksWithoutHumanOpen);
            results.put(
                    Statistic.CLICK_DELAY_MEDIAN,
                    Measured.of(
                            Statistic.CLICK_DELAY_MEDIAN,
                            openToClick.quantileSeconds(0.5) / 60,
                            text("of %,d clicks", openToClick.count()) + without));
        }
        Statistic s = Statistic.CLICK_FRONT_LOADING;
        if (!labelled) {
            results.put(s, Measured.notMeasurable(s, NO_LABELS));
        } else if (firstClickDelay.count() == 0 || firstOpenDelay.count() == 0) {
            results.put(s, Measured.notMeasurable(s, noSettled("first clicks and human first opens")));
        } else {
            double clicks = firstClickDelay.shareWithin(3600);
            double opens = firstOpenDelay.shareWithin(3600);
            results.put(
                    s,
                    opens == 0
                            ? Measured.notMeasurable(s, "no human first open within 1 h of delivery")
                            : Measured.of(
                                    s,
                                    clicks / opens,
                                    text(
                                            "first clicks %.1f%%, first opens %.1f%% within 1 h",
                                            clicks * 100, opens * 100)));
        }
    }

    private void cadence(Map<Statistic, Measured> results) {
        double weeks = (dataEnd - dataStart) / (double) WEEK_MILLIS;
        if (sends == 0 || users.isEmpty() || weeks <= 0) {
            results.put(
                    Statistic.SENDS_PER_USER_WEEK,
                    Measured.notMeasurable(Statistic.SENDS_PER_USER_WEEK, "no sends to a named recipient in the data"));
            results.put(
                    Statistic.SENDS_BUSIEST_3_HOURS,
                    Measured.notMeasurable(Statistic.SENDS_BUSIEST_3_HOURS, "no sends in the data"));
            return;
        }
        results.put(
                Statistic.SENDS_PER_USER_WEEK,
                Measured.of(
                        Statistic.SENDS_PER_USER_WEEK,
                        sends / (users.size() * weeks),
                        text("%,d sends, %,d users, %.1f weeks", sends, users.size(), weeks)));
        double utc = topThree(sendsByUtcHour) / (double) sends;
        if (zoned) {
            double local = topThree(sendsByLocalHour) / (double) sends;
            results.put(
                    Statistic.SENDS_BUSIEST_3_HOURS,
                    Measured.of(
                            Statistic.SENDS_BUSIEST_3_HOURS,
                            Math.max(utc, local),
                            text("UTC %.1f%%, local %.1f%%", utc * 100, local * 100)));
        } else {
            results.put(
                    Statistic.SENDS_BUSIEST_3_HOURS,
                    Measured.of(Statistic.SENDS_BUSIEST_3_HOURS, utc, "UTC; the data name no time zones"));
        }
    }

    private static long topThree(long[] hours) {
        long[] sorted = hours.clone();
        Arrays.sort(sorted);
        return sorted[23] + sorted[22] + sorted[21];
    }

    private void rates(Map<Statistic, Measured> results) {
        if (settledDelivered == 0) {
            for (Statistic s : new Statistic[] {
                Statistic.HUMAN_OPEN_RATE,
                Statistic.MEASURED_OPEN_RATE,
                Statistic.UNIQUE_CLICK_RATE,
                Statistic.CLICK_TO_OPEN
            }) {
                results.put(s, Measured.notMeasurable(s, noSettled("deliveries")));
            }
        } else {
            String of = text("of %,d settled deliveries", settledDelivered);
            results.put(
                    Statistic.MEASURED_OPEN_RATE,
                    Measured.of(Statistic.MEASURED_OPEN_RATE, settledMeasuredOpened / (double) settledDelivered, of));
            results.put(
                    Statistic.UNIQUE_CLICK_RATE,
                    Measured.of(Statistic.UNIQUE_CLICK_RATE, settledClicked / (double) settledDelivered, of));
            if (!labelled) {
                results.put(Statistic.HUMAN_OPEN_RATE, Measured.notMeasurable(Statistic.HUMAN_OPEN_RATE, NO_LABELS));
                results.put(Statistic.CLICK_TO_OPEN, Measured.notMeasurable(Statistic.CLICK_TO_OPEN, NO_LABELS));
            } else {
                results.put(
                        Statistic.HUMAN_OPEN_RATE,
                        Measured.of(Statistic.HUMAN_OPEN_RATE, settledHumanOpened / (double) settledDelivered, of));
                results.put(
                        Statistic.CLICK_TO_OPEN,
                        settledHumanOpened == 0
                                ? Measured.notMeasurable(Statistic.CLICK_TO_OPEN, noSettled("human opens"))
                                : Measured.of(
                                        Statistic.CLICK_TO_OPEN,
                                        settledClickedAfterHumanOpen / (double) settledHumanOpened,
                                        text("of %,d human-opened messages", settledHumanOpened)));
            }
        }
        Statistic s = Statistic.MACHINE_OPEN_SHARE;
        results.put(
                s,
                !labelled
                        ? Measured.notMeasurable(s, NO_LABELS)
                        : openedEvents == 0
                                ? Measured.notMeasurable(s, "no opens in the data")
                                : Measured.of(
                                        s,
                                        machineOpenedEvents / (double) openedEvents,
                                        text("%,d of %,d opened events", machineOpenedEvents, openedEvents)));
    }

    private void hours(Map<Statistic, Measured> results) {
        long human = Arrays.stream(humanOpensByLocalHour).sum();
        String reason = !labelled ? NO_LABELS : human == 0 ? "no human opens in the data" : null;
        if (reason != null) {
            results.put(Statistic.NIGHT_OPEN_SHARE, Measured.notMeasurable(Statistic.NIGHT_OPEN_SHARE, reason));
            results.put(Statistic.PEAK_OPEN_HOUR, Measured.notMeasurable(Statistic.PEAK_OPEN_HOUR, reason));
            return;
        }
        String clock = zoned ? "local time" : "UTC; the data name no time zones";
        long night = 0;
        for (int h = 1; h <= 4; h++) {
            night += humanOpensByLocalHour[h];
        }
        int peak = 0;
        for (int h = 1; h < 24; h++) {
            peak = humanOpensByLocalHour[h] > humanOpensByLocalHour[peak] ? h : peak;
        }
        results.put(Statistic.NIGHT_OPEN_SHARE, Measured.of(Statistic.NIGHT_OPEN_SHARE, night / (double) human, clock));
        results.put(
                Statistic.PEAK_OPEN_HOUR,
                Measured.of(
                        Statistic.PEAK_OPEN_HOUR,
                        peak,
                        text("%.1f%% of human opens; %s", humanOpensByLocalHour[peak] * 100.0 / human, clock)));
    }

    private void weekdays(Map<Statistic, Measured> results) {
        Statistic s = Statistic.WEEKDAY_OPEN_RATE_SPREAD;
        if (!labelled) {
            results.put(s, Measured.notMeasurable(s, NO_LABELS));
            return;
        }
        if (Arrays.stream(settledByWeekday).anyMatch(n -> n == 0)) {
            results.put(s, Measured.notMeasurable(s, "the settled deliveries do not cover every weekday"));
            return;
        }
        double low = 1;
        double high = 0;
        for (int d = 0; d < 7; d++) {
            double rate = humanOpenedByWeekday[d] / (double) settledByWeekday[d];
            low = Math.min(low, rate);
            high = Math.max(high, rate);
        }
        results.put(s, Measured.of(s, (high - low) * 100, text("%.1f%% to %.1f%%", low * 100, high * 100)));
    }

    /**
     * The Mantel-Haenszel risk ratio with users as strata: each user's open rate after 3+ sends in the prior week
     * against their own after 0-1, pooled over the users who had both, so heavy-mailed users do not stand in
     * for the lightly mailed.
     */
    private void fatigue(Map<Statistic, Measured> results) {
        Statistic s = Statistic.FATIGUE_OPEN_DROP;
        if (!labelled) {
            results.put(s, Measured.notMeasurable(s, NO_LABELS));
            return;
        }
        double numerator = 0;
        double denominator = 0;
        long few = 0;
        long fewOpened = 0;
        long many = 0;
        long manyOpened = 0;
        int strata = 0;
        for (UserState u : users.values()) {
            if (u.fewDelivered == 0 || u.manyDelivered == 0) {
                continue;
            }
            double n = u.fewDelivered + u.manyDelivered;
            numerator += u.manyOpened * u.fewDelivered / n;
            denominator += u.fewOpened * u.manyDelivered / n;
            few += u.fewDelivered;
            fewOpened += u.fewOpened;
            many += u.manyDelivered;
            manyOpened += u.manyOpened;
            strata++;
        }
        if (strata == 0 || denominator == 0) {
            results.put(
                    s,
                    Measured.notMeasurable(
                            s,
                            "no user has settled deliveries both after 0-1 and after 3+ "
                                    + "sends in the prior 7 days (with human opens)"));
            return;
        }
        results.put(
                s,
                Measured.of(
                        s,
                        1 - numerator / denominator,
                        text(
                                "%.1f%% after 0-1, %.1f%% after 3+; %,d users",
                                fewOpened * 100.0 / few, manyOpened * 100.0 / many, strata)));
    }

    private void perUserSpread(Map<Statistic, Measured> results) {
        Statistic s = Statistic.PER_USER_OPEN_RATE_CV;
        if (!labelled) {
            results.put(s, Measured.notMeasurable(s, NO_LABELS));
            return;
        }
        double sum = 0;
        double sumSquares = 0;
        int n = 0;
        for (UserState u : users.values()) {
            if (u.machineOpens || u.settledDelivered < MIN_DELIVERIES_PER_USER) {
                continue;
            }
            double rate = u.settledHumanOpened / (double) u.settledDelivered;
            sum += rate;
            sumSquares += rate * rate;
            n++;
        }
        double mean = n == 0 ? 0 : sum / n;
        if (n < 2 || mean == 0) {
            results.put(
                    s,
                    Measured.notMeasurable(
                            s,
                            text(
                                    "fewer than 2 users without machine opens have %d settled "
                                            + "deliveries and an open",
                                    MIN_DELIVERIES_PER_USER)));
            return;
        }
        double sd = Math.sqrt(Math.max(0, sumSquares / n - mean * mean));
        results.put(
                s,
                Measured.of(
                        s,
                        sd / mean,
                        text("%.1f%% ± %.1f%% over %,d users without machine opens", mean * 100, sd * 100, n)));
    }

    private String noSettled(String what) {
        return "no " + what + " of messages delivered 14 days or more before the data end ("
                + Instant.ofEpochMilli(dataEnd) + ")";
    }

    /**
     * The cumulative share of human first opens and first clicks by delay from delivery, and of clicks by delay
     * from the open they follow, at {@link #curvePoints()}; empty arrays when there are none. The first two are
     * of the settled messages, or of all messages when none is settled (see {@link #curvesSettled()}).
     */
    public double[] firstOpenCurve() {
        return curve(curvesSettled() ? firstOpenDelay : anyFirstOpenDelay);
    }

    public double[] firstClickCurve() {
        return curve(curvesSettled() ? firstClickDelay : anyFirstClickDelay);
    }

    /** Whether the curves from delivery are of settled messages (else the data end cuts their tail). */
    public boolean curvesSettled() {
        return firstOpenDelay.count() > 0;
    }

    public double[] openToClickCurve() {
        return curve(openToClick);
    }

    public static double[] curvePoints() {
        return CURVE_SECONDS.clone();
    }

    private static double[] points() {
        double[] points = new double[111];
        for (int i = 0; i < points.length; i++) {
            points[i] = 10 * Math.pow(10, i / 20.0);
        }
        return points;
    }

    private static double[] curve(DelayDistribution delays) {
        if (delays.count() == 0) {
            return new double[0];
        }
        double[] points = CURVE_SECONDS;
        double[] shares = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            shares[i] = delays.shareWithin(points[i]);
        }
        return shares;
    }

    private static String text(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
