package com.sendflowr.synth.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command that starts the packaged application in a process of its own: the native executable if built, else the jar. */
public final class PackagedApp {

    private PackagedApp() {}

    public static List<String> command(List<String> args) {
        List<String> command = new ArrayList<>();
        String nativeImage = System.getProperty("native.image.path");
        if (nativeImage != null && Files.isExecutable(Path.of(nativeImage))) {
            command.add(nativeImage);
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
