package com.sendflowr.synth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configuration errors through the real launcher (the pre-boot check, the boot, the commands): exit 2, a heading
 * and one line per problem, nothing written. {@link ConfigurationFuzzTest} covers many more combinations in-process.
 */
@QuarkusMainTest
class ConfigurationErrorsTest {

    @TempDir
    Path tmp;

    @Test
    void everyProblemOfTheFileAndTheFlagsIsListedAndNothingIsWritten(QuarkusMainLauncher launcher) throws IOException {
        Path config = write("three.yaml", """
                synth:
                  seed: abc
                  campaigns:
                    per-day: -1
                  personas:
                    night_owl: { open-rate: 3 }
                  events:
                    labels: maybe
                  kafka:
                    partitions: 0
                """);
        List<String> lines = usageError(
                launcher,
                "--config",
                config.toString(),
                "generate",
                "--sink",
                "jsonl:" + out(),
                "--manifest",
                tmp.resolve("truth.jsonl").toString(),
                "--shard",
                "9/4",
                "--threads",
                "-3",
                "--seed",
                "abc");
        assertThat(lines)
                .hasSize(8)
                .anyMatch(l -> l.startsWith("synth.seed: 'abc'") && l.contains("three.yaml"))
                .anyMatch(l -> l.startsWith("synth.campaigns.per-day: -1"))
                .anyMatch(l -> l.startsWith("synth.personas.night_owl.open-rate: 3"))
                .anyMatch(l -> l.startsWith("synth.events.labels: 'maybe' is not true or false"))
                .anyMatch(l -> l.startsWith("synth.kafka.partitions: 0"))
                .anyMatch(l -> l.startsWith("--shard:"))
                .anyMatch(l -> l.startsWith("--threads:"))
                .anyMatch(l -> l.startsWith("--seed:"));
        assertThat(tmp.resolve("truth.jsonl")).doesNotExist();
    }

    @Test
    void aBrokenFileIsNamedWithItsLine(QuarkusMainLauncher launcher) throws IOException {
        Path tabs = write("tabs.yaml", "synth:\n\tseed: 7\n");
        assertThat(usageError(launcher, "--config", tabs.toString(), "generate", "--sink", "jsonl:" + out()))
                .singleElement()
                .asString()
                .startsWith("tabs.yaml: line 2, column 1: not valid YAML");
        Path latin1 = tmp.resolve("latin1.yaml");
        Files.write(
                latin1,
                "synth:\n  events:\n    esp: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(usageError(launcher, "--config", latin1.toString(), "summary"))
                .singleElement()
                .asString()
                .startsWith("latin1.yaml: line 3 is not UTF-8 text");
    }

    @Test
    void anUnknownProfileListsTheKnownOnes(QuarkusMainLauncher launcher) {
        assertThat(usageError(launcher, "--profile", "nosuch", "summary"))
                .singleElement()
                .asString()
                .startsWith("--profile: 'nosuch' is not a profile")
                .contains("prod (the default)", "realistic");
    }

    @Test
    void aPopulationThatCannotFitInMemoryIsRefusedUpFront(QuarkusMainLauncher launcher) throws IOException {
        Path config = write("many.yaml", "synth:\n  personas:\n    sporadic: { users: 100000000 }\n");
        assertThat(usageError(launcher, "--config", config.toString(), "generate", "--sink", "jsonl:" + out()))
                .singleElement()
                .asString()
                .startsWith("synth.personas: 100,000,300 users need about")
                .contains("-Xmx");
    }

    /** Exit 2, the heading, then the problem lines; nothing written to the sink. */
    private List<String> usageError(QuarkusMainLauncher launcher, String... args) {
        LaunchResult result = launcher.launch(args);
        String err = result.getErrorOutput();
        assertThat(result.exitCode()).as(err).isEqualTo(2);
        assertThat(err).doesNotContain("Exception", "SRCFG", "\tat ");
        List<String> lines = new ArrayList<>(
                err.lines().filter(line -> !line.contains(" WARN ")).toList());
        assertThat(lines.get(0)).isEqualTo("error: invalid configuration (nothing was generated):");
        assertThat(out()).doesNotExist();
        assertThat(Path.of(out() + ".partial")).doesNotExist();
        return lines.subList(1, lines.size()).stream().map(String::trim).toList();
    }

    private Path out() {
        return tmp.resolve("events.jsonl");
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
