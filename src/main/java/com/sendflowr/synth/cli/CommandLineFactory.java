package com.sendflowr.synth.cli;

import com.sendflowr.synth.cli.boot.Subcommands;
import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import io.quarkus.runtime.annotations.CommandLineArguments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import picocli.CommandLine;

@ApplicationScoped
public class CommandLineFactory {

    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory, @CommandLineArguments String[] args) {
        return Subcommands.addNamed(factory.create(), args)
                .setOut(Console.out())
                .setErr(Console.err())
                .setExecutionExceptionHandler(new ExecutionErrors())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }
}
