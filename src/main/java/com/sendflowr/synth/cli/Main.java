package com.sendflowr.synth.cli;

import io.quarkus.picocli.runtime.PicocliRunner;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point. Quarkus reads its configuration at boot, before picocli parses the arguments, so a
 * {@code --config FILE} is turned into {@code quarkus.config.locations} here, before the boot.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        String previous = System.getProperty(ConfigFileArgument.LOCATIONS);
        try {
            int code = ConfigFileArgument.apply(args);
            if (code != ExitCodes.OK) {
                System.exit(code);
                return;
            }
            Quarkus.run(PicocliRunner.class, args);
        } finally {
            if (previous == null) {
                System.clearProperty(ConfigFileArgument.LOCATIONS);
            } else {
                System.setProperty(ConfigFileArgument.LOCATIONS, previous);
            }
        }
    }
}
