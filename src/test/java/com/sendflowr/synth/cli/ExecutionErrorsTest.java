package com.sendflowr.synth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.cli.boot.HelpRequest;
import com.sendflowr.synth.cli.boot.StackTraceRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * An unexpected failure out of a command: one line naming its root cause, and the full chain of causes when the user
 * asked for it with {@code --stacktrace} (before or after the command's name) or {@code SYNTH_STACKTRACE=1}.
 */
class ExecutionErrorsTest {

    private final Exception failure = new IllegalStateException("plan failed", new NullPointerException("no campaign"));

    private final StringWriter err = new StringWriter();

    private int handle(Map<String, String> environment, String... args) {
        CommandLine commandLine = HelpRequest.commandLine().setErr(new PrintWriter(err, true));
        ParseResult parsed = commandLine.parseArgs(args);
        return new ExecutionErrors(environment).handleExecutionException(failure, commandLine, parsed);
    }

    @Test
    void byDefaultOneLineWithTheRootCauseAndHowToSeeMore() {
        int code = handle(Map.of(), "summary");
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString())
                .isEqualTo("error: java.lang.NullPointerException: no campaign (--stacktrace prints its full cause)"
                        + System.lineSeparator());
    }

    @Test
    void theOptionAfterTheCommandPrintsTheWholeChain() {
        assertThat(handle(Map.of(), "summary", "--stacktrace")).isEqualTo(ExitCodes.FAILURE);
        assertFullCause();
    }

    @Test
    void theOptionBeforeTheCommandPrintsTheWholeChain() {
        assertThat(handle(Map.of(), "--stacktrace", "verify", "jsonl:x.jsonl")).isEqualTo(ExitCodes.FAILURE);
        assertFullCause();
    }

    @Test
    void theEnvironmentVariablePrintsTheWholeChain() {
        handle(Map.of(StackTraceRequest.VARIABLE, "1"), "summary");
        assertFullCause();
    }

    @Test
    void otherValuesOfTheVariableDoNot() {
        handle(Map.of(StackTraceRequest.VARIABLE, "0"), "summary");
        assertThat(err.toString()).doesNotContain("Caused by").hasLineCount(1);
    }

    private void assertFullCause() {
        assertThat(err.toString().lines().toList())
                .first()
                .asString()
                .startsWith("error: java.lang.NullPointerException");
        assertThat(err.toString())
                .contains(
                        "java.lang.IllegalStateException: plan failed",
                        "\tat com.sendflowr.synth.cli.ExecutionErrorsTest.",
                        "Caused by: java.lang.NullPointerException: no campaign");
    }
}
