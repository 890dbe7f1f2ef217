package com.sendflowr.synth.cli.boot;

import com.sendflowr.synth.cli.SynthCommand;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Help and version requests are answered before the application boots: they need no configuration, no Kafka
 * channel and no engine, so they cost a few milliseconds instead of a full start-up — and a broken configuration
 * file cannot hide the help that explains how to fix it.
 */
public final class HelpRequest {

    private static final Set<String> OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private HelpRequest() {}

    /**
     * Prints the requested help or version.
     *
     * @return false when the arguments are not (only) a help or version request
     */
    public static boolean answer(String[] args, PrintWriter out, PrintWriter err) {
        if (!mentionsHelp(args)) {
            return false;
        }
        Optional<String> rendered = RenderedHelp.lookup(args);
        if (rendered.isPresent()) {
            out.print(rendered.get());
            out.flush();
            return true;
        }
        return askPicocli(args, out, err);
    }

    /** Prints what picocli itself prints for a help or version request; false when the arguments are not one. */
    static boolean askPicocli(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine().setOut(out).setErr(err);
        try {
            if (CommandLine.printHelpIfRequested(commandLine.parseArgs(args))) {
                out.flush();
                return true;
            }
        } catch (ParameterException e) {
            // Not a well-formed request: the booted application reports it like any other usage error.
        }
        return false;
    }

    /** The command line as the booted application configures it, without the application's factory. */
    public static CommandLine commandLine() {
        return Subcommands.addAll(new CommandLine(SynthCommand.class)).setCaseInsensitiveEnumValuesAllowed(true);
    }

    private static boolean mentionsHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (OPTIONS.contains(arg)) {
                return true;
            }
        }
        return false;
    }
}
