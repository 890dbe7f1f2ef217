package com.sendflowr.synth.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The configuration profiles a {@code --profile} may name: {@code prod} (the default) and every {@code "%name"}
 * section of the built-in {@code application.yaml} and of the {@code --config} file. An unknown name would
 * otherwise be accepted and change nothing.
 */
public final class Profiles {

    /** Quarkus's own profiles, always accepted. */
    private static final List<String> BUILT_IN = List.of("prod", "dev", "test");

    private Profiles() {}

    /** A problem naming {@code --profile} when a name in the (comma-separated) value is not a known profile. */
    public static Optional<ConfigProblem> problem(String value, Optional<Path> configFile) {
        Set<String> known = new LinkedHashSet<>(BUILT_IN);
        known.addAll(declared(configFile));
        for (String name : value.split(",")) {
            if (!known.contains(name.trim())) {
                List<String> listed = new ArrayList<>(List.of("prod (the default)"));
                known.stream().filter(p -> !BUILT_IN.contains(p)).forEach(listed::add);
                return Optional.of(new ConfigProblem(
                        "--profile",
                        "'" + name.trim() + "' is not a profile of the " + "configuration; the profiles are "
                                + String.join(", ", listed)));
            }
        }
        return Optional.empty();
    }

    private static Set<String> declared(Optional<Path> configFile) {
        Set<String> names = new LinkedHashSet<>();
        try (InputStream builtIn = Profiles.class.getResourceAsStream("/application.yaml")) {
            if (builtIn != null) {
                names.addAll(sections(new InputStreamReader(builtIn, StandardCharsets.UTF_8)));
            }
            if (configFile.isPresent()) {
                try (Reader file = Files.newBufferedReader(configFile.get(), StandardCharsets.UTF_8)) {
                    names.addAll(sections(file));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // the file's own check reports it
        }
        return names;
    }

    private static List<String> sections(Reader yaml) {
        List<String> names = new ArrayList<>();
        Node root = new Yaml(new LoaderOptions()).compose(yaml);
        if (root instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key
                        && key.getValue().startsWith("%")) {
                    names.add(key.getValue().substring(1));
                }
            }
        }
        return names;
    }
}
