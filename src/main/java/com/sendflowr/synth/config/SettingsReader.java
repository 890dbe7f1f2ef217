package com.sendflowr.synth.config;

import com.sendflowr.synth.generation.AbTests;
import com.sendflowr.synth.generation.ActivityShape;
import com.sendflowr.synth.generation.ColdStart;
import com.sendflowr.synth.generation.Deliverability;
import com.sendflowr.synth.generation.Drift;
import com.sendflowr.synth.generation.EarlyClicks;
import com.sendflowr.synth.generation.Fatigue;
import com.sendflowr.synth.generation.FunnelTiming;
import com.sendflowr.synth.generation.Heterogeneity;
import com.sendflowr.synth.generation.Holdout;
import com.sendflowr.synth.generation.Identity;
import com.sendflowr.synth.generation.Individuals;
import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.OpenDelay;
import com.sendflowr.synth.generation.PrivacyProxy;
import com.sendflowr.synth.generation.Realism;
import com.sendflowr.synth.generation.Seasonality;
import com.sendflowr.synth.generation.SendPlan;
import com.sendflowr.synth.generation.SendSchedule;
import com.sendflowr.synth.generation.SendTimeChooser;
import com.sendflowr.synth.generation.SendTimeStrength;
import com.sendflowr.synth.generation.SpecialDay;
import com.sendflowr.synth.generation.TimeZoneMix;
import com.sendflowr.synth.generation.Window;
import com.sendflowr.synth.model.ActiveDays;
import com.sendflowr.synth.model.HourSet;
import com.sendflowr.synth.model.Persona;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns {@link SynthConfig} (plus command-line overrides) into {@link ModelSettings}, checking every value and
 * collecting all problems before failing, each named by its key.
 */
public final class SettingsReader {

    private static final String P = "synth.";
    /** The activity weights are relative: a larger peak weight only squeezes the others towards nothing. */
    private static final double MAX_WEIGHT = 1000;

    private final Clock clock;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private SettingsReader(Clock clock) {
        this.clock = clock;
    }

    /**
     * @throws InvalidConfigurationException listing every invalid value
     */
    public static ModelSettings read(SynthConfig config, Optional<Long> seed, WindowOverrides window, Clock clock) {
        return new SettingsReader(clock).settings(config, seed, window);
    }

    private ModelSettings settings(SynthConfig c, Optional<Long> seedOverride, WindowOverrides overrides) {
        Window window = window(c.window(), overrides);
        List<Persona> personas = personas(c.personas());

        SynthConfig.CampaignConfig campaigns = c.campaigns();
        checkCampaigns(campaigns);
        SendTimeChooser sendTimes = sendTimes(campaigns);

        SynthConfig.DeliveryConfig delivery = c.delivery();
        SynthConfig.EngagementConfig engagement = c.engagement();
        checkFunnel(delivery, engagement);

        SynthConfig.ActivityConfig activity = c.activity();
        checkActivity(activity);

        SynthConfig.HeterogeneityConfig heterogeneity = c.heterogeneity();
        checkHeterogeneity(heterogeneity);

        SynthConfig.EventConfig events = c.events();
        checkEvents(events);

        Realism realism = realism(c, engagement);
        OpenDelay openDelay = realism == null ? OpenDelay.OFF : realism.openDelay();
        kafkaAndOutput(c.kafka(), c.output());

        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        long total = personas.stream().mapToLong(Persona::users).sum();
        if (total == 0) {
            throw new InvalidConfigurationException(
                    P + "personas", "no users: give at least one persona a positive users count");
        }
        FunnelTiming funnel = funnelTiming(delivery, engagement, openDelay);
        return new ModelSettings(
                seedOverride.orElse(c.seed()),
                window,
                personas,
                new SendPlan(campaigns.perDay(), campaigns.audienceShare(), sendTimes),
                funnel,
                new ActivityShape(
                        activity.peakWeight(),
                        activity.secondaryWeight(),
                        activity.baselineWeight(),
                        activity.inactiveDayFactor()),
                new Heterogeneity(heterogeneity.rateSpread(), (int)
                        heterogeneity.timingJitter().toMinutes()),
                engagement.sendTimeEffect(),
                new Identity(events.esp(), events.firstUserNumber(), events.emailDomain(), events.linkBaseUrl()),
                events.labels(),
                realism);
    }

    private void checkCampaigns(SynthConfig.CampaignConfig campaigns) {
        check(
                campaigns.perDay() >= 0 && campaigns.perDay() <= 255,
                "campaigns.per-day",
                campaigns.perDay(),
                "must be a whole number from 0 to 255");
        probability("campaigns.audience-share", campaigns.audienceShare());
    }

    private void checkFunnel(SynthConfig.DeliveryConfig delivery, SynthConfig.EngagementConfig engagement) {
        probability("delivery.rate", delivery.rate());
        nonNegative("delivery.min-delay", delivery.minDelay());
        ordered("delivery.min-delay", delivery.minDelay(), "delivery.max-delay", delivery.maxDelay());
        positive("engagement.first-open-min-delay", engagement.firstOpenMinDelay());
        ordered(
                "engagement.first-open-min-delay",
                engagement.firstOpenMinDelay(),
                "engagement.open-window",
                engagement.openWindow());
        check(
                engagement.openWindow().compareTo(Duration.ofDays(14)) <= 0,
                "engagement.open-window",
                engagement.openWindow(),
                "must be at most 14 days");
        positive("engagement.willingness-half-life", engagement.willingnessHalfLife());
        mean("engagement.reopen-mean", engagement.reopenMean());
        positive("engagement.click-min-delay", engagement.clickMinDelay());
        ordered(
                "engagement.click-min-delay",
                engagement.clickMinDelay(),
                "engagement.click-max-delay",
                engagement.clickMaxDelay());
        positive("engagement.click-mean-delay", engagement.clickMeanDelay());
        check(
                engagement.clickMeanDelay().compareTo(engagement.clickMaxDelay()) <= 0,
                "engagement.click-mean-delay",
                engagement.clickMeanDelay(),
                "must be at most " + P + "engagement.click-max-delay (" + shown(engagement.clickMaxDelay()) + ")");
        mean("engagement.reclick-mean", engagement.reclickMean());
        probability("engagement.send-time-effect", engagement.sendTimeEffect());
    }

    private void checkActivity(SynthConfig.ActivityConfig activity) {
        check(
                activity.peakWeight() > 0 && activity.peakWeight() <= MAX_WEIGHT,
                "activity.peak-weight",
                activity.peakWeight(),
                "must be above 0 and at most " + (int) MAX_WEIGHT + " (the weights are relative)");
        check(
                activity.secondaryWeight() > 0 && activity.secondaryWeight() <= activity.peakWeight(),
                "activity.secondary-weight",
                activity.secondaryWeight(),
                "must be above 0 and at most activity.peak-weight");
        check(
                activity.baselineWeight() > 0 && activity.baselineWeight() <= activity.secondaryWeight(),
                "activity.baseline-weight",
                activity.baselineWeight(),
                "must be above 0 (no minute is ever impossible) and at most activity.secondary-weight");
        check(
                activity.inactiveDayFactor() > 0 && activity.inactiveDayFactor() <= 1,
                "activity.inactive-day-factor",
                activity.inactiveDayFactor(),
                "must be above 0 (inactive days are quiet, not dead) and at most 1");
    }

    private void checkHeterogeneity(SynthConfig.HeterogeneityConfig heterogeneity) {
        check(
                heterogeneity.rateSpread() >= 0 && heterogeneity.rateSpread() <= 0.3,
                "heterogeneity.rate-spread",
                heterogeneity.rateSpread(),
                "must be from 0 to 0.3 (a relative standard deviation)");
        check(
                !heterogeneity.timingJitter().isNegative()
                        && heterogeneity.timingJitter().toMinutes() <= 60,
                "heterogeneity.timing-jitter",
                heterogeneity.timingJitter(),
                "must be from 0 to 60 minutes");
    }

    private void checkEvents(SynthConfig.EventConfig events) {
        check(!events.esp().isBlank(), "events.esp", events.esp(), "must not be blank");
        check(
                events.firstUserNumber() >= 0,
                "events.first-user-number",
                events.firstUserNumber(),
                "must not be negative");
        check(
                events.emailDomain().matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"),
                "events.email-domain",
                events.emailDomain(),
                "must be a domain name such as example.com");
        check(
                events.linkBaseUrl().matches("https?://\\S+")
                        && !events.linkBaseUrl().endsWith("/"),
                "events.link-base-url",
                events.linkBaseUrl(),
                "must be an http(s) URL without a trailing slash");
    }

    /** The funnel's delays in milliseconds; the open span is the heavy-tailed delay's when that is on. */
    private static FunnelTiming funnelTiming(
            SynthConfig.DeliveryConfig delivery, SynthConfig.EngagementConfig engagement, OpenDelay openDelay) {
        return new FunnelTiming(
                delivery.rate(),
                delivery.minDelay().toMillis(),
                delivery.maxDelay().toMillis(),
                engagement.firstOpenMinDelay().toMillis(),
                engagement.openWindow().toMillis(),
                engagement.willingnessHalfLife().toMillis(),
                engagement.reopenMean(),
                engagement.clickMinDelay().toMillis(),
                engagement.clickMaxDelay().toMillis(),
                engagement.clickMeanDelay().toMillis(),
                engagement.reclickMean(),
                openDelay.enabled()
                        ? openDelay.spanMillis()
                        : 2 * engagement.openWindow().toMillis());
    }

    /** The origin's random minute, or a batch schedule: its times, clock, spread and exploration share. */
    private SendTimeChooser sendTimes(SynthConfig.CampaignConfig campaigns) {
        List<Integer> times = parsed(P + "campaigns.send-times", campaigns.sendTimes(), SendSchedule::parseTimes);
        String clockName = campaigns.sendClock().trim().toLowerCase(java.util.Locale.ROOT);
        boolean known = clockName.equals("utc") || clockName.equals("local");
        if (!known) {
            problems.add(
                    new ConfigProblem(
                            P + "campaigns.send-clock",
                            "'" + campaigns.sendClock()
                                    + "' is not a send clock; use utc (times in UTC) or local (times on each recipient's clock)"));
        }
        Duration spread = campaigns.sendSpread();
        check(
                !spread.isNegative() && spread.compareTo(Duration.ofHours(6)) <= 0,
                "campaigns.send-spread",
                spread,
                "must be from 0s to 6h (the span over which a batch goes out)");
        probability("campaigns.exploration-share", campaigns.explorationShare());
        if (times == null || !known) {
            return SendTimeChooser.RANDOM_MINUTE;
        }
        return new SendSchedule(
                times,
                clockName.equals("local"),
                spread.toMillis(),
                Math.max(0, Math.min(1, campaigns.explorationShare())));
    }

    private void kafkaAndOutput(SynthConfig.KafkaConfig kafka, SynthConfig.OutputConfig output) {
        positive("kafka.connect-timeout", kafka.connectTimeout());
        positive("kafka.stall-timeout", kafka.stallTimeout());
        check(
                kafka.partitions() > 0,
                "kafka.partitions",
                kafka.partitions(),
                "must be a positive number of partitions");
        check(
                output.progressEveryDays() > 0,
                "output.progress-every-days",
                output.progressEveryDays(),
                "must be a positive number of days");
    }

    private Realism realism(SynthConfig c, SynthConfig.EngagementConfig engagement) {
        SendTimeStrength strength =
                parsed(P + "engagement.send-time-strength", engagement.sendTimeStrength(), SendTimeStrength::parse);

        SynthConfig.TimeZonesConfig zones = c.timeZones();
        TimeZoneMix mix = parsed(P + "time-zones.mix", zones.mix(), text -> TimeZoneMix.parse(zones.enabled(), text));

        SynthConfig.ColdStartConfig cold = c.coldStart();
        checkColdStart(cold);

        SynthConfig.HoldoutConfig holdout = c.holdout();
        checkHoldout(holdout);

        SynthConfig.DeliverabilityConfig d = c.deliverability();
        checkDeliverability(d);

        SynthConfig.AppleMppConfig mpp = c.appleMpp();
        checkAppleMpp(mpp);

        SynthConfig.FatigueConfig fatigue = c.fatigue();
        checkFatigue(fatigue);

        SynthConfig.SeasonalityConfig seasons = c.seasonality();
        List<SpecialDay> specialDays = specialDays(seasons);

        SynthConfig.AbTestsConfig ab = c.abTests();
        probability("ab-tests.share", ab.share());
        AbTests abTests =
                parsed(P + "ab-tests.variants", ab.variants(), text -> AbTests.parse(ab.enabled(), ab.share(), text));

        SynthConfig.DriftConfig drift = c.drift();
        checkDrift(drift);

        OpenDelay openDelay = openDelay(c.openDelay());
        SynthConfig.EarlyClicksConfig early = c.earlyClicks();
        checkEarlyClicks(early, c.openDelay().enabled());
        Individuals individuals = individuals(c.individuals(), c.openDelay().enabled());

        if (strength == null || mix == null || abTests == null || !problems.isEmpty()) {
            return null; // reported: the values may not even fit in milliseconds
        }
        return new Realism(
                strength,
                mix,
                new ColdStart(cold.enabled(), cold.share(), cold.joinFrom(), cold.joinTo()),
                new Holdout(holdout.enabled(), holdout.share()),
                new Deliverability(
                        d.enabled(),
                        d.bounceRate(),
                        d.hardBounceShare(),
                        d.deferralRate(),
                        d.deferralMinDelay().toMillis(),
                        d.deferralMaxDelay().toMillis(),
                        d.spamRate(),
                        d.unsubscribeRate()),
                new PrivacyProxy(
                        mpp.enabled(),
                        mpp.share(),
                        mpp.minDelay().toMillis(),
                        mpp.maxDelay().toMillis(),
                        mpp.proxySignature()),
                new Fatigue(fatigue.enabled(), fatigue.lookback().toMillis(), fatigue.perSend(), fatigue.floor()),
                new Seasonality(seasons.enabled(), specialDays),
                abTests,
                new Drift(
                        drift.enabled(),
                        drift.rateChange(),
                        (int) drift.peakShift().toMinutes(),
                        drift.switchShare()),
                openDelay,
                EarlyClicks.of(early.enabled(), early.boost(), hours(early.halfLife()), openDelay),
                individuals);
    }

    private void checkColdStart(SynthConfig.ColdStartConfig cold) {
        probability("cold-start.share", cold.share());
        check(
                cold.joinFrom() >= 0 && cold.joinFrom() < 1,
                "cold-start.join-from",
                cold.joinFrom(),
                "must be from 0 to below 1 (a fraction of the window)");
        check(
                cold.joinTo() > cold.joinFrom() && cold.joinTo() <= 1,
                "cold-start.join-to",
                cold.joinTo(),
                "must be above synth.cold-start.join-from (" + cold.joinFrom() + ") and at most 1");
    }

    private void checkHoldout(SynthConfig.HoldoutConfig holdout) {
        check(
                holdout.share() > 0 && holdout.share() < 1,
                "holdout.share",
                holdout.share(),
                "must be above 0 and below 1 (0.2 for an 80/20 split)");
    }

    private void checkDeliverability(SynthConfig.DeliverabilityConfig d) {
        check(
                d.bounceRate() >= 0 && d.bounceRate() <= 0.5,
                "deliverability.bounce-rate",
                d.bounceRate(),
                "must be from 0 to 0.5 (a probability per sent message)");
        probability("deliverability.hard-bounce-share", d.hardBounceShare());
        probability("deliverability.deferral-rate", d.deferralRate());
        positive("deliverability.deferral-min-delay", d.deferralMinDelay());
        ordered(
                "deliverability.deferral-min-delay",
                d.deferralMinDelay(),
                "deliverability.deferral-max-delay",
                d.deferralMaxDelay());
        check(
                d.deferralMaxDelay().compareTo(Duration.ofHours(72)) <= 0,
                "deliverability.deferral-max-delay",
                d.deferralMaxDelay(),
                "must be at most 72h (mail servers give up after that)");
        boolean reactions = probability("deliverability.spam-rate", d.spamRate())
                & probability("deliverability.unsubscribe-rate", d.unsubscribeRate());
        if (reactions && d.spamRate() + d.unsubscribeRate() > 1) {
            problems.add(new ConfigProblem(
                    P + "deliverability.unsubscribe-rate",
                    d.unsubscribeRate() + " plus synth.deliverability.spam-rate " + d.spamRate()
                            + " is above 1; both are shares of opened messages"));
        }
    }

    private void checkAppleMpp(SynthConfig.AppleMppConfig mpp) {
        probability("apple-mpp.share", mpp.share());
        nonNegative("apple-mpp.min-delay", mpp.minDelay());
        ordered("apple-mpp.min-delay", mpp.minDelay(), "apple-mpp.max-delay", mpp.maxDelay());
        check(
                mpp.maxDelay().compareTo(Duration.ofHours(1)) <= 0,
                "apple-mpp.max-delay",
                mpp.maxDelay(),
                "must be at most 1h (the proxy fetches within minutes)");
    }

    private void checkFatigue(SynthConfig.FatigueConfig fatigue) {
        check(
                !fatigue.lookback().isNegative()
                        && fatigue.lookback().compareTo(Duration.ofMinutes(1)) >= 0
                        && fatigue.lookback().toMillis() <= Fatigue.MAX_LOOKBACK,
                "fatigue.lookback",
                fatigue.lookback(),
                "must be from 1m to 7d (168h)");
        check(
                fatigue.perSend() >= 0 && fatigue.perSend() <= 5,
                "fatigue.per-send",
                fatigue.perSend(),
                "must be from 0 to 5 (the decay of the odds of opening per recent send)");
        probability("fatigue.floor", fatigue.floor());
    }

    /** The special days of the seasonality settings, in date order; a day with a problem is left out. */
    private List<SpecialDay> specialDays(SynthConfig.SeasonalityConfig seasons) {
        List<SpecialDay> specialDays = new ArrayList<>();
        seasons.days().forEach((name, day) -> {
            String key = P + "seasonality.days." + name + ".";
            LocalDate date = parsed(key + "date", day.date(), text -> {
                try {
                    return LocalDate.parse(text.trim());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(
                            "'" + text + "' is not a date; use YYYY-MM-DD such as 2025-11-28");
                }
            });
            boolean ok = check(
                            day.volume() >= 0 && day.volume() <= 10,
                            key + "volume",
                            day.volume(),
                            "must be from 0 to 10 (a factor on the day's campaigns)")
                    & check(
                            day.engagement() >= 0 && day.engagement() <= 3,
                            key + "engagement",
                            day.engagement(),
                            "must be from 0 to 3 (a factor on the odds of opening)");
            if (date != null && ok) {
                specialDays.add(new SpecialDay(displayName(name), date, day.volume(), day.engagement()));
            }
        });
        specialDays.sort(java.util.Comparator.comparing(SpecialDay::date));
        return specialDays;
    }

    private void checkDrift(SynthConfig.DriftConfig drift) {
        check(
                drift.rateChange() >= 0 && drift.rateChange() <= 0.9,
                "drift.rate-change",
                drift.rateChange(),
                "must be from 0 to 0.9 (the largest relative change of a user's odds of opening)");
        check(
                !drift.peakShift().isNegative() && drift.peakShift().compareTo(Duration.ofHours(6)) <= 0,
                "drift.peak-shift",
                drift.peakShift(),
                "must be from 0 to 6h");
        probability("drift.switch-share", drift.switchShare());
    }

    private void checkEarlyClicks(SynthConfig.EarlyClicksConfig early, boolean openDelayEnabled) {
        check(
                early.boost() >= 1 && early.boost() <= 20,
                "early-clicks.boost",
                early.boost(),
                "must be from 1 (no effect) to 20 (how many times as likely an immediate open leads to a click)");
        positive("early-clicks.half-life", early.halfLife());
        if (early.enabled() && !openDelayEnabled) {
            problems.add(new ConfigProblem(
                    P + "early-clicks.enabled",
                    "true needs synth.open-delay.enabled: true "
                            + "(early clicks follow the virtual time of the heavy-tailed open delay)"));
        }
    }

    private OpenDelay openDelay(SynthConfig.OpenDelayConfig d) {
        positive("open-delay.median", d.median());
        check(
                d.shape() >= 0.2 && d.shape() <= 5,
                "open-delay.shape",
                d.shape(),
                "must be from 0.2 to 5 (the log-logistic shape; below 1 gives a heavy tail)");
        check(
                d.horizon().compareTo(Duration.ofHours(1)) >= 0 && d.horizon().compareTo(Duration.ofDays(35)) <= 0,
                "open-delay.horizon",
                d.horizon(),
                "must be from 1h to 35 days");
        check(
                d.reopenHorizon().compareTo(Duration.ofMinutes(1)) >= 0
                        && d.reopenHorizon().compareTo(Duration.ofDays(35)) <= 0,
                "open-delay.reopen-horizon",
                d.reopenHorizon(),
                "must be from 1m to 35 days");
        check(
                d.median().compareTo(d.horizon()) < 0,
                "open-delay.median",
                d.median(),
                "must be below synth.open-delay.horizon (" + shown(d.horizon()) + ")");
        check(
                d.activityWarp() >= 0 && d.activityWarp() < 1,
                "open-delay.activity-warp",
                d.activityWarp(),
                "must be from 0 (clock time) to below 1 (virtual time never stops entirely)");
        if (!d.enabled()) {
            return OpenDelay.OFF;
        }
        return new OpenDelay(
                true, hours(d.median()), d.shape(), hours(d.horizon()), hours(d.reopenHorizon()), d.activityWarp());
    }

    private Individuals individuals(SynthConfig.IndividualsConfig i, boolean openDelay) {
        check(
                i.personaWeight() >= 0 && i.personaWeight() <= 1,
                "individuals.persona-weight",
                i.personaWeight(),
                "must be from 0 to 1 (the share of a user's week from their persona's curve)");
        check(
                i.peakWeight() >= 0 && i.peakWeight() <= 10,
                "individuals.peak-weight",
                i.peakWeight(),
                "must be from 0 to 10 (a personal peak's height relative to the week's mean activity)");
        check(
                i.daySpread() >= 0 && i.daySpread() <= 2,
                "individuals.day-spread",
                i.daySpread(),
                "must be from 0 to 2 (the standard deviation of the log of a weekday preference)");
        check(
                i.nightFactor() > 0 && i.nightFactor() <= 1,
                "individuals.night-factor",
                i.nightFactor(),
                "must be above 0 and at most 1 (a factor on activity from 01:00 to 04:59)");
        check(
                i.rateConcentration() >= 0.1 && i.rateConcentration() <= 1000,
                "individuals.rate-concentration",
                i.rateConcentration(),
                "must be from 0.1 to 1000 (the Beta concentration; smaller is more skewed)");
        check(
                i.sendTimeStrength() >= 0 && i.sendTimeStrength() <= 4,
                "individuals.send-time-strength",
                i.sendTimeStrength(),
                "must be from 0 (no send-time effect) to 4");
        if (i.enabled() && !openDelay) {
            problems.add(new ConfigProblem(
                    P + "individuals.enabled",
                    "true needs synth.open-delay.enabled: true "
                            + "(individual weeks drive the heavy-tailed open delay)"));
        }
        if (!i.enabled()) {
            return Individuals.OFF;
        }
        return new Individuals(
                true,
                i.personaWeight(),
                i.peakWeight(),
                i.daySpread(),
                i.nightFactor(),
                i.rateConcentration(),
                i.sendTimeStrength());
    }

    private static double hours(Duration duration) {
        return duration.toMillis() / 3_600_000.0;
    }

    /** {@code black-friday} → {@code Black Friday}. */
    private static String displayName(String key) {
        StringBuilder name = new StringBuilder();
        for (String word : key.split("[-_]")) {
            if (!word.isEmpty()) {
                name.append(name.isEmpty() ? "" : " ")
                        .append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return name.toString();
    }

    private Window window(SynthConfig.WindowConfig config, WindowOverrides overrides) {
        if (overrides.start().isPresent()
                && overrides.days().isPresent()
                && overrides.end().isPresent()) {
            problems.add(new ConfigProblem(
                    "--start/--days/--end",
                    "give at most two of them: a window is a start and " + "either a number of days or an end"));
            return null;
        }
        Optional<String> endText = overrides.end().or(config::end);
        String endKey = overrides.end().isPresent() ? "--end" : P + "window.end";
        Optional<Integer> days = overrides.days().or(config::days);
        String daysKey = overrides.days().isPresent() ? "--days" : P + "window.days";
        if (days.isPresent() && days.get() <= 0) {
            problems.add(new ConfigProblem(
                    daysKey, days.get() + " is not a positive number of days; the window would be empty"));
            return null;
        }
        Instant start;
        Instant end;
        if (endText.isPresent()) {
            end = instant(endKey, endText.get(), true);
            if (end == null) {
                return null;
            }
            if (overrides.start().isPresent()) {
                start = instant("--start", overrides.start().get(), false);
            } else if (days.isPresent()) {
                start = end.minus(days.get(), ChronoUnit.DAYS);
            } else {
                start = instant(P + "window.start", config.start(), false);
            }
        } else {
            start = instant(
                    overrides.start().isPresent() ? "--start" : P + "window.start",
                    overrides.start().orElse(config.start()),
                    false);
            if (days.isEmpty()) {
                problems.add(new ConfigProblem(daysKey, "missing: give a number of days or an end for the window"));
                return null;
            }
            end = start == null ? null : start.plus(days.get(), ChronoUnit.DAYS);
        }
        if (start == null || end == null) {
            return null;
        }
        if (!end.isAfter(start)) {
            problems.add(new ConfigProblem(
                    endKey, "the window is empty: its end " + end + " is not after its start " + start));
            return null;
        }
        return new Window(start, end);
    }

    private Instant instant(String key, String text, boolean todayAllowed) {
        String value = text.trim();
        if (todayAllowed && value.equalsIgnoreCase("today")) {
            return LocalDate.now(clock.withZone(ZoneOffset.UTC))
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new ConfigProblem(
                    key,
                    "'" + value + "' is not a date; use YYYY-MM-DD (UTC midnight), an "
                            + "ISO-8601 instant such as 2025-10-01T00:00:00Z" + (todayAllowed ? " or 'today'" : "")));
            return null;
        }
    }

    private List<Persona> personas(Map<String, SynthConfig.PersonaConfig> configs) {
        List<Persona> personas = new ArrayList<>();
        if (configs.isEmpty()) {
            problems.add(new ConfigProblem(P + "personas", "no personas configured; define at least one"));
        }
        configs.forEach((name, c) -> {
            String key = P + "personas." + name + ".";
            if (!name.matches("[a-z][a-z0-9_]*")) {
                problems.add(new ConfigProblem(
                        P + "personas." + name,
                        "persona names use lower-case letters, digits and underscores, starting with a letter"));
            }
            check(c.users() >= 0, key + "users", c.users(), "must not be negative");
            HourSet peak = parsed(key + "peak-hours", c.peakHours().orElse("none"), HourSet::parse);
            HourSet secondary =
                    parsed(key + "secondary-hours", c.secondaryHours().orElse("none"), HourSet::parse);
            ActiveDays days = parsed(key + "active-days", c.activeDays(), ActiveDays::parse);
            boolean rates =
                    probability(key + "open-rate", c.openRate()) & probability(key + "click-rate", c.clickRate());
            if (rates && c.clickRate() > c.openRate()) {
                problems.add(new ConfigProblem(
                        key + "click-rate",
                        c.clickRate() + " is above the open rate " + c.openRate()
                                + "; a click needs an open, so the click rate must be at most the open rate"));
            }
            if (rates && c.openRate() > 0.95) {
                problems.add(new ConfigProblem(
                        key + "open-rate",
                        c.openRate() + " is above 0.95, the highest unique open " + "rate the model can hold"));
            }
            if (peak != null && secondary != null && peak.intersects(secondary)) {
                problems.add(new ConfigProblem(
                        key + "secondary-hours",
                        "'" + secondary + "' overlaps the peak hours '" + peak
                                + "'; an hour is either peak or secondary"));
            }
            if (peak != null && secondary != null && peak.isEmpty() && !secondary.isEmpty()) {
                problems.add(new ConfigProblem(
                        key + "secondary-hours", "given without peak hours; add peak hours or set it to none"));
            }
            if (peak != null && secondary != null && days != null) {
                personas.add(new Persona(name, c.users(), peak, secondary, days, c.openRate(), c.clickRate()));
            }
        });
        personas.sort(java.util.Comparator.comparing(Persona::name));
        return personas;
    }

    private <T> T parsed(String key, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            problems.add(new ConfigProblem(key, e.getMessage()));
            return null;
        }
    }

    private boolean check(boolean ok, String key, Object value, String rule) {
        if (!ok) {
            problems.add(new ConfigProblem(key.startsWith(P) ? key : P + key, shown(value) + " " + rule));
        }
        return ok;
    }

    /** Durations as users write them in YAML (30s, 5m, 48h) rather than ISO-8601's PT30S. */
    private static String shown(Object value) {
        if (!(value instanceof Duration duration)) {
            return String.valueOf(value);
        }
        long seconds = duration.toSeconds();
        if (duration.toNanosPart() != 0) {
            return duration.toNanosPart() % 1_000_000 == 0 && Math.abs(seconds) < Long.MAX_VALUE / 1000
                    ? duration.toMillis() + "ms"
                    : duration.toString();
        }
        if (seconds != 0 && seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        if (seconds != 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }

    private boolean probability(String key, double value) {
        return check(value >= 0 && value <= 1, key, value, "is outside 0..1; it is a probability");
    }

    private void mean(String key, double value) {
        check(value >= 0 && value <= 20, key, value, "must be from 0 to 20 (a mean count)");
    }

    private void positive(String key, Duration value) {
        check(!value.isNegative() && !value.isZero(), key, value, "must be a positive duration such as 30s, 5m or 2h");
    }

    private void nonNegative(String key, Duration value) {
        check(!value.isNegative(), key, value, "must not be negative");
    }

    private void ordered(String lowKey, Duration low, String highKey, Duration high) {
        check(high.compareTo(low) >= 0, highKey, high, "must be at least " + P + lowKey + " (" + shown(low) + ")");
    }
}
