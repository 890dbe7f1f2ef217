package com.sendflowr.synth.generation;

import com.sendflowr.synth.generation.OpenTiming.WindowHours;
import com.sendflowr.synth.model.FunnelCounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The expected counts of one user when realism features are on, hour by hour of delivery: sends only after the user
 * joined, thinned by the chance the user was stopped before (hard bounce, complaint, unsubscribe: a constant hazard
 * per hour), spread over the day by the send schedule's share of each hour, bounces instead of deliveries, the
 * user's own send-time response by local hour, the mean fatigue factor, and machine opens in place of the reader's opens behind Apple's proxy. Deferrals and the fatigue of a
 * cold start's first day move little and are left out.
 */
final class RealisticExpectation {

    private final ModelSettings settings;
    private final WindowHours window;
    private final double sendsPerHour;
    private final double followsFirst;
    private final double fatigueMean;
    /** Batch schedules and week-long lookbacks: the mean fatigue factor by the user's UTC offset (see fatigueMeanOf). */
    private final Map<Integer, Double> fatigueMeans = new HashMap<>();

    private final SendTimeChooser sendTimes;
    private final long historyStartHour;
    private final long from;
    private final long to;
    private final Map<String, double[][]> shares = new HashMap<>();
    /** Under a batch schedule, a UTC day's shares by hour: they depend on the clock's offset at the day's start only. */
    private final Map<Integer, double[]> hourSharesByOffset = new HashMap<>();
    /** The calendar's volume and engagement by day, from {@link #firstDay}: looked up per user and hour. */
    private final double[] volumes;

    private final double[] engagements;
    private final long firstDay;
    /** Hours of [from, to): how many, and each one's UTC day, hour of that day, calendar volume and window coverage. */
    private final int hours;

    private final long[] hourDay;
    private final int[] hourOfDay;
    private final double[] hourVolume;
    private final double[] hourCoverage;
    /** Per clock, its local minute of the week and its local day's engagement at the middle of each hour from. */
    private final Map<LocalClock, ClockHours> clockHours = new HashMap<>();

    /** A clock's readings at the middle of each hour of [from, to): the same for every user on it. */
    private record ClockHours(int[] minuteOfWeek, double[] engagement) {}

    /** Expected counts of one user: the funnel, and the deliverability events beside it. */
    record UserCounts(
            FunnelCounts funnel,
            double bounced,
            double markedSpam,
            double unsubscribed,
            double completeOpenRate,
            double completeClickRate) {

        /** Both segments of a user who switched back to where it started (rates: the first's). */
        UserCounts plus(UserCounts o) {
            return new UserCounts(
                    funnel.plus(o.funnel),
                    bounced + o.bounced,
                    markedSpam + o.markedSpam,
                    unsubscribed + o.unsubscribed,
                    completeOpenRate,
                    completeClickRate);
        }
    }

    RealisticExpectation(ModelSettings settings) {
        this.settings = settings;
        this.window = WindowHours.of(settings.window());
        this.sendsPerHour =
                settings.sendPlan().campaignsPerDay() * settings.sendPlan().audienceShare() / 24;
        double reopen = settings.funnel().reopenMean();
        this.followsFirst = reopen == 0 ? 1 : (1 - Math.exp(-reopen)) / reopen;
        this.fatigueMean = fatigueMean(settings);
        this.sendTimes = settings.sendPlan().sendTimes();
        long span = settings.funnel().longestMessageSpan();
        this.historyStartHour =
                WeekTime.startOfDay(WeekTime.epochDay(settings.window().startMillis() - span)) / 3_600_000L;
        // deliveries this many hours before the window can still have opens inside it
        this.from = (long) Math.floor(window.start()) - (long) Math.ceil(span / 3_600_000.0) - 2;
        this.to = (long) Math.ceil(window.end());
        // local dates: up to a day either side of the UTC ones
        this.firstDay = WeekTime.epochDay(from * 3_600_000L) - 1;
        int days = (int) (WeekTime.epochDay(to * 3_600_000L) + 2 - firstDay);
        this.volumes = new double[days];
        this.engagements = new double[days];
        Seasonality seasonality = settings.realism().seasonality();
        int campaignsPerDay = settings.sendPlan().campaignsPerDay();
        for (int d = 0; d < days; d++) {
            volumes[d] = volumeOf(seasonality, campaignsPerDay, firstDay + d);
            engagements[d] = seasonality.engagement(firstDay + d);
        }
        this.hours = (int) (to - from);
        this.hourDay = new long[hours];
        this.hourOfDay = new int[hours];
        this.hourVolume = new double[hours];
        this.hourCoverage = new double[hours];
        for (int at = 0; at < hours; at++) {
            long hour = from + at;
            hourDay[at] = WeekTime.epochDay(hour * 3_600_000L + 1_800_000L);
            hourOfDay[at] = (int) Math.floorMod(hour, 24L);
            hourVolume[at] = volume(hourDay[at]);
            hourCoverage[at] = window.coverage(hour);
        }
    }

    /**
     * The user's expected counts by the persona it has when each message is delivered (two entries for a user who
     * switches persona, the first for its own persona).
     */
    Map<String, UserCounts> of(UserProfile user, Function<UserProfile, OpenTiming> timings) {
        Deliverability d = settings.realism().deliverability();
        double bounce = d.enabled() ? d.bounceRate() : 0;
        double delivery = (1 - bounce) * settings.funnel().deliveryRate();
        double spam = d.enabled() ? d.spamRate() : 0;
        double unsubscribe = d.enabled() ? d.unsubscribeRate() : 0;
        double factor = fatigueMeanOf(user) * settings.realism().abTests().meanLift();
        double hazard = d.enabled()
                ? sendsPerHour
                        * (bounce * d.hardBounceShare() + delivery * user.openRate() * factor * (spam + unsubscribe))
                : 0;
        UserDrift drift = user.traits().drift();
        List<UserProfile> profiles =
                drift != null && drift.switches() ? List.of(user, drift.switchedTo()) : List.of(user);
        int n = profiles.size();
        double[][] responses = new double[n][];
        double[][][] insides = new double[n][][];
        for (int p = 0; p < n; p++) {
            responses[p] = profiles.get(p).sendTimeHourMeans();
            insides[p] = insideShares(profiles.get(p), timings);
        }
        LocalClock clock = user.traits().clock();
        ClockHours readings = clockHours.computeIfAbsent(clock, this::readings);
        long joinedHour =
                user.traits().coldStart() ? Math.floorDiv(user.traits().joinedAt(), 3_600_000L) : Long.MIN_VALUE;
        long startHour = Math.max(historyStartHour, joinedHour);
        double[] sent = new double[n];
        double[] delivered = new double[n];
        double[] first = new double[n];
        double[] reopens = new double[n];
        double[] opensPerSend = new double[n];
        for (int p = 0; p < n; p++) {
            opensPerSend[p] = delivery * profiles.get(p).openRate() * factor;
        }
        int[] minuteOfWeek = readings.minuteOfWeek();
        double[] localEngagement = readings.engagement();
        boolean batches = !sendTimes.uniform();
        double[] hourShares = null;
        long sharesDay = Long.MIN_VALUE;
        long firstHour = Math.max(from, startHour);
        // the chance the user still receives mail, exp(-hazard * hours since its start), one factor per hour
        double remaining = Math.exp(-hazard * (firstHour - startHour));
        double perHour = Math.exp(-hazard);
        for (int at = (int) (firstHour - from); at < hours; at++, remaining *= perHour) {
            long middle = (from + at) * 3_600_000L + 1_800_000L;
            int p = n > 1 && middle >= drift.switchAt() ? 1 : 0;
            double sends = sendsPerHour * remaining * hourVolume[at];
            if (batches) {
                long day = hourDay[at];
                if (day != sharesDay) {
                    sharesDay = day;
                    hourShares = hourShares(day, clock);
                }
                sends *= 24 * hourShares[hourOfDay[at]];
            }
            int localHour = profiles.get(p).activityMinute(middle, minuteOfWeek[at]) / 60;
            double opening = sends
                    * opensPerSend[p]
                    * responses[p][localHour]
                    * localEngagement[at]
                    * (drift == null ? 1 : drift.rateFactor(middle));
            sent[p] += sends * hourCoverage[at];
            delivered[p] += sends * delivery * hourCoverage[at];
            first[p] += opening * insides[p][0][at];
            reopens[p] += opening * insides[p][1][at];
        }
        Map<String, UserCounts> counts = new java.util.LinkedHashMap<>();
        for (int p = 0; p < n; p++) {
            UserProfile profile = profiles.get(p);
            double open = profile.openRate() * factor * mean(responses[p]);
            counts.merge(
                    profile.persona().name(),
                    segmentCounts(
                            profile, sent[p], delivered[p], first[p], reopens[p], open, bounce, spam, unsubscribe),
                    UserCounts::plus);
        }
        return counts;
    }

    /** The persona's shares of first opens and re-opens inside the window by delivery hour, once per persona and zone. */
    private double[][] insideShares(UserProfile profile, Function<UserProfile, OpenTiming> timings) {
        return shares.computeIfAbsent(
                profile.persona().name() + '@' + profile.traits().clock().zone(),
                k -> timings.apply(profile)
                        .insideShares(from, to, profile.traits().clock(), window));
    }

    /**
     * The counts of one persona segment of a user's history from its expected sends, deliveries, first opens and
     * re-opens inside the window; {@code open} is its open rate at an evenly spread delivery.
     */
    private UserCounts segmentCounts(
            UserProfile profile,
            double sent,
            double delivered,
            double first,
            double reopens,
            double open,
            double bounce,
            double spam,
            double unsubscribe) {
        FunnelTiming funnel = settings.funnel();
        double cgo = profile.clickGivenOpen() * (1 - spam);
        double uniqueClicked = first * cgo;
        double clicks =
                uniqueClicked + funnel.reclickMean() * cgo * (followsFirst * first + (1 - followsFirst) * reopens);
        double opened = first + funnel.reopenMean() * reopens;
        double uniqueOpened = first;
        if (profile.traits().privacyProxy()) {
            opened = delivered;
            uniqueOpened = delivered;
        }
        double completeOpen = profile.traits().privacyProxy() ? 1 : open;
        return new UserCounts(
                new FunnelCounts(sent, delivered, opened, clicks, uniqueOpened, uniqueClicked),
                sent * bounce,
                first * spam,
                first * unsubscribe,
                completeOpen,
                open * cgo);
    }

    private static double mean(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v / values.length;
        }
        return mean;
    }

    private ClockHours readings(LocalClock clock) {
        int[] minuteOfWeek = new int[hours];
        double[] engagement = new double[hours];
        for (int at = 0; at < hours; at++) {
            long middle = (from + at) * 3_600_000L + 1_800_000L;
            minuteOfWeek[at] = clock.minuteOfWeek(middle);
            engagement[at] = engagement(WeekTime.epochDay(middle + clock.offsetMillis(middle)));
        }
        return new ClockHours(minuteOfWeek, engagement);
    }

    /** The share of a user's sends of a UTC day in each of its hours, under a batch schedule. */
    private double[] hourShares(long epochDay, LocalClock clock) {
        long start = WeekTime.startOfDay(epochDay);
        return hourSharesByOffset.computeIfAbsent(clock.offsetMillis(start), offset -> {
            double[] shares = new double[24];
            for (int h = 0; h < 24; h++) {
                shares[h] = sendTimes.dayShare(start + h * 3_600_000L, start + (h + 1) * 3_600_000L, epochDay, clock);
            }
            return shares;
        });
    }

    /**
     * The user's mean fatigue factor: the closed form below for sends spread evenly and a lookback of a day at most,
     * else from the send-time distribution of the user's day (which, on recipients' clocks, depends on the offset).
     */
    private double fatigueMeanOf(UserProfile user) {
        Fatigue fatigue = settings.realism().fatigue();
        if (!fatigue.enabled() || sendTimes.uniform() && fatigue.lookback() <= WeekTime.MILLIS_PER_DAY) {
            return fatigueMean;
        }
        long day = WeekTime.epochDay(settings.window().startMillis());
        LocalClock clock = user.traits().clock();
        int offset = clock.offsetMillis(WeekTime.startOfDay(day));
        return fatigueMeans.computeIfAbsent(offset, o -> scheduledFatigueMean(settings, sendTimes, day, clock));
    }

    /**
     * E[fatigue factor] for any send-time distribution and lookback L: the day in 5-minute bins b with the share p(b)
     * of a send in each; each other send of the same day, or of one of the k ≤ ⌈L/day⌉ days before, lands in the L
     * before a send in bin b with probability share·q_k(b), q_k(b) = Σ p(b′) over the bins b′ within L before b (half a
     * bin where the distance is 0 or exactly L), independently, so E[exp(−βN)] = Π (1 − share·q·(1 − e^−β)).
     */
    static double scheduledFatigueMean(
            ModelSettings settings, SendTimeChooser sendTimes, long epochDay, LocalClock clock) {
        Fatigue fatigue = settings.realism().fatigue();
        int bins = 288;
        long width = WeekTime.MILLIS_PER_DAY / bins;
        long start = WeekTime.startOfDay(epochDay);
        double[] p = new double[bins];
        for (int b = 0; b < bins; b++) {
            p[b] = sendTimes.dayShare(start + b * width, start + (b + 1) * width, epochDay, clock);
        }
        int n = settings.sendPlan().campaignsPerDay();
        double share = settings.sendPlan().audienceShare();
        double loss = 1 - Math.exp(-fatigue.perSend());
        long lookbackBins = fatigue.lookback() / width;
        boolean exactEdge = fatigue.lookback() % width == 0;
        int days = fatigue.lookbackDays();
        double sum = 0;
        for (int b = 0; b < bins; b++) {
            if (p[b] == 0) {
                continue;
            }
            double product = 1;
            for (int k = 0; k <= days; k++) {
                double q = 0;
                for (int e = 0; e < bins; e++) {
                    long distance = (long) k * bins + b - e;
                    if (distance < 0 || distance > lookbackBins) {
                        continue;
                    }
                    boolean half = distance == 0 || distance == lookbackBins && exactEdge;
                    q += half ? p[e] / 2 : p[e];
                }
                product *= Math.pow(1 - share * q * loss, k == 0 ? n - 1 : n);
            }
            sum += p[b] * product;
        }
        double total = java.util.Arrays.stream(p).sum();
        return fatigue.floor() + (1 - fatigue.floor()) * sum / total;
    }

    private double volume(long epochDay) {
        return volumes[(int) (epochDay - firstDay)];
    }

    private double engagement(long epochDay) {
        return engagements[(int) (epochDay - firstDay)];
    }

    /** The campaign calendar's scaling of a day's sends (rounded to whole campaigns as the calendar does). */
    private static double volumeOf(Seasonality seasonality, int perDay, long epochDay) {
        if (!seasonality.enabled()) {
            return 1;
        }
        return perDay == 0 ? 0 : Math.min(255, Math.round(perDay * seasonality.volume(epochDay))) / (double) perDay;
    }

    /**
     * E[fatigue factor] of a message: the user's other sends land in the lookback L before it independently — each of
     * the day's other campaigns with probability share·min(t, L)/day, each of the previous day's with
     * share·max(0, L − t)/day, for a send at time t of its day — and E[exp(−βN)] is the product of the Bernoulli
     * terms, averaged over t.
     */
    private static double fatigueMean(ModelSettings settings) {
        Fatigue fatigue = settings.realism().fatigue();
        if (!fatigue.enabled()) {
            return 1;
        }
        int n = settings.sendPlan().campaignsPerDay();
        double share = settings.sendPlan().audienceShare();
        double day = WeekTime.MILLIS_PER_DAY;
        double lookback = fatigue.lookback();
        double loss = 1 - Math.exp(-fatigue.perSend());
        int steps = 288;
        double sum = 0;
        for (int s = 0; s < steps; s++) {
            double t = (s + 0.5) / steps * day;
            double sameDay = share * Math.min(t, lookback) / day;
            double previousDay = share * Math.max(0, lookback - t) / day;
            sum += Math.pow(1 - sameDay * loss, n - 1) * Math.pow(1 - previousDay * loss, n);
        }
        return fatigue.floor() + (1 - fatigue.floor()) * sum / steps;
    }

    static boolean needed(ModelSettings settings) {
        Realism realism = settings.realism();
        return !settings.sendPlan().sendTimes().uniform()
                || realism.sendTime() != SendTimeStrength.DEFAULT
                || realism.timeZones().enabled()
                || realism.coldStart().enabled()
                || realism.deliverability().enabled()
                || realism.privacyProxy().enabled()
                || realism.fatigue().enabled()
                || realism.seasonality().enabled()
                || realism.abTests().enabled()
                || realism.drift().enabled()
                || realism.personalWeeks();
    }
}
