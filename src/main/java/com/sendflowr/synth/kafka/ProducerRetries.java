package com.sendflowr.synth.kafka;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.Config;

import io.smallrye.reactive.messaging.ClientCustomizer;

/**
 * Lets the Kafka producer do the retrying. The channel sets the connector's {@code retries=0}, which removes the
 * connector's own retry-with-backoff operator around every record (a fifth of its per-record cost, measured); the
 * same attribute would reach the producer and break idempotence, so this customiser gives the producer back
 * Kafka's default: retry until {@code delivery.timeout.ms}, in order, without duplicates.
 */
@ApplicationScoped
public class ProducerRetries implements ClientCustomizer<Map<String, Object>> {

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> config) {
        if (EventChannel.CHANNEL.equals(channel) && config.containsKey(ProducerConfig.RETRIES_CONFIG)) {
            config.put(ProducerConfig.RETRIES_CONFIG, String.valueOf(Integer.MAX_VALUE));
        }
        return config;
    }
}
