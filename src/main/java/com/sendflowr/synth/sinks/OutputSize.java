package com.sendflowr.synth.sinks;

/**
 * The expected size of a file of events, for checking it against the free space before a run: the expected number of
 * events times the mean size of one in the format, measured at 806f015: the default dataset's JSON Lines take 543
 * bytes an event, its CSV 375; with every realism feature on ({@code --profile realistic}) 573 and 409. The figures
 * below are the larger, rounded up: an estimate, not a bound, and {@code --ignore-free-space} overrides it.
 */
public final class OutputSize {

    static final int JSON_LINES_BYTES_PER_EVENT = 580;
    static final int CSV_BYTES_PER_EVENT = 410;

    private OutputSize() {}

    public static long bytes(SinkSpec.Kind kind, double events) {
        int perEvent = kind == SinkSpec.Kind.CSV ? CSV_BYTES_PER_EVENT : JSON_LINES_BYTES_PER_EVENT;
        return (long) Math.ceil(events * perEvent);
    }
}
