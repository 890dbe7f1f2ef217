package com.sendflowr.synth.calibration;

import com.sendflowr.synth.generation.GroundTruth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The statistics only the engine's truth holds, from each user's expected P(opened | delivered) by local hour of
 * the week (the manifest's {@code open_probability_by_hour_of_week}, rebuilt from configuration and seed):
 *
 * <ul>
 *   <li>send-time headroom: the expected opens when each user gets their own best hour of the week, over those
 *       when everyone gets the one hour that is best for the population (both in each user's local time);</li>
 *   <li>how alike users of one persona are: the mean Pearson correlation of their hourly curves over all pairs of
 *       users within a persona (users with a flat curve have no correlation and are left out).</li>
 * </ul>
 */
public final class SendTimeTruth {

    private static final int HOURS = 168;

    private SendTimeTruth() {}

    public static Map<Statistic, Measured> of(List<GroundTruth> users) {
        Map<Statistic, Measured> results = new EnumMap<>(Statistic.class);
        double[][] curves =
                users.stream().map(GroundTruth::openProbabilityByHourOfWeek).toArray(double[][]::new);
        results.put(Statistic.SEND_TIME_HEADROOM, headroom(curves));
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (GroundTruth user : users) {
            double[] z = standardised(user.openProbabilityByHourOfWeek());
            if (z == null) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(user.persona(), p -> new double[HOURS]);
            for (int h = 0; h < HOURS; h++) {
                sum[h] += z[h];
            }
            counts.computeIfAbsent(user.persona(), p -> new int[1])[0]++;
        }
        results.put(Statistic.PERSONA_CURVE_CORRELATION, correlation(sums, counts));
        return results;
    }

    static Measured headroom(double[][] curves) {
        if (curves.length == 0) {
            return Measured.notMeasurable(Statistic.SEND_TIME_HEADROOM, "no users");
        }
        double oracle = 0;
        double[] everyone = new double[HOURS];
        for (double[] curve : curves) {
            double best = 0;
            for (int h = 0; h < HOURS; h++) {
                best = Math.max(best, curve[h]);
                everyone[h] += curve[h];
            }
            oracle += best;
        }
        int bestHour = 0;
        for (int h = 1; h < HOURS; h++) {
            bestHour = everyone[h] > everyone[bestHour] ? h : bestHour;
        }
        if (everyone[bestHour] == 0) {
            return Measured.notMeasurable(Statistic.SEND_TIME_HEADROOM, "no user would open at any hour");
        }
        return Measured.of(
                Statistic.SEND_TIME_HEADROOM,
                oracle / everyone[bestHour],
                String.format(
                        Locale.ROOT,
                        "oracle %.4f, best single hour (%s %02d:00) %.4f expected opens per user",
                        oracle / curves.length,
                        DAYS[bestHour / 24],
                        bestHour % 24,
                        everyone[bestHour] / curves.length));
    }

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    /**
     * With each curve centred and scaled to unit length, the mean correlation over the n(n-1)/2 pairs of a persona
     * is (|sum|² - n) / (n(n-1)): linear in users, not quadratic.
     */
    private static Measured correlation(Map<String, double[]> sums, Map<String, int[]> counts) {
        double total = 0;
        double pairs = 0;
        for (Map.Entry<String, double[]> persona : sums.entrySet()) {
            double n = counts.get(persona.getKey())[0];
            if (n < 2) {
                continue;
            }
            double squared = 0;
            for (double v : persona.getValue()) {
                squared += v * v;
            }
            total += (squared - n) / 2;
            pairs += n * (n - 1) / 2;
        }
        if (pairs == 0) {
            return Measured.notMeasurable(
                    Statistic.PERSONA_CURVE_CORRELATION, "no persona has two users whose hourly curves vary");
        }
        return Measured.of(
                Statistic.PERSONA_CURVE_CORRELATION,
                total / pairs,
                String.format(Locale.ROOT, "over %,.0f pairs of users", pairs));
    }

    /** The curve centred and scaled to unit length, or null when it is flat. */
    static double[] standardised(double[] curve) {
        double mean = 0;
        for (double v : curve) {
            mean += v / HOURS;
        }
        double norm = 0;
        double[] z = new double[HOURS];
        for (int h = 0; h < HOURS; h++) {
            z[h] = curve[h] - mean;
            norm += z[h] * z[h];
        }
        if (norm < 1e-18) {
            return null;
        }
        double scale = 1 / Math.sqrt(norm);
        for (int h = 0; h < HOURS; h++) {
            z[h] *= scale;
        }
        return z;
    }
}
