package com.sendflowr.synth.clickhouse;

import static io.restassured.RestAssured.given;

import com.sendflowr.synth.testing.Scripts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real ClickHouse server (Debian's {@code clickhouse-server} package, installed with apt-get if missing) for the
 * tests of this JVM, started by the project's {@code clickhouse-local/clickhouse-local.sh} on free loopback ports in
 * a fresh directory, with the shipped {@code docker/clickhouse} configuration and schema, and stopped when the JVM
 * exits. Queries go over the HTTP interface as user {@code sendflowr}, as the seed document asks them.
 */
public final class LocalClickHouse {

    private static final Path SCRIPT =
            Path.of("clickhouse-local", "clickhouse-local.sh").toAbsolutePath();
    public static final Path QUERIES =
            Path.of("docker", "clickhouse", "queries").toAbsolutePath();

    private final Path dir;
    private final String url;
    private final String group;

    private LocalClickHouse(int httpPort, int tcpPort, String kafka, String topic, String group) {
        this.dir = Path.of("target", "clickhouse-test-" + httpPort).toAbsolutePath();
        this.group = group;
        deleteRecursively(dir); // a fresh server: no tables, no consumed offsets from an earlier build
        this.url = script(
                "start",
                "--http-port",
                String.valueOf(httpPort),
                "--tcp-port",
                String.valueOf(tcpPort),
                "--kafka",
                kafka,
                "--topic",
                topic,
                "--group",
                group);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> script("stop")));
    }

    /**
     * Starts a server whose {@code sendflowr.email_events} ingests {@code topic} from {@code kafka}. The topic must
     * exist already: ClickHouse 18.16's Kafka table does not wait for one that is created later.
     */
    public static LocalClickHouse start(String kafka, String topic, String group) {
        int[] ports = freePorts();
        LocalClickHouse server = new LocalClickHouse(ports[0], ports[1], kafka, topic, group);
        server.script("schema");
        return server;
    }

    /** The Kafka consumer group of the server's Kafka table. */
    public String group() {
        return group;
    }

    /** Runs one statement over HTTP and returns its rows (TabSeparated, the interface's default), cells split. */
    public List<List<String>> query(String sql) {
        String body = given().queryParam("user", "sendflowr")
                .queryParam("password", "sendflowr_dev")
                .body(sql)
                .post(url + "/")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<List<String>> rows = new ArrayList<>();
        body.lines().filter(line -> !line.isEmpty()).forEach(line -> rows.add(Arrays.asList(line.split("\t", -1))));
        return rows;
    }

    public long count(String sql) {
        return Long.parseLong(query(sql).get(0).get(0));
    }

    private String script(String command, String... options) {
        List<String> args = new ArrayList<>(List.of(command, "--dir", dir.toString()));
        args.addAll(List.of(options));
        return Scripts.run(SCRIPT, Duration.ofMinutes(5), args);
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
