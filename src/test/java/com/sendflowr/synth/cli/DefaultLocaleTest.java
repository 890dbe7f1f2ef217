package com.sendflowr.synth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same seed and configuration give the same bytes and the same printed numbers whatever the machine's locale: in
 * Egyptian Arabic, Java's default formatting writes Arabic-Indic digits and other separators ("cmp_20251001_٠٥",
 * "١٬٢٣٤"), which would change campaign ids, the manifest and every count a script reads. In-process only: the
 * default locale is the test JVM's (a packaged or native app takes its own from the environment).
 */
@QuarkusMainTest
class DefaultLocaleTest {

    private static final Locale ARABIC_DIGITS = Locale.forLanguageTag("ar-EG");

    @TempDir
    Path tmp;

    @Test
    void datasetManifestSummaryAndVerificationAreTheSameInEveryLocale(QuarkusMainLauncher launcher) throws IOException {
        Run root = run(launcher, Locale.ROOT, tmp.resolve("root"));
        Run arabic = run(launcher, ARABIC_DIGITS, tmp.resolve("arabic"));

        assertThat(arabic.events()).isEqualTo(root.events());
        assertThat(arabic.manifest()).isEqualTo(root.manifest());
        assertThat(arabic.printed()).isEqualTo(root.printed());
        assertThat(String.join("\n", root.printed()))
                .contains("cmp_2025", "Users:        350")
                .containsPattern("[0-9],[0-9]{3}");
    }

    private record Run(String events, String manifest, List<String> printed) {}

    private static Run run(QuarkusMainLauncher launcher, Locale locale, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path events = dir.resolve("events.jsonl");
        Path manifest = dir.resolve("truth.jsonl");
        Locale previous = Locale.getDefault();
        Locale previousFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale previousDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(locale);
        try {
            List<String> printed = new ArrayList<>();
            // realistic: A/B subject variants and shifted hour windows are formatted too
            printed.add(output(
                    dir,
                    launcher.launch(
                            "--profile",
                            "realistic",
                            "generate",
                            "--days",
                            "3",
                            "--sink",
                            "jsonl:" + events,
                            "--manifest",
                            manifest.toString(),
                            "--progress",
                            "lines")));
            printed.add(output(dir, launcher.launch("--profile", "realistic", "summary", "--days", "3")));
            printed.add(
                    output(dir, launcher.launch("--profile", "realistic", "verify", "jsonl:" + events, "--days", "3")));
            // the campaign ids of the first events, to show what is compared
            printed.add(Files.readAllLines(events).get(0).replaceAll(".*\"campaign_id\":\"([^\"]*)\".*", "$1"));
            return new Run(Files.readString(events), Files.readString(manifest), printed);
        } finally {
            Locale.setDefault(previous);
            Locale.setDefault(Locale.Category.FORMAT, previousFormat);
            Locale.setDefault(Locale.Category.DISPLAY, previousDisplay);
        }
    }

    /** Standard output and error, without the run's directory and the durations and rates that differ between runs. */
    private static String output(Path dir, LaunchResult result) {
        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        return (result.getOutput() + "\n" + result.getErrorOutput())
                .replace(dir.toString(), "DIR")
                .replaceAll(" in \\S+ s \\([^)]*\\)", " in (time)");
    }
}
