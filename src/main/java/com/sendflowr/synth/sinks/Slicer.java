package com.sendflowr.synth.sinks;

import com.sendflowr.synth.model.EmailEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Serialises a day of events on all processors: the day is cut into consecutive slices, each slice is turned
 * into its result on a worker, and the results come back in order — so output never depends on the slicing.
 */
public final class Slicer implements AutoCloseable {

    /**
     * Turns one slice into its serialised form; {@code index} numbers the slices of a day from 0, {@code first} is
     * true for the first slice of the whole run.
     */
    public interface SliceWork<R> {
        R apply(List<EmailEvent> slice, int index, boolean first) throws IOException;
    }

    /**
     * Below this many events per slice a day is cut into fewer slices: a slice of a few hundred events is still
     * far more work than handing it to a worker, and a default day (~8,000 events) must use every processor.
     */
    private static final int MIN_SLICE = 512;

    private final int slices = Runtime.getRuntime().availableProcessors();
    private final ExecutorService pool = Executors.newFixedThreadPool(slices, r -> {
        Thread thread = new Thread(r, "synth-serialiser");
        thread.setDaemon(true);
        return thread;
    });
    private boolean started;

    /** The most slices a day is cut into. */
    public int maxSlices() {
        return slices;
    }

    /** Starts serialising {@code day} on the workers and returns at once; {@link #results} waits for it. */
    public <R> List<Future<R>> submit(List<EmailEvent> day, SliceWork<R> work) {
        boolean first = !started;
        started = true;
        int count = Math.max(1, Math.min(slices, day.size() / MIN_SLICE));
        int size = Math.max(1, (day.size() + count - 1) / count);
        List<Future<R>> parts = new ArrayList<>(count);
        // An empty day still gets its one (empty) slice: the first one writes CSV's header.
        for (int from = 0, index = 0; from < day.size() || index == 0; from += size, index++) {
            List<EmailEvent> slice = day.subList(from, Math.min(day.size(), from + size));
            boolean firstSlice = first && from == 0;
            int sliceIndex = index;
            parts.add(pool.submit(() -> work.apply(slice, sliceIndex, firstSlice)));
        }
        return parts;
    }

    /** The results of a {@link #submit}, in slice order. */
    public static <R> List<R> results(List<Future<R>> parts) throws InterruptedException {
        List<R> results = new ArrayList<>(parts.size());
        for (Future<R> part : parts) {
            try {
                results.add(part.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw new UncheckedIOException(io);
                }
                throw new IllegalStateException("serialising events failed", e.getCause());
            }
        }
        return results;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
