package com.sendflowr.synth.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/benchmarking.md end to end, as a reader runs it: generate with a holdout split, train the example model
 * (docs/examples/OpenHourModel.java, launched with the JDK), evaluate it on the holdout users and replay its send
 * times. Every figure the page prints is the one these commands print.
 */
@QuarkusMainTest
class BenchmarkingDocsTest {

    private static final Path PAGE = Path.of("docs/benchmarking.md");
    private static final Path MODEL = Path.of("docs/examples/OpenHourModel.java");
    private static final List<String> FIGURES = List.of(
            "model ",
            "random hour ",
            "best single hour ",
            "oracle ",
            "lift over ",
            "captured ",
            "rank correlation ",
            "hit rate ±1 h ",
            "  messages ",
            "  opened events ",
            "  clicked events ");

    @TempDir
    Path tmp;

    @Test
    void theExampleModelScoresWhatThePageSays(QuarkusMainLauncher launcher) throws Exception {
        Path events = tmp.resolve("events.jsonl");
        Path truth = tmp.resolve("truth.jsonl");
        Path recs = tmp.resolve("recs.csv");
        LaunchResult generated = launcher.launch(
                "--profile",
                "realistic",
                "generate",
                "--days",
                "28",
                "--sink",
                "jsonl:" + events,
                "--manifest",
                truth.toString(),
                "--progress",
                "off");
        assertThat(generated.exitCode()).as(generated.getErrorOutput()).isZero();

        Process model = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        MODEL.toString(),
                        events.toString(),
                        truth.toString(),
                        recs.toString())
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("model.log").toFile())
                .start();
        assertThat(model.waitFor(10, TimeUnit.MINUTES)).as("the model finishes").isTrue();
        assertThat(model.exitValue())
                .as(Files.readString(tmp.resolve("model.log")))
                .isZero();
        assertThat(Files.readAllLines(recs)).hasSize(351).first().isEqualTo("recipient_id,scores");

        LaunchResult evaluated = launcher.launch(
                "--profile",
                "realistic",
                "evaluate",
                "--days",
                "28",
                "--manifest",
                truth.toString(),
                "--recommendations",
                recs.toString(),
                "--split",
                "holdout");
        assertThat(evaluated.exitCode()).as(evaluated.getErrorOutput()).isZero();
        LaunchResult replayed = launcher.launch(
                "--profile",
                "realistic",
                "generate",
                "--days",
                "28",
                "--sink",
                "none",
                "--send-policy",
                recs.toString(),
                "--progress",
                "off");
        assertThat(replayed.exitCode()).as(replayed.getErrorOutput()).isZero();

        String page = Files.readString(PAGE);
        List<String> figures = (evaluated.getOutput() + "\n" + replayed.getOutput())
                .lines()
                .filter(line -> FIGURES.stream().anyMatch(line::startsWith))
                .map(String::stripTrailing)
                .toList();
        assertThat(figures).hasSizeGreaterThanOrEqualTo(13);
        for (String line : figures) {
            assertThat(page)
                    .as("docs/benchmarking.md shows what the commands print")
                    .contains(line);
        }
    }

    @Test
    void theModelOnThePageIsTheOneTested() throws IOException {
        assertThat(Files.readString(PAGE))
                .contains("java docs/examples/OpenHourModel.java events.jsonl truth.jsonl recs.csv");
    }
}
