package com.sendflowr.synth.cli;

import com.sendflowr.synth.cli.boot.BootFailure;
import com.sendflowr.synth.cli.boot.HelpRequest;
import com.sendflowr.synth.cli.boot.PreBootOptions;
import com.sendflowr.synth.cli.boot.StackTraceRequest;
import com.sendflowr.synth.config.InvalidConfigurationException;
import com.sendflowr.synth.sinks.StandardOutputAtStart;
import com.sendflowr.synth.sinks.StandardOutputFailure;
import io.quarkus.picocli.runtime.PicocliRunner;
import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Entry point. Quarkus reads its configuration at boot, before picocli parses the arguments, so the options that
 * change configuration ({@link PreBootOptions}) are turned into system properties here, and restored afterwards
 * (tests run many launches in one JVM).
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        StandardOutputAtStart.record();
        if (HelpRequest.answer(args, Console.out(), Console.err())) {
            if (System.out.checkError()) {
                StandardOutputFailure lost = StandardOutputFailure.of("the help is");
                if (!lost.brokenPipe()) {
                    Console.err().println("error: " + lost.getMessage());
                }
                System.exit(lost.brokenPipe() ? ExitCodes.BROKEN_PIPE : ExitCodes.FAILURE);
            }
            // Returning from main is exit code 0; the exit handler would first set up the runtime's logging.
            return;
        }
        Map<String, String> previous = new HashMap<>();
        try {
            Map<String, String> properties = new HashMap<>(LocalHostName.properties());
            try {
                properties.putAll(PreBootOptions.properties(args));
            } catch (InvalidConfigurationException e) {
                ExecutionErrors.print(e, Console.err());
                ApplicationLifecycleManager.getDefaultExitCodeHandler().accept(ExitCodes.USAGE, null);
                return;
            } catch (IllegalArgumentException e) {
                Console.err().println("error: " + e.getMessage());
                ApplicationLifecycleManager.getDefaultExitCodeHandler().accept(ExitCodes.USAGE, null);
                return;
            }
            properties.forEach((key, value) -> {
                previous.put(key, System.getProperty(key));
                System.setProperty(key, value);
            });
            // the exit handler is looked up when called: test launchers install their own during the boot
            boolean stackTrace = StackTraceRequest.requested(args, System.getenv());
            Quarkus.run(
                    PicocliRunner.class,
                    (status, failure) -> finish(
                            status,
                            failure,
                            stackTrace,
                            ApplicationLifecycleManager.getDefaultExitCodeHandler(),
                            Console.err()),
                    args);
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }

    /**
     * Reports how the run ended and exits. Quarkus hands a failure (a failed boot, or an error out of a command, which
     * picocli does not catch) to this handler instead of logging it, so it is reported here, in one line, and with
     * its full cause when {@code stackTrace} was asked for.
     */
    static void finish(
            int status, Throwable failure, boolean stackTrace, BiConsumer<Integer, Throwable> exit, PrintWriter err) {
        if (status == ExitCodes.OK && failure == null && System.out.checkError()) {
            // what the command printed (a summary, a report, a verdict) did not all reach standard output
            StandardOutputFailure lost = StandardOutputFailure.of("what was printed is");
            if (!lost.brokenPipe()) {
                err.println("error: " + lost.getMessage());
            }
            exit.accept(lost.brokenPipe() ? ExitCodes.BROKEN_PIPE : ExitCodes.FAILURE, null);
            return;
        }
        if (failure != null && BootFailure.isConfiguration(failure)) {
            err.println(BootFailure.describe(failure));
            exit.accept(ExitCodes.USAGE, null);
            return;
        }
        if (failure != null && !shuttingDown()) {
            err.println(ExecutionErrors.unexpected(failure));
            if (stackTrace) {
                failure.printStackTrace(err);
                err.flush();
            }
        }
        exit.accept(status, failure);
    }

    /**
     * Whether the JVM is shutting down (SIGTERM, Ctrl-C): the interrupted run has reported itself already, and what
     * Quarkus hands over then (its main thread interrupted while the hook stops the application) is not news.
     */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shutdownInProgress) {
            return true;
        }
    }
}
