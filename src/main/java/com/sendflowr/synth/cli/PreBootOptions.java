package com.sendflowr.synth.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options that change configuration Quarkus reads at boot, before picocli parses the arguments: {@code --config FILE}
 * becomes {@code quarkus.config.locations}, {@code --bootstrap-servers} becomes {@code kafka.bootstrap.servers},
 * {@code --profile} becomes {@code quarkus.profile}.
 * Picocli declares them too (for help and completion) and ignores them afterwards.
 */
final class PreBootOptions {

    static final Map<String, String> PROPERTIES = Map.of(
            "--config", "quarkus.config.locations",
            "--bootstrap-servers", "kafka.bootstrap.servers",
            "--profile", "quarkus.profile");

    private PreBootOptions() {
    }

    /** The system properties to set before boot, or an error message naming the option. */
    static Map<String, String> properties(String[] args) {
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
                if (value != null) {
                    properties.put(option.getValue(), option.getKey().equals("--config") ? configLocation(value) : value);
                    if (option.getKey().equals("--profile")) {
                        // a test launch reads its profile from here instead (in-process @QuarkusMainTest)
                        properties.put("quarkus.test.profile", value);
                    }
                }
            }
        }
        return properties;
    }

    private static String configLocation(String file) {
        Path path = Path.of(file).toAbsolutePath();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException("--config: " + file + " is not a readable file");
        }
        return path.toUri().toString();
    }
}
