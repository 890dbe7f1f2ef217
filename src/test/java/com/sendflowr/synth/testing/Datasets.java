package com.sendflowr.synth.testing;

import com.sendflowr.synth.config.WindowOverrides;
import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.generation.Shard;
import com.sendflowr.synth.sinks.EventEncoder;
import com.sendflowr.synth.sinks.StreamingSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Writes generated datasets to JSON Lines files through the real sink, as {@code generate} does. */
public final class Datasets {

    private Datasets() {}

    /** The default configuration over the first {@code days} days of its window. */
    public static RunPlan plan(int days) {
        ModelSettings settings =
                Settings.read(Map.of(), new WindowOverrides(Optional.empty(), Optional.of(days), Optional.empty()));
        return RunPlan.of(settings, Shard.ALL, 2);
    }

    public static Path jsonl(RunPlan plan, Path file) throws IOException, InterruptedException {
        EventEncoder encoder = new EventEncoder(
                plan.settings().labels(), plan.settings().identity().esp());
        try (StreamingSink sink = StreamingSink.toFile(file, true, encoder)) {
            plan.generator().run(sink, Runs.QUIET);
            sink.complete();
        }
        return file;
    }
}
