package com.sendflowr.synth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalHostNameTest {

    private static final UnaryOperator<String> NONE = key -> null;

    @TempDir
    Path tmp;

    @Test
    void theKernelsNameIsPassedWhenNothingElseNamesTheHost() throws IOException {
        Path kernel = Files.writeString(tmp.resolve("hostname"), "build-host-7\n");
        assertThat(LocalHostName.properties(NONE, NONE, kernel)).isEqualTo(Map.of("jboss.host.name", "build-host-7"));
    }

    @Test
    void aNameGivenByPropertyOrEnvironmentIsLeftAlone() throws IOException {
        Path kernel = Files.writeString(tmp.resolve("hostname"), "build-host-7\n");
        assertThat(LocalHostName.properties(only("jboss.host.name"), NONE, kernel))
                .isEmpty();
        assertThat(LocalHostName.properties(only("jboss.qualified.host.name"), NONE, kernel))
                .isEmpty();
        assertThat(LocalHostName.properties(NONE, only("HOSTNAME"), kernel)).isEmpty();
        assertThat(LocalHostName.properties(NONE, only("COMPUTERNAME"), kernel)).isEmpty();
    }

    @Test
    void withoutTheKernelsNameTheLogManagerLooksItUpAsBefore() throws IOException {
        assertThat(LocalHostName.properties(NONE, NONE, tmp.resolve("absent"))).isEmpty();
        assertThat(LocalHostName.properties(NONE, NONE, Files.writeString(tmp.resolve("blank"), "\n")))
                .isEmpty();
    }

    private static UnaryOperator<String> only(String name) {
        return key -> key.equals(name) ? "given" : null;
    }
}
