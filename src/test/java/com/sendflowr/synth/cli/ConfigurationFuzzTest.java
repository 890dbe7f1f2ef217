package com.sendflowr.synth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.config.ConfigFileCheck;
import com.sendflowr.synth.config.ConfigProblem;
import com.sendflowr.synth.config.DeferredProblems;
import com.sendflowr.synth.config.InvalidConfigurationException;
import com.sendflowr.synth.config.SynthConfig;
import com.sendflowr.synth.testing.Settings;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.source.yaml.YamlConfigSource;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Configuration fuzzing, in-process and fast: hundreds of seeded combinations of invalid values (in a {@code --config}
 * YAML file and in flags) go through the application's own path — the file check before boot, the mapping onto
 * {@link SynthConfig} (the built-in application.yaml beneath the file), the flags parsed by picocli, and
 * {@link RunPlanner#plan} — and every injected fault must come back as exactly one problem naming its key or flag, in
 * plain words. {@code ConfigurationErrorsTest} runs a sample of the same faults through the real launcher (exit 2,
 * nothing written).
 */
class ConfigurationFuzzTest {

    static final long SEED = 19;
    static final int CASES = 400;
    /** Java class names, SmallRye message codes, stack frames: none may reach an error line. */
    static final Pattern JAVA =
            Pattern.compile("Exception|Error:|SRCFG|\\bat [a-z]+\\.|\\b(java|org|io|com)\\.[a-z]+\\.");

    @TempDir
    Path tmp;

    /** A value fault: the YAML path, the bad text, and the key or flag the problem must name. */
    record Fault(String key, String value) {}

    static final List<List<Fault>> VALUE_FAULTS = List.of(
            faults("synth.seed", "abc", "1.5", "99999999999999999999"),
            faults("synth.campaigns.per-day", "-1", "256", "x"),
            faults("synth.campaigns.audience-share", "1.5", "-0.2", "most"),
            faults("synth.personas.night_owl.open-rate", "3", "-1", "high"),
            faults("synth.personas.commuter.users", "-5", "many"),
            faults("synth.personas.lunch_browser.peak-hours", "25", "7-30"),
            faults("synth.personas.sporadic.active-days", "FRI-SAN", "weekends"),
            faults("synth.delivery.rate", "2", "sure"),
            faults("synth.engagement.reopen-mean", "21", "lots"),
            faults("synth.engagement.open-window", "99999999999999d", "15d", "soon"),
            faults("synth.engagement.click-mean-delay", "2h", "-1m"),
            faults("synth.engagement.send-time-effect", "1.5"),
            faults("synth.activity.peak-weight", "1e308", "Infinity"),
            faults("synth.activity.inactive-day-factor", "0", "1.5"),
            faults("synth.heterogeneity.rate-spread", "0.5"),
            faults("synth.events.labels", "maybe", "1", "nope"), // yes/no/on/off are YAML 1.1 booleans
            faults("synth.events.email-domain", "not a domain"),
            faults("synth.kafka.partitions", "0", "-3", "four"),
            faults("synth.kafka.connect-timeout", "0s", "-5s", "never"),
            faults("synth.kafka.stall-timeout", "0s", "-1m"),
            faults("synth.output.progress-every-days", "0", "-1"),
            faults("synth.fatigue.floor", "2"),
            faults("synth.drift.switch-share", "1.5"),
            faults("synth.holdout.share", "1"),
            faults("synth.deliverability.bounce-rate", "0.9"),
            faults("synth.window.days", "0", "-3", "week"));

    static final List<List<Fault>> FLAG_FAULTS = List.of(
            faults("--seed", "abc", "1.5", "0x10"),
            faults("--threads", "-3", "x", "99999"),
            faults("--shard", "9/4", "x", "1/0"),
            faults("--days", "0", "abc", "-1"),
            faults("--start", "yesterday", "2025-13-01"),
            faults("--end", "2026-02-30", "tomorrow"));

    @Test
    void everyInjectedProblemIsReportedOnceByNameInPlainWords() throws IOException {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            List<Fault> yaml = pick(random, VALUE_FAULTS, 1 + random.nextInt(4));
            boolean windowInYaml = yaml.stream().anyMatch(f -> f.key().startsWith("synth.window"));
            List<List<Fault>> flagChoices = FLAG_FAULTS.stream()
                    .filter(f -> !windowInYaml
                            || !List.of("--days", "--start", "--end")
                                    .contains(f.get(0).key()))
                    .toList();
            List<Fault> flags = pick(random, flagChoices, random.nextInt(3));
            if (flags.stream()
                            .filter(f -> List.of("--days", "--start", "--end").contains(f.key()))
                            .count()
                    > 1) {
                flags = flags.subList(0, 1); // two window flags interact (an empty window); one at a time
            }
            Path file = tmp.resolve("fuzz-" + i + ".yaml");
            Files.writeString(file, yamlOf(yaml, random));
            List<String> lines = problems(file, argsOf(flags));
            String label = "case " + i + ": " + yaml + " " + flags + "\n" + String.join("\n", lines);
            List<Fault> all = new ArrayList<>(yaml);
            all.addAll(flags);
            for (Fault fault : all) {
                assertThat(lines.stream()
                                .filter(line -> line.startsWith(fault.key() + ": "))
                                .count())
                        .as(label)
                        .isEqualTo(1);
            }
            assertThat(lines)
                    .as(label)
                    .hasSize(all.size())
                    .allSatisfy(line ->
                            assertThat(JAVA.matcher(line).find()).as(line).isFalse());
        }
    }

    @Test
    void aBrokenFileIsReportedAloneWithItsNameAndLine() throws IOException {
        Map<String, byte[]> broken = new LinkedHashMap<>();
        broken.put("tab.yaml", "synth:\n\tseed: 1\n".getBytes(StandardCharsets.UTF_8));
        broken.put("flow.yaml", "synth: {seed: 1\n".getBytes(StandardCharsets.UTF_8));
        broken.put("nul.yaml", "synth:\n  seed: 1\u0000\n".getBytes(StandardCharsets.UTF_8));
        broken.put("latin1.yaml", "synth:\n  events:\n    esp: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        byte[] binary = new byte[4096];
        new Random(SEED).nextBytes(binary);
        broken.put("binary.yaml", binary);
        broken.put("list.yaml", "- synth\n- seed\n".getBytes(StandardCharsets.UTF_8));
        broken.put("scalar.yaml", "just words\n".getBytes(StandardCharsets.UTF_8));
        broken.put("duplicate.yaml", "synth:\n  seed: 1\n  seed: 2\n".getBytes(StandardCharsets.UTF_8));
        broken.put("null.yaml", "synth:\n  seed: null\n".getBytes(StandardCharsets.UTF_8));
        broken.put("empty-value.yaml", "synth:\n  campaigns:\n    per-day:\n".getBytes(StandardCharsets.UTF_8));
        broken.put("unknown.yaml", "synth:\n  sed: 7\n".getBytes(StandardCharsets.UTF_8));
        broken.put(
                "window-backwards.yaml",
                "synth:\n  window:\n    start: 2026-01-01\n    end: 2025-12-01\n".getBytes(StandardCharsets.UTF_8));
        broken.put(
                "window-three.yaml",
                "synth:\n  window:\n    start: 2025-10-01\n    days: 7\n    end: 2025-12-01\n"
                        .getBytes(StandardCharsets.UTF_8));
        broken.put("bomb.yaml", aliasBomb().getBytes(StandardCharsets.UTF_8));
        broken.put(
                "huge.yaml",
                ("synth:\n  events:\n    esp: " + "x".repeat(ConfigFileCheck.MAX_BYTES) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> entry : broken.entrySet()) {
            Path file = tmp.resolve(entry.getKey());
            Files.write(file, entry.getValue());
            ConfigFileCheck.Result result = ConfigFileCheck.check(file);
            assertThat(result.fatal()).as(entry.getKey()).isTrue();
            assertThat(result.problems()).as(entry.getKey()).hasSize(1);
            ConfigProblem problem = result.problems().get(0);
            assertThat(problem.toString())
                    .as(entry.getKey())
                    .satisfiesAnyOf(
                            text -> assertThat(text).startsWith(entry.getKey() + ": "),
                            text -> assertThat(text).startsWith("synth.").contains(entry.getKey()));
            assertThat(JAVA.matcher(problem.toString()).find())
                    .as(problem.toString())
                    .isFalse();
        }
    }

    static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        String previous = "a";
        for (char name = 'b'; name <= 'j'; name++) {
            yaml.append(name)
                    .append(": &")
                    .append(name)
                    .append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous)))
                    .append("]\n");
            previous = String.valueOf(name);
        }
        return yaml.toString();
    }

    /** The lines the application prints for this file and these flags (after the heading). */
    private List<String> problems(Path file, String[] args) {
        ConfigFileCheck.Result checked = ConfigFileCheck.check(file);
        if (checked.fatal()) {
            return lines(checked.problems());
        }
        String previous = System.getProperty(DeferredProblems.PROPERTY);
        try {
            if (!checked.problems().isEmpty()) {
                System.setProperty(DeferredProblems.PROPERTY, DeferredProblems.encode(checked.problems()));
            }
            Path booted = file;
            if (checked.withStandIns().isPresent()) {
                booted = tmp.resolve(file.getFileName() + ".stand-ins.yaml");
                Files.writeString(booted, checked.withStandIns().get());
            }
            RunOptions options = new RunOptions();
            new CommandLine(options).parseArgs(args);
            new RunPlanner(config(booted, checked.derived()), Settings.CLOCK).plan(options);
            return List.of();
        } catch (InvalidConfigurationException invalid) {
            return lines(invalid.problems());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (previous == null) {
                System.clearProperty(DeferredProblems.PROPERTY);
            } else {
                System.setProperty(DeferredProblems.PROPERTY, previous);
            }
        }
    }

    /** The built-in application.yaml beneath the file, as at boot. */
    private static SynthConfig config(Path file, Map<String, String> derived) throws IOException {
        URL builtIn = ConfigurationFuzzTest.class.getResource("/application.yaml");
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new YamlConfigSource(builtIn, 100))
                .withSources(new YamlConfigSource(file.toUri().toURL(), 250))
                .withSources(new PropertiesConfigSource(new LinkedHashMap<>(derived), "derived", 400))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(SynthConfig.class)
                .build();
        return config.getConfigMapping(SynthConfig.class);
    }

    private static List<String> lines(List<ConfigProblem> problems) {
        return problems.stream().map(ConfigProblem::toString).collect(Collectors.toList());
    }

    /** Nested YAML, in block or flow style at random (both are what users write). */
    private static String yamlOf(List<Fault> faults, Random random) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Fault fault : faults) {
            String[] path = fault.key().split("\\.");
            Map<String, Object> node = tree;
            for (int i = 0; i < path.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child =
                        (Map<String, Object>) node.computeIfAbsent(path[i], k -> new LinkedHashMap<>());
                node = child;
            }
            node.put(path[path.length - 1], fault.value());
        }
        StringBuilder yaml = new StringBuilder();
        write(tree, 0, yaml, random.nextBoolean());
        return yaml.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(Map<String, Object> tree, int depth, StringBuilder yaml, boolean flowLeaves) {
        tree.forEach((key, value) -> {
            yaml.append("  ".repeat(depth)).append(key).append(':');
            if (value instanceof Map<?, ?> child) {
                Map<String, Object> map = (Map<String, Object>) child;
                if (flowLeaves && map.values().stream().noneMatch(Map.class::isInstance)) {
                    yaml.append(" { ")
                            .append(map.entrySet().stream()
                                    .map(e -> e.getKey() + ": " + quoted(e.getValue()))
                                    .collect(Collectors.joining(", ")))
                            .append(" }\n");
                } else {
                    yaml.append('\n');
                    write(map, depth + 1, yaml, flowLeaves);
                }
            } else {
                yaml.append(' ').append(quoted(value)).append('\n');
            }
        });
    }

    private static String quoted(Object value) {
        String text = String.valueOf(value);
        return text.contains(" ") || text.contains(",") ? "\"" + text + "\"" : text;
    }

    private static String[] argsOf(List<Fault> flags) {
        List<String> args = new ArrayList<>();
        flags.forEach(f -> {
            args.add(f.key());
            args.add(f.value());
        });
        return args.toArray(String[]::new);
    }

    /** {@code count} faults of distinct keys, each with one of its bad values. */
    private static List<Fault> pick(Random random, List<List<Fault>> choices, int count) {
        List<List<Fault>> keys = new ArrayList<>(choices);
        java.util.Collections.shuffle(keys, random);
        return keys.stream()
                .limit(count)
                .map(values -> values.get(random.nextInt(values.size())))
                .toList();
    }

    static List<Fault> faults(String key, String... values) {
        return java.util.Arrays.stream(values).map(v -> new Fault(key, v)).toList();
    }
}
