package com.sendflowr.synth.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sendflowr.synth.testing.PackagedApp;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes jobs give the generator its SASL credentials as environment variables ({@code KAFKA_SECURITY_PROTOCOL},
 * {@code KAFKA_SASL_MECHANISM}, {@code KAFKA_SASL_JAAS_CONFIG} from a Secret). Against a real broker whose only
 * listener requires SASL/PLAIN, the packaged application (JVM jar, or the native executable) configured that way must
 * publish (its producer authenticates), verify (its consumer does), and report a wrong password clearly (its admin
 * client authenticates first).
 */
class KafkaSaslIT {

    private static final Path KAFKA_LOCAL = Path.of("kafka-local").toAbsolutePath();
    private static final Pattern PUBLISHED = Pattern.compile("Published ([0-9,]+), acknowledged ([0-9,]+), failed 0");
    private static final String JAAS =
            "org.apache.kafka.common.security.plain.PlainLoginModule required " + "username=\"synth\" password=\"%s\";";

    @TempDir
    Path tmp;

    private Process broker;

    @AfterEach
    void stopBroker() throws InterruptedException {
        if (broker != null) {
            broker.destroy();
            if (!broker.waitFor(30, TimeUnit.SECONDS)) {
                broker.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void credentialsFromTheEnvironmentReachTheProducerTheConsumerAndTheAdminClient() throws Exception {
        String bootstrap = startSaslBroker();
        Map<String, String> env = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS",
                bootstrap,
                "KAFKA_SECURITY_PROTOCOL",
                "SASL_PLAINTEXT",
                "KAFKA_SASL_MECHANISM",
                "PLAIN",
                "KAFKA_SASL_JAAS_CONFIG",
                String.format(JAAS, "synth-secret"));

        Result published = run(env, "generate", "--sink", "kafka:sasl", "--days", "1", "--progress", "off");
        assertThat(published.exitCode()).as(published.err()).isZero();
        Matcher outcome = PUBLISHED.matcher(published.out());
        assertThat(outcome.find()).as(published.out()).isTrue();
        long count = Long.parseLong(outcome.group(1).replace(",", ""));
        assertThat(count).isPositive();
        assertThat(recordsIn(bootstrap, "sasl")).isEqualTo(count);

        Result verified = run(env, "verify", "kafka:sasl", "--days", "1");
        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isZero();

        Map<String, String> wrongPassword = new java.util.HashMap<>(env);
        wrongPassword.put("KAFKA_SASL_JAAS_CONFIG", String.format(JAAS, "not-the-password"));
        Result refused = run(wrongPassword, "generate", "--sink", "kafka:sasl", "--days", "1", "--progress", "off");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("Kafka at " + bootstrap + " refused: Authentication failed");
    }

    private String startSaslBroker() throws Exception {
        Process fetch = new ProcessBuilder(
                        "bash", KAFKA_LOCAL.resolve("kafka-local.sh").toString(), "fetch")
                .inheritIO()
                .start();
        assertThat(fetch.waitFor(5, TimeUnit.MINUTES) && fetch.exitValue() == 0)
                .as("kafka-local.sh fetch")
                .isTrue();
        int port;
        int controller;
        try (ServerSocket a = new ServerSocket(0);
                ServerSocket b = new ServerSocket(0)) {
            port = a.getLocalPort();
            controller = b.getLocalPort();
        }
        Path properties = tmp.resolve("server.properties");
        Files.writeString(
                properties,
                String.join(
                        "\n",
                        "process.roles=broker,controller",
                        "node.id=1",
                        "controller.quorum.voters=1@127.0.0.1:" + controller,
                        "listeners=SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                        "advertised.listeners=SASL_PLAINTEXT://127.0.0.1:" + port,
                        "controller.listener.names=CONTROLLER",
                        "inter.broker.listener.name=SASL_PLAINTEXT",
                        "listener.security.protocol.map=CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT",
                        "sasl.enabled.mechanisms=PLAIN",
                        "sasl.mechanism.inter.broker.protocol=PLAIN",
                        "listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule"
                                + " required username=\"broker\" password=\"broker-secret\" user_broker=\"broker-secret\""
                                + " user_synth=\"synth-secret\";",
                        "log.dirs=" + tmp.resolve("data"),
                        "offsets.topic.replication.factor=1",
                        "transaction.state.log.replication.factor=1",
                        "transaction.state.log.min.isr=1",
                        "share.coordinator.state.topic.replication.factor=1",
                        "share.coordinator.state.topic.min.isr=1",
                        "group.initial.rebalance.delay.ms=0",
                        ""));
        List<String> java = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlog4j2.configurationFile=" + KAFKA_LOCAL.resolve("log4j2.properties"),
                "-Dkafka.local.log.file=" + tmp.resolve("broker.log"),
                "-cp",
                KAFKA_LOCAL.resolve("target/lib") + "/*");
        List<String> format = new ArrayList<>(java);
        format.addAll(List.of(
                "-Xmx256m",
                "kafka.tools.StorageTool",
                "format",
                "-t",
                "c2VuZGZsb3dyLXN5bnRoAA",
                "-c",
                properties.toString()));
        Process formatting = new ProcessBuilder(format)
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("format.log").toFile())
                .start();
        assertThat(formatting.waitFor(2, TimeUnit.MINUTES) && formatting.exitValue() == 0)
                .as(() -> read(tmp.resolve("format.log")))
                .isTrue();
        List<String> server = new ArrayList<>(java);
        server.addAll(List.of("-Xmx512m", "kafka.Kafka", properties.toString()));
        broker = new ProcessBuilder(server)
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("broker.out").toFile())
                .start();
        String bootstrap = "127.0.0.1:" + port;
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> answers(bootstrap));
        return bootstrap;
    }

    private boolean answers(String bootstrap) {
        assertThat(broker.isAlive()).as(() -> read(tmp.resolve("broker.out"))).isTrue();
        try (Admin admin = Admin.create(Map.<String, Object>copyOf(saslClient(bootstrap)))) {
            admin.listTopics().names().get(5, TimeUnit.SECONDS);
            return true;
        } catch (Exception notYet) {
            return false;
        }
    }

    private static Map<String, String> saslClient(String bootstrap) {
        return Map.of(
                "bootstrap.servers",
                bootstrap,
                "security.protocol",
                "SASL_PLAINTEXT",
                "sasl.mechanism",
                "PLAIN",
                "sasl.jaas.config",
                String.format(JAAS, "synth-secret"),
                "request.timeout.ms",
                "5000",
                "default.api.timeout.ms",
                "5000");
    }

    private static long recordsIn(String bootstrap, String topic) {
        Map<String, Object> config = new java.util.HashMap<>(saslClient(bootstrap));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "sasl-check");
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

    private record Result(int exitCode, String out, String err) {}

    /** The packaged application (native executable if built, else the JVM jar) with this environment. */
    private Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = PackagedApp.command(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile());
        builder.environment().putAll(env);
        Process app = builder.start();
        assertThat(app.waitFor(3, TimeUnit.MINUTES)).as("finished").isTrue();
        return new Result(app.exitValue(), read(tmp.resolve("out.txt")), read(tmp.resolve("err.txt")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(" + file + " unreadable: " + e.getMessage() + ")";
        }
    }
}
