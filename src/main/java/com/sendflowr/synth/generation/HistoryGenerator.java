package com.sendflowr.synth.generation;

import com.sendflowr.synth.model.Campaign;
import com.sendflowr.synth.model.EmailEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Streams the history of a window in timestamp order, one send day at a time. A message's events all happen
 * within {@link FunnelTiming#longestMessageSpan()} of its send, so once day d's messages are generated, every
 * event before day d is final and is handed on; memory holds a few days of events, never the dataset.
 *
 * <p>Work is split over threads by user; the output order is the total order of {@link EmailEvent#compare}, so
 * bytes do not depend on the thread count, and sends start before the window so windows compose exactly.
 */
public final class HistoryGenerator {

    /** Told after each UTC day of output is complete. */
    public interface DayListener {
        void dayDone(long epochDay, long eventsThatDay, long eventsSoFar);
    }

    /** For runs nobody watches. */
    public static final DayListener NO_PROGRESS = (epochDay, eventsThatDay, eventsSoFar) -> {};

    private final ModelSettings settings;
    private final List<UserProfile> users;
    private final RandomStreams streams;
    private final CampaignCalendar calendar;
    private final List<OpenEffect> openEffects;
    private final int threads;
    private final SendPolicy policy;
    private long nextFlushDay;
    private long lastWindowDay;

    public HistoryGenerator(ModelSettings settings, Population population, Shard shard, int threads) {
        this(settings, population, shard, threads, SendPolicy.SCHEDULE);
    }

    /** A generator whose messages go out when {@code policy} says (a replayed send-time policy). */
    public HistoryGenerator(
            ModelSettings settings, Population population, Shard shard, int threads, SendPolicy policy) {
        this.settings = settings;
        this.policy = policy;
        this.users = population.slice(shard);
        this.streams = new RandomStreams(settings.seed());
        this.calendar = new CampaignCalendar(
                streams,
                settings.sendPlan(),
                settings.identity().linkBaseUrl(),
                settings.realism().seasonality(),
                settings.realism().abTests());
        this.openEffects = List.of(new SendTimeEffect());
        this.threads = Math.max(1, Math.min(threads, Math.max(1, users.size())));
    }

    int threads() {
        return threads;
    }

    /**
     * Generates the window and hands each UTC day's events, sorted, to {@code sink}, in order. The next day is
     * generated on the worker threads while the sink writes the previous one. Stops early, between days, when
     * the thread is interrupted.
     *
     * @return the number of events handed on
     */
    public long run(Consumer<List<EmailEvent>> sink, DayListener listener) throws InterruptedException {
        Window window = settings.window();
        long firstDay = WeekTime.epochDay(
                window.startMillis() - settings.funnel().longestMessageSpan() - policy.latestDelayMillis());
        long lastDay = WeekTime.epochDay(window.endMillis() - 1);
        nextFlushDay = WeekTime.epochDay(window.startMillis());
        lastWindowDay = lastDay;
        // each window day's chunks, by day from the window's first, until handed on (only window events are made)
        List<List<DayChunk>> pending = new ArrayList<>(Collections.nCopies((int) (lastDay - nextFlushDay + 1), null));
        long firstWindowDay = nextFlushDay;
        List<Worker> workers = new ArrayList<>(threads);
        int chunk = (users.size() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            workers.add(new Worker(
                    users.subList(Math.min(users.size(), t * chunk), Math.min(users.size(), (t + 1) * chunk))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "synth-generator");
            thread.setDaemon(true);
            return thread;
        });
        long emitted = 0;
        try {
            List<Future<List<DayChunk>>> next = submitDay(firstDay, workers, pool);
            for (long day = firstDay; day <= lastDay; day++) {
                List<Future<List<DayChunk>>> current = next;
                for (List<DayChunk> chunks : results(current)) {
                    for (DayChunk made : chunks) {
                        int index = (int) (made.epochDay() - firstWindowDay);
                        if (pending.get(index) == null) {
                            pending.set(index, new ArrayList<>());
                        }
                        pending.get(index).add(made);
                    }
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("generation interrupted at " + java.time.LocalDate.ofEpochDay(day));
                }
                next = day < lastDay ? submitDay(day + 1, workers, pool) : List.of();
                emitted += flushBefore(day + 1, pending, firstWindowDay, sink, listener, emitted);
            }
            emitted += flushBefore(Long.MAX_VALUE, pending, firstWindowDay, sink, listener, emitted);
        } finally {
            pool.shutdownNow();
        }
        return emitted;
    }

    /** Hands on every window day before {@code day}, in order; empty days too, so progress never stalls. */
    private long flushBefore(
            long day,
            List<List<DayChunk>> pending,
            long firstWindowDay,
            Consumer<List<EmailEvent>> sink,
            DayListener listener,
            long emittedBefore) {
        long flushed = 0;
        long until = Math.min(day, lastWindowDay + 1);
        for (; nextFlushDay < until; nextFlushDay++) {
            List<DayChunk> chunks = pending.set((int) (nextFlushDay - firstWindowDay), null);
            int size = 0;
            if (chunks != null) {
                List<EmailEvent> events = DayOrder.sort(chunks);
                sink.accept(events);
                size = events.size();
            }
            flushed += size;
            listener.dayDone(nextFlushDay, size, emittedBefore + flushed);
        }
        return flushed;
    }

    private List<Future<List<DayChunk>>> submitDay(long day, List<Worker> workers, ExecutorService pool) {
        List<Campaign> campaigns = calendar.on(day);
        List<Future<List<DayChunk>>> futures = new ArrayList<>(workers.size());
        for (Worker worker : workers) {
            futures.add(pool.submit(() -> worker.day(day, campaigns)));
        }
        return futures;
    }

    private static <T> List<T> results(List<Future<T>> futures) throws InterruptedException {
        List<T> results = new ArrayList<>(futures.size());
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(cause);
            }
        }
        return results;
    }

    /** Generates one day's sends of a fixed slice of users. */
    private final class Worker {
        private final List<UserProfile> slice;
        private final MessageFunnel funnel;
        private final DailySends sends = new DailySends(streams, settings.sendPlan(), policy);
        /** Per user of the slice: from when it receives nothing more (hard bounce, complaint, unsubscribe). */
        private final long[] stoppedAt;

        private long[] times = new long[16];
        private Integer[] order = new Integer[16];
        private long[] earlier = new long[16];
        private long[] recent = new long[32];
        private final RecentSends recentSends;
        /** The events of the day being played, reused from day to day. */
        private final PackedEvents made = new PackedEvents(1024);
        /** Per user of the slice, its recipient index and when it joined: read every day, kept where they are read. */
        private final int[] userIndex;

        private final long[] joinedAt;

        Worker(List<UserProfile> slice) {
            this.slice = slice;
            this.funnel = new MessageFunnel(streams, settings.funnel(), openEffects, settings.realism());
            this.stoppedAt = new long[slice.size()];
            java.util.Arrays.fill(stoppedAt, Long.MAX_VALUE);
            this.userIndex =
                    slice.stream().mapToInt(user -> user.recipient().index()).toArray();
            this.joinedAt =
                    slice.stream().mapToLong(user -> user.traits().joinedAt()).toArray();
            Fatigue fatigue = settings.realism().fatigue();
            this.recentSends = fatigue.enabled() ? new RecentSends(slice.size(), fatigue.lookbackDays()) : null;
        }

        /** The slice's events of the messages sent on {@code day}, by the UTC day they happen on. */
        List<DayChunk> day(long day, List<Campaign> campaigns) {
            made.clear();
            Realism realism = settings.realism();
            boolean plain = !realism.stateful()
                    && !realism.fatigue().enabled()
                    && !realism.coldStart().enabled();
            for (int u = 0; u < slice.size(); u++) {
                UserProfile user = slice.get(u);
                times = sends.draw(user, userIndex[u], day, campaigns.size(), times);
                if (plain) {
                    for (int c = 0; c < campaigns.size(); c++) {
                        long sentAt = times[c];
                        if (sentAt != DailySends.NONE) {
                            funnel.simulate(user.at(sentAt), campaigns.get(c), sentAt, 1, settings.window(), made);
                        }
                    }
                } else {
                    realisticDay(u, user, day, campaigns, made);
                }
            }
            return DayChunk.byDay(made);
        }

        /**
         * One user's day when realism features are on ({@link #times} holds its sends): sends before the user joined
         * are dropped, the rest are played in time order so that a stop (unsubscribe, complaint, hard bounce) ends the
         * sends after it, and each message's fatigue counts the user's sends in the lookback before it.
         */
        private void realisticDay(int u, UserProfile user, long day, List<Campaign> campaigns, PackedEvents out) {
            long joinedAt = this.joinedAt[u];
            int n = 0;
            if (order.length < campaigns.size()) {
                order = new Integer[Math.max(campaigns.size(), 2 * order.length)];
            }
            for (int c = 0; c < campaigns.size(); c++) {
                if (times[c] != DailySends.NONE && times[c] >= joinedAt) {
                    order[n++] = c;
                }
            }
            if (n > 1) {
                long[] sentTimes = times;
                java.util.Arrays.sort(order, 0, n, java.util.Comparator.comparingLong(c -> sentTimes[c]));
            }
            Fatigue fatigue = settings.realism().fatigue();
            int recentCount = 0;
            if (fatigue.enabled()) {
                keepLookback(u, user, day, fatigue.lookbackDays(), joinedAt);
                recentCount = n > 0 ? earlierSends(u) : 0;
                recentSends.add(u, day, times, campaigns.size(), joinedAt);
            }
            int oldest = 0;
            for (int k = 0; k < n; k++) {
                int c = order[k];
                long sentAt = times[c];
                if (sentAt >= stoppedAt[u]) {
                    break;
                }
                double engagement = 1;
                if (fatigue.enabled()) {
                    while (oldest < recentCount && recent[oldest] < sentAt - fatigue.lookback()) {
                        oldest++;
                    }
                    engagement = fatigue.factor(recentCount - oldest);
                    if (recentCount == recent.length) {
                        recent = java.util.Arrays.copyOf(recent, 2 * recent.length);
                    }
                    recent[recentCount++] = sentAt;
                }
                long stop =
                        funnel.simulate(user.at(sentAt), campaigns.get(c), sentAt, engagement, settings.window(), out);
                stoppedAt[u] = Math.min(stoppedAt[u], stop);
            }
        }

        /** Makes the record of user {@code u} reach the {@code days} days before {@code day}, drawing what it lacks. */
        private void keepLookback(int u, UserProfile user, long day, int days, long joinedAt) {
            if (!recentSends.reaches(u, day)) {
                for (long d = day - days; d < day; d++) {
                    int campaigns = calendar.count(d);
                    earlier = sends.draw(user, userIndex[u], d, campaigns, earlier);
                    recentSends.add(u, d, earlier, campaigns, joinedAt);
                }
            }
        }

        /** User {@code u}'s kept sends of the lookback, sorted into {@code recent}; their count. */
        private int earlierSends(int u) {
            int count = recentSends.count(u);
            if (recent.length < count + 1) {
                recent = new long[Math.max(count + 1, 2 * recent.length)];
            }
            recentSends.copy(u, recent);
            java.util.Arrays.sort(recent, 0, count);
            return count;
        }
    }
}
