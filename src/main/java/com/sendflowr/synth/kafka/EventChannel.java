package com.sendflowr.synth.kafka;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * The outgoing reactive channel {@code email-events} (SmallRye Kafka connector). Records are emitted only against
 * the connector's demand — its in-flight window, refilled as the broker acknowledges — so the generator is paced
 * by the broker and nothing is buffered without bound. Emission happens on the publishing thread, never on Kafka's
 * network thread.
 */
@ApplicationScoped
public class EventChannel {

    public static final String CHANNEL = "email-events";

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition demand = lock.newCondition();
    private final CountDownLatch subscribed = new CountDownLatch(1);
    private volatile MultiEmitter<? super Message<ProducerRecord<String, byte[]>>> emitter;
    /** Set while the publishing thread waits, so acknowledgements only pay for a wake-up when one is needed. */
    private volatile boolean waiting;

    @Outgoing(CHANNEL)
    public Multi<Message<ProducerRecord<String, byte[]>>> records() {
        return Multi.createFrom()
                .emitter(
                        e -> {
                            e.onRequest(n -> signal());
                            e.onTermination(this::signal);
                            emitter = e;
                            subscribed.countDown();
                        },
                        BackPressureStrategy.ERROR);
    }

    /**
     * Emits one record as soon as the connector asks for one.
     *
     * @return false when no demand came within {@code stallMillis} (the broker stopped acknowledging)
     */
    boolean emit(Message<ProducerRecord<String, byte[]>> message, long stallMillis) throws InterruptedException {
        if (!subscribed.await(stallMillis, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the Kafka channel '" + CHANNEL + "' was never subscribed");
        }
        MultiEmitter<? super Message<ProducerRecord<String, byte[]>>> e = emitter;
        if (e.requested() == 0) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(stallMillis);
            lock.lock();
            try {
                waiting = true;
                while (e.requested() == 0 && !e.isCancelled()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    demand.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
                }
            } finally {
                waiting = false;
                lock.unlock();
            }
        }
        if (e.isCancelled()) {
            throw new IllegalStateException(
                    "the Kafka channel '" + CHANNEL + "' was cancelled (the application is stopping)");
        }
        e.emit(message);
        return true;
    }

    private void signal() {
        if (!waiting) {
            return;
        }
        lock.lock();
        try {
            demand.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
