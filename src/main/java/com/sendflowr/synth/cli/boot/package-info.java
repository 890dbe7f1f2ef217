/**
 * Start-up plumbing: the work done in {@code Main} before Quarkus boots, or to make its boot cheaper.
 *
 * <p>A command-line tool pays its start-up on every invocation, and most of it is the framework's. So
 * {@link com.sendflowr.synth.cli.boot.HelpRequest} answers {@code --help} and {@code --version} from texts
 * {@link com.sendflowr.synth.cli.boot.RenderedHelp rendered at build time}, without configuration or Kafka (a broken
 * configuration file cannot hide the help that explains how to fix it);
 * {@link com.sendflowr.synth.cli.boot.PreBootOptions} turns {@code --config}, {@code --bootstrap-servers} and
 * {@code --profile} into the system properties Quarkus reads at boot, before picocli has parsed anything, and leaves
 * the Kafka channel off when nothing can publish; {@link com.sendflowr.synth.cli.boot.Subcommands} gives picocli only
 * the subcommands the arguments name; {@link com.sendflowr.synth.cli.boot.NativeConfigSources} stops the native
 * executable searching the class path for configuration files. {@link com.sendflowr.synth.cli.boot.StackTraceRequest}
 * and {@link com.sendflowr.synth.cli.boot.BootFailure} read the arguments and failures of a boot that went wrong.
 * Why each exists, and what it saved, is in {@code docs/architecture.md} and {@code docs/startup-and-native.md}.
 */
package com.sendflowr.synth.cli.boot;
