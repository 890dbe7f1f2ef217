package com.sendflowr.synth.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code --config FILE} (or {@code --config=FILE}) before Quarkus boots and points its config locations at it. */
final class ConfigFileArgument {

    static final String LOCATIONS = "quarkus.config.locations";

    private ConfigFileArgument() {
    }

    /** @return {@link ExitCodes#OK}, or {@link ExitCodes#USAGE} after reporting an unusable file */
    static int apply(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String file = null;
            if (args[i].equals("--config") && i + 1 < args.length) {
                file = args[i + 1];
            } else if (args[i].startsWith("--config=")) {
                file = args[i].substring("--config=".length());
            } else if (args[i].equals("--")) {
                break;
            }
            if (file != null) {
                Path path = Path.of(file).toAbsolutePath();
                if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                    System.err.println("error: --config: " + file + " is not a readable file");
                    return ExitCodes.USAGE;
                }
                System.setProperty(LOCATIONS, path.toUri().toString());
            }
        }
        return ExitCodes.OK;
    }
}
