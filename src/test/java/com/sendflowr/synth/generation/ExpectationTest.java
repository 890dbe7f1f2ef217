package com.sendflowr.synth.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sendflowr.synth.model.EventType;
import com.sendflowr.synth.model.FunnelCounts;
import com.sendflowr.synth.model.Persona;
import com.sendflowr.synth.testing.DefaultDataset;

/** SPEC section 3, "honest summary": the default dry run lands within ±2% of {@link Expectation}. */
class ExpectationTest {

    static final double Z = 4.0;

    static DefaultDataset data;

    @BeforeAll
    static void generate() throws InterruptedException {
        data = DefaultDataset.get();
    }

    @Test
    void eachEventTypeIsWithinTwoPercentOfTheExpectation() {
        FunnelCounts expected = data.plan.expectation().total();
        FunnelCounts actual = data.tally.totals();
        List<String> failures = new ArrayList<>();
        for (EventType type : EventType.values()) {
            double ratio = actual.of(type) / expected.of(type);
            System.out.printf("expectation %-9s expected %,10.0f actual %,8.0f (%+.2f%%)%n", type.wireName(),
                    expected.of(type), actual.of(type), 100 * (ratio - 1));
            if (Math.abs(ratio - 1) > 0.02) {
                failures.add(type.wireName() + ": actual " + actual.of(type) + " vs expected " + expected.of(type));
            }
        }
        double events = actual.events() / expected.events();
        if (Math.abs(events - 1) > 0.02) {
            failures.add("all events: actual " + actual.events() + " vs expected " + expected.events());
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(actual.events(), data.tally.total());
    }

    @Test
    void expectationCountsTheConfiguredPopulation() {
        Expectation expectation = data.plan.expectation();
        assertEquals(350, expectation.users());
        SendPlan plan = data.settings.sendPlan();
        double days = data.settings.window().days();
        for (Persona persona : data.settings.personas()) {
            assertEquals(persona.users(), expectation.users(persona.name()), persona.name());
            assertEquals(persona.users() * plan.campaignsPerDay() * plan.audienceShare() * days,
                    expectation.byPersona().get(persona.name()).sent(), 1e-6, persona.name() + " sends");
        }
    }

    /**
     * Per persona and type, actual and expected counts differ by at most 4 standard deviations of the count:
     * sends and deliveries are binomial; unique opens and clicks sums of Bernoulli trials (variance at most their
     * mean); opens and clicks, where an engaged message adds 1 + Poisson(λ) events, have variance at most
     * E[unique] · E[(1 + Poisson(λ))²] = E[unique] · (1 + 3λ + λ²).
     */
    @Test
    void eachPersonaIsWithinSamplingErrorOfItsExpectation() {
        FunnelTiming funnel = data.settings.funnel();
        SendPlan plan = data.settings.sendPlan();
        double days = data.settings.window().days();
        double reopen = 1 + 3 * funnel.reopenMean() + funnel.reopenMean() * funnel.reopenMean();
        double reclick = 1 + 3 * funnel.reclickMean() + funnel.reclickMean() * funnel.reclickMean();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, FunnelCounts> entry : data.plan.expectation().byPersona().entrySet()) {
            String persona = entry.getKey();
            FunnelCounts e = entry.getValue();
            FunnelCounts a = data.tally.of(persona);
            double trials = data.plan.expectation().users(persona) * plan.campaignsPerDay() * days;
            double share = plan.audienceShare();
            double delivered = share * funnel.deliveryRate();
            failures.addAll(check(persona, "sent", a.sent(), e.sent(), Math.sqrt(trials * share * (1 - share))));
            failures.addAll(check(persona, "delivered", a.delivered(), e.delivered(),
                    Math.sqrt(trials * delivered * (1 - delivered))));
            failures.addAll(check(persona, "unique opened", a.uniqueOpened(), e.uniqueOpened(), Math.sqrt(e.uniqueOpened())));
            failures.addAll(check(persona, "unique clicked", a.uniqueClicked(), e.uniqueClicked(), Math.sqrt(e.uniqueClicked())));
            failures.addAll(check(persona, "opened", a.opened(), e.opened(), Math.sqrt(e.uniqueOpened() * reopen)));
            failures.addAll(check(persona, "clicked", a.clicked(), e.clicked(), Math.sqrt(e.uniqueClicked() * reclick)));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static List<String> check(String persona, String what, double actual, double expected, double sd) {
        double z = (actual - expected) / sd;
        if (Math.abs(z) >= 2.5) {
            System.out.printf("expectation %-16s %-14s expected %,9.0f actual %,8.0f (%+.2f%%, %.1f SD)%n", persona,
                    what, expected, actual, 100 * (actual / expected - 1), z);
        }
        return Math.abs(z) <= Z ? List.of()
                : List.of(String.format("%s %s: actual %.0f vs expected %.1f (%.1f SD, SD %.1f)", persona, what, actual,
                        expected, z, sd));
    }
}
