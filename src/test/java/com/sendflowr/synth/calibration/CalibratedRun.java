package com.sendflowr.synth.calibration;

import com.sendflowr.synth.generation.GroundTruth;
import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.generation.Shard;
import com.sendflowr.synth.generation.UserProfile;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.Tally;
import com.sendflowr.synth.testing.Runs;
import com.sendflowr.synth.testing.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One generated run of the {@code calibrated} profile, kept small: per message only its delivery, first human open
 * and first click (a few longs), so a run of tens of thousands of messages stays light.
 */
final class CalibratedRun {

    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;

    /** One message: epoch ms, {@link Long#MIN_VALUE} when it did not happen inside the window. */
    static final class Msg {
        final int user;
        long sentAt = Long.MIN_VALUE;
        long deliveredAt = Long.MIN_VALUE;
        long firstOpen = Long.MIN_VALUE;
        long firstClick = Long.MIN_VALUE;
        boolean machineOpened;

        Msg(int user) {
            this.user = user;
        }
    }

    final ModelSettings settings;
    final RunPlan plan;
    final List<UserProfile> users;
    final List<GroundTruth> truth;
    final Tally tally = new Tally();
    final List<Msg> messages = new ArrayList<>();
    /** Human opens (first and re-opens) by the reader's local hour of the day. */
    final long[] humanOpensByLocalHour = new long[24];

    private CalibratedRun(ModelSettings settings) {
        this.settings = settings;
        this.plan = RunPlan.of(settings, Shard.ALL, 2);
        this.users = plan.population().users();
        Map<String, Msg> byId = new HashMap<>();
        try {
            plan.generator()
                    .run(
                            day -> day.forEach(e -> {
                                tally.count(e);
                                record(e, byId);
                            }),
                            Runs.QUIET);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        this.truth = plan.groundTruth();
    }

    /** The calibrated profile with {@code divisor} times fewer users per persona, over {@code days} days. */
    static CalibratedRun of(int divisor, int days, String... overrides) {
        ModelSettings full = Settings.profile("calibrated");
        List<String> keys = new ArrayList<>(List.of("synth.window.days", String.valueOf(days)));
        full.personas().forEach(p -> {
            keys.add("synth.personas." + p.name() + ".users");
            keys.add(String.valueOf(p.users() / divisor));
        });
        keys.addAll(Arrays.asList(overrides));
        return new CalibratedRun(Settings.profile("calibrated", keys.toArray(String[]::new)));
    }

    private void record(EmailEvent e, Map<String, Msg> byId) {
        Msg m = byId.get(e.message().id());
        if (m == null) {
            m = new Msg(e.recipient().index());
            byId.put(e.message().id(), m);
            messages.add(m);
        }
        switch (e.type()) {
            case SENT -> m.sentAt = e.timestamp();
            case DELIVERED -> m.deliveredAt = e.timestamp();
            case OPENED -> {
                if (e.has(EmailEvent.MACHINE_OPEN)) {
                    m.machineOpened = true;
                } else {
                    if (e.occurrence() == 0) {
                        m.firstOpen = e.timestamp();
                    }
                    humanOpensByLocalHour[users.get(m.user).traits().clock().minuteOfWeek(e.timestamp()) / 60 % 24]++;
                }
            }
            case CLICKED -> {
                if (e.occurrence() == 0) {
                    m.firstClick = e.timestamp();
                }
            }
            default -> {}
        }
    }

    /** Messages sent inside the window and delivered at least {@code marginDays} before its end. */
    List<Msg> deliveredBefore(int marginDays) {
        long start = settings.window().startMillis();
        long until = settings.window().endMillis() - marginDays * DAY;
        return messages.stream()
                .filter(m -> m.sentAt >= start && m.deliveredAt != Long.MIN_VALUE && m.deliveredAt < until)
                .toList();
    }
}
