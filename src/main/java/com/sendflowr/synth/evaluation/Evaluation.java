package com.sendflowr.synth.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Scores recommendations against the ground truth: the expected open and click rate of sending each user at the
 * recommended local hour, beside a random hour (the mean over the week's hours), the best single hour for every
 * user of the split and the oracle (each user's best hour); with 95% percentile-bootstrap intervals over users,
 * drawn from a seeded stream so the output is deterministic. Pure: no I/O.
 */
public final class Evaluation {

    public static final int HOURS = ManifestReader.HOURS;
    private static final double CONFIDENCE = 0.95;

    private Evaluation() {
    }

    public static EvaluationResult evaluate(List<TruthRow> manifest, Map<String, Recommendation> recommendations,
                                            Split split, int resamples, long seed) {
        List<TruthRow> users = manifest.stream().filter(row -> split.includes(row.split())).toList();
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
        int outside = (int) recommendations.keySet().stream().filter(id -> !inSplit.contains(id)).count();
        Map<String, List<UserScore>> byPersona = new LinkedHashMap<>();
        for (UserScore user : scored) {
            byPersona.computeIfAbsent(user.persona(), p -> new ArrayList<>()).add(user);
        }
        Map<String, Figures> personas = new LinkedHashMap<>();
        byPersona.forEach((persona, group) -> personas.put(persona,
                figures(group, bestHour, scores, resamples, seed, "persona:" + persona)));
        List<UserScore> coldStart = scored.stream().filter(UserScore::coldStart).toList();
        return new EvaluationResult(split, users.size(), users.size() - missing.size(), List.copyOf(missing), outside,
                scores, resamples, seed, figures(scored, bestHour, scores, resamples, seed, "all"), personas,
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
    record UserScore(String persona, boolean coldStart, double model, double random, double best, double oracle,
                     double clickShare, double rank, double hit) {

        private static final SpearmansCorrelation SPEARMAN = new SpearmansCorrelation();

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
                rank = recommendation.hasScores() ? SPEARMAN.correlation(recommendation.scores(), p) : Double.NaN;
            }
            if (!scores) {
                rank = Double.NaN;
            }
            return new UserScore(user.persona(), user.coldStart(), model, random, p[bestHour], oracle,
                    user.clickShare(), rank, hit);
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

    /** Sums of a sample of users, from which every figure is computed. */
    private static final class Sums {
        double model;
        double random;
        double best;
        double oracle;
        double modelClick;
        double randomClick;
        double bestClick;
        double oracleClick;
        double rank;
        int ranked;
        double hit;
        int n;

        void add(UserScore u) {
            model += u.model();
            random += u.random();
            best += u.best();
            oracle += u.oracle();
            modelClick += u.model() * u.clickShare();
            randomClick += u.random() * u.clickShare();
            bestClick += u.best() * u.clickShare();
            oracleClick += u.oracle() * u.clickShare();
            if (!Double.isNaN(u.rank())) {
                rank += u.rank();
                ranked++;
            }
            hit += u.hit();
            n++;
        }

        /** The figures in the order of {@link #FIGURES}. */
        double[] values() {
            return new double[] {model / n, modelClick / n, random / n, randomClick / n, best / n, bestClick / n,
                oracle / n, oracleClick / n, model / random - 1, model / best - 1,
                oracle == random ? Double.NaN : (model - random) / (oracle - random),
                ranked == 0 ? Double.NaN : rank / ranked, hit / n};
        }
    }

    private static final int FIGURES = 13;

    static Figures figures(List<UserScore> users, int bestHour, boolean scores, int resamples, long seed, String group) {
        Sums all = new Sums();
        users.forEach(all::add);
        double[] point = all.values();
        double[][] samples = new double[FIGURES][resamples];
        SplittableRandom random = new SplittableRandom(seed * 31 + group.hashCode());
        int n = users.size();
        for (int b = 0; b < resamples; b++) {
            Sums sums = new Sums();
            for (int i = 0; i < n; i++) {
                sums.add(users.get(random.nextInt(n)));
            }
            double[] values = sums.values();
            for (int f = 0; f < FIGURES; f++) {
                samples[f][b] = values[f];
            }
        }
        Estimate[] e = new Estimate[FIGURES];
        for (int f = 0; f < FIGURES; f++) {
            e[f] = estimate(point[f], samples[f]);
        }
        return new Figures(n, e[0], e[1], e[2], e[3], bestHour, e[4], e[5], e[6], e[7], e[8], e[9], e[10],
                scores ? e[11] : Estimate.UNDEFINED, e[12]);
    }

    /** The point value with the percentile interval of its resamples (those where it is defined). */
    private static Estimate estimate(double value, double[] samples) {
        if (Double.isNaN(value)) {
            return Estimate.UNDEFINED;
        }
        double[] defined = Arrays.stream(samples).filter(x -> !Double.isNaN(x)).sorted().toArray();
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
