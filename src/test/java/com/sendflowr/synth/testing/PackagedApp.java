package com.sendflowr.synth.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command that starts the packaged application in a process of its own: the native executable if built, else the jar. */
public final class PackagedApp {

    private PackagedApp() {}

    /** Whether the packaged application is the native executable (a native build made it), not the jar. */
    public static boolean isNative() {
        String nativeImage = System.getProperty("native.image.path");
        return nativeImage != null && Files.isExecutable(Path.of(nativeImage));
    }

    public static List<String> command(List<String> args) {
        List<String> command = new ArrayList<>();
        if (isNative()) {
            command.add(System.getProperty("native.image.path"));
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx1g");
            command.add("-jar");
            command.add(Path.of("target", "quarkus-app", "quarkus-run.jar")
                    .toAbsolutePath()
                    .toString());
        }
        command.addAll(args);
        return command;
    }
}
