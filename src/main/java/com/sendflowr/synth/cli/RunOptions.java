package com.sendflowr.synth.cli;

import picocli.CommandLine.Option;

/**
 * The options that choose what is generated; shared by every command that generates or computes expectations.
 * Numbers are taken as text and checked by {@link RunPlanner} with the configuration, so that every bad value is
 * reported at once (picocli stops at the first it cannot convert).
 */
public class RunOptions {

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed of all randomness (default: synth.seed, ${DEFAULT-VALUE:-42}).")
    String seed;

    @Option(
            names = "--start",
            paramLabel = "DATE",
            description = "Window start: YYYY-MM-DD (UTC midnight) or an ISO-8601 instant.")
    String start;

    @Option(names = "--days", paramLabel = "N", description = "Window length in days.")
    String days;

    @Option(
            names = "--end",
            paramLabel = "DATE",
            description = "Window end (exclusive): YYYY-MM-DD, an ISO-8601 instant or 'today' "
                    + "(the current UTC midnight). With --days and no --start, the window ends here.")
    String end;

    @Option(
            names = "--shard",
            paramLabel = "K/N",
            description = "Generate only users i with i mod N = K (K from 0); "
                    + "the union of all N shards is the whole dataset.")
    String shard;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Generator threads (default: synth.output.threads; 0 = one per processor). "
                    + "Output does not depend on it.")
    String threads;

    @Option(
            names = "--no-labels",
            description = "Leave the labels out of events (blind evaluation): the persona, and "
                    + "machine_open when synth.apple-mpp.proxy-signature is on.")
    boolean noLabels;
}
