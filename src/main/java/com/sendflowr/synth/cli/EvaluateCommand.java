package com.sendflowr.synth.cli;

import com.sendflowr.synth.config.InvalidConfigurationException;
import com.sendflowr.synth.evaluation.BadInputException;
import com.sendflowr.synth.evaluation.Evaluation;
import com.sendflowr.synth.evaluation.EvaluationJson;
import com.sendflowr.synth.evaluation.EvaluationResult;
import com.sendflowr.synth.evaluation.EvaluationTable;
import com.sendflowr.synth.evaluation.ManifestCheck;
import com.sendflowr.synth.evaluation.ManifestReader;
import com.sendflowr.synth.evaluation.Recommendation;
import com.sendflowr.synth.evaluation.RecommendationsReader;
import com.sendflowr.synth.evaluation.Split;
import com.sendflowr.synth.evaluation.TruthRow;
import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.Population;
import com.sendflowr.synth.generation.UserIdentity;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Score a send-time model's recommendations against the ground-truth manifest.",
            "Prints the expected open and click rate of sending each user at the recommended local hour, beside a "
                    + "random hour, the best single hour for everyone and the oracle (each user's best hour); the lift "
                    + "over random and over the best single hour; the share of the oracle's lift captured; with hour "
                    + "scores, the mean rank correlation with the truth; the hit rate of the true best hour within ±1 h. "
                    + "For the split's users, per persona and for cold-start users; every figure with a 95%% bootstrap "
                    + "interval over users (seeded: the output is deterministic). Give the configuration, profile and "
                    + "seed that generated the manifest: a manifest of another configuration is refused. Exit 2 on bad "
                    + "input, with the file, line and problem."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  sendflowr-synth evaluate --manifest truth.jsonl --recommendations recs.csv",
            "  sendflowr-synth --profile realistic evaluate --manifest truth.jsonl \\",
            "      --recommendations recs.jsonl --split holdout --output json | jq .captured",
            "",
            "Recommendations: CSV with a header or JSON Lines, one row per recipient:",
            "recipient_id and hour_of_week (0-167, local time, 0 = Monday 00:00-00:59),",
            "or recipient_id and scores (168 numbers, higher = better; in CSV one cell",
            "joined with ';'). Field reference: docs/benchmarking.md.",
        })
public class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--manifest",
            required = true,
            paramLabel = "TRUTH",
            description = "The ground-truth manifest " + "written by generate --manifest (.jsonl or .csv).")
    Path manifest;

    @Option(
            names = "--recommendations",
            required = true,
            paramLabel = "RECS",
            description = "The model's " + "recommendations (.csv with a header, or .jsonl).")
    Path recommendations;

    @Option(
            names = "--split",
            paramLabel = "SPLIT",
            description = "Which users to score: ${COMPLETION-CANDIDATES} " + "(default: ${DEFAULT-VALUE}).")
    Split split = Split.ALL;

    @Option(
            names = "--require-all",
            description = "Refuse recommendations that miss users of the split (by default "
                    + "they are reported and scored as a random hour).")
    boolean requireAll;

    @Option(
            names = "--resamples",
            paramLabel = "N",
            description = "Bootstrap resamples for the intervals " + "(default: ${DEFAULT-VALUE}).")
    int resamples = 1000;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "The seed that generated the manifest (default: " + "synth.seed); also seeds the bootstrap.")
    Long seed;

    @Option(names = "--start", paramLabel = "DATE", description = "The window start that generated the manifest.")
    String start;

    @Option(names = "--days", paramLabel = "N", description = "The window length that generated the manifest.")
    Integer days;

    @Option(names = "--end", paramLabel = "DATE", description = "The window end that generated the manifest.")
    String end;

    @Mixin
    OutputOptions output;

    @Inject
    RunPlanner engine;

    @Override
    public Integer call() throws Exception {
        if (resamples < 1) {
            throw new InvalidConfigurationException("--resamples", resamples + " is not a positive count");
        }
        PrintWriter err = spec.commandLine().getErr();
        EvaluationResult result;
        try {
            result = evaluate();
        } catch (BadInputException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        if (!result.missing().isEmpty()) {
            err.printf(
                    "warning: %d of %d %s users have no recommendation (first: %s); they are scored as a random "
                            + "hour (--require-all refuses them)%n",
                    result.missing().size(),
                    result.users(),
                    split.wireName(),
                    result.missing().get(0));
            err.flush();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            EvaluationJson.write(out, result, manifest.toString(), recommendations.toString());
        } else {
            EvaluationTable.print(out, result, manifest.toString(), recommendations.toString());
        }
        return ExitCodes.OK;
    }

    /**
     * Reads the manifest while the users it must name are drawn again (to check it), then the recommendations, each
     * scored against its user's truth as it is read: hour scores are not kept, and their rank correlations are computed
     * on all cores.
     */
    private EvaluationResult evaluate() {
        RunOptions options = new RunOptions();
        options.seed = seed == null ? null : seed.toString();
        options.start = start;
        options.days = days == null ? null : days.toString();
        options.end = end;
        ModelSettings settings = engine.settings(options);
        CompletableFuture<List<UserIdentity>> users =
                CompletableFuture.supplyAsync(() -> Population.identities(settings));
        List<TruthRow> truth = ManifestReader.read(manifest);
        ManifestCheck.matches(truth, join(users), manifest.toString(), "seed " + settings.seed());
        Map<String, TruthRow> byId = new HashMap<>();
        truth.forEach(row -> byId.put(row.recipientId(), row));
        Map<String, Recommendation> recs = RecommendationsReader.read(recommendations, recommendation -> {
            TruthRow user = byId.get(recommendation.recipientId());
            return user == null ? recommendation : recommendation.ranked(user.openProbability());
        });
        RecommendationsReader.requireKnown(recs, byId.keySet(), recommendations);
        if (truth.stream().noneMatch(row -> split.includes(row.split()))) {
            throw new BadInputException(
                    manifest.toString(),
                    0,
                    "has no " + split.wireName() + " users (holdout users "
                            + "exist when synth.holdout.enabled is true, e.g. with --profile realistic)");
        }
        if (requireAll) {
            List<String> missing = truth.stream()
                    .filter(row -> split.includes(row.split()))
                    .map(TruthRow::recipientId)
                    .filter(id -> !recs.containsKey(id))
                    .toList();
            if (!missing.isEmpty()) {
                throw new BadInputException(
                        recommendations.toString(),
                        0,
                        "has no recommendation for " + missing.size() + " " + split.wireName() + " users (first: "
                                + missing.get(0) + "); --require-all asks for all");
            }
        }
        return Evaluation.evaluate(truth, recs, split, resamples, settings.seed());
    }

    /** The task's result, or the exception it ended with (a bad input's message, as if read on this thread). */
    private static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
