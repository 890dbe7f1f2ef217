package com.sendflowr.synth.cli.boot;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.ParseResult;

/**
 * Whether an unexpected failure is printed with its full cause (the stack trace of every exception in the chain):
 * {@value #OPTION} on the command line, before or after the command's name, or {@value #VARIABLE}{@code =1} in the
 * environment. Errors a user can act on (configuration, files, brokers) are one line either way.
 */
public final class StackTraceRequest {

    public static final String OPTION = "--stacktrace";
    public static final String VARIABLE = "SYNTH_STACKTRACE";

    private StackTraceRequest() {}

    /** From the raw arguments, for failures that end the run outside picocli (a failed boot, an error). */
    public static boolean requested(String[] args, Map<String, String> environment) {
        return List.of(args).contains(OPTION) || inEnvironment(environment);
    }

    /** From what picocli parsed (arguments files expanded), for failures out of a command. */
    public static boolean requested(ParseResult parsed, Map<String, String> environment) {
        for (ParseResult command = parsed; command != null; command = command.subcommand()) {
            if (command.hasMatchedOption(OPTION)) {
                return true;
            }
        }
        return inEnvironment(environment);
    }

    private static boolean inEnvironment(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
    }
}
