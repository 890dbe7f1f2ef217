package com.sendflowr.synth.testing;

import com.sendflowr.synth.generation.Expectation;
import com.sendflowr.synth.generation.FunnelTiming;
import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.SendPlan;
import com.sendflowr.synth.model.FunnelCounts;
import com.sendflowr.synth.model.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares a run's tally with its {@link Expectation} per persona and event type, in standard deviations of the
 * count: sends and deliveries are binomial; unique opens and clicks sums of Bernoulli trials (variance at most
 * their mean); opens and clicks, where an engaged message adds 1 + Poisson(λ) events, have variance at most
 * E[unique] · E[(1 + Poisson(λ))²] = E[unique] · (1 + 3λ + λ²).
 */
public final class ExpectationCheck {

    private ExpectationCheck() {}

    /** Descriptions of every persona count further than {@code z} standard deviations from its expectation. */
    public static List<String> perPersona(ModelSettings settings, Expectation expectation, Tally tally, double z) {
        FunnelTiming funnel = settings.funnel();
        SendPlan plan = settings.sendPlan();
        double days = settings.window().days();
        double reopen = 1 + 3 * funnel.reopenMean() + funnel.reopenMean() * funnel.reopenMean();
        double reclick = 1 + 3 * funnel.reclickMean() + funnel.reclickMean() * funnel.reclickMean();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, FunnelCounts> entry : expectation.byPersona().entrySet()) {
            String persona = entry.getKey();
            FunnelCounts e = entry.getValue();
            FunnelCounts a = tally.of(persona);
            double trials = expectation.users(persona) * plan.campaignsPerDay() * days;
            double share = plan.audienceShare();
            double delivered = share * funnel.deliveryRate();
            check(failures, z, persona, "sent", a.sent(), e.sent(), Math.sqrt(trials * share * (1 - share)));
            check(
                    failures,
                    z,
                    persona,
                    "delivered",
                    a.delivered(),
                    e.delivered(),
                    Math.sqrt(trials * delivered * (1 - delivered)));
            check(
                    failures,
                    z,
                    persona,
                    "unique opened",
                    a.uniqueOpened(),
                    e.uniqueOpened(),
                    Math.sqrt(e.uniqueOpened()));
            check(
                    failures,
                    z,
                    persona,
                    "unique clicked",
                    a.uniqueClicked(),
                    e.uniqueClicked(),
                    Math.sqrt(e.uniqueClicked()));
            check(failures, z, persona, "opened", a.opened(), e.opened(), Math.sqrt(e.uniqueOpened() * reopen));
            check(failures, z, persona, "clicked", a.clicked(), e.clicked(), Math.sqrt(e.uniqueClicked() * reclick));
        }
        return failures;
    }

    private static void check(
            List<String> failures,
            double limit,
            String persona,
            String what,
            double actual,
            double expected,
            double sd) {
        double z = (actual - expected) / sd;
        if (Math.abs(z) >= 2.5) {
            System.out.printf(
                    "expectation %-16s %-14s expected %,9.0f actual %,8.0f (%+.2f%%, %.1f SD)%n",
                    persona, what, expected, actual, 100 * (actual / expected - 1), z);
        }
        if (Math.abs(z) > limit) {
            failures.add(String.format(
                    "%s %s: actual %.0f vs expected %.1f (%+.1f%%, %.1f SD)",
                    persona, what, actual, expected, 100 * (actual / expected - 1), z));
        }
    }
}
