package com.sendflowr.synth.testing;

import com.sendflowr.synth.generation.HistoryGenerator.DayListener;
import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.WeekTime;
import com.sendflowr.synth.model.EmailEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Counts, for every day the generator reports done, how many events it must be holding back at that moment:
 * when day D is flushed the generator has generated the sends of every day up to D (a message's events never
 * precede its send), so the events it holds are those of messages sent on or before D that happen after D.
 * Also checks that the listener's calls match what the consumer received.
 */
public final class BufferProbe implements Consumer<EmailEvent>, DayListener {

    /** One flushed day. */
    public record Flush(long epochDay, long eventsThatDay, long eventsSoFar, long heldBack) {}

    private final long firstDay;
    private final long[] delta;
    private final List<long[]> calls = new ArrayList<>();
    public final List<String> problems = new ArrayList<>();
    private long consumed;
    private long consumedSinceLastCall;
    private long currentDay = Long.MIN_VALUE;

    /** A probe for a run of {@code settings}. */
    public static BufferProbe of(ModelSettings settings) {
        return new BufferProbe(
                WeekTime.epochDay(
                        settings.window().startMillis() - settings.funnel().longestMessageSpan()),
                WeekTime.epochDay(settings.window().endMillis() - 1));
    }

    /** {@code firstDay}/{@code lastDay}: the send days the run can cover (window start minus the message span). */
    public BufferProbe(long firstDay, long lastDay) {
        this.firstDay = firstDay;
        this.delta = new long[(int) (lastDay - firstDay + 3)];
    }

    @Override
    public void accept(EmailEvent e) {
        long day = WeekTime.epochDay(e.timestamp());
        long sentDay = WeekTime.epochDay(e.message().sentAt());
        if (day != currentDay && consumedSinceLastCall > 0) {
            problems.add("events of day " + day + " arrived before day " + currentDay + " was reported done");
        }
        currentDay = day;
        consumed++;
        consumedSinceLastCall++;
        // held back while D in [sentDay, day - 1]
        delta[(int) (sentDay - firstDay)]++;
        delta[(int) (day - firstDay)]--;
    }

    @Override
    public void dayDone(long epochDay, long eventsThatDay, long eventsSoFar) {
        if (epochDay != currentDay) {
            problems.add("day " + epochDay + " reported done after events of day " + currentDay);
        }
        if (eventsThatDay != consumedSinceLastCall) {
            problems.add("day " + epochDay + ": listener says " + eventsThatDay + " events, consumer got "
                    + consumedSinceLastCall);
        }
        if (eventsSoFar != consumed) {
            problems.add("day " + epochDay + ": listener says " + eventsSoFar + " so far, consumer got " + consumed);
        }
        calls.add(new long[] {epochDay, eventsThatDay, eventsSoFar});
        consumedSinceLastCall = 0;
    }

    public long consumed() {
        return consumed;
    }

    /** Every reported day with the events held back when it was flushed. */
    public List<Flush> flushes() {
        if (consumedSinceLastCall != 0) {
            problems.add(consumedSinceLastCall + " events after the last reported day");
        }
        long[] held = new long[delta.length];
        long running = 0;
        for (int i = 0; i < delta.length; i++) {
            running += delta[i];
            held[i] = running;
        }
        List<Flush> flushes = new ArrayList<>();
        for (long[] c : calls) {
            flushes.add(new Flush(c[0], c[1], c[2], held[(int) (c[0] - firstDay)]));
        }
        return flushes;
    }
}
