package com.sendflowr.synth.generation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sendflowr.synth.model.FunnelCounts;
import com.sendflowr.synth.model.Persona;

/**
 * The expected counts of a run, computed from the settings and the drawn population without generating a
 * single event: sends per day × delivery rate × each user's open probability averaged over the day's delivery
 * minutes (with every open effect), × re-open and click terms. Messages sent before the window whose events land
 * inside it balance, in expectation, those sent inside whose events land after it.
 */
public final class Expectation {

    private final Map<String, FunnelCounts> byPersona;
    private final Map<String, Integer> usersByPersona;

    private Expectation(Map<String, FunnelCounts> byPersona, Map<String, Integer> usersByPersona) {
        this.byPersona = byPersona;
        this.usersByPersona = usersByPersona;
    }

    public static Expectation of(ModelSettings settings, List<UserProfile> users, List<OpenEffect> openEffects) {
        Map<String, FunnelCounts> byPersona = new LinkedHashMap<>();
        Map<String, Integer> usersByPersona = new LinkedHashMap<>();
        for (Persona persona : settings.personas()) {
            byPersona.put(persona.name(), FunnelCounts.ZERO);
            usersByPersona.put(persona.name(), 0);
        }
        Window window = settings.window();
        FunnelTiming funnel = settings.funnel();
        double sendsPerDay = settings.sendPlan().campaignsPerDay() * settings.sendPlan().audienceShare();
        long firstDay = WeekTime.epochDay(window.startMillis());
        long lastDay = WeekTime.epochDay(window.endMillis() - 1);
        for (UserProfile user : users) {
            double sent = 0;
            double uniqueOpened = 0;
            for (long day = firstDay; day <= lastDay; day++) {
                long from = Math.max(window.startMillis(), WeekTime.startOfDay(day));
                long to = Math.min(window.endMillis(), WeekTime.startOfDay(day + 1));
                double daySent = sendsPerDay * (to - from) / WeekTime.MILLIS_PER_DAY;
                double open = user.openRate();
                for (OpenEffect effect : openEffects) {
                    open *= effect.meanFactor(user, day);
                }
                sent += daySent;
                uniqueOpened += daySent * funnel.deliveryRate() * open;
            }
            double uniqueClicked = uniqueOpened * user.clickGivenOpen();
            FunnelCounts counts = new FunnelCounts(sent, sent * funnel.deliveryRate(),
                    uniqueOpened * (1 + funnel.reopenMean()), uniqueClicked * (1 + funnel.reclickMean()),
                    uniqueOpened, uniqueClicked);
            String persona = user.persona().name();
            byPersona.merge(persona, counts, FunnelCounts::plus);
            usersByPersona.merge(persona, 1, Integer::sum);
        }
        return new Expectation(byPersona, usersByPersona);
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
