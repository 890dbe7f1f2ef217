package com.sendflowr.synth.kafka;

import com.sendflowr.synth.config.SynthConfig;
import io.smallrye.reactive.messaging.ClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.Config;

/**
 * Lets the Kafka producer do the retrying, for as long as the stall timeout allows.
 *
 * <p>The channel sets the connector's {@code retries=0}, which removes the connector's own retry-with-backoff
 * operator around every record (a fifth of its per-record cost, measured); the same attribute would reach the
 * producer and break idempotence, so this customiser gives the producer back Kafka's default: retry until
 * {@code delivery.timeout.ms}, in order, without duplicates.
 *
 * <p>Unless configured explicitly, {@code delivery.timeout.ms} is derived from {@code synth.kafka.stall-timeout}:
 * the stall timeout plus one request timeout and the linger. A batch created at the last acknowledgement before an
 * outage then outlives the stall timeout, so an outage shorter than the stall timeout is ridden out (the producer
 * retries once the broker is back) and a longer one is ended by the stall timeout, not by batches expiring one by
 * one. A fixed 30 s expired batches after a ~20 s outage although the documented limit was 60 s.
 */
@ApplicationScoped
public class ProducerRetries implements ClientCustomizer<Map<String, Object>> {

    static final int DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

    private final long stallMillis;

    @Inject
    public ProducerRetries(SynthConfig config) {
        this.stallMillis = config.kafka().stallTimeout().toMillis();
    }

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> config) {
        if (!EventChannel.CHANNEL.equals(channel)) {
            return config;
        }
        if (config.containsKey(ProducerConfig.RETRIES_CONFIG)) {
            config.put(ProducerConfig.RETRIES_CONFIG, String.valueOf(Integer.MAX_VALUE));
        }
        config.computeIfAbsent(
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                key -> String.valueOf(deliveryTimeoutMillis(
                        stallMillis,
                        millis(config, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, DEFAULT_REQUEST_TIMEOUT_MS),
                        millis(config, ProducerConfig.LINGER_MS_CONFIG, 5))));
        return config;
    }

    /** Above the stall timeout, and at least Kafka's own minimum (linger + request timeout). */
    static long deliveryTimeoutMillis(long stallMillis, long requestTimeoutMillis, long lingerMillis) {
        return Math.min(Integer.MAX_VALUE, stallMillis + requestTimeoutMillis + lingerMillis);
    }

    private static long millis(Map<String, Object> config, String key, long fallback) {
        Object value = config.get(key);
        try {
            return value == null
                    ? fallback
                    : Long.parseLong(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return fallback; // the producer itself names the bad value when it starts
        }
    }
}
