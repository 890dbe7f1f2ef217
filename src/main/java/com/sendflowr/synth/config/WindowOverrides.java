package com.sendflowr.synth.config;

import java.util.Optional;

/** Window values given on the command line; each replaces the configured one. */
public record WindowOverrides(Optional<String> start, Optional<Integer> days, Optional<String> end) {

    public static final WindowOverrides NONE =
            new WindowOverrides(Optional.empty(), Optional.empty(), Optional.empty());
}
