package com.sendflowr.synth.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The host name for JBoss Log Manager, which stamps it on every log record. Its first record is created during boot
 * (before any is printed), and unless the system property {@value #PROPERTY} or the environment variable
 * {@code HOSTNAME} names the host, it resolves this machine's own name through {@code InetAddress.getLocalHost()}:
 * 4% of the native {@code summary}, and a wait for DNS on a host whose name does not resolve. On Linux the kernel
 * knows the name the lookup starts from, so it is passed as {@value #PROPERTY}.
 */
final class LocalHostName {

    static final String PROPERTY = "jboss.host.name";
    static final Path KERNEL_HOST_NAME = Path.of("/proc/sys/kernel/hostname");

    private LocalHostName() {}

    /** The system property to set before boot, if the log manager would otherwise look the name up. */
    static Map<String, String> properties() {
        return properties(System::getProperty, System::getenv, KERNEL_HOST_NAME);
    }

    static Map<String, String> properties(
            UnaryOperator<String> systemProperties, UnaryOperator<String> environment, Path kernelHostName) {
        if (systemProperties.apply(PROPERTY) != null
                || systemProperties.apply("jboss.qualified.host.name") != null
                || environment.apply("HOSTNAME") != null
                || environment.apply("COMPUTERNAME") != null) {
            return Map.of();
        }
        try {
            String name = Files.readString(kernelHostName).trim();
            return name.isEmpty() ? Map.of() : Map.of(PROPERTY, name);
        } catch (IOException | RuntimeException e) {
            return Map.of(); // not Linux, or no /proc: the log manager looks the name up as before
        }
    }
}
