package com.sendflowr.synth.evaluation;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The bootstrap over users: each resample draws as many users as there are, with replacement, and every group (all
 * users, each persona, the cold-start users) is scored on its members among them, so one draw serves all groups. A
 * resample is kept as the number of times each user was drawn: the draws touch a small array at random, the sums then
 * read the users' terms in order. Resamples run in parallel, each on its own stream split off the seed in order, so
 * the result does not depend on which thread draws which.
 */
final class Bootstrap {

    /** Terms per user: the figures' sums (see {@link Evaluation}) and a 1 that counts the group's users. */
    static final int SUMS = 12;

    private final double[] terms;
    private final int[] personaStarts;
    private final int[] cold;
    private final double[] coldTerms;

    /**
     * @param terms the users' terms, {@link #SUMS} each, each persona's users together
     * @param personaStarts where each persona's users begin in {@code terms}, and the end
     * @param cold the users (indices into {@code terms}) of the cold-start group
     */
    Bootstrap(double[] terms, int[] personaStarts, int[] cold) {
        this.terms = terms;
        this.personaStarts = personaStarts;
        this.cold = cold;
        this.coldTerms = new double[cold.length * SUMS];
        for (int j = 0; j < cold.length; j++) {
            System.arraycopy(terms, cold[j] * SUMS, coldTerms, j * SUMS, SUMS);
        }
    }

    int groups() {
        return personaStarts.length + (cold.length > 0 ? 1 : 0);
    }

    /** The groups' sums over the users themselves: all, the personas in order, cold start (if any). */
    double[][] point() {
        int[] once = new int[personaStarts[personaStarts.length - 1]];
        java.util.Arrays.fill(once, 1);
        return sums(once);
    }

    /** The groups' sums in each resample: [resample][group][sum]. */
    double[][][] resamples(int resamples, long seed) {
        int n = personaStarts[personaStarts.length - 1];
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[resamples];
        for (int b = 0; b < resamples; b++) {
            streams[b] = root.split();
        }
        double[][][] result = new double[resamples][][];
        // resamples in blocks, so that a block's resamples reuse one array of counts
        int blocks = Math.min(resamples, 64);
        IntStream.range(0, blocks).parallel().forEach(block -> {
            int[] drawn = new int[n];
            for (int b = block; b < resamples; b += blocks) {
                java.util.Arrays.fill(drawn, 0);
                SplittableRandom random = streams[b];
                for (int i = 0; i < n; i++) {
                    drawn[below(random, n)]++;
                }
                result[b] = sums(drawn);
            }
        });
        return result;
    }

    private double[][] sums(int[] drawn) {
        double[][] groups = new double[groups()][];
        double[] all = new double[SUMS];
        for (int p = 0; p + 1 < personaStarts.length; p++) {
            double[] persona = sums(terms, drawn, personaStarts[p], personaStarts[p + 1]);
            groups[p + 1] = persona;
            for (int c = 0; c < SUMS; c++) {
                all[c] += persona[c];
            }
        }
        groups[0] = all;
        if (cold.length > 0) {
            int[] coldDrawn = new int[cold.length];
            for (int j = 0; j < cold.length; j++) {
                coldDrawn[j] = drawn[cold[j]];
            }
            groups[groups.length - 1] = sums(coldTerms, coldDrawn, 0, cold.length);
        }
        return groups;
    }

    /**
     * The sums over users {@code from..to}, each counted {@code times[i]} times. Twelve local accumulators and no
     * branch: this loop runs once per resample over every user, and sums kept in an array (or a skip of undrawn users)
     * made it several times slower.
     */
    private static double[] sums(double[] terms, int[] times, int from, int to) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0;
        for (int i = from, at = from * SUMS; i < to; i++, at += SUMS) {
            double k = times[i];
            s0 += k * terms[at];
            s1 += k * terms[at + 1];
            s2 += k * terms[at + 2];
            s3 += k * terms[at + 3];
            s4 += k * terms[at + 4];
            s5 += k * terms[at + 5];
            s6 += k * terms[at + 6];
            s7 += k * terms[at + 7];
            s8 += k * terms[at + 8];
            s9 += k * terms[at + 9];
            s10 += k * terms[at + 10];
            s11 += k * terms[at + 11];
        }
        return new double[] {s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11};
    }

    /**
     * A uniform int in [0, n): Lemire's multiply-and-shift with its rejection step (unbiased), several times faster
     * than {@link SplittableRandom#nextInt(int)}'s division.
     */
    static int below(SplittableRandom random, int n) {
        long m = Integer.toUnsignedLong(random.nextInt()) * n;
        long low = m & 0xFFFFFFFFL;
        if (low < n) {
            long threshold = (0x100000000L - n) % n;
            while (low < threshold) {
                m = Integer.toUnsignedLong(random.nextInt()) * n;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }
}
