package com.sendflowr.synth.kafka;

import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.EventType;
import com.sendflowr.synth.sinks.EventEncoder;
import com.sendflowr.synth.sinks.EventSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes events to a Kafka topic through the {@link EventChannel}: key = recipient id (per-user order), value =
 * the canonical JSON, headers {@code event_type} and {@code schema_version}. Counts what the broker acknowledged;
 * {@link #complete()} returns only when every record is acknowledged and fails otherwise.
 */
public final class KafkaEventSink implements EventSink {

    public static final String SCHEMA_VERSION = "1";

    private final EventChannel channel;
    private final String topic;
    private final String bootstrap;
    private final long stallMillis;
    private final EventEncoder encoder;
    private final ExecutorService serialiser = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "synth-kafka-serialiser");
        thread.setDaemon(true);
        return thread;
    });
    private List<EmailEvent> pendingDay;
    private Future<List<byte[]>> pendingDocuments;
    private final Map<EventType, Header> typeHeaders = new EnumMap<>(EventType.class);
    private final Header schemaHeader =
            new RecordHeader("schema_version", SCHEMA_VERSION.getBytes(StandardCharsets.UTF_8));
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    /** Refused by the broker or the client: certainly not in the topic. */
    private final AtomicLong failed = new AtomicLong();
    /** Expired or abandoned while the broker did not answer: they may or may not be in the topic. */
    private final AtomicLong expired = new AtomicLong();

    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    private final long started = System.nanoTime();
    private volatile long lastProgress = System.nanoTime();

    public KafkaEventSink(
            EventChannel channel, String topic, String bootstrap, EventEncoder encoder, long stallMillis) {
        this.channel = channel;
        this.topic = topic;
        this.bootstrap = bootstrap;
        this.encoder = encoder;
        this.stallMillis = stallMillis;
        for (EventType type : EventType.values()) {
            typeHeaders.put(type, new RecordHeader("event_type", type.wireName().getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * Serialises this day on another thread while the previous day is being emitted: emission, which runs the
     * connector's per-record work, then never waits for serialisation.
     */
    @Override
    public void accept(List<EmailEvent> day) {
        Future<List<byte[]>> documents = serialiser.submit(() -> encoder.documents(day));
        emitPending();
        pendingDay = day;
        pendingDocuments = documents;
    }

    private void emitPending() {
        if (pendingDay == null) {
            return;
        }
        try {
            List<byte[]> values = pendingDocuments.get();
            for (int i = 0; i < values.size(); i++) {
                publish(pendingDay.get(i), values.get(i));
            }
            pendingDay = null;
            pendingDocuments = null;
        } catch (ExecutionException e) {
            throw new PublishException(
                    "cannot serialise events: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("publishing interrupted");
        }
    }

    private void publish(EmailEvent event, byte[] value) throws InterruptedException {
        Throwable failure = firstFailure.get();
        if (failure != null) {
            throw new PublishException(RecordFate.describe(failure, bootstrap), failure);
        }
        RecordHeaders headers = new RecordHeaders(new Header[] {typeHeaders.get(event.type()), schemaHeader});
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(topic, null, event.recipient().id(), value, headers);
        Message<ProducerRecord<String, byte[]>> message = Message.of(
                record,
                () -> {
                    acknowledged.incrementAndGet();
                    lastProgress = System.nanoTime();
                    return CompletableFuture.completedFuture(null);
                },
                error -> {
                    (RecordFate.ofFailure(error) == RecordFate.UNKNOWN ? expired : failed).incrementAndGet();
                    firstFailure.compareAndSet(null, error);
                    lastProgress = System.nanoTime();
                    return CompletableFuture.completedFuture(null);
                });
        if (channel.emit(message, stallMillis)) {
            published.incrementAndGet();
        } else {
            throw new PublishException("Kafka at " + bootstrap + " acknowledged nothing for " + stallMillis / 1000
                    + " s (broker down or unreachable?)");
        }
    }

    /** Waits until every published record is acknowledged or failed; fails unless all were acknowledged. */
    @Override
    public void complete() throws IOException {
        emitPending();
        if (!awaitOutcome(Long.MAX_VALUE / 2_000_000)) {
            throw new PublishException("Kafka at " + bootstrap + " acknowledged nothing for " + stallMillis / 1000
                    + " s (broker down or unreachable?)");
        }
        if (failed.get() + expired.get() > 0) {
            Throwable failure = firstFailure.get();
            throw new PublishException(
                    failure == null ? "records were not acknowledged" : RecordFate.describe(failure, bootstrap),
                    failure);
        }
    }

    /**
     * Bounded wait for the outcome of every record in flight; returns early if the broker stops answering. Also
     * used after an interrupt (SIGTERM), so the interrupt is set aside while waiting and restored afterwards.
     */
    public boolean awaitOutcome(long maxMillis) {
        boolean interrupted = Thread.interrupted();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
        try {
            while (settled() < published.get()) {
                if (System.nanoTime() - lastProgress > TimeUnit.MILLISECONDS.toNanos(stallMillis)
                        || System.nanoTime() > deadline) {
                    return false;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            return true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        serialiser.shutdownNow();
    }

    @Override
    public String describe() {
        return "Kafka topic '" + topic + "' at " + bootstrap;
    }

    private long settled() {
        return acknowledged.get() + failed.get() + expired.get();
    }

    /**
     * The counts in one sentence. Records whose fate is unknown (expired while the broker did not answer, or still
     * in flight) are counted apart from failed ones: they may be in the topic.
     */
    public String outcome() {
        double seconds = (System.nanoTime() - started) / 1e9;
        long acked = acknowledged.get();
        long unknown = published.get() - acked - failed.get();
        if (unknown == 0) {
            return String.format(
                    Locale.ROOT,
                    "Published %,d, acknowledged %,d, failed %,d to %s in %.2f s (%,.0f records/s acknowledged).",
                    published.get(),
                    acked,
                    failed.get(),
                    describe(),
                    seconds,
                    acked / seconds);
        }
        return String.format(
                Locale.ROOT,
                "Published %,d, acknowledged %,d, failed %,d, unknown %,d (not acknowledged "
                        + "before the broker stopped answering: they may or may not be in the topic) to %s in %.2f s.",
                published.get(),
                acked,
                failed.get(),
                unknown,
                describe(),
                seconds);
    }

    public boolean allAcknowledged() {
        return acknowledged.get() == published.get();
    }
}
