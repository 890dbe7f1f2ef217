package com.sendflowr.synth.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Everything under {@code synth.} in MicroProfile Config: {@code application.yaml} defaults, overridden by a
 * {@code --config} YAML file, environment variables ({@code SYNTH_SEED}) and {@code -D} properties. Values are
 * checked by {@link SettingsReader}, which names the key of every problem.
 */
@ConfigMapping(prefix = "synth")
public interface SynthConfig {

    long seed();

    WindowConfig window();

    /** Keyed by persona name: maps merge by key across config sources, so a user file can change one persona. */
    Map<String, PersonaConfig> personas();

    CampaignConfig campaigns();

    DeliveryConfig delivery();

    EngagementConfig engagement();

    ActivityConfig activity();

    HeterogeneityConfig heterogeneity();

    EventConfig events();

    OutputConfig output();

    KafkaConfig kafka();

    TimeZonesConfig timeZones();

    ColdStartConfig coldStart();

    HoldoutConfig holdout();

    DeliverabilityConfig deliverability();

    @WithName("apple-mpp")
    AppleMppConfig appleMpp();

    FatigueConfig fatigue();

    SeasonalityConfig seasonality();

    AbTestsConfig abTests();

    DriftConfig drift();

    OpenDelayConfig openDelay();

    EarlyClicksConfig earlyClicks();

    IndividualsConfig individuals();

    /** The heavy-tailed open delay (Bonfrer & Drèze's split hazard with a log-logistic delay in virtual time). */
    interface OpenDelayConfig {
        boolean enabled();

        /** Median delay from delivery to first open, in the reader's virtual time. */
        Duration median();

        /** Log-logistic shape; below 1 the tail is heavy. */
        double shape();

        /** Latest first open after delivery. */
        Duration horizon();

        /** Latest re-open after the first open. */
        Duration reopenHorizon();

        /** 0 = virtual time is clock time; 1 = it runs with the reader's activity. */
        double activityWarp();
    }

    interface EarlyClicksConfig {
        boolean enabled();

        /** How many times as likely an immediate open is to lead to a click as a very late one. */
        double boost();

        /** Virtual time after delivery in which the extra odds halve. */
        Duration halfLife();
    }

    interface IndividualsConfig {
        boolean enabled();

        double personaWeight();

        double peakWeight();

        double daySpread();

        double nightFactor();

        double rateConcentration();

        /** γ: the power of each user's send-time response; 0 none, 1 proportional, 2 like {@code strong}. */
        double sendTimeStrength();
    }

    CalibrationConfig calibration();

    interface CalibrationConfig {
        /** {@code verify} also checks the published ranges (on in the {@code calibrated} profile). */
        @WithDefault("false")
        boolean check();

        /** A CSV table of targets to check instead of the built-in one (same columns). */
        Optional<String> targets();
    }

    interface DriftConfig {
        boolean enabled();

        /** Each user's odds of opening change by a relative amount uniform in ±this by the window's end. */
        double rateChange();

        /** Each user's hours move by up to ± this by the window's end. */
        Duration peakShift();

        /** Share of users who switch to another persona during the window. */
        double switchShare();
    }

    interface AbTestsConfig {
        boolean enabled();

        /** Share of campaigns that are A/B tests. */
        double share();

        /** {@code NAME=LIFT, …}. */
        String variants();
    }

    interface SeasonalityConfig {
        boolean enabled();

        /** Keyed by name ({@code black-friday}); maps merge by key across config sources. */
        Map<String, SpecialDayConfig> days();
    }

    interface SpecialDayConfig {
        /** {@code YYYY-MM-DD}. */
        String date();

        double volume();

        double engagement();
    }

    interface TimeZonesConfig {
        boolean enabled();

        /** {@code ZONE=WEIGHT, …} with IANA zone names. */
        String mix();
    }

    interface ColdStartConfig {
        boolean enabled();

        double share();

        /** Join instants are uniform between these fractions of the window. */
        double joinFrom();

        double joinTo();
    }

    interface HoldoutConfig {
        boolean enabled();

        double share();
    }

    interface DeliverabilityConfig {
        boolean enabled();

        double bounceRate();

        double hardBounceShare();

        double deferralRate();

        Duration deferralMinDelay();

        Duration deferralMaxDelay();

        double spamRate();

        double unsubscribeRate();
    }

    interface AppleMppConfig {
        boolean enabled();

        /** Machine opens come from the proxy's user agent and addresses, and {@code machine_open} is a label. */
        boolean proxySignature();

        double share();

        Duration minDelay();

        Duration maxDelay();
    }

    interface FatigueConfig {
        boolean enabled();

        Duration lookback();

        double perSend();

        double floor();
    }

    interface WindowConfig {
        /** A date (UTC midnight) or an ISO-8601 instant. */
        String start();

        Optional<Integer> days();

        /** A date, an ISO-8601 instant or {@code today}; with {@code days}, the window ends here. */
        Optional<String> end();
    }

    interface PersonaConfig {
        int users();

        /** Inclusive local hours such as {@code 7-9} or {@code 22-1}; {@code none} for a uniform persona. */
        Optional<String> peakHours();

        Optional<String> secondaryHours();

        /** {@code MON-FRI}, {@code FRI-SUN}, {@code SAT,SUN} or {@code ALL}. */
        String activeDays();

        double openRate();

        double clickRate();
    }

    interface CampaignConfig {
        int perDay();

        double audienceShare();

        /** {@code random} (each user at a random minute of the day) or send times {@code HH:MM, HH:MM, …}. */
        String sendTimes();

        /** {@code utc} or {@code local}: the send times on UTC or on each recipient's clock. */
        String sendClock();

        /** A batch goes out over this span after its time. */
        Duration sendSpread();

        /** Share of sends at a random instant of the day instead of a scheduled time. */
        double explorationShare();
    }

    interface DeliveryConfig {
        double rate();

        Duration minDelay();

        Duration maxDelay();
    }

    interface EngagementConfig {
        Duration firstOpenMinDelay();

        Duration openWindow();

        Duration willingnessHalfLife();

        double reopenMean();

        Duration clickMinDelay();

        Duration clickMaxDelay();

        Duration clickMeanDelay();

        double reclickMean();

        double sendTimeEffect();

        /** {@code none}, {@code default} or {@code strong}. */
        String sendTimeStrength();
    }

    interface ActivityConfig {
        double peakWeight();

        double secondaryWeight();

        double baselineWeight();

        double inactiveDayFactor();
    }

    interface HeterogeneityConfig {
        double rateSpread();

        Duration timingJitter();
    }

    interface EventConfig {
        String esp();

        int firstUserNumber();

        String emailDomain();

        String linkBaseUrl();

        /** Whether events carry {@code metadata.persona}. */
        boolean labels();
    }

    interface KafkaConfig {
        /** The broker must answer within this before anything is generated. */
        Duration connectTimeout();

        /** Publishing fails when the broker acknowledges nothing for this long. */
        Duration stallTimeout();

        boolean createTopic();

        /** Partitions of a topic this program creates. */
        int partitions();

        /** Keep Mutiny's context-propagation interceptors while publishing (costly per record; nothing needs them). */
        boolean contextPropagation();
    }

    interface OutputConfig {
        /** {@code jsonl:PATH}, {@code csv:PATH}, {@code stdout}, {@code kafka[:TOPIC]} or {@code none}; when absent,
         * Kafka if a broker address is configured, else {@code jsonl:sendflowr-events.jsonl}. */
        Optional<String> sink();

        /** Generator threads; 0 = one per available processor. */
        int threads();

        @WithName("progress-every-days")
        int progressEveryDays();
    }
}
