package com.sendflowr.synth.cli;

import com.sendflowr.synth.config.InvalidConfigurationException;
import com.sendflowr.synth.evaluation.BadInputException;
import com.sendflowr.synth.evaluation.Recommendation;
import com.sendflowr.synth.evaluation.RecommendationsReader;
import com.sendflowr.synth.generation.HistoryGenerator;
import com.sendflowr.synth.generation.RandomStreams;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.generation.SendPolicy;
import com.sendflowr.synth.generation.UserProfile;
import com.sendflowr.synth.model.FunnelCounts;
import com.sendflowr.synth.model.Tally;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code generate --send-policy RECS}: the run replayed with each message sent at the recommended local hour within
 * the send window after its campaign's release, and its realised opens and clicks beside the configured schedule's
 * for the same seed (counted by a second run that only counts).
 */
final class SendPolicyReplay {

    static final int DEFAULT_WINDOW_HOURS = 24;

    private final Path recommendations;
    private final int windowHours;
    private final int covered;
    private final int users;
    private final RunPlan replayed;

    private SendPolicyReplay(Path recommendations, int windowHours, int covered, int users, RunPlan replayed) {
        this.recommendations = recommendations;
        this.windowHours = windowHours;
        this.covered = covered;
        this.users = users;
        this.replayed = replayed;
    }

    /** Reads and validates the recommendations; nothing is generated yet. */
    static SendPolicyReplay of(RunPlan plan, Path recommendations, int windowHours) {
        if (windowHours < 1 || windowHours > 168) {
            throw new InvalidConfigurationException(
                    "--send-window",
                    windowHours + " is outside 1..168 (hours after "
                            + "the campaign's release within which the policy sends)");
        }
        Set<String> known = new HashSet<>();
        for (UserProfile user : plan.population().slice(plan.shard())) {
            known.add(user.recipient().id());
        }
        Map<String, Recommendation> recs;
        try {
            recs = RecommendationsReader.read(recommendations, known);
        } catch (BadInputException e) {
            throw new InvalidConfigurationException("--send-policy", e.getMessage());
        }
        Map<String, double[]> scores = new HashMap<>();
        recs.forEach(
                (id, rec) -> scores.put(id, rec.hasScores() ? rec.scores() : SendPolicy.hourScores(rec.hourOfWeek())));
        SendPolicy policy = new SendPolicy(new RandomStreams(plan.settings().seed()), scores, windowHours * 3_600_000L);
        return new SendPolicyReplay(recommendations, windowHours, scores.size(), known.size(), plan.replay(policy));
    }

    RunPlan plan() {
        return replayed;
    }

    /** Counts the configured schedule's run of the same seed and prints both. */
    void compare(RunPlan schedule, Tally policy, PrintWriter out) throws InterruptedException {
        Tally baseline = new Tally();
        schedule.generator().run(baseline, HistoryGenerator.NO_PROGRESS);
        FunnelCounts p = policy.totals();
        FunnelCounts s = baseline.totals();
        out.printf(
                Locale.ROOT,
                "%nSend policy %s (%,d of %,d users; the rest on the schedule), sent within %d h of "
                        + "each campaign's release, beside the configured schedule (same seed, users and campaigns):%n",
                recommendations,
                covered,
                users,
                windowHours);
        out.printf(Locale.ROOT, "  %-18s %12s %12s %12s%n", "", "policy", "schedule", "difference");
        line(out, "messages opened", p.uniqueOpened(), s.uniqueOpened());
        line(out, "messages clicked", p.uniqueClicked(), s.uniqueClicked());
        line(out, "opened events", p.opened(), s.opened());
        line(out, "clicked events", p.clicked(), s.clicked());
        out.flush();
    }

    private static void line(PrintWriter out, String name, double policy, double schedule) {
        out.printf(
                Locale.ROOT,
                "  %-18s %,12.0f %,12.0f %+,12.0f (%+.1f%%)%n",
                name,
                policy,
                schedule,
                policy - schedule,
                schedule == 0 ? 0 : 100 * (policy - schedule) / schedule);
    }
}
