package com.sendflowr.synth.kafka;

import com.sendflowr.synth.testing.Scripts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A real single-node Apache Kafka broker (KRaft, loopback only) for the tests of this JVM, started with the
 * project's own {@code kafka-local/kafka-local.sh} (which fetches Kafka's jars from Maven Central the first time)
 * and stopped when the JVM exits.
 */
public final class LocalKafka {

    private static final Path SCRIPT = Path.of("kafka-local", "kafka-local.sh").toAbsolutePath();
    private static LocalKafka instance;

    private final int port;
    private final int controllerPort;
    private final Path dir;
    private final String bootstrap;

    private LocalKafka(int port, int controllerPort) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.dir = Path.of("target", "kafka-test-" + port).toAbsolutePath();
        this.bootstrap = script("start");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> script("stop")));
    }

    /** The running broker of this JVM, started on first use. */
    public static synchronized LocalKafka get() {
        if (instance == null) {
            int[] ports = freePorts();
            instance = new LocalKafka(ports[0], ports[1]);
        }
        return instance;
    }

    public String bootstrap() {
        return bootstrap;
    }

    /** Stops and starts the broker on the same data directory: what was acknowledged must survive. */
    public void restart() {
        script("restart");
    }

    /**
     * Freezes the broker (SIGSTOP): connections stay open, nothing is answered, until {@link #thaw()}. An outage of a
     * chosen length, unlike a restart, whose length depends on how fast the broker starts.
     */
    public void freeze() {
        signal("-STOP");
    }

    public void thaw() {
        signal("-CONT");
    }

    private void signal(String signal) {
        try {
            String pid =
                    java.nio.file.Files.readString(dir.resolve("broker.pid")).trim();
            Process kill = new ProcessBuilder("kill", signal, pid).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill " + signal + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Records in a topic: the sum of its partitions' end offsets. */
    public long count(String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            return consumer.endOffsets(partitions, Duration.ofSeconds(10)).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    private String script(String command) {
        return Scripts.run(
                SCRIPT,
                Duration.ofMinutes(3),
                List.of(
                        command,
                        "--port",
                        String.valueOf(port),
                        "--controller-port",
                        String.valueOf(controllerPort),
                        "--dir",
                        dir.toString()));
    }

    private static int[] freePorts() {
        try (ServerSocket a = new ServerSocket(0);
                ServerSocket b = new ServerSocket(0)) {
            return new int[] {a.getLocalPort(), b.getLocalPort()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
