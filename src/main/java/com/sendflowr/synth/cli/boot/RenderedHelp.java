package com.sendflowr.synth.cli.boot;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help and version texts of every command, rendered by picocli while the project is built ({@link #main}, run by
 * the build at {@code process-classes}) and read from {@value #RESOURCE}. Building picocli's command model from
 * annotations is most of what {@code --help} costs: reflection is slow in the native executable, and on the JVM
 * picocli's classes cannot be in the AOT cache (they are Java 5 class files). In the native executable the class is
 * initialised while the image is built (see {@code quarkus.native.additional-build-args}), so the texts are in the
 * image and nothing is read at run time.
 */
public final class RenderedHelp {

    static final String RESOURCE = "/sendflowr-synth-help.bin";

    private static final Map<String, String> TEXTS = load();

    private RenderedHelp() {}

    /**
     * The text for {@code [subcommand] option}, where the option asks for help or the version; empty for any other
     * arguments, or when a system property changes how picocli renders (the usage width).
     */
    static Optional<String> lookup(String[] args) {
        return lookup(TEXTS, args);
    }

    static Optional<String> lookup(Map<String, String> texts, String[] args) {
        if (texts.isEmpty()
                || args.length == 0
                || args.length > 2
                || System.getProperty("picocli.usage.width") != null) {
            return Optional.empty();
        }
        String command = args.length == 2 ? args[0] : "";
        return Optional.ofNullable(texts.get(key(command, args[args.length - 1], ansi())));
    }

    /**
     * Whether picocli would style the text ({@code Ansi.AUTO}). When nothing can turn styles on — no
     * {@code picocli.ansi} property, no {@code CLICOLOR_FORCE}, not Windows (Jansi, pseudo-terminals) — and
     * standard output is not a terminal, picocli's answer is no; finding that out through picocli (which asks for
     * the console by reflection) was a sixth of the native {@code --help}, so it is only asked otherwise.
     */
    static boolean ansi() {
        boolean stylesImpossible = System.getProperty("picocli.ansi") == null
                && System.getenv("CLICOLOR_FORCE") == null
                && !System.getProperty("os.name", "").regionMatches(true, 0, "win", 0, 3)
                && System.console() == null;
        return !stylesImpossible && Ansi.AUTO.enabled();
    }

    /** Every command's texts, with and without ANSI styles, keyed by {@link #key}. */
    static Map<String, String> render() {
        Map<String, String> texts = new HashMap<>();
        CommandLine top = HelpRequest.commandLine();
        render(top, "", texts);
        top.getSubcommands().forEach((name, sub) -> render(sub, name, texts));
        return texts;
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

    /** The texts the build rendered; empty when the resource is missing (classes compiled outside the build). */
    static Map<String, String> load() {
        try (InputStream resource = RenderedHelp.class.getResourceAsStream(RESOURCE)) {
            return resource == null ? Map.of() : read(resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static Map<String, String> read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in));
        int count = data.readInt();
        Map<String, String> texts = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            texts.put(data.readUTF(), data.readUTF());
        }
        return Map.copyOf(texts);
    }

    static void write(Map<String, String> texts, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            data.writeInt(texts.size());
            for (Map.Entry<String, String> text : new TreeMap<>(texts).entrySet()) {
                data.writeUTF(text.getKey());
                data.writeUTF(text.getValue());
            }
        }
    }

    /** Renders every text into the file named by the only argument (the build's class output). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RenderedHelp OUTPUT_FILE");
        }
        write(render(), Path.of(args[0]));
    }
}
