package com.sendflowr.synth.sinks;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.sendflowr.synth.model.EmailEvent;

/**
 * JSON Lines or CSV to a file or a stream. Each day is cut into slices that are serialised on all processors and
 * written in order, so the bytes do not depend on the slicing. A file is written beside its target and moved into
 * place only by {@link #complete()}: an interrupted or failed run never leaves a truncated dataset under the name.
 */
public final class StreamingSink implements EventSink {

    private static final int BUFFER = 1 << 16;
    private static final int MIN_SLICE = 4_096;

    private static final JsonFactory JSON = new JsonFactory();
    private static final CsvFactory CSV = new CsvFactory();
    private static final CsvSchema CSV_SCHEMA;

    static {
        CsvSchema.Builder schema = CsvSchema.builder();
        CanonicalEventWriter.FIELDS.forEach(schema::addColumn);
        CSV_SCHEMA = schema.build();
    }

    private final OutputStream out;
    private final boolean jsonLines;
    private final boolean labels;
    private final String esp;
    private final Path target;
    private final Path partial;
    private final String description;
    private final int slices = Runtime.getRuntime().availableProcessors();
    private final ExecutorService pool;
    private boolean completed;
    private boolean headerPending;

    private StreamingSink(OutputStream out, boolean jsonLines, boolean labels, String esp, Path target, Path partial,
                          String description) throws IOException {
        this.out = out;
        this.jsonLines = jsonLines;
        this.labels = labels;
        this.esp = esp;
        this.target = target;
        this.partial = partial;
        this.description = description;
        this.pool = Executors.newFixedThreadPool(slices, r -> {
            Thread thread = new Thread(r, "synth-serialiser");
            thread.setDaemon(true);
            return thread;
        });
        this.headerPending = !jsonLines;
    }

    public static StreamingSink toFile(Path path, boolean jsonLines, boolean labels, String esp) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path parent = absolute.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), BUFFER);
        return new StreamingSink(out, jsonLines, labels, esp, absolute, partial, path.toString());
    }

    /** Writes to {@code stream} without closing it. */
    public static StreamingSink toStream(OutputStream stream, boolean jsonLines, boolean labels, String esp)
            throws IOException {
        return new StreamingSink(stream, jsonLines, labels, esp, null, null, "standard output");
    }

    @Override
    public void accept(List<EmailEvent> day) {
        try {
            int count = Math.max(1, Math.min(slices, day.size() / MIN_SLICE));
            boolean header = headerPending;
            headerPending = false;
            if (count == 1) {
                out.write(serialise(day, header));
                return;
            }
            List<Future<byte[]>> parts = new ArrayList<>(count);
            int size = (day.size() + count - 1) / count;
            for (int from = 0; from < day.size(); from += size) {
                List<EmailEvent> slice = day.subList(from, Math.min(day.size(), from + size));
                boolean withHeader = header && from == 0;
                parts.add(pool.submit(() -> serialise(slice, withHeader)));
            }
            for (Future<byte[]> part : parts) {
                out.write(part.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + description + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted while writing " + description));
        } catch (ExecutionException e) {
            throw new IllegalStateException("serialising events failed", e.getCause());
        }
    }

    private byte[] serialise(List<EmailEvent> events, boolean header) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(events.size() * 600);
        JsonGenerator generator;
        if (jsonLines) {
            generator = JSON.createGenerator(bytes, JsonEncoding.UTF8);
            generator.setRootValueSeparator(null);
        } else {
            CsvGenerator csv = CSV.createGenerator(bytes, JsonEncoding.UTF8);
            csv.setSchema(header ? CSV_SCHEMA.withHeader() : CSV_SCHEMA);
            generator = csv;
        }
        CanonicalEventWriter writer = new CanonicalEventWriter(generator, !jsonLines, labels, esp);
        for (EmailEvent event : events) {
            writer.write(event);
            if (jsonLines) {
                generator.writeRaw('\n');
            }
        }
        generator.close();
        return bytes.toByteArray();
    }

    @Override
    public void complete() throws IOException {
        out.flush();
        if (partial != null) {
            out.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        completed = true;
    }

    @Override
    public void close() throws IOException {
        pool.shutdownNow();
        if (completed) {
            return;
        }
        if (partial != null) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(partial);
            }
        } else {
            out.flush();
        }
    }

    @Override
    public String describe() {
        return description;
    }
}
