package com.sendflowr.synth.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreBootOptionsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "summary",
                "--summary",
                "--dry-run",
                "verify",
                "report kafka:email-events",
                "generate-completion",
                "--seed 7 summary --output json",
                ""
            })
    void aCommandLineThatCannotPublishBootsWithoutTheChannelAndItsWarning(String line) {
        Map<String, String> properties = PreBootOptions.properties(args(line));
        assertThat(properties)
                .containsEntry(PreBootOptions.CHANNEL_ENABLED, "false")
                .containsEntry(PreBootOptions.CHANNEL_WARNINGS, "ERROR");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "generate",
                "generate --sink kafka",
                "--seed 7 generate",
                "--bootstrap-servers h:9092 generate",
                "@arguments.txt",
                "report --out generate"
            })
    void aCommandLineThatMayPublishKeepsTheChannel(String line) {
        assertThat(PreBootOptions.properties(args(line)))
                .doesNotContainKeys(PreBootOptions.CHANNEL_ENABLED, PreBootOptions.CHANNEL_WARNINGS);
    }

    @Test
    void optionsThatChangeConfigurationBecomeSystemProperties() {
        assertThat(PreBootOptions.properties(args("--bootstrap-servers=h:9092 --profile realistic generate")))
                .containsEntry("kafka.bootstrap.servers", "h:9092")
                .containsEntry("quarkus.profile", "realistic")
                .containsEntry("quarkus.test.profile", "realistic");
        assertThat(PreBootOptions.properties(args("summary -- --profile realistic")))
                .doesNotContainKey("quarkus.profile");
    }

    @Test
    void anUnreadableConfigFileIsNamed() {
        assertThatThrownBy(() -> PreBootOptions.properties(args("--config /nonexistent/x.yaml summary")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--config: /nonexistent/x.yaml is not a readable file");
    }

    private static String[] args(String line) {
        return line.isEmpty() ? new String[0] : line.split(" ");
    }
}
