package com.sendflowr.synth.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate} on manifests written by the real {@code generate --manifest} (the realistic profile: time zones,
 * cold-start users, a holdout split), with recommendations whose score is known in advance.
 */
@QuarkusMainTest
class EvaluateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static Path manifest;
    private static List<TruthRow> truth;

    private static Path manifest(QuarkusMainLauncher launcher) {
        if (manifest == null) {
            Path path = tmp.resolve("truth.jsonl");
            LaunchResult result = launcher.launch(
                    "--profile",
                    "realistic",
                    "generate",
                    "--sink",
                    "none",
                    "--days",
                    "1",
                    "--manifest",
                    path.toString(),
                    "--progress",
                    "off");
            assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
            manifest = path;
            truth = ManifestReader.read(path);
        }
        return manifest;
    }

    private static JsonNode evaluate(QuarkusMainLauncher launcher, Path recs, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "--profile",
                "realistic",
                "evaluate",
                "--manifest",
                manifest(launcher).toString(),
                "--recommendations",
                recs.toString(),
                "--output",
                "json"));
        args.addAll(List.of(extra));
        LaunchResult result = launcher.launch(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        return JSON.readTree(result.getOutput());
    }

    private static Path hours(String name, Function<TruthRow, Integer> hour) throws IOException {
        Path recs = tmp.resolve(name);
        List<String> lines = new ArrayList<>(List.of("recipient_id,hour_of_week"));
        truth.forEach(row -> lines.add(row.recipientId() + "," + hour.apply(row)));
        Files.write(recs, lines);
        return recs;
    }

    private static int argmax(double[] values) {
        return Recommendation.best(values);
    }

    @Test
    void theOraclesHoursCaptureTheWholeLiftAndBeatEveryBaseline(QuarkusMainLauncher launcher) throws IOException {
        manifest(launcher);
        JsonNode result = evaluate(launcher, hours("oracle.csv", row -> argmax(row.openProbability())));
        assertThat(result.at("/users").asInt()).isEqualTo(350);
        assertThat(result.at("/missing").asInt()).isZero();
        double model = result.at("/model/open_rate/value").asDouble();
        assertThat(model)
                .isEqualTo(result.at("/baselines/oracle/open_rate/value").asDouble())
                .isGreaterThan(
                        result.at("/baselines/best_single_hour/open_rate/value").asDouble())
                .isGreaterThan(result.at("/baselines/random/open_rate/value").asDouble());
        assertThat(result.at("/model/click_rate/value").asDouble())
                .isGreaterThan(result.at("/baselines/best_single_hour/click_rate/value")
                        .asDouble());
        assertThat(result.at("/captured/value").asDouble()).isEqualTo(1.0);
        assertThat(result.at("/captured/low").asDouble()).isEqualTo(1.0);
        assertThat(result.at("/hit_rate_1h/value").asDouble()).isEqualTo(1.0);
        assertThat(result.at("/lift/over_random/low").asDouble()).isPositive();
        assertThat(result.at("/lift/over_best_single_hour/low").asDouble()).isPositive();
        assertThat(result.at("/rank_correlation").isNull())
                .as("no scores, no rank correlation")
                .isTrue();
        result.at("/personas")
                .forEach(persona ->
                        assertThat(persona.at("/captured/value").asDouble(1.0)).isEqualTo(1.0));
        assertThat(result.at("/cold_start/users").asInt()).isPositive();
    }

    @Test
    void aSeededRandomHourCapturesNothingWithinItsInterval(QuarkusMainLauncher launcher) throws IOException {
        manifest(launcher);
        SplittableRandom random = new SplittableRandom(2026);
        JsonNode result = evaluate(launcher, hours("random.csv", row -> random.nextInt(168)));
        JsonNode captured = result.at("/captured");
        assertThat(captured.at("/low").asDouble()).isLessThan(0);
        assertThat(captured.at("/high").asDouble()).isGreaterThan(0);
        assertThat(captured.at("/low").asDouble())
                .isLessThan(captured.at("/value").asDouble());
        // the model's interval covers the random baseline's value
        assertThat(result.at("/model/open_rate/low").asDouble())
                .isLessThan(result.at("/baselines/random/open_rate/value").asDouble());
        assertThat(result.at("/model/open_rate/high").asDouble())
                .isGreaterThan(result.at("/baselines/random/open_rate/value").asDouble());
    }

    @Test
    void theBestSingleHourForEveryoneScoresAsThatBaseline(QuarkusMainLauncher launcher) throws IOException {
        manifest(launcher);
        int best = evaluate(launcher, hours("zero.csv", row -> 0))
                .at("/baselines/best_single_hour/hour_of_week")
                .asInt();
        JsonNode result = evaluate(launcher, hours("constant.csv", row -> best));
        assertThat(result.at("/model/open_rate")).isEqualTo(result.at("/baselines/best_single_hour/open_rate"));
        assertThat(result.at("/model/click_rate")).isEqualTo(result.at("/baselines/best_single_hour/click_rate"));
        assertThat(result.at("/lift/over_best_single_hour/value").asDouble()).isEqualTo(0.0);
    }

    @Test
    void scoresEqualToTheTruthRankPerfectlyAndMatchTheOracle(QuarkusMainLauncher launcher) throws IOException {
        manifest(launcher);
        Path recs = tmp.resolve("truth-scores.jsonl");
        Files.write(
                recs,
                truth.stream()
                        .map(row -> "{\"recipient_id\":\"" + row.recipientId() + "\",\"scores\":"
                                + scores(row.openProbability()) + "}")
                        .toList());
        JsonNode result = evaluate(launcher, recs, "--split", "holdout");
        assertThat(result.at("/recommendation_kind").asText()).isEqualTo("scores");
        assertThat(result.at("/users").asInt()).isEqualTo(70);
        assertThat(result.at("/outside_split").asInt()).isEqualTo(280);
        assertThat(result.at("/rank_correlation/value").asDouble()).isEqualTo(1.0);
        assertThat(result.at("/rank_correlation/low").asDouble()).isEqualTo(1.0);
        assertThat(result.at("/captured/value").asDouble()).isEqualTo(1.0);

        Path reversed = tmp.resolve("reversed-scores.jsonl");
        Files.write(
                reversed,
                truth.stream()
                        .map(row -> "{\"recipient_id\":\"" + row.recipientId() + "\",\"scores\":"
                                + scores(IntStream.range(0, 168)
                                        .mapToDouble(h -> -row.openProbability()[h])
                                        .toArray()) + "}")
                        .toList());
        JsonNode worst = evaluate(launcher, reversed, "--split", "holdout");
        assertThat(worst.at("/rank_correlation/value").asDouble()).isEqualTo(-1.0);
        assertThat(worst.at("/captured/value").asDouble()).isNegative();

        // the truth in another order of magnitude, written long: a file over 1 MiB, read in chunks
        Path large = tmp.resolve("long-scores.jsonl");
        Files.write(
                large,
                truth.stream()
                        .map(row -> "{\"recipient_id\":\"" + row.recipientId() + "\",\"scores\":"
                                + Arrays.stream(row.openProbability())
                                        .mapToObj(p -> String.format(Locale.ROOT, "%.15e", p / 1000))
                                        .collect(Collectors.joining(", ", "[", "]"))
                                + "}")
                        .toList());
        assertThat(Files.size(large)).isGreaterThan(1L << 20);
        JsonNode same = evaluate(launcher, large, "--split", "holdout");
        assertThat(same.at("/rank_correlation/value").asDouble()).isEqualTo(1.0);
        assertThat(same.at("/captured/value").asDouble()).isEqualTo(1.0);
    }

    @Test
    void csvManifestAndJsonLinesRecommendationsScoreTheSameAsTheirTwins(QuarkusMainLauncher launcher)
            throws IOException {
        manifest(launcher);
        Path csvManifest = tmp.resolve("truth.csv");
        LaunchResult generated = launcher.launch(
                "--profile",
                "realistic",
                "generate",
                "--sink",
                "none",
                "--days",
                "1",
                "--manifest",
                csvManifest.toString(),
                "--progress",
                "off");
        assertThat(generated.exitCode()).isZero();
        Path csvRecs = hours("oracle-twin.csv", row -> argmax(row.openProbability()));
        Path jsonRecs = tmp.resolve("oracle-twin.jsonl");
        Files.write(
                jsonRecs,
                truth.stream()
                        .map(row -> String.format(
                                Locale.ROOT,
                                "{\"recipient_id\":\"%s\",\"hour_of_week\":%d}",
                                row.recipientId(),
                                argmax(row.openProbability())))
                        .toList());
        JsonNode fromJson = evaluate(launcher, jsonRecs);
        LaunchResult fromCsv = launcher.launch(
                "--profile",
                "realistic",
                "evaluate",
                "--manifest",
                csvManifest.toString(),
                "--recommendations",
                csvRecs.toString(),
                "--output",
                "json");
        assertThat(fromCsv.exitCode()).as(fromCsv.getErrorOutput()).isZero();
        JsonNode csv = JSON.readTree(fromCsv.getOutput());
        ((com.fasterxml.jackson.databind.node.ObjectNode) csv).remove(List.of("manifest", "recommendations"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) fromJson).remove(List.of("manifest", "recommendations"));
        assertThat(csv).isEqualTo(fromJson);
    }

    @Test
    void missingUsersAreReportedAndScoredAsRandomOrRefusedOnRequest(QuarkusMainLauncher launcher) throws IOException {
        manifest(launcher);
        Path recs = tmp.resolve("partial.csv");
        List<String> lines = new ArrayList<>(List.of("recipient_id,hour_of_week"));
        truth.stream().skip(10).forEach(row -> lines.add(row.recipientId() + "," + argmax(row.openProbability())));
        Files.write(recs, lines);
        LaunchResult result = launcher.launch(
                "--profile",
                "realistic",
                "evaluate",
                "--manifest",
                manifest.toString(),
                "--recommendations",
                recs.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.getErrorOutput())
                .contains(
                        "10 of 350 all users have no recommendation",
                        truth.get(0).recipientId(),
                        "random hour");
        assertThat(result.getOutput()).contains("recommended 340, missing 10", "captured", "oracle");
        JsonNode json = evaluate(launcher, recs);
        assertThat(json.at("/missing").asInt()).isEqualTo(10);
        assertThat(json.at("/captured/value").asDouble()).isBetween(0.9, 0.995);

        LaunchResult refused = launcher.launch(
                "--profile",
                "realistic",
                "evaluate",
                "--manifest",
                manifest.toString(),
                "--recommendations",
                recs.toString(),
                "--require-all");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.getErrorOutput())
                .contains(
                        recs.toString(),
                        "no recommendation for 10 all users",
                        truth.get(0).recipientId());
    }

    @Test
    void everyBadInputIsRefusedWithTheFileLineAndProblem(QuarkusMainLauncher launcher) throws IOException {
        manifest(launcher);
        String first = truth.get(0).recipientId();
        String second = truth.get(1).recipientId();
        String header = "recipient_id,hour_of_week\n";
        refused(
                launcher,
                "unknown.csv",
                header + first + ",3\nsynth_user_99999,4\n",
                "unknown.csv line 3: unknown recipient synth_user_99999: not in the manifest");
        refused(
                launcher,
                "duplicate.csv",
                header + first + ",3\n" + second + ",4\n" + first + ",5\n",
                "duplicate.csv line 4: duplicate recipient " + first + " (also on line 2)");
        refused(
                launcher,
                "high.csv",
                header + first + ",168\n",
                "high.csv line 2: hour_of_week is 168; expected 0..167");
        refused(
                launcher,
                "negative.jsonl",
                "{\"recipient_id\":\"" + first + "\",\"hour_of_week\":-1}\n",
                "negative.jsonl line 1: hour_of_week is -1; expected 0..167");
        refused(
                launcher,
                "words.csv",
                header + first + ",seven\n",
                "words.csv line 2: hour_of_week is 'seven'; expected a whole number");
        refused(
                launcher,
                "short.jsonl",
                "{\"recipient_id\":\"" + first + "\",\"scores\":" + scores(new double[167]) + "}\n",
                "short.jsonl line 1: scores has 167 values; expected 168");
        refused(
                launcher,
                "nan.csv",
                "recipient_id,scores\n" + first + "," + "1;".repeat(167) + "x\n",
                "nan.csv line 2: scores value 168 is 'x'; expected a number");
        refused(
                launcher,
                "text.jsonl",
                "{\"recipient_id\":\"" + first + "\",\"scores\":[\"a\"]}\n",
                "text.jsonl line 1: scores value 1 is 'a'; expected a number");
        refused(
                launcher,
                "columns.csv",
                "recipient_id,hour\n" + first + ",3\n",
                "columns.csv line 1: missing column hour_of_week or scores (has: hour, recipient_id)");
        refused(launcher, "noid.jsonl", "{\"hour_of_week\":3}\n", "noid.jsonl line 1: missing field recipient_id");
        refused(
                launcher,
                "mixed.jsonl",
                "{\"recipient_id\":\"" + first + "\",\"hour_of_week\":3}\n" + "{\"recipient_id\":\"" + second
                        + "\",\"scores\":" + scores(new double[168]) + "}\n",
                "mixed.jsonl line 2: gives scores but earlier rows give hour_of_week");
        refused(
                launcher,
                "broken.jsonl",
                "{\"recipient_id\":\"" + first + "\",\"hour_of_week\":3\n",
                "broken.jsonl line 1: not a JSON object");
        refused(
                launcher,
                "wrapped.jsonl",
                "{\"recipient_id\":\"" + first + "\",\n\"hour_of_week\":3}\n",
                "wrapped.jsonl line 1: a JSON object over lines 1-2; one line holds one");
        refused(
                launcher,
                "joined.jsonl",
                "{\"recipient_id\":\"" + first + "\",\"hour_of_week\":3}{\"recipient_id\":\"" + second
                        + "\",\"hour_of_week\":3}\n",
                "joined.jsonl line 1: more than one JSON value on the line");
        refused(launcher, "empty.csv", "", "empty.csv: is empty");

        Path recs = hours("fine.csv", row -> 0);
        LaunchResult otherSeed = launcher.launch(
                "--profile",
                "realistic",
                "evaluate",
                "--seed",
                "7",
                "--manifest",
                manifest.toString(),
                "--recommendations",
                recs.toString());
        assertThat(otherSeed.exitCode()).isEqualTo(2);
        assertThat(otherSeed.getErrorOutput()).contains(manifest + " line 1: ", "another configuration", "seed 7");
        assertThat(otherSeed.getOutput()).isEmpty();
        LaunchResult otherProfile =
                launcher.launch("evaluate", "--manifest", manifest.toString(), "--recommendations", recs.toString());
        assertThat(otherProfile.exitCode()).isEqualTo(2);
        assertThat(otherProfile.getErrorOutput()).contains(manifest.toString(), "another configuration");
        LaunchResult noFile = launcher.launch(
                "--profile",
                "realistic",
                "evaluate",
                "--manifest",
                tmp.resolve("nowhere.jsonl").toString(),
                "--recommendations",
                recs.toString());
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.getErrorOutput()).contains("nowhere.jsonl: no such file");
    }

    private void refused(QuarkusMainLauncher launcher, String name, String content, String message) throws IOException {
        Path recs = tmp.resolve(name);
        Files.writeString(recs, content);
        LaunchResult result = launcher.launch(
                "--profile",
                "realistic",
                "evaluate",
                "--manifest",
                manifest.toString(),
                "--recommendations",
                recs.toString());
        assertThat(result.exitCode()).as(name + ": " + result.getErrorOutput()).isEqualTo(2);
        assertThat(result.getErrorOutput())
                .as(name)
                .contains("error: " + tmp.resolve(message.split(" ", 2)[0]) + " " + message.split(" ", 2)[1])
                .doesNotContain("Exception", "\tat ");
        assertThat(result.getOutput()).as(name).isEmpty();
    }

    @Test
    void theJsonFieldNamesAreStable(QuarkusMainLauncher launcher) throws IOException {
        manifest(launcher);
        JsonNode result = evaluate(launcher, hours("names.csv", row -> 12));
        TreeSet<String> paths = new TreeSet<>();
        collect(result, "", paths);
        String figures = "/baselines/best_single_hour/click_rate /baselines/best_single_hour/hour_of_week "
                + "/baselines/best_single_hour/open_rate /baselines/oracle/click_rate /baselines/oracle/open_rate "
                + "/baselines/random/click_rate /baselines/random/open_rate /captured /hit_rate_1h "
                + "/lift/over_best_single_hour /lift/over_random /model/click_rate /model/open_rate /rank_correlation "
                + "/users";
        List<String> expected = new ArrayList<>(List.of(
                "/bootstrap/confidence",
                "/bootstrap/resamples",
                "/bootstrap/seed",
                "/manifest",
                "/missing",
                "/missing_scored_as",
                "/outside_split",
                "/recommendation_kind",
                "/recommendations",
                "/recommended",
                "/split"));
        for (String prefix : List.of("", "/cold_start", "/personas/morning_person")) {
            for (String path : figures.split(" ")) {
                expected.add(prefix + path);
            }
        }
        TreeSet<String> shown = paths.stream()
                .filter(p -> !p.startsWith("/personas/") || p.startsWith("/personas/morning_person/"))
                .map(p -> p.replaceAll("/(value|low|high)$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.at("/captured").fieldNames()).toIterable().containsExactly("value", "low", "high");
        assertThat(result.at("/personas").size()).isEqualTo(9);
    }

    private static void collect(JsonNode node, String path, TreeSet<String> paths) {
        if (!node.isObject()) {
            paths.add(path);
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            collect(node.get(name), path + "/" + name, paths);
        }
    }

    private static String scores(double[] values) {
        return java.util.Arrays.stream(values)
                .mapToObj(v -> Double.toString(v))
                .collect(Collectors.joining(",", "[", "]"));
    }
}
