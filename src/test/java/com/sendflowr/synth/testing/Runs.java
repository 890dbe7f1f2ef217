package com.sendflowr.synth.testing;

import com.sendflowr.synth.generation.HistoryGenerator.DayListener;
import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.generation.Shard;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.sinks.EventEncoder;
import com.sendflowr.synth.sinks.EventSink;
import com.sendflowr.synth.sinks.StreamingSink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/** Runs the generator and fingerprints its JSON Lines output without keeping it. */
public final class Runs {

    public static final DayListener QUIET = (day, eventsThatDay, eventsSoFar) -> {};

    private Runs() {}

    public static long run(ModelSettings settings, Shard shard, int threads, Consumer<EmailEvent> sink) {
        return run(settings, shard, threads, sink, QUIET);
    }

    public static long run(
            ModelSettings settings, Shard shard, int threads, Consumer<EmailEvent> sink, DayListener listener) {
        try {
            return RunPlan.of(settings, shard, threads).generator().run(day -> day.forEach(sink), listener);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs the generator, handing on whole days as the real sinks get them. */
    public static long days(ModelSettings settings, Shard shard, int threads, Consumer<List<EmailEvent>> sink) {
        try {
            return RunPlan.of(settings, shard, threads).generator().run(sink, QUIET);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 and length of the JSON Lines bytes of a run. */
    public static Fingerprint jsonl(ModelSettings settings, Shard shard, int threads) {
        try (JsonLinesDigest digest = new JsonLinesDigest()) {
            digest.write(settings, out -> days(settings, shard, threads, out));
            return digest.fingerprint();
        }
    }

    /** SHA-256 and length of the JSON Lines bytes of several runs, one after the other. */
    public static Fingerprint jsonl(List<ModelSettings> parts, int threads) {
        try (JsonLinesDigest digest = new JsonLinesDigest()) {
            for (ModelSettings part : parts) {
                digest.write(part, out -> days(part, Shard.ALL, threads, out));
            }
            return digest.fingerprint();
        }
    }

    /** SHA-256 and length of the JSON Lines bytes of the given events, in the given order. */
    public static Fingerprint jsonl(ModelSettings settings, Iterable<EmailEvent> events) {
        try (JsonLinesDigest digest = new JsonLinesDigest()) {
            digest.write(settings, out -> {
                List<EmailEvent> all = new java.util.ArrayList<>();
                events.forEach(all::add);
                out.accept(all);
            });
            return digest.fingerprint();
        }
    }

    public record Fingerprint(String sha256, long bytes, long lines) {
        @Override
        public String toString() {
            return sha256 + " (" + bytes + " bytes, " + lines + " lines)";
        }
    }

    /** Streams events through the real JSON Lines sink into a digest. */
    public static final class JsonLinesDigest implements AutoCloseable {
        private final MessageDigest sha;
        private final CountingStream counter = new CountingStream();
        private final DigestOutputStream out;
        private long lines;

        public JsonLinesDigest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            out = new DigestOutputStream(counter, sha);
        }

        public void write(ModelSettings settings, Consumer<Consumer<List<EmailEvent>>> producer) {
            try (EventSink sink = StreamingSink.toStream(out, true, EventEncoder.of(settings))) {
                producer.accept(day -> {
                    sink.accept(day);
                    lines += day.size();
                });
                sink.complete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Fingerprint fingerprint() {
            return new Fingerprint(HexFormat.of().formatHex(sha.digest()), counter.bytes, lines);
        }

        @Override
        public void close() {}
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
