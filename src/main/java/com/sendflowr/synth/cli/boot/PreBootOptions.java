package com.sendflowr.synth.cli.boot;

import com.sendflowr.synth.config.ConfigFileCheck;
import com.sendflowr.synth.config.DeferredProblems;
import com.sendflowr.synth.config.InvalidConfigurationException;
import com.sendflowr.synth.config.Profiles;
import com.sendflowr.synth.kafka.EventChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Options that change configuration Quarkus reads at boot, before picocli parses the arguments: {@code --config FILE}
 * becomes {@code quarkus.config.locations}, {@code --bootstrap-servers} becomes {@code kafka.bootstrap.servers},
 * {@code --profile} becomes {@code quarkus.profile}.
 * Picocli declares them too (for help and completion) and ignores them afterwards.
 *
 * <p>A command line that cannot publish boots without the Kafka channel ({@link #CHANNEL_ENABLED} false): starting
 * the messaging connector was a tenth of the native {@code summary}. Only {@code generate} publishes, so the
 * channel is kept whenever an argument is {@code generate}, or names an argument file ({@code @FILE}, which picocli
 * expands after boot); a value that merely equals {@code generate} costs the start-up, never a publication.
 */
public final class PreBootOptions {

    static final Map<String, String> PROPERTIES = Map.of(
            "--config", "quarkus.config.locations",
            "--bootstrap-servers", "kafka.bootstrap.servers",
            "--profile", "quarkus.profile");

    static final String CHANNEL_ENABLED = "mp.messaging.outgoing." + EventChannel.CHANNEL + ".enabled";
    /** SmallRye warns at boot that the channel's producer method has no downstream, which is the point here. */
    static final String CHANNEL_WARNINGS = "quarkus.log.category.\"io.smallrye.reactive.messaging.provider\".level";

    private PreBootOptions() {}

    /** The system properties to set before boot, or an error message naming the option. */
    public static Map<String, String> properties(String[] args) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            for (Map.Entry<String, String> option : PROPERTIES.entrySet()) {
                String value = null;
                if (args[i].equals(option.getKey()) && i + 1 < args.length) {
                    value = args[i + 1];
                } else if (args[i].startsWith(option.getKey() + "=")) {
                    value = args[i].substring(option.getKey().length() + 1);
                }
                if (value != null && option.getKey().equals("--config")) {
                    properties.putAll(checkedConfigFile(value));
                } else if (value != null) {
                    properties.put(
                            option.getValue(), option.getKey().equals("--config") ? configLocation(value) : value);
                    if (option.getKey().equals("--profile")) {
                        // a test launch reads its profile from here instead (in-process @QuarkusMainTest)
                        properties.put("quarkus.test.profile", value);
                    }
                }
            }
        }
        if (properties.containsKey("quarkus.profile")) {
            Optional<Path> configFile = Optional.ofNullable(properties.get("quarkus.config.locations"))
                    .map(uri -> Path.of(java.net.URI.create(uri)));
            Profiles.problem(properties.get("quarkus.profile"), configFile).ifPresent(problem -> {
                throw new InvalidConfigurationException(List.of(problem));
            });
        }
        if (!mayPublish(args)) {
            properties.put(CHANNEL_ENABLED, "false");
            properties.put(CHANNEL_WARNINGS, "ERROR");
        }
        return properties;
    }

    static boolean mayPublish(String[] args) {
        for (String arg : args) {
            if (arg.equals("generate") || arg.startsWith("@")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks a {@code --config} file: problems that stop the boot are thrown; values that cannot convert come back
     * as stand-ins plus the problems to report after boot, beside the range checks ({@link DeferredProblems}).
     */
    private static Map<String, String> checkedConfigFile(String file) {
        String location = configLocation(file);
        ConfigFileCheck.Result result = ConfigFileCheck.check(Path.of(file));
        if (result.fatal()) {
            throw new InvalidConfigurationException(result.problems());
        }
        Map<String, String> properties = new LinkedHashMap<>(result.derived());
        properties.put(
                "quarkus.config.locations",
                result.withStandIns().map(PreBootOptions::temporaryCopy).orElse(location));
        if (!result.problems().isEmpty()) {
            properties.put(DeferredProblems.PROPERTY, DeferredProblems.encode(result.problems()));
        }
        return properties;
    }

    /** The file's text with stand-ins, booted with instead of the file; deleted when the process ends. */
    private static String temporaryCopy(String text) {
        try {
            Path copy = Files.createTempFile("sendflowr-synth-config-", ".yaml");
            copy.toFile().deleteOnExit();
            Files.writeString(copy, text);
            return copy.toUri().toString();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("--config: cannot write a temporary copy (" + e.getMessage() + ")");
        }
    }

    private static String configLocation(String file) {
        Path path = Path.of(file).toAbsolutePath();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException("--config: " + file + " is not a readable file");
        }
        return path.toUri().toString();
    }
}
