package com.sendflowr.synth.cli;

import com.sendflowr.synth.cli.boot.StackTraceRequest;
import com.sendflowr.synth.config.ConfigProblem;
import com.sendflowr.synth.config.InvalidConfigurationException;
import com.sendflowr.synth.kafka.PublishException;
import com.sendflowr.synth.readers.MalformedRecordException;
import com.sendflowr.synth.sinks.StandardOutputFailure;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps what went wrong to an exit code and one line per problem, without stack traces; an unexpected failure is
 * followed by its full cause when the user asked for it ({@link StackTraceRequest}).
 */
public class ExecutionErrors implements IExecutionExceptionHandler {

    private final Map<String, String> environment;

    public ExecutionErrors() {
        this(System.getenv());
    }

    ExecutionErrors(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        Throwable cause = rootCause(ex);
        int code;
        if (cause instanceof StandardOutputFailure stdout) {
            if (!stdout.brokenPipe()) {
                err.println("error: " + stdout.getMessage());
            }
            code = stdout.brokenPipe() ? ExitCodes.BROKEN_PIPE : ExitCodes.FAILURE;
        } else if (cause instanceof MalformedRecordException malformed) {
            err.println("error: " + malformed.getMessage());
            code = ExitCodes.MISMATCH;
        } else if (ex instanceof InvalidConfigurationException invalid) {
            print(invalid, err);
            code = ExitCodes.USAGE;
        } else if (ex instanceof StoppedBySignal) {
            code = ExitCodes.INTERRUPTED; // the job has said so
        } else if (ex instanceof InterruptedException) {
            err.println(StoppedBySignal.MESSAGE);
            code = ExitCodes.INTERRUPTED;
        } else if (ex instanceof PublishException) {
            err.println("error: " + ex.getMessage());
            code = ExitCodes.FAILURE;
        } else if (ex instanceof java.nio.file.NoSuchFileException missing) {
            err.println("error: no such file: " + missing.getFile());
            code = ExitCodes.FAILURE;
        } else if (ex instanceof UncheckedIOException || ex instanceof IOException) {
            err.println("error: " + (cause.getMessage() == null ? cause : ex.getMessage()));
            code = ExitCodes.FAILURE;
        } else {
            err.println(unexpected(ex));
            if (StackTraceRequest.requested(parseResult, environment)) {
                ex.printStackTrace(err);
            }
            code = ExitCodes.FAILURE;
        }
        err.flush();
        return code;
    }

    /** A heading, then one line per problem. */
    static void print(InvalidConfigurationException invalid, PrintWriter err) {
        err.println("error: invalid configuration (nothing was generated):");
        for (ConfigProblem problem : invalid.problems()) {
            err.println("  " + problem);
        }
        err.flush();
    }

    /**
     * The line for a failure nothing else explains: also for errors, which picocli does not hand to this handler and
     * Quarkus, given an exit handler, does not log (see {@link Main}).
     */
    static String unexpected(Throwable failure) {
        Throwable cause = rootCause(failure);
        if (cause instanceof OutOfMemoryError) {
            return "error: out of memory (" + cause.getMessage() + "): give the process more with -Xmx (JVM: before "
                    + "-jar or in JAVA_TOOL_OPTIONS; native executable: as its first argument) or a higher container "
                    + "limit";
        }
        return "error: " + cause + " (" + StackTraceRequest.OPTION + " prints its full cause)";
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
