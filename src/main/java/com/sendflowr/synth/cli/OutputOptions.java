package com.sendflowr.synth.cli;

import picocli.CommandLine.Option;

/** The {@code --output} option of the commands that print a summary or a verdict. */
public class OutputOptions {

    @Option(
            names = "--output",
            paramLabel = "FORMAT",
            description = "How to print the result: table (the default; "
                    + "aligned columns, for people) or json (one JSON document on standard output, for pipelines).")
    OutputFormat format = OutputFormat.TABLE;

    boolean json() {
        return format == OutputFormat.JSON;
    }
}
