package com.sendflowr.synth.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Help.Ansi;

/** The texts rendered at build time are exactly what picocli prints when asked at run time. */
class RenderedHelpTest {

    private static final Map<String, String> TEXTS = RenderedHelp.render();

    @AfterEach
    void restoreAnsi() {
        System.clearProperty("picocli.ansi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "generate", "summary", "verify", "report", "evaluate", "generate-completion"})
    void everyHelpAndVersionTextEqualsPicocliAtRunTime(String command) {
        for (String ansi : new String[] {"false", "true"}) {
            System.setProperty("picocli.ansi", ansi);
            for (String option : new String[] {"-h", "--help", "-V", "--version"}) {
                String[] args = command.isEmpty() ? new String[] {option} : new String[] {command, option};
                assertThat(RenderedHelp.lookup(TEXTS, args))
                        .as("%s %s, ansi %s", command, option, ansi)
                        .isEqualTo(live(args));
            }
        }
    }

    @Test
    void stylesFollowPicocliAnsiSetting() {
        System.setProperty("picocli.ansi", "true");
        assertThat(RenderedHelp.lookup(TEXTS, new String[] {"--help"}))
                .get()
                .asString()
                .contains("\u001B[");
        System.setProperty("picocli.ansi", "false");
        assertThat(RenderedHelp.lookup(TEXTS, new String[] {"--help"}))
                .get()
                .asString()
                .startsWith("Usage: sendflowr-synth")
                .doesNotContain("\u001B[");
    }

    @Test
    void theStyleDecisionIsPicocliOwn() {
        // a test run has no terminal: here the shortcut answers, and it must agree with picocli
        assertThat(RenderedHelp.ansi()).isEqualTo(Ansi.AUTO.enabled());
        System.setProperty("picocli.ansi", "true");
        assertThat(RenderedHelp.ansi()).isEqualTo(Ansi.AUTO.enabled()).isTrue();
        System.setProperty("picocli.ansi", "false");
        assertThat(RenderedHelp.ansi()).isEqualTo(Ansi.AUTO.enabled()).isFalse();
    }

    @Test
    void otherArgumentsAreLeftToPicocli() {
        assertThat(RenderedHelp.lookup(TEXTS, new String[] {"--config", "x.yaml", "--help"}))
                .isEmpty();
        assertThat(RenderedHelp.lookup(TEXTS, new String[] {"generate", "--sink", "none", "--help"}))
                .isEmpty();
        assertThat(RenderedHelp.lookup(TEXTS, new String[] {"unknown", "--help"}))
                .isEmpty();
        assertThat(RenderedHelp.lookup(TEXTS, new String[] {"generate", "--dry-run"}))
                .isEmpty();
        assertThat(RenderedHelp.lookup(TEXTS, new String[] {})).isEmpty();
    }

    @Test
    void theBuildRenderedTheCurrentTexts() {
        assertThat(RenderedHelp.load()).isEqualTo(TEXTS);
        System.setProperty("picocli.ansi", "false");
        assertThat(RenderedHelp.lookup(new String[] {"summary", "--help"}))
                .get()
                .asString()
                .startsWith("Usage: sendflowr-synth summary");
    }

    @Test
    void textsSurviveTheResourceFormat(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nested/help.bin");
        RenderedHelp.write(TEXTS, file);
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(RenderedHelp.read(in)).isEqualTo(TEXTS);
        }
    }

    /** What the application prints for these arguments, asking picocli; empty when they are not a help request. */
    private static Optional<String> live(String[] args) {
        StringWriter out = new StringWriter();
        boolean answered =
                HelpRequest.askPicocli(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        return answered ? Optional.of(out.toString()) : Optional.empty();
    }
}
