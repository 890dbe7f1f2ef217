package com.sendflowr.synth.generation;

import com.sendflowr.synth.generation.OpenTiming.WindowHours;
import com.sendflowr.synth.model.EventType;
import com.sendflowr.synth.model.FunnelCounts;
import com.sendflowr.synth.model.Persona;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected counts of a run, computed from the settings and the drawn population without generating a single
 * event. Sends are spread evenly over each UTC day (by a batch schedule's share of each hour in
 * {@link RealisticExpectation}); a delivered message is opened with the user's rate scaled by
 * the send-time response of its delivery hour; its opens and clicks are counted only where they land inside the
 * window (at hour resolution, from each activity curve's {@link OpenTiming}), so messages sent before the window
 * contribute their late opens and messages near its end lose theirs, for windows of any length.
 */
public final class Expectation {

    private final Map<String, FunnelCounts> byPersona;
    private final Map<String, Integer> usersByPersona;
    private final Map<String, double[]> completeRates;
    private final long completeFunnelsBefore;
    private final Map<EventType, Double> deliverability;

    private Expectation(
            Map<String, FunnelCounts> byPersona,
            Map<String, Integer> usersByPersona,
            Map<String, double[]> completeRates,
            long completeFunnelsBefore,
            Map<EventType, Double> deliverability) {
        this.deliverability = deliverability;
        this.byPersona = byPersona;
        this.usersByPersona = usersByPersona;
        this.completeRates = completeRates;
        this.completeFunnelsBefore = completeFunnelsBefore;
    }

    public static Expectation of(ModelSettings settings, List<UserProfile> users) {
        Sums sums = new Sums(settings);
        for (UserProfile user : users) {
            if (sums.realistic != null) {
                sums.addRealistic(user);
            } else {
                sums.addPlain(user);
            }
        }
        return sums.expectation();
    }

    /** The expectation summed user by user, in user order. */
    private static final class Sums {
        private final ModelSettings settings;
        private final FunnelTiming funnel;
        private final WindowHours window;
        private final double sendsPerHour;
        private final double sent;
        private final double delivered;
        private final double reopen;
        /** A repeat click follows one of the message's opens at random: the first with probability E[1/(1+K)], K ~ Poisson. */
        private final double followsFirst;

        private final long completeBefore;
        private final double completeFrom;
        private final double completeTo;
        private final Map<String, FunnelCounts> byPersona = new LinkedHashMap<>();
        private final Map<String, Integer> usersByPersona = new LinkedHashMap<>();
        private final Map<String, double[]> completeRates = new LinkedHashMap<>();
        private final Map<ActivityCurve, Double> completeResponse = new HashMap<>();
        private final Map<String, OpenTiming> timings = new HashMap<>();
        private final Map<String, double[][]> insides = new HashMap<>();
        private final Map<ActivityCurve, CurveSums> curveSums = new HashMap<>();
        private final Map<EventType, Double> extra = new EnumMap<>(EventType.class);
        private final RealisticExpectation realistic;

        Sums(ModelSettings settings) {
            this.settings = settings;
            for (Persona persona : settings.personas()) {
                byPersona.put(persona.name(), FunnelCounts.ZERO);
                usersByPersona.put(persona.name(), 0);
            }
            funnel = settings.funnel();
            window = WindowHours.of(settings.window());
            sendsPerHour =
                    settings.sendPlan().campaignsPerDay() * settings.sendPlan().audienceShare() / 24;
            sent = sendsPerHour * (window.end() - window.start());
            delivered = sent * funnel.deliveryRate();
            reopen = funnel.reopenMean();
            followsFirst = reopen == 0 ? 1 : (1 - Math.exp(-reopen)) / reopen;
            completeBefore = settings.window().endMillis() - funnel.longestMessageSpan();
            completeFrom = window.start();
            completeTo = completeBefore / 3_600_000.0;
            realistic = RealisticExpectation.needed(settings) ? new RealisticExpectation(settings) : null;
            if (settings.realism().deliverability().enabled()) {
                extra.put(EventType.BOUNCED, 0.0);
                extra.put(EventType.MARKED_SPAM, 0.0);
                extra.put(EventType.UNSUBSCRIBED, 0.0);
            }
        }

        /** One per persona, from its unshifted curve (see OpenTiming). */
        private OpenTiming timing(UserProfile profile) {
            OpenDelay delay = settings.realism().openDelay();
            return timings.computeIfAbsent(
                    profile.persona().name(),
                    p -> delay.enabled()
                            ? new OpenTiming(
                                    PersonalWeek.of(
                                            Population.hourMeans(profile.curve().unshifted()), delay, null),
                                    delay)
                            : new OpenTiming(profile.curve().unshifted(), funnel));
        }

        /** A user of a run with realism features: {@link RealisticExpectation} counts each persona segment. */
        void addRealistic(UserProfile user) {
            usersByPersona.merge(user.persona().name(), 1, Integer::sum);
            Map<String, RealisticExpectation.UserCounts> segments = realistic.of(user, this::timing);
            segments.forEach((persona, counts) -> {
                byPersona.merge(persona, counts.funnel(), FunnelCounts::plus);
                extra.computeIfPresent(EventType.BOUNCED, (t, v) -> v + counts.bounced());
                extra.computeIfPresent(EventType.MARKED_SPAM, (t, v) -> v + counts.markedSpam());
                extra.computeIfPresent(EventType.UNSUBSCRIBED, (t, v) -> v + counts.unsubscribed());
            });
            RealisticExpectation.UserCounts own = segments.get(user.persona().name());
            addCompleteRates(user.persona().name(), own.completeOpenRate(), own.completeClickRate());
        }

        /** A user of the origin model: sends spread evenly, opens and clicks counted where they land in the window. */
        void addPlain(UserProfile user) {
            OpenTiming timing = timing(user);
            long firstHour = window.firstHour() - timing.span();
            double[][] inside = insides.computeIfAbsent(
                    user.persona().name(),
                    p -> timing.insideShares(firstHour, window.endHour(), LocalClock.UTC, window));
            CurveSums s = curveSums.computeIfAbsent(
                    user.curve(),
                    c -> CurveSums.of(inside, firstHour, user.response(), sendsPerHour * funnel.deliveryRate()));
            String persona = user.persona().name();
            byPersona.merge(persona, plainCounts(user, s), FunnelCounts::plus);
            usersByPersona.merge(persona, 1, Integer::sum);
            double k = user.sendTimeBlend();
            double response = completeResponse.computeIfAbsent(
                    user.curve(), c -> meanResponse(user.response(), completeFrom, completeTo));
            double open = user.openRate() * (1 - k + k * response);
            addCompleteRates(persona, open, open * user.clickGivenOpen());
        }

        private FunnelCounts plainCounts(UserProfile user, CurveSums s) {
            double k = user.sendTimeBlend();
            double firstOpens = user.openRate() * ((1 - k) * s.first + k * s.firstWeighted);
            double reopens = user.openRate() * ((1 - k) * s.reopen + k * s.reopenWeighted);
            double uniqueClicked = firstOpens * user.clickGivenOpen();
            double clicks = uniqueClicked
                    + funnel.reclickMean()
                            * user.clickGivenOpen()
                            * (followsFirst * firstOpens + (1 - followsFirst) * reopens);
            return new FunnelCounts(sent, delivered, firstOpens + reopen * reopens, clicks, firstOpens, uniqueClicked);
        }

        private void addCompleteRates(String persona, double open, double click) {
            double[] rates = completeRates.computeIfAbsent(persona, p -> new double[3]);
            rates[0] += open;
            rates[1] += click;
            rates[2]++;
        }

        Expectation expectation() {
            return new Expectation(byPersona, usersByPersona, completeRates, completeBefore, extra);
        }
    }

    /** Mean send-time response over the delivery hours {@code [from, to)} (hours since the epoch). */
    private static double meanResponse(SendTimeResponse response, double from, double to) {
        double sum = 0;
        double hours = 0;
        long first = (long) Math.floor(from);
        int hourOfWeek = WeekTime.minuteOfWeek(first * 3_600_000L) / 60;
        for (long hour = first; hour < to; hour++) {
            double weight = Math.max(0, Math.min(to, hour + 1) - Math.max(from, hour));
            sum += weight * response.hourMean(hourOfWeek);
            hours += weight;
            hourOfWeek = nextHourOfWeek(hourOfWeek);
        }
        return hours == 0 ? 1 : sum / hours;
    }

    private static int nextHourOfWeek(int hourOfWeek) {
        return hourOfWeek == OpenTiming.HOURS_PER_WEEK - 1 ? 0 : hourOfWeek + 1;
    }

    /**
     * For one curve, over every delivery hour that can reach the window: expected first opens and re-opens inside
     * it per unit open rate, plain and weighted by the send-time response (users mix the two by their blend).
     */
    private record CurveSums(double first, double firstWeighted, double reopen, double reopenWeighted) {

        /**
         * @param inside    the persona's shares of first opens [0] and re-opens [1] inside the window, by delivery
         *                  hour from {@code firstHour}: the same for all its users, so computed once per persona
         */
        static CurveSums of(double[][] inside, long firstHour, SendTimeResponse sendTime, double deliveriesPerHour) {
            double first = 0;
            double firstWeighted = 0;
            double reopen = 0;
            double reopenWeighted = 0;
            int hourOfWeek = WeekTime.minuteOfWeek(firstHour * 3_600_000L) / 60;
            for (int i = 0; i < inside[0].length; i++) {
                double response = sendTime.hourMean(hourOfWeek);
                double f = inside[0][i];
                double r = inside[1][i];
                first += f;
                firstWeighted += f * response;
                reopen += r;
                reopenWeighted += r * response;
                hourOfWeek = nextHourOfWeek(hourOfWeek);
            }
            return new CurveSums(
                    first * deliveriesPerHour,
                    firstWeighted * deliveriesPerHour,
                    reopen * deliveriesPerHour,
                    reopenWeighted * deliveriesPerHour);
        }
    }

    /**
     * Sends before this instant (epoch ms) have their whole funnel inside the window; {@link #completeOpenRate} and
     * {@link #completeClickRate} are the rates expected of exactly those messages. Not after the window's start when
     * the window is shorter than a message's longest span.
     */
    public long completeFunnelsBefore() {
        return completeFunnelsBefore;
    }

    /** Expected P(opened | delivered) of a persona's messages sent in the window before {@link #completeFunnelsBefore}. */
    public double completeOpenRate(String persona) {
        double[] rates = completeRates.get(persona);
        return rates == null || rates[2] == 0 ? 0 : rates[0] / rates[2];
    }

    /** Expected P(clicked | delivered) of those messages. */
    public double completeClickRate(String persona) {
        double[] rates = completeRates.get(persona);
        return rates == null || rates[2] == 0 ? 0 : rates[1] / rates[2];
    }

    /**
     * Expected counts of the deliverability events ({@code bounced}, {@code marked_spam}, {@code unsubscribed}) when
     * that feature is on; empty otherwise.
     */
    public Map<EventType, Double> deliverability() {
        return deliverability;
    }

    /** Whether a run of these settings can have events of {@code type} (the deliverability types only when on). */
    public boolean expects(EventType type) {
        return type.ordinal() <= EventType.CLICKED.ordinal() || deliverability.containsKey(type);
    }

    /** Expected events of one type. */
    public double expected(EventType type) {
        return deliverability.containsKey(type) ? deliverability.get(type) : total().of(type);
    }

    /** Expected events of every type. */
    public double events() {
        return total().events()
                + deliverability.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum();
    }

    /** Per persona, in the configuration's order. */
    public Map<String, FunnelCounts> byPersona() {
        return byPersona;
    }

    public int users(String persona) {
        return usersByPersona.getOrDefault(persona, 0);
    }

    public int users() {
        return usersByPersona.values().stream().mapToInt(Integer::intValue).sum();
    }

    public FunnelCounts total() {
        return byPersona.values().stream().reduce(FunnelCounts.ZERO, FunnelCounts::plus);
    }
}
