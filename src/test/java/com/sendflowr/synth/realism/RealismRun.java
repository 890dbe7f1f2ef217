package com.sendflowr.synth.realism;

import com.sendflowr.synth.generation.GroundTruth;
import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.generation.Shard;
import com.sendflowr.synth.generation.UserProfile;
import com.sendflowr.synth.model.Tally;
import com.sendflowr.synth.testing.MessageLog;
import com.sendflowr.synth.testing.Runs;
import com.sendflowr.synth.testing.Settings;
import java.util.List;

/** One generated run of a realism test: its plan, every message, the tally and the ground truth. */
final class RealismRun {

    final ModelSettings settings;
    final RunPlan plan;
    final MessageLog log = new MessageLog();
    final Tally tally = new Tally();
    final List<UserProfile> users;
    final List<GroundTruth> truth;

    private RealismRun(ModelSettings settings) {
        this.settings = settings;
        this.plan = RunPlan.of(settings, Shard.ALL, 2);
        try {
            plan.generator()
                    .run(
                            day -> day.forEach(e -> {
                                log.accept(e);
                                tally.count(e);
                            }),
                            Runs.QUIET);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        this.users = plan.population().users();
        this.truth = plan.groundTruth();
    }

    static RealismRun of(String... overrides) {
        return new RealismRun(Settings.with(overrides));
    }

    /** A run of the {@code calibrated} profile with overrides. */
    static RealismRun calibrated(String... overrides) {
        return new RealismRun(Settings.profile("calibrated", overrides));
    }

    private static RealismRun calibrated;

    /**
     * The {@code calibrated} profile at six times the default population (2,100 users, 101 days, ~100,000 messages),
     * generated once and shared by the test classes that measure it.
     */
    static synchronized RealismRun calibratedAtScale() {
        if (calibrated == null) {
            // users present the whole window and never suppressed: their cadence is the campaigns' alone
            String[] users = scaledUsers(6);
            String[] overrides = java.util.Arrays.copyOf(users, users.length + 4);
            overrides[users.length] = "synth.cold-start.enabled";
            overrides[users.length + 1] = "false";
            overrides[users.length + 2] = "synth.deliverability.enabled";
            overrides[users.length + 3] = "false";
            calibrated = calibrated(overrides);
        }
        return calibrated;
    }

    /** Overrides multiplying every default persona's users by {@code factor}. */
    static String[] scaledUsers(int factor) {
        java.util.List<String> overrides = new java.util.ArrayList<>();
        for (com.sendflowr.synth.model.Persona persona : Settings.defaults().personas()) {
            overrides.add("synth.personas." + persona.name() + ".users");
            overrides.add(String.valueOf(persona.users() * factor));
        }
        return overrides.toArray(String[]::new);
    }

    /** Messages sent from the window's start until {@code marginDays} before its end (their funnels are complete). */
    List<MessageLog.Msg> complete(int marginDays) {
        return log.sentBetween(
                settings.window().startMillis(), settings.window().endMillis() - marginDays * 86_400_000L);
    }

    UserProfile user(MessageLog.Msg m) {
        return users.get(m.user);
    }

    int localHourOfWeek(MessageLog.Msg m, long at) {
        return user(m).traits().clock().minuteOfWeek(at) / 60;
    }
}
