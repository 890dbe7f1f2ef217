package com.sendflowr.synth.generation;

import com.sendflowr.synth.model.Persona;
import java.util.List;

/**
 * Everything that determines a generated history. Same settings ⇒ same bytes.
 *
 * @param sendTimeEffect 0 = opening does not depend on when a message lands, 1 = fully proportional to the
 *                       user's activity in the hours after delivery
 * @param labels         whether events carry the persona label (off for blind evaluation)
 * @param realism        the features beyond the origin document ({@link Realism#OFF}: none)
 */
public record ModelSettings(
        long seed,
        Window window,
        List<Persona> personas,
        SendPlan sendPlan,
        FunnelTiming funnel,
        ActivityShape activity,
        Heterogeneity heterogeneity,
        double sendTimeEffect,
        Identity identity,
        boolean labels,
        Realism realism) {

    public ModelSettings {
        personas = List.copyOf(personas);
    }

    public int userCount() {
        return personas.stream().mapToInt(Persona::users).sum();
    }

    public ModelSettings withSeed(long newSeed) {
        return new ModelSettings(
                newSeed,
                window,
                personas,
                sendPlan,
                funnel,
                activity,
                heterogeneity,
                sendTimeEffect,
                identity,
                labels,
                realism);
    }

    public ModelSettings withWindow(Window newWindow) {
        return new ModelSettings(
                seed,
                newWindow,
                personas,
                sendPlan,
                funnel,
                activity,
                heterogeneity,
                sendTimeEffect,
                identity,
                labels,
                realism);
    }

    public ModelSettings withLabels(boolean newLabels) {
        return new ModelSettings(
                seed,
                window,
                personas,
                sendPlan,
                funnel,
                activity,
                heterogeneity,
                sendTimeEffect,
                identity,
                newLabels,
                realism);
    }
}
