package com.sendflowr.synth.deploy;

import static com.sendflowr.synth.deploy.DeploymentFiles.DOCKER;
import static com.sendflowr.synth.deploy.DeploymentFiles.at;
import static com.sendflowr.synth.deploy.DeploymentFiles.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compose's {@code generator} service read from {@code docker/compose.yaml} — its image, command, environment,
 * mounts and restrictions — turned into a {@code podman run}, so the image test runs exactly what compose runs. The
 * restrictions are those of the Kubernetes jobs: a read-only root file system with only {@code /tmp} writable (their
 * {@code emptyDir}), no capabilities, no privilege escalation; the user is the image's own.
 */
record ComposeGenerator(
        String image,
        List<String> command,
        Map<String, String> environment,
        List<String> volumes,
        boolean readOnly,
        List<String> tmpfs,
        List<String> capDrop,
        List<String> securityOpt) {

    static ComposeGenerator read() {
        Map<String, Object> service = at(yaml(DOCKER.resolve("compose.yaml")), "services.generator");
        Map<String, String> environment = new LinkedHashMap<>();
        DeploymentFiles.<Map<String, Object>>at(service, "environment")
                .forEach((k, v) -> environment.put(k, v.toString()));
        return new ComposeGenerator(
                at(service, "image"),
                List.copyOf(at(service, "command")),
                environment,
                List.copyOf(at(service, "volumes")),
                Boolean.TRUE.equals(service.get("read_only")),
                List.copyOf(at(service, "tmpfs")),
                List.copyOf(at(service, "cap_drop")),
                List.copyOf(at(service, "security_opt")));
    }

    /**
     * {@code podman run} arguments for this service on the host's network (where the test's broker listens).
     *
     * @param image the image to run: compose's own, or the JVM image in its place
     * @param name the container's name
     * @param overrides environment values that differ here (the broker's address)
     * @param command the command to run: {@link #command()}, adapted by the caller
     */
    List<String> podmanRun(String image, String name, Map<String, String> overrides, List<String> command) {
        List<String> run = new ArrayList<>(List.of("run", "--name", name, "--network=host"));
        if (readOnly) {
            // compose's read_only: nothing writable but what the service mounts (podman would add tmpfs mounts)
            run.addAll(List.of("--read-only", "--read-only-tmpfs=false"));
        }
        tmpfs.forEach(path -> run.addAll(List.of("--tmpfs", path)));
        capDrop.forEach(cap -> run.add("--cap-drop=" + cap));
        securityOpt.forEach(opt -> run.addAll(List.of("--security-opt", opt)));
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.putAll(overrides);
        env.forEach((k, v) -> run.addAll(List.of("--env", k + "=" + v)));
        for (String volume : volumes) {
            String[] parts = volume.split(":", 2);
            String source = parts[0].startsWith("./")
                    ? DOCKER.resolve(parts[0]).normalize().toString()
                    : parts[0];
            run.addAll(List.of("--volume", source + ":" + parts[1]));
        }
        run.add(image);
        run.addAll(command);
        return run;
    }
}
