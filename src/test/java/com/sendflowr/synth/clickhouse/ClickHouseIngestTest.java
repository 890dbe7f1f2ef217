package com.sendflowr.synth.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sendflowr.synth.kafka.LocalKafka;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest path of the compose deployment, for real: the generator publishes to a Kafka broker, ClickHouse's
 * Kafka table and materialized view (the shipped {@code docker/clickhouse/schema.sql}, on Debian's ClickHouse 18.16)
 * store the events in {@code sendflowr.email_events}, and the seed document's validation queries (the shipped
 * {@code docker/clickhouse/queries/*.sql}), asked over HTTP, answer with what was generated — also after the same
 * seed was published twice. Rerun on the packaged (and native) application by {@link ClickHouseIngestIT}.
 */
@QuarkusMainTest
class ClickHouseIngestTest {

    private static final Pattern PUBLISHED = Pattern.compile("Published ([0-9,]+), acknowledged ([0-9,]+), failed 0");
    private static final String TOPIC = "clickhouse-ingest";
    private static final String DAYS = "3";
    private static final String SEED = "11";

    @TempDir
    Path tmp;

    @Test
    void theSeedQueriesAnswerWhatTheGeneratorPublishedAndARerunDoesNotDoubleThem(QuarkusMainLauncher launcher) {
        LocalKafka kafka = LocalKafka.get();
        createTopic(kafka.bootstrap());
        LocalClickHouse clickHouse = LocalClickHouse.start(
                kafka.bootstrap(), TOPIC, "clickhouse-" + getClass().getSimpleName());

        Path file = tmp.resolve("events.jsonl");
        LaunchResult written = launcher.launch(
                "generate", "--seed", SEED, "--days", DAYS, "--sink", "jsonl:" + file, "--progress", "off");
        assertThat(written.exitCode()).as(written.getErrorOutput()).isZero();
        PublishedDataset expected = PublishedDataset.read(file);

        long published = publish(launcher, kafka);
        assertThat(published).isEqualTo(expected.total());
        awaitConsumed(kafka.bootstrap(), clickHouse.group(), published);
        assertSeedQueriesAnswer(clickHouse, expected);
        assertThat(clickHouse.count("SELECT uniqExact(persona) FROM sendflowr.email_events"))
                .isEqualTo(9);

        assertThat(publish(launcher, kafka)).isEqualTo(published);
        awaitConsumed(kafka.bootstrap(), clickHouse.group(), 2 * published);
        assertThat(clickHouse.count("SELECT count() FROM sendflowr.email_events"))
                .as("rows stored before background merges collapse the rerun")
                .isBetween(published, 2 * published);
        assertSeedQueriesAnswer(clickHouse, expected);
    }

    private static void assertSeedQueriesAnswer(LocalClickHouse clickHouse, PublishedDataset expected) {
        assertThat(clickHouse.count(shipped("1-total-events.sql"))).isEqualTo(expected.total());
        assertThat(clickHouse.query(shipped("2-events-by-type.sql"))).isEqualTo(expected.byType());
        assertThat(clickHouse.query(shipped("3-users-with-most-clicks.sql"))).isEqualTo(expected.topClickers());
        assertThat(clickHouse.query(shipped("4-click-time-distribution.sql"))).isEqualTo(expected.clickHours());
        assertThat(clickHouse.query(shipped("5-events-by-persona.sql"))).isEqualTo(expected.byPersonaAndType());
    }

    private static long publish(QuarkusMainLauncher launcher, LocalKafka kafka) {
        LaunchResult result = launcher.launch(
                "--bootstrap-servers",
                kafka.bootstrap(),
                "generate",
                "--seed",
                SEED,
                "--days",
                DAYS,
                "--sink",
                "kafka:" + TOPIC,
                "--progress",
                "off");
        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        Matcher outcome = PUBLISHED.matcher(result.getOutput());
        assertThat(outcome.find()).as(result.getOutput()).isTrue();
        return Long.parseLong(outcome.group(1).replace(",", ""));
    }

    /** ClickHouse commits a Kafka offset only after the block is in the store: all read = all stored. */
    private static void awaitConsumed(String bootstrap, String group, long records) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> committed(admin, group), total -> total == records);
        }
    }

    private static long committed(Admin admin, String group) throws ExecutionException, InterruptedException {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().values().stream()
                .filter(o -> o != null)
                .mapToLong(OffsetAndMetadata::offset)
                .sum();
    }

    /** Before the Kafka table exists: ClickHouse 18.16 does not pick up a topic created after it. */
    private static void createTopic(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            if (!admin.listTopics().names().get().contains(TOPIC)) {
                admin.createTopics(Set.of(new NewTopic(TOPIC, Optional.of(4), Optional.empty())))
                        .all()
                        .get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String shipped(String query) {
        try {
            return Files.readString(LocalClickHouse.QUERIES.resolve(query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
