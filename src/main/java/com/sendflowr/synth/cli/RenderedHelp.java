package com.sendflowr.synth.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.ImageMode;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help and version texts of every command, rendered by picocli while the native image is built (the class is
 * initialised at build time, see {@code quarkus.native.additional-build-args}). Building picocli's command model
 * from annotations is most of what {@code --help} costs in the native executable (reflection there is slow), so the
 * executable prints these instead. On the JVM nothing is rendered ahead: {@link HelpRequest} asks picocli directly.
 */
final class RenderedHelp {

    private static final Map<String, String> TEXTS = ImageMode.current() == ImageMode.NATIVE_BUILD ? render() : Map.of();

    private RenderedHelp() {
    }

    /**
     * The text for {@code [subcommand] option}, where the option asks for help or the version; empty for any other
     * arguments, or when a system property changes how picocli renders (the usage width).
     */
    static Optional<String> lookup(String[] args) {
        return lookup(TEXTS, args);
    }

    static Optional<String> lookup(Map<String, String> texts, String[] args) {
        if (texts.isEmpty() || args.length == 0 || args.length > 2 || System.getProperty("picocli.usage.width") != null) {
            return Optional.empty();
        }
        String command = args.length == 2 ? args[0] : "";
        return Optional.ofNullable(texts.get(key(command, args[args.length - 1], Ansi.AUTO.enabled())));
    }

    /** Every command's texts, with and without ANSI styles, keyed by {@link #key}. */
    static Map<String, String> render() {
        Map<String, String> texts = new HashMap<>();
        CommandLine top = HelpRequest.commandLine();
        render(top, "", texts);
        top.getSubcommands().forEach((name, sub) -> render(sub, name, texts));
        return Map.copyOf(texts);
    }

    private static void render(CommandLine command, String name, Map<String, String> texts) {
        for (Ansi ansi : new Ansi[] {Ansi.OFF, Ansi.ON}) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (!option.usageHelp() && !option.versionHelp()) {
                    continue;
                }
                StringWriter text = new StringWriter();
                if (option.usageHelp()) {
                    command.usage(new PrintWriter(text), ansi);
                } else {
                    command.printVersionHelp(new PrintWriter(text), ansi);
                }
                for (String flag : option.names()) {
                    texts.put(key(name, flag, ansi.enabled()), text.toString());
                }
            }
        }
    }

    static String key(String command, String option, boolean ansi) {
        return command + ' ' + option + (ansi ? " ansi" : "");
    }
}
