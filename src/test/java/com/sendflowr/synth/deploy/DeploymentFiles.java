package com.sendflowr.synth.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/** The shipped deployment files under docker/, read as data for the tests. */
final class DeploymentFiles {

    static final Path DOCKER = Path.of("docker").toAbsolutePath();
    static final Path K8S = DOCKER.resolve("k8s");
    static final List<String> MANIFESTS = List.of("configmap.yaml", "job-seed.yaml", "cronjob-reseed.yaml",
            "job-sharded.yaml");

    private DeploymentFiles() {
    }

    static List<Path> manifests() {
        return MANIFESTS.stream().map(K8S::resolve).toList();
    }

    static List<Path> dockerfiles() {
        return List.of(DOCKER.resolve("Dockerfile.native"), DOCKER.resolve("Dockerfile.jvm"));
    }

    static Map<String, Object> yaml(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value at a dotted path of nested maps, e.g. {@code spec.template.spec}. */
    @SuppressWarnings("unchecked")
    static <T> T at(Map<String, Object> node, String path) {
        Object current = node;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                throw new AssertionError("no '" + path + "' (missing '" + key + "')");
            }
            current = map.get(key);
        }
        return (T) current;
    }

    /** The pod spec of a Job or of a CronJob's job template. */
    static Map<String, Object> podSpec(Map<String, Object> manifest) {
        return manifest.get("kind").equals("CronJob") ? at(manifest, "spec.jobTemplate.spec.template.spec")
                : at(manifest, "spec.template.spec");
    }

    /** The single container of a pod spec. */
    static Map<String, Object> container(Map<String, Object> manifest) {
        List<Map<String, Object>> containers = at(podSpec(manifest), "containers");
        if (containers.size() != 1) {
            throw new AssertionError("expected one container, found " + containers.size());
        }
        return containers.get(0);
    }

    static List<String> args(Map<String, Object> manifest) {
        return new ArrayList<>(DeploymentFiles.<List<String>>at(container(manifest), "args"));
    }

    /**
     * Dockerfile instructions of the last stage (the image that ships), continuation lines joined, comments dropped:
     * each as {@code [INSTRUCTION, arguments]}.
     */
    static List<String[]> finalStage(Path dockerfile) {
        List<String[]> instructions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : text(dockerfile).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && pending.isEmpty())) {
                continue;
            }
            pending.append(trimmed.endsWith("\\") ? trimmed.substring(0, trimmed.length() - 1) + " " : trimmed);
            if (!trimmed.endsWith("\\")) {
                String[] parts = pending.toString().strip().split("\\s+", 2);
                if (parts[0].equalsIgnoreCase("FROM")) {
                    instructions.clear();
                }
                instructions.add(new String[] {parts[0].toUpperCase(), parts.length > 1 ? parts[1] : ""});
                pending.setLength(0);
            }
        }
        return instructions;
    }

    /** Every FROM image of a Dockerfile (all stages). */
    static List<String> baseImages(Path dockerfile) {
        return text(dockerfile).lines().map(String::strip).filter(l -> l.toUpperCase().startsWith("FROM "))
                .map(l -> l.split("\\s+")[1]).toList();
    }
}
