package com.sendflowr.synth.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sendflowr.synth.model.EventType;
import com.sendflowr.synth.model.FunnelCounts;
import com.sendflowr.synth.model.Persona;
import com.sendflowr.synth.testing.DefaultDataset;
import com.sendflowr.synth.testing.ExpectationCheck;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
            System.out.printf(
                    "expectation %-9s expected %,10.0f actual %,8.0f (%+.2f%%)%n",
                    type.wireName(), expected.of(type), actual.of(type), 100 * (ratio - 1));
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
            assertEquals(
                    persona.users() * plan.campaignsPerDay() * plan.audienceShare() * days,
                    expectation.byPersona().get(persona.name()).sent(),
                    1e-6,
                    persona.name() + " sends");
        }
    }

    /** Per persona and type, within 4 standard deviations of the count (see {@link ExpectationCheck}). */
    @Test
    void eachPersonaIsWithinSamplingErrorOfItsExpectation() {
        List<String> failures = ExpectationCheck.perPersona(data.settings, data.plan.expectation(), data.tally, Z);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
