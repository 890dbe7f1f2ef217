package com.sendflowr.synth.cli;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import io.quarkus.runtime.annotations.CommandLineArguments;
import picocli.CommandLine;
import com.sendflowr.synth.cli.boot.Subcommands;

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
