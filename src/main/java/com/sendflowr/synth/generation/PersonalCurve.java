package com.sendflowr.synth.generation;

import java.util.List;

/**
 * Draws one individual's week of activity by local hour (see {@link Individuals}): their persona's curve blended with
 * a personal mixture of the other personas' curves, one or two personal peaks in the waking day, a personal
 * preference for each weekday, and quiet small hours.
 */
final class PersonalCurve {

    private static final int HOURS = OpenTiming.HOURS_PER_WEEK;
    private static final double EARLIEST_PEAK = 7;
    private static final double LATEST_PEAK = 22;
    private static final double PEAK_WIDTH_MIN = 0.75;
    private static final double PEAK_WIDTH_MAX = 2;

    private PersonalCurve() {}

    /**
     * @param own    the user's persona curve by hour (shifted by the user's own shift)
     * @param others the other personas' curves by hour; the personal mixture weighs them by Dirichlet(1, …, 1)
     */
    static double[] draw(double[] own, List<double[]> others, Individuals individuals, SeededRandom random) {
        double[] week = new double[HOURS];
        double w = others.isEmpty() ? 1 : individuals.personaWeight();
        addNormalised(week, own, w);
        if (w < 1) {
            double[] mixture = new double[others.size()];
            double total = 0;
            for (int i = 0; i < mixture.length; i++) {
                mixture[i] = -Math.log(1 - random.nextDouble());
                total += mixture[i];
            }
            for (int i = 0; i < mixture.length; i++) {
                addNormalised(week, others.get(i), (1 - w) * mixture[i] / total);
            }
        }
        int peaks = 1 + (random.nextDouble() < 0.5 ? 1 : 0);
        for (int p = 0; p < peaks; p++) {
            double centre = random.nextDouble(EARLIEST_PEAK, LATEST_PEAK);
            double width = random.nextDouble(PEAK_WIDTH_MIN, PEAK_WIDTH_MAX);
            double height = individuals.peakWeight() * random.nextDouble(0.5, 1.5);
            for (int h = 0; h < HOURS; h++) {
                double distance = Math.abs((h % 24) + 0.5 - centre);
                distance = Math.min(distance, 24 - distance);
                week[h] += height * Math.exp(-distance * distance / (2 * width * width));
            }
        }
        for (int day = 0; day < 7; day++) {
            double preference = Math.exp(individuals.daySpread() * random.nextGaussian());
            for (int hour = 0; hour < 24; hour++) {
                double night =
                        hour >= Individuals.NIGHT_FROM && hour <= Individuals.NIGHT_TO ? individuals.nightFactor() : 1;
                week[day * 24 + hour] *= preference * night;
            }
        }
        return week;
    }

    /** Adds {@code weight} × the curve scaled to mean 1. */
    private static void addNormalised(double[] week, double[] curve, double weight) {
        double mean = 0;
        for (double a : curve) {
            mean += a / HOURS;
        }
        for (int h = 0; h < HOURS; h++) {
            week[h] += weight * curve[h] / mean;
        }
    }
}
