package com.sendflowr.synth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendflowr.synth.console.ProgressReporter;
import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.generation.Shard;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.Tally;
import com.sendflowr.synth.sinks.EventSink;
import com.sendflowr.synth.sinks.ManifestWriter;
import com.sendflowr.synth.sinks.OutputFile;
import com.sendflowr.synth.testing.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's own clean-up: on SIGTERM the runtime may halt as soon as the job releases the signal's hook, before the
 * caller's clean-up runs, so the job must delete an uncommitted manifest itself (a native run once left one behind).
 */
class GenerationJobTest {

    @TempDir
    Path tmp;

    @Test
    void aFailedRunDeletesThePreparedManifestWithoutTheCallersHelp() throws Exception {
        RunPlan plan = plan();
        OutputFile manifest = ManifestWriter.prepare(tmp.resolve("truth.jsonl"), plan.groundTruth());
        assertThat(partials()).hasSize(1);

        assertThatThrownBy(() -> run(plan, new FailingSink(), manifest)).isInstanceOf(UncheckedIOException.class);

        assertThat(partials()).isEmpty();
        assertThat(tmp.resolve("truth.jsonl")).doesNotExist();
    }

    @Test
    void aSuccessfulRunPutsTheManifestInPlace() throws Exception {
        RunPlan plan = plan();
        OutputFile manifest = ManifestWriter.prepare(tmp.resolve("truth.jsonl"), plan.groundTruth());

        assertThat(run(
                        plan,
                        new FailingSink() {
                            @Override
                            public void accept(List<EmailEvent> events) {}
                        },
                        manifest))
                .isZero();

        assertThat(partials()).isEmpty();
        assertThat(tmp.resolve("truth.jsonl")).isNotEmptyFile();
    }

    private static RunPlan plan() {
        ModelSettings settings = Settings.with("synth.window.days", "1");
        return RunPlan.of(settings, Shard.ALL, 1);
    }

    private static int run(RunPlan plan, EventSink sink, OutputFile manifest) throws Exception {
        PrintWriter quiet = new PrintWriter(new StringWriter());
        return GenerationJob.run(
                plan,
                sink,
                new Tally(),
                ProgressReporter.Mode.OFF,
                1,
                new OutputOptions(),
                quiet,
                quiet,
                Optional.of(manifest));
    }

    private List<Path> partials() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".partial"))
                    .toList();
        }
    }

    /** A sink whose disk is full at the first day of events. */
    private static class FailingSink implements EventSink {
        @Override
        public void accept(List<EmailEvent> events) {
            throw new UncheckedIOException(new IOException("No space left on device"));
        }

        @Override
        public void complete() {}

        @Override
        public void close() {}

        @Override
        public String describe() {
            return "a full disk";
        }
    }
}
