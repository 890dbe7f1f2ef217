package com.sendflowr.synth.kafka;

import com.sendflowr.synth.config.InvalidConfigurationException;
import com.sendflowr.synth.config.SynthConfig;
import com.sendflowr.synth.sinks.EventEncoder;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Opens Kafka sinks: checks the broker answers (within a bounded time) and the topic exists before publishing. */
@ApplicationScoped
public class KafkaPublisher {

    static final String DEFAULT_BOOTSTRAP = "localhost:9092";
    /** Reading a topic back fails when it makes no progress for this long. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final EventChannel channel;
    private final Map<String, Object> kafkaConfig;
    private final String topic;
    private final Duration connectTimeout;
    private final Duration stallTimeout;
    private final boolean createTopic;
    private final int partitions;
    private final boolean contextPropagation;
    private final boolean channelEnabled;

    @Inject
    public KafkaPublisher(
            EventChannel channel,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "mp.messaging.outgoing.email-events.topic", defaultValue = "email-events")
                    String topic,
            @ConfigProperty(name = "mp.messaging.outgoing.email-events.enabled", defaultValue = "true")
                    boolean channelEnabled,
            SynthConfig config) {
        this.channel = channel;
        this.channelEnabled = channelEnabled;
        this.kafkaConfig = kafkaConfig;
        this.topic = topic;
        this.connectTimeout = config.kafka().connectTimeout();
        this.stallTimeout = config.kafka().stallTimeout();
        this.createTopic = config.kafka().createTopic();
        this.partitions = config.kafka().partitions();
        this.contextPropagation = config.kafka().contextPropagation();
    }

    /** Whether a broker address was configured (then {@code generate} publishes by default). */
    public boolean configured() {
        return kafkaConfig.containsKey(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
    }

    public String bootstrap() {
        return String.valueOf(kafkaConfig.getOrDefault(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, DEFAULT_BOOTSTRAP));
    }

    public String topic() {
        return topic;
    }

    /**
     * A whole topic to read back; the broker must answer within the connect timeout.
     *
     * @throws InvalidConfigurationException when the broker address is malformed
     */
    public TopicSource topicSource(String name) {
        checkBootstrap();
        return new TopicSource(
                clientConfig(),
                name,
                connectTimeout,
                READ_TIMEOUT.compareTo(connectTimeout) > 0 ? READ_TIMEOUT : connectTimeout);
    }

    /** @throws InvalidConfigurationException naming the setting when an address is not HOST:PORT */
    public void checkBootstrap() {
        BootstrapServers.problem(bootstrap()).ifPresent(problem -> {
            throw new InvalidConfigurationException(BootstrapServers.KEY, problem);
        });
    }

    /** Client properties for admin and consumer clients: the shared {@code kafka.*} ones, with the bootstrap address. */
    public Map<String, Object> clientConfig() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.putIfAbsent(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, DEFAULT_BOOTSTRAP);
        return config;
    }

    /**
     * @throws PublishException when the broker does not answer within the connect timeout
     * @throws InvalidConfigurationException when the channel was disabled by configuration
     */
    public KafkaEventSink open(Optional<String> topicOverride, EventEncoder encoder) {
        if (!channelEnabled) {
            throw new InvalidConfigurationException(
                    "mp.messaging.outgoing." + EventChannel.CHANNEL + ".enabled",
                    "false disables the Kafka channel, so nothing can be published; remove it or choose another --sink");
        }
        checkBootstrap();
        String target = topicOverride.orElse(topic);
        ensureTopic(target);
        if (!contextPropagation) {
            // Each record's send is a chain of Mutiny Unis; with context propagation installed, every one of them
            // captures and restores thread contexts (the largest cost per record in a profile). A command-line
            // publisher has no request context to carry, so the interceptors go (Mutiny's public API for this).
            Infrastructure.clearInterceptors();
        }
        return new KafkaEventSink(channel, target, bootstrap(), encoder, stallTimeout.toMillis());
    }

    private void ensureTopic(String topic) {
        Map<String, Object> config = adminConfig();
        try (Admin admin = Admin.create(config)) {
            boolean exists = admin.listTopics()
                    .names()
                    .get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .contains(topic);
            if (!exists && createTopic) {
                try {
                    admin.createTopics(Set.of(new NewTopic(topic, Optional.of(partitions), Optional.empty())))
                            .all()
                            .get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
                exists = true;
            }
            if (exists) {
                awaitLeaders(admin, topic);
            }
        } catch (TimeoutException e) {
            throw unanswered();
        } catch (ExecutionException e) {
            // The admin client's own deadline (the same connect timeout) can expire before ours does.
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw unanswered();
            }
            throw new PublishException(
                    "Kafka at " + bootstrap() + " refused: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while connecting to Kafka at " + bootstrap());
        }
    }

    /**
     * Returns once the broker leads every partition of the topic, as its answer to a ListOffsets request for each
     * shows (the admin client retries "not leader" until then, within the connect timeout). Why: an idempotent
     * producer's first requests to a partition created a moment before can reach the broker before it leads the
     * partition and be retried after later ones were written; the broker then refuses them as out of order until
     * they expire (KAFKA-15591, apache/kafka#23234; seen here against Kafka 4.1.2), and the run fails.
     */
    private void awaitLeaders(Admin admin, String topic)
            throws ExecutionException, InterruptedException, TimeoutException {
        TopicDescription description = admin.describeTopics(Set.of(topic))
                .allTopicNames()
                .get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .get(topic);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        description
                .partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        admin.listOffsets(latest).all().get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private PublishException unanswered() {
        return new PublishException("Kafka at " + bootstrap() + " did not answer within " + connectTimeout.toSeconds()
                + " s (is the broker running? set kafka.bootstrap.servers or KAFKA_BOOTSTRAP_SERVERS)");
    }

    private Map<String, Object> adminConfig() {
        Map<String, Object> config = clientConfig();
        int timeout = (int) connectTimeout.toMillis();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "sendflowr-synth-admin");
        return config;
    }
}
