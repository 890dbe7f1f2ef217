package com.sendflowr.synth.generation;

/**
 * Probabilities and delays of the funnel after a send. Durations are milliseconds.
 *
 * @param deliveryRate        P(delivered | sent)
 * @param deliveryDelayMin    shortest sent → delivered delay
 * @param deliveryDelayMax    longest sent → delivered delay
 * @param openDelayMin        earliest first open after delivery
 * @param openWindow          latest first open after delivery; re-opens follow the first open within the same span
 * @param willingnessHalfLife how fast the willingness to open decays as a message ages
 * @param reopenMean          mean number of re-opens of an opened message (Poisson)
 * @param clickDelayMin       earliest click after the open it follows
 * @param clickDelayMax       latest click after the open it follows
 * @param clickDelayMean      mean of the (truncated exponential) open → click delay
 * @param reclickMean         mean number of repeat clicks of a clicked message (Poisson)
 * @param openSpan            latest open (first or re-open) after delivery: twice the open window, or the horizons of
 *                            the heavy-tailed {@link OpenDelay}
 */
public record FunnelTiming(
        double deliveryRate,
        long deliveryDelayMin,
        long deliveryDelayMax,
        long openDelayMin,
        long openWindow,
        long willingnessHalfLife,
        double reopenMean,
        long clickDelayMin,
        long clickDelayMax,
        long clickDelayMean,
        double reclickMean,
        long openSpan) {

    /** The origin document's funnel: first opens and re-opens each within the open window. */
    public FunnelTiming(
            double deliveryRate,
            long deliveryDelayMin,
            long deliveryDelayMax,
            long openDelayMin,
            long openWindow,
            long willingnessHalfLife,
            double reopenMean,
            long clickDelayMin,
            long clickDelayMax,
            long clickDelayMean,
            double reclickMean) {
        this(
                deliveryRate,
                deliveryDelayMin,
                deliveryDelayMax,
                openDelayMin,
                openWindow,
                willingnessHalfLife,
                reopenMean,
                clickDelayMin,
                clickDelayMax,
                clickDelayMean,
                reclickMean,
                2 * openWindow);
    }

    /** How far before a window's start a message can be sent and still have events inside it. */
    public long longestMessageSpan() {
        return deliveryDelayMax + openSpan + clickDelayMax;
    }
}
