package com.sendflowr.synth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the process says and returns when Quarkus hands {@link Main} a failure instead of logging it: an error out of
 * a command (picocli passes errors through) must not end the run silently.
 */
class RunEndTest {

    private final StringWriter err = new StringWriter();
    private final List<Object> exits = new ArrayList<>();

    private void finish(int status, Throwable failure) {
        finish(status, failure, false);
    }

    private void finish(int status, Throwable failure, boolean stackTrace) {
        Main.finish(status, failure, stackTrace, (code, cause) -> exits.add(code), new PrintWriter(err, true));
    }

    @Test
    void anOutOfMemoryErrorSaysSoAndHowToGiveMore() {
        finish(ExitCodes.FAILURE, new OutOfMemoryError("Java heap space"));
        assertThat(err.toString().strip())
                .startsWith("error: out of memory (Java heap space): give the process more")
                .contains("-Xmx")
                .doesNotContain("\n");
        assertThat(exits).containsExactly(ExitCodes.FAILURE);
    }

    @Test
    void anyOtherFailureIsOneLineWithItsRootCause() {
        finish(
                ExitCodes.FAILURE,
                new IllegalStateException(
                        "boot failed", new UncheckedIOException(new java.io.IOException("disk gone"))));
        assertThat(err.toString().strip())
                .isEqualTo("error: java.io.IOException: disk gone (--stacktrace prints its full cause)");
        assertThat(exits).containsExactly(ExitCodes.FAILURE);
    }

    @Test
    void askedForTheStackTraceTheWholeChainFollows() {
        finish(
                ExitCodes.FAILURE,
                new IllegalStateException(
                        "boot failed", new UncheckedIOException(new java.io.IOException("disk gone"))),
                true);
        String[] lines = err.toString().split("\n");
        assertThat(lines[0]).isEqualTo("error: java.io.IOException: disk gone (--stacktrace prints its full cause)");
        assertThat(lines[1]).isEqualTo("java.lang.IllegalStateException: boot failed");
        assertThat(err.toString())
                .contains(
                        "\tat com.sendflowr.synth.cli.RunEndTest.",
                        "Caused by: java.io.UncheckedIOException",
                        "Caused by: java.io.IOException: disk gone");
        assertThat(exits).containsExactly(ExitCodes.FAILURE);
    }

    @Test
    void aCleanEndPrintsNothing() {
        finish(ExitCodes.MISMATCH, null);
        assertThat(err.toString()).isEmpty();
        assertThat(exits).containsExactly(ExitCodes.MISMATCH);
    }
}
