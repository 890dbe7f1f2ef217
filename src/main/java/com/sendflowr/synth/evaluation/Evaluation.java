package com.sendflowr.synth.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Scores recommendations against the ground truth: the expected open and click rate of sending each user at the
 * recommended local hour, beside a random hour (the mean over the week's hours), the best single hour for every
 * user of the split and the oracle (each user's best hour); with 95% percentile-bootstrap intervals over users
 * ({@link Bootstrap}: seeded, so the output is deterministic; each resample of the split's users scores every group).
 * Pure: no I/O.
 */
public final class Evaluation {

    public static final int HOURS = ManifestReader.HOURS;
    private static final double CONFIDENCE = 0.95;

    private Evaluation() {}

    public static EvaluationResult evaluate(
            List<TruthRow> manifest,
            Map<String, Recommendation> recommendations,
            Split split,
            int resamples,
            long seed) {
        List<TruthRow> users =
                manifest.stream().filter(row -> split.includes(row.split())).toList();
        if (users.isEmpty()) {
            throw new IllegalArgumentException("the manifest has no " + split.wireName() + " users");
        }
        boolean scores = recommendations.values().stream().anyMatch(Recommendation::hasScores);
        int bestHour = bestSingleHour(users);
        // on all cores: with scores, each user's rank correlation sorts two weeks of hours
        List<UserScore> scored = users.parallelStream()
                .map(user -> UserScore.of(user, recommendations.get(user.recipientId()), bestHour, scores))
                .toList();
        List<String> missing = users.stream()
                .map(TruthRow::recipientId)
                .filter(id -> !recommendations.containsKey(id))
                .toList();
        java.util.Set<String> inSplit = new java.util.HashSet<>();
        users.forEach(user -> inSplit.add(user.recipientId()));
        int outside = (int) recommendations.keySet().stream()
                .filter(id -> !inSplit.contains(id))
                .count();
        Map<String, List<UserScore>> byPersona = new LinkedHashMap<>();
        for (UserScore user : scored) {
            byPersona.computeIfAbsent(user.persona(), p -> new ArrayList<>()).add(user);
        }
        // the users with each persona's together, as the bootstrap sums them
        List<UserScore> ordered = new ArrayList<>(scored.size());
        int[] personaStarts = new int[byPersona.size() + 1];
        int p = 0;
        for (List<UserScore> group : byPersona.values()) {
            personaStarts[p++] = ordered.size();
            ordered.addAll(group);
        }
        personaStarts[p] = ordered.size();
        double[] terms = new double[ordered.size() * Bootstrap.SUMS];
        for (int i = 0; i < ordered.size(); i++) {
            terms(ordered.get(i), terms, i * Bootstrap.SUMS);
        }
        int[] cold = IntStream.range(0, ordered.size())
                .filter(i -> ordered.get(i).coldStart())
                .toArray();
        Bootstrap bootstrap = new Bootstrap(terms, personaStarts, cold);
        double[][] point = bootstrap.point();
        double[][][] resampled = bootstrap.resamples(resamples, seed);
        Map<String, Figures> personas = new LinkedHashMap<>();
        int g = 1;
        for (String persona : byPersona.keySet()) {
            personas.put(persona, figures(g++, point, resampled, bestHour, scores));
        }
        return new EvaluationResult(
                split,
                users.size(),
                users.size() - missing.size(),
                List.copyOf(missing),
                outside,
                scores,
                resamples,
                seed,
                figures(0, point, resampled, bestHour, scores),
                personas,
                cold.length == 0 ? null : figures(g, point, resampled, bestHour, scores));
    }

    /** The local hour of the week with the highest mean open probability over {@code users}; the earliest on ties. */
    static int bestSingleHour(List<TruthRow> users) {
        double[] sums = new double[HOURS];
        for (TruthRow user : users) {
            for (int h = 0; h < HOURS; h++) {
                sums[h] += user.openProbability()[h];
            }
        }
        return Recommendation.best(sums);
    }

    /** What one user contributes to each figure. */
    record UserScore(
            String persona,
            boolean coldStart,
            double model,
            double random,
            double best,
            double oracle,
            double clickShare,
            double rank,
            double hit) {

        static UserScore of(TruthRow user, Recommendation recommendation, int bestHour, boolean scores) {
            double[] p = user.openProbability();
            double random = Arrays.stream(p).sum() / HOURS;
            double oracle = Arrays.stream(p).max().orElse(0);
            boolean[] nearBest = nearBest(p, oracle);
            double model;
            double rank;
            double hit;
            if (recommendation == null) {
                model = random;
                rank = 0;
                int near = 0;
                for (boolean b : nearBest) {
                    near += b ? 1 : 0;
                }
                hit = (double) near / HOURS;
            } else {
                model = p[recommendation.hourOfWeek()];
                hit = nearBest[recommendation.hourOfWeek()] ? 1 : 0;
                rank = recommendation.hasScores() ? recommendation.rankAgainst(p) : Double.NaN;
            }
            if (!scores) {
                rank = Double.NaN;
            }
            return new UserScore(
                    user.persona(), user.coldStart(), model, random, p[bestHour], oracle, user.clickShare(), rank, hit);
        }

        /** The hours within ±1 h (circular over the week) of an hour whose probability is the maximum. */
        private static boolean[] nearBest(double[] p, double max) {
            boolean[] near = new boolean[HOURS];
            for (int h = 0; h < HOURS; h++) {
                if (p[h] == max) {
                    near[Math.floorMod(h - 1, HOURS)] = true;
                    near[h] = true;
                    near[(h + 1) % HOURS] = true;
                }
            }
            return near;
        }
    }

    private static final int FIGURES = 13;

    /** Group {@code g}'s figures: its point values with the percentile interval of its resamples. */
    private static Figures figures(int g, double[][] point, double[][][] resampled, int bestHour, boolean scores) {
        double[] values = values(point[g]);
        double[][] samples = new double[FIGURES][resampled.length];
        for (int b = 0; b < resampled.length; b++) {
            double[] resample = values(resampled[b][g]);
            for (int f = 0; f < FIGURES; f++) {
                samples[f][b] = resample[f];
            }
        }
        Estimate[] e = new Estimate[FIGURES];
        for (int f = 0; f < FIGURES; f++) {
            e[f] = estimate(values[f], samples[f]);
        }
        return new Figures(
                (int) point[g][11],
                e[0],
                e[1],
                e[2],
                e[3],
                bestHour,
                e[4],
                e[5],
                e[6],
                e[7],
                e[8],
                e[9],
                e[10],
                scores ? e[11] : Estimate.UNDEFINED,
                e[12]);
    }

    /**
     * What a user adds to the sums the figures are made of: model, random, best, oracle open probabilities; the same
     * times the click share; the rank correlation (0 where undefined) and whether it is defined; the hit; a 1 that
     * counts the users.
     */
    private static void terms(UserScore u, double[] terms, int at) {
        double[] open = {u.model(), u.random(), u.best(), u.oracle()};
        for (int c = 0; c < 4; c++) {
            terms[at + c] = open[c];
            terms[at + 4 + c] = open[c] * u.clickShare();
        }
        boolean ranked = !Double.isNaN(u.rank());
        terms[at + 8] = ranked ? u.rank() : 0;
        terms[at + 9] = ranked ? 1 : 0;
        terms[at + 10] = u.hit();
        terms[at + 11] = 1;
    }

    /** The figures in the order of {@link Figures}' estimates, from a group's sums (undefined for no users). */
    private static double[] values(double[] s) {
        double n = s[11];
        double model = s[0];
        double random = s[1];
        double best = s[2];
        double oracle = s[3];
        return new double[] {
            model / n,
            s[4] / n,
            random / n,
            s[5] / n,
            best / n,
            s[6] / n,
            oracle / n,
            s[7] / n,
            model / random - 1,
            model / best - 1,
            oracle == random ? Double.NaN : (model - random) / (oracle - random),
            s[9] == 0 ? Double.NaN : s[8] / s[9],
            s[10] / n
        };
    }

    /** The point value with the percentile interval of its resamples (those where it is defined). */
    private static Estimate estimate(double value, double[] samples) {
        if (Double.isNaN(value)) {
            return Estimate.UNDEFINED;
        }
        double[] defined =
                Arrays.stream(samples).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (defined.length == 0) {
            return new Estimate(value, value, value);
        }
        double tail = (1 - CONFIDENCE) / 2;
        return new Estimate(value, quantile(defined, tail), quantile(defined, 1 - tail));
    }

    /** Linear interpolation between order statistics (the R-7 / NumPy default definition). */
    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
