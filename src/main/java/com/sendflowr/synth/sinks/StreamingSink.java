package com.sendflowr.synth.sinks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.core.JsonFactory;
import com.sendflowr.synth.model.EmailEvent;

/**
 * JSON Lines or CSV to a file or a stream. A file is written beside its target and moved into place only by
 * {@link #complete()}, so an interrupted or failed run never leaves a truncated dataset under the real name.
 */
public final class StreamingSink implements EventSink {

    private static final int BUFFER = 1 << 16;

    private final JsonGenerator generator;
    private final CanonicalEventWriter writer;
    private final boolean jsonLines;
    private final Path target;
    private final Path partial;
    private final String description;
    private boolean completed;

    private StreamingSink(OutputStream out, boolean jsonLines, boolean labels, String esp, Path target, Path partial,
                          String description) throws IOException {
        this.jsonLines = jsonLines;
        this.target = target;
        this.partial = partial;
        this.description = description;
        if (jsonLines) {
            generator = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            generator.setRootValueSeparator(null);
        } else {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            CanonicalEventWriter.FIELDS.forEach(schema::addColumn);
            CsvGenerator csv = new CsvFactory().createGenerator(out, JsonEncoding.UTF8);
            csv.setSchema(schema.build());
            generator = csv;
        }
        writer = new CanonicalEventWriter(generator, !jsonLines, labels, esp);
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

    public static StreamingSink toStream(OutputStream stream, boolean jsonLines, boolean labels, String esp)
            throws IOException {
        OutputStream unclosable = new java.io.FilterOutputStream(stream) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        return new StreamingSink(new BufferedOutputStream(unclosable, BUFFER), jsonLines, labels, esp, null, null,
                "standard output");
    }

    @Override
    public void accept(EmailEvent event) {
        try {
            writer.write(event);
            if (jsonLines) {
                generator.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + description + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void complete() throws IOException {
        generator.close();
        if (partial != null) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        completed = true;
    }

    @Override
    public void close() throws IOException {
        if (completed) {
            return;
        }
        try {
            generator.close();
        } finally {
            if (partial != null) {
                Files.deleteIfExists(partial);
            }
        }
    }

    @Override
    public String describe() {
        return description;
    }
}
