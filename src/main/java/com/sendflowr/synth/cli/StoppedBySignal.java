package com.sendflowr.synth.cli;

/**
 * A run stopped by SIGTERM or Ctrl-C, already reported: the job prints its last lines before it lets the shutdown
 * hook return, because the JVM may halt as soon as the hook does, before picocli's exception handler runs.
 */
final class StoppedBySignal extends Exception {

    static final String MESSAGE = "error: stopped by a signal before the run completed; no output file was kept";

    StoppedBySignal() {
        super("stopped by a signal");
    }
}
