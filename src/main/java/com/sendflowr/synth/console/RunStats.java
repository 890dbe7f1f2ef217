package com.sendflowr.synth.console;

import java.util.Optional;

/** What a finished run did: events generated, where they went, how long it took, and the broker's outcome if any. */
public record RunStats(long events, String sink, double seconds, Optional<String> publishOutcome) {}
