package com.sendflowr.synth.realism;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.Shard;
import com.sendflowr.synth.model.FunnelCounts;
import com.sendflowr.synth.testing.Runs;
import com.sendflowr.synth.testing.Settings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every feature on at once (what the {@code realistic} profile does): the summary still predicts the counts, and the
 * output stays deterministic whatever the thread count or shard layout.
 */
class AllFeaturesTest {

    static final String[] ALL_ON = {
        "synth.engagement.send-time-strength",
        "strong",
        "synth.time-zones.enabled",
        "true",
        "synth.cold-start.enabled",
        "true",
        "synth.holdout.enabled",
        "true",
        "synth.deliverability.enabled",
        "true",
        "synth.apple-mpp.enabled",
        "true",
        "synth.fatigue.enabled",
        "true",
        "synth.seasonality.enabled",
        "true",
        "synth.ab-tests.enabled",
        "true",
        "synth.drift.enabled",
        "true",
    };

    static String[] allOn(String... more) {
        List<String> all = new ArrayList<>(List.of(ALL_ON));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void theSummaryPredictsEveryEventTypeWithinTwoPercent() {
        RealismRun run = RealismRun.of(allOn("synth.window.start", "2025-11-10", "synth.window.days", "42"));
        FunnelCounts expected = run.plan.expectation().total();
        FunnelCounts actual = run.tally.totals();
        System.out.println("all features: expected " + expected + "\n              actual   " + actual);
        assertThat(Math.abs(actual.sent() / expected.sent() - 1)).isLessThan(0.02);
        assertThat(Math.abs(actual.delivered() / expected.delivered() - 1)).isLessThan(0.02);
        assertThat(Math.abs(actual.opened() / expected.opened() - 1)).isLessThan(0.02);
        assertThat(Math.abs(actual.clicked() / expected.clicked() - 1)).isLessThan(0.03);
        assertThat(Math.abs(actual.events() / expected.events() - 1)).isLessThan(0.02);
    }

    @Test
    void outputIsTheSameForAnyThreadCountAndShardLayout() {
        ModelSettings settings = Settings.with(allOn("synth.window.days", "10"));
        Runs.Fingerprint one = Runs.jsonl(settings, Shard.ALL, 1);
        assertThat(Runs.jsonl(settings, Shard.ALL, 3)).isEqualTo(one);
        long shards = 0;
        for (int k = 0; k < 3; k++) {
            shards += Runs.jsonl(settings, new Shard(k, 3), 2).lines();
        }
        assertThat(shards).isEqualTo(one.lines());
        assertThat(Runs.jsonl(settings.withSeed(7), Shard.ALL, 2).sha256()).isNotEqualTo(one.sha256());
    }
}
