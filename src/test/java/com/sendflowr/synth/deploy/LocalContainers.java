package com.sendflowr.synth.deploy;

import com.sendflowr.synth.testing.Scripts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Podman as the project's own {@code containers-local/containers-local.sh} sets it up (installed with apt-get if
 * missing, runc, explicit ulimits, base images bootstrapped from Debian packages), and the two images built from the
 * shipped Dockerfiles on those bases, once per JVM, from what the Maven build made in {@code target/}.
 */
final class LocalContainers {

    static final Path SCRIPT =
            Path.of("containers-local", "containers-local.sh").toAbsolutePath();
    /** The JVM image's tag: the native one's (the manifests' and compose's) with the JVM suffix. */
    static final String JVM_SUFFIX = "-jvm";

    private static String nativeImage;
    private static String jvmImage;

    private LocalContainers() {}

    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    /** The native image, built under {@code tag} from the native executable in {@code target/}. */
    static synchronized String nativeImage(String tag) {
        if (nativeImage == null) {
            Scripts.run(SCRIPT, Duration.ofMinutes(15), List.of("build-native", tag));
            nativeImage = tag;
        }
        return nativeImage;
    }

    /** The JVM image (JDK 25 runtime, AOT cache trained while building), from {@code target/quarkus-app}. */
    static synchronized String jvmImage(String nativeTag) {
        if (jvmImage == null) {
            String tag = nativeTag.replaceFirst("-native$", "") + JVM_SUFFIX;
            Scripts.run(SCRIPT, Duration.ofMinutes(15), List.of("build-jvm", tag));
            jvmImage = tag;
        }
        return jvmImage;
    }

    /** The base the native image was built on (for its size). */
    static String base(String name) {
        for (String line :
                Scripts.run(SCRIPT, Duration.ofMinutes(15), List.of("bases")).split("\n")) {
            if (line.startsWith(name + "=")) {
                return line.substring(name.length() + 1);
            }
        }
        throw new AssertionError("containers-local.sh bases printed no " + name);
    }

    /** {@code podman args…} with the project's containers.conf, to its end. */
    static Result podman(List<String> args, Duration timeout) {
        try {
            Path out = Files.createTempFile("podman-", ".out");
            Path err = Files.createTempFile("podman-", ".err");
            List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString(), "podman"));
            command.addAll(args);
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("podman " + String.join(" ", args) + " did not finish within " + timeout);
            }
            Result result = new Result(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code podman args…}, which must succeed: its standard output, trimmed. */
    static String podmanOk(String... args) {
        Result result = podman(List.of(args), Duration.ofMinutes(5));
        if (result.exitCode() != 0) {
            throw new AssertionError(
                    "podman " + String.join(" ", args) + " exited " + result.exitCode() + ": " + result.all());
        }
        return result.out().trim();
    }

    /** An image's size in bytes, as podman reports it. */
    static long size(String image) {
        return Long.parseLong(podmanOk("image", "inspect", "--format", "{{.Size}}", image));
    }
}
