package com.sendflowr.synth.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broker address that is malformed is a usage error naming the flag; one where nothing answers fails within the
 * connect timeout with the address, for the commands that read a topic as for the one that publishes.
 */
@QuarkusMainTest
class KafkaAddressTest {

    @TempDir
    Path tmp;

    @Test
    void aMalformedBrokerAddressIsAUsageErrorNamingTheFlag(QuarkusMainLauncher launcher) {
        for (String address : List.of("nonsense", "127.0.0.1:99999", "host:", ":9092", "a:1,,b:2")) {
            for (List<String> command : List.of(
                    List.of("verify", "kafka"),
                    List.of("report", "kafka", "--out", tmp.resolve("r.html").toString()),
                    List.of(
                            "generate",
                            "--sink",
                            "kafka",
                            "--days",
                            "1",
                            "--manifest",
                            tmp.resolve("m.jsonl").toString()))) {
                String[] args = java.util.stream.Stream.concat(
                                java.util.stream.Stream.of("--bootstrap-servers", address), command.stream())
                        .toArray(String[]::new);
                LaunchResult result = launcher.launch(args);
                String err = result.getErrorOutput();
                assertThat(result.exitCode())
                        .as(address + " " + command + "\n" + err)
                        .isEqualTo(2);
                assertThat(err).contains("--bootstrap-servers").doesNotContain("Exception", "org.apache");
                assertThat(tmp.resolve("m.jsonl"))
                        .as("nothing written before the address is checked")
                        .doesNotExist();
            }
        }
    }

    @Test
    void anUnreachableBrokerIsNamedWithinTheConnectTimeout(QuarkusMainLauncher launcher) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        Path config = tmp.resolve("quick.yaml");
        Files.writeString(config, """
                synth:
                  kafka:
                    connect-timeout: 2s
                """);
        for (List<String> command : List.of(
                List.of("verify", "kafka"),
                List.of(
                        "report",
                        "kafka:email-events",
                        "--out",
                        tmp.resolve("r.html").toString()),
                List.of("generate", "--sink", "kafka", "--days", "1"))) {
            String[] args = java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(
                                    "--config", config.toString(), "--bootstrap-servers", "127.0.0.1:" + port),
                            command.stream())
                    .toArray(String[]::new);
            LaunchResult result = launcher.launch(args);
            String err = result.getErrorOutput();
            assertThat(result.exitCode()).as(command + "\n" + err).isEqualTo(1);
            assertThat(err)
                    .contains("127.0.0.1:" + port, "did not answer within 2 s")
                    .doesNotContain("Exception", "org.apache", "\tat ");
            assertThat(err.lines().filter(line -> line.startsWith("error:")))
                    .as(err)
                    .hasSize(1);
        }
    }
}
