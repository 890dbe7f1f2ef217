package com.sendflowr.synth.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code docker/validate/validate.mjs} (Kubernetes API schema validation with npm's kubernetes-models, Dockerfile
 * lint with dockerfile-utils) with the versions pinned in its package-lock.json. Installs Node.js and npm from
 * Debian's packages if they are missing (CI is a fresh machine), and the npm packages into target/ once.
 */
final class DeploymentValidator {

    private static final Path SOURCE = Path.of("docker", "validate").toAbsolutePath();
    private static final Path WORK = Path.of("target", "deploy-validate").toAbsolutePath();
    private static boolean installed;

    record Outcome(int exitCode, String output) {}

    private DeploymentValidator() {}

    static synchronized Outcome validate(List<Path> files) {
        install();
        List<String> command =
                new ArrayList<>(List.of("node", WORK.resolve("validate.mjs").toString()));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        return run(WORK, command, 2);
    }

    private static void install() {
        if (installed) {
            return;
        }
        if (run(WORK.getParent(), List.of("bash", "-c", "command -v node && command -v npm"), 1)
                        .exitCode()
                != 0) {
            String root = run(WORK.getParent(), List.of("id", "-u"), 1)
                            .output()
                            .trim()
                            .equals("0")
                    ? ""
                    : "sudo ";
            Outcome apt = run(
                    WORK.getParent(),
                    List.of(
                            "bash",
                            "-c",
                            "export DEBIAN_FRONTEND=noninteractive; "
                                    + root + "apt-get install -y -q nodejs npm || { " + root + "apt-get update -q && "
                                    + root + "apt-get install -y -q nodejs npm; }"),
                    10);
            check(apt, "apt-get install nodejs npm");
        }
        try {
            Files.createDirectories(WORK);
            boolean lockChanged = !Files.exists(WORK.resolve("node_modules"))
                    || Files.mismatch(SOURCE.resolve("package-lock.json"), WORK.resolve("package-lock.json")) != -1;
            for (String file : List.of("package.json", "package-lock.json", "validate.mjs")) {
                Files.copy(SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            if (lockChanged) {
                check(run(WORK, List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 10), "npm ci");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        installed = true;
    }

    private static void check(Outcome outcome, String what) {
        if (outcome.exitCode() != 0) {
            throw new IllegalStateException(what + " failed (exit " + outcome.exitCode() + "):\n" + outcome.output());
        }
    }

    private static Outcome run(Path dir, List<String> command, int minutes) {
        try {
            Files.createDirectories(dir);
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + minutes + " min");
            }
            return new Outcome(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
