package com.sendflowr.synth.console;

import com.sendflowr.synth.generation.HistoryGenerator;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Progress of a long run on standard error: a live line rewritten in place on a terminal, otherwise a plain
 * line every few days in the origin script's style ({@code 2025-10-07: 8,456 events | Total: 45,123}).
 */
public final class ProgressReporter implements HistoryGenerator.DayListener {

    public enum Mode {
        LIVE,
        LINES,
        OFF
    }

    private final PrintWriter err;
    private final Mode mode;
    private final int everyDays;
    private final long firstDay;
    private final long lastDay;
    private long eventsSinceLine;
    private int daysSinceLine;

    public ProgressReporter(PrintWriter err, Mode mode, int everyDays, long firstDay, long lastDay) {
        this.err = err;
        this.mode = mode;
        this.everyDays = Math.max(1, everyDays);
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    @Override
    public void dayDone(long epochDay, long eventsThatDay, long eventsSoFar) {
        if (mode == Mode.OFF || epochDay < firstDay) {
            return;
        }
        eventsSinceLine += eventsThatDay;
        daysSinceLine++;
        if (mode == Mode.LIVE) {
            long done = epochDay - firstDay + 1;
            long all = lastDay - firstDay + 1;
            err.printf(
                    Locale.ROOT, "\r%s  day %d/%d  %,d events", LocalDate.ofEpochDay(epochDay), done, all, eventsSoFar);
            if (epochDay >= lastDay) {
                err.println();
            }
            err.flush();
        } else if (daysSinceLine >= everyDays || epochDay >= lastDay) {
            err.printf(
                    Locale.ROOT,
                    "%s: %,d events | Total: %,d%n",
                    LocalDate.ofEpochDay(epochDay),
                    eventsSinceLine,
                    eventsSoFar);
            err.flush();
            eventsSinceLine = 0;
            daysSinceLine = 0;
        }
    }
}
