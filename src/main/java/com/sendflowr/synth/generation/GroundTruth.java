package com.sendflowr.synth.generation;

import com.sendflowr.synth.model.HourSet;
import com.sendflowr.synth.model.Persona;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What is true of one user, for evaluating a model trained on the events: one row of the manifest.
 *
 * @param joinDate          UTC date the user joined: the window's first day unless a cold-start user
 * @param openRate          the user's own P(opened | delivered) for a delivery at a random minute of the week
 * @param clickRate         the user's own P(clicked | delivered)
 * @param peakWindows       the user's peak windows in local time ("07:10-10:09"), after its own shift
 * @param secondaryWindows  the same for secondary hours
 * @param openProbabilityByHourOfWeek expected P(opened | delivered) of a delivery in each local hour of the week
 *                          (0 = Monday 00:00–00:59 local): the send-time effect an STO model should recover
 * @param drift             the user's drift (rate change and hour shift by the window's end, persona switch), or null
 */
public record GroundTruth(
        String recipientId,
        String persona,
        String split,
        LocalDate joinDate,
        boolean coldStart,
        String timeZone,
        double openRate,
        double clickRate,
        String activeDays,
        List<String> peakWindows,
        List<String> secondaryWindows,
        int shiftMinutes,
        boolean applePrivacyProxy,
        String sendTimeStrength,
        double[] openProbabilityByHourOfWeek,
        UserDrift drift) {

    public static GroundTruth of(UserProfile user, ModelSettings settings) {
        UserTraits traits = user.traits();
        long joined = traits.coldStart() ? traits.joinedAt() : settings.window().startMillis();
        Persona persona = user.persona();
        return new GroundTruth(
                user.recipient().id(),
                persona.name(),
                traits.holdout() ? "holdout" : "train",
                LocalDate.ofInstant(Instant.ofEpochMilli(joined), ZoneOffset.UTC),
                traits.coldStart(),
                traits.clock().zone().getId(),
                user.openRate(),
                user.clickRate(),
                persona.activeDays().toString(),
                windows(persona.peakHours(), user.shiftMinutes()),
                windows(persona.secondaryHours(), user.shiftMinutes()),
                user.shiftMinutes(),
                traits.privacyProxy(),
                sendTimeStrength(settings.realism()),
                user.openProbabilityByHourOfWeek(),
                traits.drift());
    }

    /** The send-time setting: none, default or strong, or the continuous strength γ of individuals. */
    private static String sendTimeStrength(Realism realism) {
        Individuals individuals = realism.individuals();
        return individuals.enabled()
                ? String.valueOf(individuals.sendTimeStrength())
                : realism.sendTime().wireName();
    }

    private static List<String> windows(HourSet hours, int shiftMinutes) {
        List<String> windows = new ArrayList<>();
        for (int[] run : hours.runs()) {
            int from = Math.floorMod(run[0] * 60 + shiftMinutes, WeekTime.MINUTES_PER_DAY);
            int to = Math.floorMod((run[1] + 1) * 60 - 1 + shiftMinutes, WeekTime.MINUTES_PER_DAY);
            windows.add(String.format(Locale.ROOT, "%02d:%02d-%02d:%02d", from / 60, from % 60, to / 60, to % 60));
        }
        return windows;
    }
}
