package com.sendflowr.synth.sinks;

import com.sendflowr.synth.generation.ModelSettings;

/**
 * The top-level fields beyond the canonical event that a run's realism features add: {@code bounce_type} (on
 * {@code bounced} events) and {@code variant} (on every event of an A/B-tested message). JSON writes them only where
 * an event has them; CSV gets a column for each feature that is on, so the default CSV keeps its columns.
 */
public record EventColumns(boolean bounceType, boolean variant) {

    public static final EventColumns CANONICAL = new EventColumns(false, false);

    public static EventColumns of(ModelSettings settings) {
        return new EventColumns(
                settings.realism().deliverability().enabled(),
                settings.realism().abTests().enabled());
    }
}
