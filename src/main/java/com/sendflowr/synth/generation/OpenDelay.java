package com.sendflowr.synth.generation;

/**
 * The heavy-tailed open delay of Bonfrer &amp; Drèze (2009): a split hazard, where the open probability decides
 * whether a reader ever opens and an opener's delay is log-logistic in the reader's "virtual time" — clock time
 * warped by the reader's activity, so that an hour of virtual time passes quickly when the reader is busy with
 * mail and slowly at night. {@link #OFF}: the origin document's decaying willingness within the open window.
 *
 * @param enabled       whether first opens and re-opens follow this model
 * @param medianHours   median delay in virtual hours (log-logistic scale α)
 * @param shape         log-logistic shape β; below 1 the tail is heavy (mean far above median)
 * @param horizonHours  latest first open after delivery, in virtual hours (the distribution is truncated there)
 * @param reopenHorizonHours latest re-open after the first open, in virtual hours
 * @param warp          0 = virtual time is clock time; 1 = it runs in proportion to the reader's activity
 */
public record OpenDelay(
        boolean enabled,
        double medianHours,
        double shape,
        double horizonHours,
        double reopenHorizonHours,
        double warp) {

    public static final OpenDelay OFF = new OpenDelay(false, 1, 1, 1, 1, 0);

    /** P(delay ≤ v virtual hours) of the untruncated log-logistic. */
    public double cdf(double v) {
        return v <= 0 ? 0 : 1 / (1 + Math.pow(v / medianHours, -shape));
    }

    /** The virtual delay at quantile {@code u} ∈ [0, 1) of the distribution truncated at {@code horizon}. */
    public double virtualDelay(double u, double horizon) {
        double q = u * cdf(horizon);
        return q <= 0 ? 0 : medianHours * Math.pow(q / (1 - q), 1 / shape);
    }

    /**
     * Longest first open plus re-open after a delivery, in ms of clock time: a delay whose clock time would pass its
     * horizon is drawn again, so the horizons bound clock time too.
     */
    public long spanMillis() {
        return (long) ((horizonHours + reopenHorizonHours) * 3_600_000L);
    }
}
