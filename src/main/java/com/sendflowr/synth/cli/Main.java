package com.sendflowr.synth.cli;

import java.util.function.BiConsumer;

import io.quarkus.picocli.runtime.PicocliRunner;
import io.quarkus.runtime.ApplicationLifecycleManager;
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
                ApplicationLifecycleManager.getDefaultExitCodeHandler().accept(code, null);
                return;
            }
            Quarkus.run(PicocliRunner.class, (status, failure) -> {
                // Looked up when called: test launchers install their own handler during the boot.
                BiConsumer<Integer, Throwable> exit = ApplicationLifecycleManager.getDefaultExitCodeHandler();
                if (failure != null && BootFailure.isConfiguration(failure)) {
                    System.err.println(BootFailure.describe(failure));
                    exit.accept(ExitCodes.USAGE, null);
                } else {
                    exit.accept(status, failure);
                }
            }, args);
        } finally {
            if (previous == null) {
                System.clearProperty(ConfigFileArgument.LOCATIONS);
            } else {
                System.setProperty(ConfigFileArgument.LOCATIONS, previous);
            }
        }
    }
}
