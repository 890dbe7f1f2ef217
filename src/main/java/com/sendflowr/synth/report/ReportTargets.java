package com.sendflowr.synth.report;

import com.sendflowr.synth.generation.Expectation;
import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.model.FunnelCounts;
import com.sendflowr.synth.model.Persona;
import java.util.ArrayList;
import java.util.List;

/**
 * What the configuration says the data should show: per persona the configured rates, the rates expected of
 * messages whose whole funnel lies inside the window, and the expected counts; plus the window and how long a
 * message's events can trail its send (how long the report keeps a message's state).
 */
public record ReportTargets(
        String scope,
        long seed,
        String windowStart,
        String windowEnd,
        List<PersonaTarget> personas,
        FunnelCounts expectedTotal,
        long completeFunnelsBefore,
        long messageHorizonMillis) {

    /** A message's events may trail its send by the model's longest span; this much more tolerates out-of-order input. */
    static final long HORIZON_SLACK_MILLIS = 86_400_000L;

    public record PersonaTarget(
            String name,
            int users,
            double openRate,
            double clickRate,
            double expectedOpenRate,
            double expectedClickRate,
            FunnelCounts expected) {}

    public static ReportTargets of(ModelSettings settings, Expectation expectation, String scope) {
        List<PersonaTarget> personas = new ArrayList<>();
        for (Persona persona : settings.personas()) {
            personas.add(new PersonaTarget(
                    persona.name(),
                    expectation.users(persona.name()),
                    persona.openRate(),
                    persona.clickRate(),
                    expectation.completeOpenRate(persona.name()),
                    expectation.completeClickRate(persona.name()),
                    expectation.byPersona().getOrDefault(persona.name(), FunnelCounts.ZERO)));
        }
        return new ReportTargets(
                scope,
                settings.seed(),
                settings.window().start().toString(),
                settings.window().end().toString(),
                List.copyOf(personas),
                expectation.total(),
                expectation.completeFunnelsBefore(),
                settings.funnel().longestMessageSpan() + HORIZON_SLACK_MILLIS);
    }

    PersonaTarget target(String persona) {
        return personas.stream()
                .filter(p -> p.name().equals(persona))
                .findFirst()
                .orElse(null);
    }
}
