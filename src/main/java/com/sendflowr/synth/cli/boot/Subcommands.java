package com.sendflowr.synth.cli.boot;

import com.sendflowr.synth.cli.EvaluateCommand;
import com.sendflowr.synth.cli.GenerateCommand;
import com.sendflowr.synth.cli.ReportCommand;
import com.sendflowr.synth.cli.SummaryCommand;
import com.sendflowr.synth.cli.VerifyCommand;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The subcommands of {@link com.sendflowr.synth.cli.SynthCommand}, added to its command line when it is built rather than declared on it:
 * picocli builds the model of every declared subcommand by reflection, and in the native executable that was a
 * tenth of {@code summary}. A command line gets the subcommands its arguments name; all of them when they name
 * none (usage, suggestions for a mistyped name) or ask for the completion script, which covers every command.
 */
// picocli's own completion command is no longer named in an annotation the Quarkus extension reads
@RegisterForReflection(targets = AutoComplete.GenerateCompletion.class)
public final class Subcommands {

    /** In the order help lists them. */
    static final List<Class<?>> ALL = List.of(
            GenerateCommand.class,
            SummaryCommand.class,
            VerifyCommand.class,
            ReportCommand.class,
            EvaluateCommand.class,
            AutoComplete.GenerateCompletion.class);

    private Subcommands() {}

    static CommandLine addAll(CommandLine top) {
        return add(top, ALL);
    }

    public static CommandLine addNamed(CommandLine top, String[] args) {
        List<Class<?>> named = ALL.stream()
                .filter(command -> List.of(args).contains(name(command)))
                .toList();
        boolean completion = named.contains(AutoComplete.GenerateCompletion.class);
        return add(top, named.isEmpty() || completion ? ALL : named);
    }

    private static CommandLine add(CommandLine top, List<Class<?>> commands) {
        commands.forEach(top::addSubcommand);
        return top;
    }

    static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
