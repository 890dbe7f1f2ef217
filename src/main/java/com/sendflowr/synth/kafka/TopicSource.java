package com.sendflowr.synth.kafka;

import com.sendflowr.synth.readers.EventSource;
import com.sendflowr.synth.readers.JsonLinesSource;
import com.sendflowr.synth.readers.ObservedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic, from the beginning to the end offsets it had when reading started, without a consumer group. */
public final class TopicSource implements EventSource {

    private final Map<String, Object> clientConfig;
    private final String topic;
    private final Duration connectTimeout;
    private final Duration timeout;

    /**
     * @param connectTimeout the broker must answer the first request within this
     * @param timeout        reading fails when it makes no progress for this long
     */
    public TopicSource(Map<String, Object> clientConfig, String topic, Duration connectTimeout, Duration timeout) {
        this.clientConfig = clientConfig;
        this.topic = topic;
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
    }

    @Override
    public void readAll(Consumer<ObservedEvent> consumer) throws IOException {
        try {
            read(consumer);
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw new PublishException("Kafka at " + clientConfig.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG)
                    + " did not answer within " + connectTimeout.toSeconds() + " s (is the broker running? set "
                    + "kafka.bootstrap.servers, KAFKA_BOOTSTRAP_SERVERS or --bootstrap-servers)");
        }
    }

    private void read(Consumer<ObservedEvent> consumer) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<String, byte[]> kafka =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = kafka.partitionsFor(topic, connectTimeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                throw new PublishException("topic '" + topic + "' does not exist");
            }
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(p -> kafka.position(p, timeout) < end.get(p))) {
                var records = kafka.poll(Duration.ofMillis(500));
                if (records.isEmpty() && System.nanoTime() > deadline) {
                    throw new PublishException(
                            "reading topic '" + topic + "' made no progress for " + timeout.toSeconds() + " s");
                }
                if (!records.isEmpty()) {
                    deadline = System.nanoTime() + timeout.toNanos();
                }
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        consumer.accept(parse(record.value()));
                    }
                }
            }
        }
    }

    private static ObservedEvent parse(byte[] value) {
        try {
            return JsonLinesSource.parse(value);
        } catch (IOException e) {
            throw new UncheckedIOException("a record is not a JSON event: " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "Kafka topic '" + topic + "'";
    }
}
