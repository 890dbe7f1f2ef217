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
    static final List<String> MANIFESTS =
            List.of("configmap.yaml", "job-seed.yaml", "cronjob-reseed.yaml", "job-sharded.yaml");

    private DeploymentFiles() {}

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
        return manifest.get("kind").equals("CronJob")
                ? at(manifest, "spec.jobTemplate.spec.template.spec")
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
                    parts[1] = withArgDefaults(parts[1], argDefaults(dockerfile));
                }
                instructions.add(new String[] {parts[0].toUpperCase(), parts.length > 1 ? parts[1] : ""});
                pending.setLength(0);
            }
        }
        return instructions;
    }

    /**
     * Every image a Dockerfile's stages start from, build arguments at their defaults; not {@code scratch} nor an
     * earlier stage.
     */
    static List<String> baseImages(Path dockerfile) {
        Map<String, String> args = argDefaults(dockerfile);
        List<String> stages = new ArrayList<>();
        List<String> images = new ArrayList<>();
        text(dockerfile)
                .lines()
                .map(String::strip)
                .filter(l -> l.toUpperCase().startsWith("FROM "))
                .forEach(line -> {
                    String[] parts = line.split("\\s+");
                    String image = withArgDefaults(parts[1], args);
                    if (!image.equals("scratch") && !stages.contains(image)) {
                        images.add(image);
                    }
                    if (parts.length == 4 && parts[2].equalsIgnoreCase("AS")) {
                        stages.add(parts[3]);
                    }
                });
        return images;
    }

    /** The build arguments declared before the first FROM (the ones a FROM can use), with their defaults. */
    static Map<String, String> argDefaults(Path dockerfile) {
        Map<String, String> args = new java.util.LinkedHashMap<>();
        for (String line : text(dockerfile).lines().map(String::strip).toList()) {
            if (line.toUpperCase().startsWith("FROM ")) {
                break;
            }
            if (line.toUpperCase().startsWith("ARG ") && line.contains("=")) {
                String[] nameValue = line.substring(4).strip().split("=", 2);
                args.put(nameValue[0], nameValue[1]);
            }
        }
        return args;
    }

    private static String withArgDefaults(String image, Map<String, String> args) {
        String resolved = image;
        for (Map.Entry<String, String> arg : args.entrySet()) {
            resolved = resolved.replace("${" + arg.getKey() + "}", arg.getValue());
        }
        return resolved;
    }
}
