package com.sendflowr.synth.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Scores recommendations against the ground truth: the expected open and click rate of sending each user at the
 * recommended local hour, beside a random hour (the mean over the week's hours), the best single hour for every
 * user of the split and the oracle (each user's best hour); with 95% percentile-bootstrap intervals over users,
 * drawn from a seeded stream so the output is deterministic. Pure: no I/O.
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
        List<UserScore> scored = new ArrayList<>(users.size());
        List<String> missing = new ArrayList<>();
        for (TruthRow user : users) {
            Recommendation recommendation = recommendations.get(user.recipientId());
            if (recommendation == null) {
                missing.add(user.recipientId());
            }
            scored.add(UserScore.of(user, recommendation, bestHour, scores));
        }
        java.util.Set<String> inSplit = new java.util.HashSet<>();
        users.forEach(user -> inSplit.add(user.recipientId()));
        int outside = (int) recommendations.keySet().stream()
                .filter(id -> !inSplit.contains(id))
                .count();
        Map<String, List<UserScore>> byPersona = new LinkedHashMap<>();
        for (UserScore user : scored) {
            byPersona.computeIfAbsent(user.persona(), p -> new ArrayList<>()).add(user);
        }
        Map<String, Figures> personas = new LinkedHashMap<>();
        byPersona.forEach((persona, group) ->
                personas.put(persona, figures(group, bestHour, scores, resamples, seed, "persona:" + persona)));
        List<UserScore> coldStart = scored.stream().filter(UserScore::coldStart).toList();
        return new EvaluationResult(
                split,
                users.size(),
                users.size() - missing.size(),
                List.copyOf(missing),
                outside,
                scores,
                resamples,
                seed,
                figures(scored, bestHour, scores, resamples, seed, "all"),
                personas,
                coldStart.isEmpty() ? null : figures(coldStart, bestHour, scores, resamples, seed, "cold_start"));
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
                rank = recommendation.hasScores() ? Ranks.spearman(recommendation.scores(), p) : Double.NaN;
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
    /** Per-user columns: model, random, best single hour, oracle (open probabilities), click share, rank, hit. */
    private static final int COLUMNS = 7;

    static Figures figures(
            List<UserScore> users, int bestHour, boolean scores, int resamples, long seed, String group) {
        int n = users.size();
        double[] columns = new double[n * COLUMNS];
        for (int i = 0; i < n; i++) {
            UserScore u = users.get(i);
            int at = i * COLUMNS;
            columns[at] = u.model();
            columns[at + 1] = u.random();
            columns[at + 2] = u.best();
            columns[at + 3] = u.oracle();
            columns[at + 4] = u.clickShare();
            columns[at + 5] = u.rank();
            columns[at + 6] = u.hit();
        }
        double[] sums = new double[11];
        for (int i = 0; i < n; i++) {
            add(columns, i, sums);
        }
        double[] point = values(sums, n);
        double[][] samples = new double[FIGURES][resamples];
        SplittableRandom random = new SplittableRandom(seed * 31 + group.hashCode());
        for (int b = 0; b < resamples; b++) {
            java.util.Arrays.fill(sums, 0);
            for (int i = 0; i < n; i++) {
                add(columns, random.nextInt(n), sums);
            }
            double[] values = values(sums, n);
            for (int f = 0; f < FIGURES; f++) {
                samples[f][b] = values[f];
            }
        }
        Estimate[] e = new Estimate[FIGURES];
        for (int f = 0; f < FIGURES; f++) {
            e[f] = estimate(point[f], samples[f]);
        }
        return new Figures(
                n,
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
     * Adds user {@code i} to the sums: model, random, best, oracle open probabilities; the same times the click
     * share; rank correlation and the count of users that have one; hits.
     */
    private static void add(double[] columns, int i, double[] sums) {
        int at = i * COLUMNS;
        double share = columns[at + 4];
        for (int c = 0; c < 4; c++) {
            sums[c] += columns[at + c];
            sums[4 + c] += columns[at + c] * share;
        }
        double rank = columns[at + 5];
        if (!Double.isNaN(rank)) {
            sums[8] += rank;
            sums[9]++;
        }
        sums[10] += columns[at + 6];
    }

    /** The figures in the order of {@link Figures}' estimates. */
    private static double[] values(double[] s, int n) {
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
