package com.sendflowr.synth.realism;

import java.util.List;

import com.sendflowr.synth.generation.GroundTruth;
import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.generation.Shard;
import com.sendflowr.synth.generation.UserProfile;
import com.sendflowr.synth.report.Tally;
import com.sendflowr.synth.testing.MessageLog;
import com.sendflowr.synth.testing.Runs;
import com.sendflowr.synth.testing.Settings;

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
            plan.generator().run(day -> day.forEach(e -> {
                log.accept(e);
                tally.count(e);
            }), Runs.QUIET);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        this.users = plan.population().users();
        this.truth = plan.groundTruth();
    }

    static RealismRun of(String... overrides) {
        return new RealismRun(Settings.with(overrides));
    }

    /** Messages sent from the window's start until {@code marginDays} before its end (their funnels are complete). */
    List<MessageLog.Msg> complete(int marginDays) {
        return log.sentBetween(settings.window().startMillis(),
                settings.window().endMillis() - marginDays * 86_400_000L);
    }

    UserProfile user(MessageLog.Msg m) {
        return users.get(m.user);
    }

    int localHourOfWeek(MessageLog.Msg m, long at) {
        return user(m).traits().clock().minuteOfWeek(at) / 60;
    }
}
