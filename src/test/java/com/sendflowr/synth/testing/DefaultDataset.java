package com.sendflowr.synth.testing;

import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.generation.Shard;
import com.sendflowr.synth.model.Tally;

/**
 * The full default dataset (application.yaml as shipped: 350 users, 101 days, seed 42), generated once per test
 * JVM and aggregated while it streams; no event is kept.
 */
public final class DefaultDataset {

    /** Sends of the first 13 weeks (91 days) have their whole funnel before the window's end (day 101). */
    public static final int FULL_FUNNEL_WEEKS = 13;

    private static DefaultDataset instance;

    public final ModelSettings settings;
    public final RunPlan plan;
    public final FidelityStats stats;
    public final Tally tally = new Tally();
    public final BufferProbe buffer;
    public final long emitted;
    public final long generationMillis;

    private DefaultDataset() throws InterruptedException {
        settings = Settings.defaults();
        plan = RunPlan.of(settings, Shard.ALL, 2);
        stats = new FidelityStats(settings, FULL_FUNNEL_WEEKS);
        buffer = BufferProbe.of(settings);
        long started = System.nanoTime();
        emitted = plan.generator()
                .run(
                        day -> day.forEach(event -> {
                            stats.accept(event);
                            tally.count(event);
                            buffer.accept(event);
                        }),
                        buffer);
        generationMillis = (System.nanoTime() - started) / 1_000_000;
        stats.complete();
    }

    public static synchronized DefaultDataset get() throws InterruptedException {
        if (instance == null) {
            instance = new DefaultDataset();
        }
        return instance;
    }
}
