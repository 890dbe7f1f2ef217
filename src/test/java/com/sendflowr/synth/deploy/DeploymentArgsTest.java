package com.sendflowr.synth.deploy;

import static com.sendflowr.synth.deploy.DeploymentFiles.DOCKER;
import static com.sendflowr.synth.deploy.DeploymentFiles.K8S;
import static com.sendflowr.synth.deploy.DeploymentFiles.args;
import static com.sendflowr.synth.deploy.DeploymentFiles.at;
import static com.sendflowr.synth.deploy.DeploymentFiles.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command lines of the Kubernetes jobs and of the compose generator, run through the real CLI with the
 * ConfigMap's YAML as the mounted file — only the sink changed from Kafka to none (the Kafka path is
 * {@code KafkaPublishTest}'s and {@code ClickHouseIngestTest}'s) and, where the deployment uses the default window,
 * that window's first week (the cron job's rolling 101 days run whole). Rerun on the packaged (and native) application by
 * {@link DeploymentArgsIT}: the native executable is what the images run.
 */
@QuarkusMainTest
class DeploymentArgsTest {

    private static final Pattern GENERATED = Pattern.compile("Generated ([0-9,]+) events");

    @TempDir
    Path tmp;

    private Path config;

    @BeforeEach
    void mountTheConfigMap() throws IOException {
        config = tmp.resolve("synth.yaml");
        Files.writeString(
                config,
                DeploymentFiles.<Map<String, String>>at(yaml(K8S.resolve("configmap.yaml")), "data")
                        .get("synth.yaml"));
    }

    @Test
    void theIndexedJobsShardsTogetherGenerateExactlyTheSeedJobsDataset(QuarkusMainLauncher launcher) {
        long seed = generated(launcher, week(args(yaml(K8S.resolve("job-seed.yaml")))), "");
        Map<String, Object> sharded = yaml(K8S.resolve("job-sharded.yaml"));
        int completions = at(sharded, "spec.completions");
        long shards = 0;
        for (int index = 0; index < completions; index++) {
            shards += generated(launcher, week(args(sharded)), String.valueOf(index));
        }
        assertThat(seed).isBetween(40_000L, 70_000L);
        assertThat(shards).isEqualTo(seed);
    }

    @Test
    void theCronJobsRollingReseedRuns(QuarkusMainLauncher launcher) {
        assertThat(generated(launcher, args(yaml(K8S.resolve("cronjob-reseed.yaml"))), ""))
                .isPositive();
    }

    @Test
    void theComposeGeneratorRunsWithTheComposeYaml(QuarkusMainLauncher launcher) {
        List<String> command = at(yaml(DOCKER.resolve("compose.yaml")), "services.generator.command");
        assertThat(generated(launcher, week(command), "")).isBetween(40_000L, 70_000L);
    }

    /** The first week of the deployed window: the same command line, a shorter run. */
    private static List<String> week(List<String> args) {
        assertThat(args).doesNotContain("--days", "--start", "--end");
        return java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of("--days", "7"))
                .toList();
    }

    private long generated(QuarkusMainLauncher launcher, List<String> deployed, String completionIndex) {
        String[] args = deployed.stream()
                .map(arg -> arg.equals("/config/synth.yaml") ? config.toString() : arg)
                .map(arg -> arg.equals("kafka") ? "none" : arg)
                .map(arg -> arg.replace("$(JOB_COMPLETION_INDEX)", completionIndex))
                .toArray(String[]::new);
        LaunchResult result = launcher.launch(args);
        assertThat(result.exitCode())
                .as(String.join(" ", args) + "\n" + result.getErrorOutput())
                .isZero();
        Matcher generated = GENERATED.matcher(result.getOutput());
        assertThat(generated.find()).as(result.getOutput()).isTrue();
        return Long.parseLong(generated.group(1).replace(",", ""));
    }
}
