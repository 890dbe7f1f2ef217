package com.sendflowr.synth.generation;

import java.util.HashMap;
import java.util.Map;

import com.sendflowr.synth.generation.OpenTiming.WindowHours;
import com.sendflowr.synth.model.FunnelCounts;

/**
 * The expected counts of one user when realism features are on, hour by hour of delivery: sends only after the user
 * joined, thinned by the chance the user was stopped before (hard bounce, complaint, unsubscribe: a constant hazard
 * per hour), bounces instead of deliveries, the user's own send-time response by local hour, the mean fatigue
 * factor, and machine opens in place of the reader's opens behind Apple's proxy. Deferrals and the fatigue of a
 * cold start's first day move little and are left out.
 */
final class RealisticExpectation {

    private final ModelSettings settings;
    private final WindowHours window;
    private final double sendsPerHour;
    private final double followsFirst;
    private final double fatigueMean;
    private final long historyStartHour;
    private final long from;
    private final long to;
    private final Map<String, double[][]> shares = new HashMap<>();
    private final Seasonality seasonality;

    /** Expected counts of one user: the funnel, and the deliverability events beside it. */
    record UserCounts(FunnelCounts funnel, double bounced, double markedSpam, double unsubscribed,
                      double completeOpenRate, double completeClickRate) {
    }

    RealisticExpectation(ModelSettings settings) {
        this.settings = settings;
        this.seasonality = settings.realism().seasonality();
        this.window = WindowHours.of(settings.window());
        this.sendsPerHour = settings.sendPlan().campaignsPerDay() * settings.sendPlan().audienceShare() / 24;
        double reopen = settings.funnel().reopenMean();
        this.followsFirst = reopen == 0 ? 1 : (1 - Math.exp(-reopen)) / reopen;
        this.fatigueMean = fatigueMean(settings);
        long span = settings.funnel().longestMessageSpan();
        this.historyStartHour = WeekTime.startOfDay(WeekTime.epochDay(settings.window().startMillis() - span)) / 3_600_000L;
        // deliveries this many hours before the window can still have opens inside it
        this.from = (long) Math.floor(window.start()) - (long) Math.ceil(span / 3_600_000.0) - 2;
        this.to = (long) Math.ceil(window.end());
    }

    UserCounts of(UserProfile user, OpenTiming timing) {
        Realism realism = settings.realism();
        Deliverability d = realism.deliverability();
        FunnelTiming funnel = settings.funnel();
        double bounce = d.enabled() ? d.bounceRate() : 0;
        double delivery = (1 - bounce) * funnel.deliveryRate();
        double spam = d.enabled() ? d.spamRate() : 0;
        double unsubscribe = d.enabled() ? d.unsubscribeRate() : 0;
        double openRate = user.openRate() * fatigueMean * settings.realism().abTests().meanLift();
        double hazard = d.enabled() ? sendsPerHour * (bounce * d.hardBounceShare()
                + delivery * openRate * (spam + unsubscribe)) : 0;
        double[] response = user.sendTimeHourMeans();
        double[][] inside = shares.computeIfAbsent(user.persona().name() + '@' + user.traits().clock().zone(),
                k -> shares(timing, user.traits().clock()));
        LocalClock clock = user.traits().clock();
        long joinedHour = user.traits().coldStart() ? Math.floorDiv(user.traits().joinedAt(), 3_600_000L) : Long.MIN_VALUE;
        long startHour = Math.max(historyStartHour, joinedHour);
        double sent = 0;
        double delivered = 0;
        double first = 0;
        double reopens = 0;
        for (long hour = Math.max(from, startHour); hour < to; hour++) {
            long middle = hour * 3_600_000L + 1_800_000L;
            double sends = sendsPerHour * Math.exp(-hazard * (hour - startHour))
                    * volume(WeekTime.epochDay(middle));
            double coverage = window.coverage(hour);
            int localHour = clock.minuteOfWeek(middle) / 60;
            double opening = sends * delivery * openRate * response[localHour]
                    * seasonality.engagement(WeekTime.epochDay(middle + clock.offsetMillis(middle)));
            sent += sends * coverage;
            delivered += sends * delivery * coverage;
            first += opening * inside[0][(int) (hour - from)];
            reopens += opening * inside[1][(int) (hour - from)];
        }
        double bounced = sent * bounce;
        double cgo = user.clickGivenOpen() * (1 - spam);
        double uniqueClicked = first * cgo;
        double clicks = uniqueClicked + funnel.reclickMean() * cgo * (followsFirst * first + (1 - followsFirst) * reopens);
        double opened = first + funnel.reopenMean() * reopens;
        double uniqueOpened = first;
        if (user.traits().privacyProxy()) {
            opened = delivered;
            uniqueOpened = delivered;
        }
        double meanResponse = 0;
        for (double r : response) {
            meanResponse += r / response.length;
        }
        double completeOpen = user.traits().privacyProxy() ? 1 : openRate * meanResponse;
        double completeClick = openRate * meanResponse * cgo;
        return new UserCounts(new FunnelCounts(sent, delivered, opened, clicks, uniqueOpened, uniqueClicked), bounced,
                first * spam, first * unsubscribe, completeOpen, completeClick);
    }

    /** The campaign calendar's scaling of a day's sends (rounded to whole campaigns as the calendar does). */
    private double volume(long epochDay) {
        if (!seasonality.enabled()) {
            return 1;
        }
        int perDay = settings.sendPlan().campaignsPerDay();
        return perDay == 0 ? 0 : Math.min(255, Math.round(perDay * seasonality.volume(epochDay))) / (double) perDay;
    }

    /** For every delivery hour [from, to): the shares of first opens [0] and re-opens [1] that land in the window. */
    private double[][] shares(OpenTiming timing, LocalClock clock) {
        int n = (int) (to - from);
        double[][] inside = new double[2][n];
        for (int i = 0; i < n; i++) {
            long hour = from + i;
            int localHour = clock.minuteOfWeek(hour * 3_600_000L + 1_800_000L) / 60;
            inside[0][i] = timing.firstInside(hour, localHour, window);
            inside[1][i] = timing.reopenInside(hour, localHour, window);
        }
        return inside;
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

    static boolean needed(Realism realism) {
        return realism.sendTime() != SendTimeStrength.DEFAULT || realism.timeZones().enabled()
                || realism.coldStart().enabled() || realism.deliverability().enabled()
                || realism.privacyProxy().enabled() || realism.fatigue().enabled() || realism.seasonality().enabled()
                || realism.abTests().enabled();
    }
}
