package com.sendflowr.synth.sinks;

import com.sendflowr.synth.model.EmailEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Future;

/**
 * JSON Lines or CSV to a file or a stream, each day serialised on all processors by a {@link Slicer} while the
 * caller prepares the next day, and written out when the next day arrives (or on {@link #complete()}). A file is
 * written beside its target as an {@link OutputFile} and moved into place only by {@link #complete()}: an interrupted
 * or failed run never leaves a truncated dataset under the real name, and two runs never share a temporary file.
 */
public final class StreamingSink implements EventSink {

    private final OutputStream out;
    private final boolean jsonLines;
    private final EventEncoder encoder;
    /** The file written, or null when writing to a stream. */
    private final OutputFile file;

    private final String description;
    private final Slicer slicer = new Slicer();
    /**
     * One per slice for each of the two days in flight (the one being serialised and the one waiting to be
     * written), reused every other day.
     */
    private final ByteArrayOutputStream[][] buffers;

    private long days;
    private List<Future<ByteArrayOutputStream>> pending = List.of();
    private boolean completed;

    private StreamingSink(
            OutputStream out, boolean jsonLines, EventEncoder encoder, OutputFile file, String description) {
        this.out = out;
        this.jsonLines = jsonLines;
        this.encoder = encoder;
        this.buffers = new ByteArrayOutputStream[2][slicer.maxSlices()];
        for (ByteArrayOutputStream[] day : buffers) {
            for (int i = 0; i < day.length; i++) {
                day[i] = new ByteArrayOutputStream(1 << 22);
            }
        }
        this.file = file;
        this.description = description;
    }

    public static StreamingSink toFile(Path path, boolean jsonLines, EventEncoder encoder) throws IOException {
        OutputFile file = OutputFile.create(path);
        return new StreamingSink(file.stream(), jsonLines, encoder, file, path.toString());
    }

    /** Writes to {@code stream} without closing it. */
    public static StreamingSink toStream(OutputStream stream, boolean jsonLines, EventEncoder encoder) {
        return new StreamingSink(stream, jsonLines, encoder, null, "standard output");
    }

    /** Writes to standard output, ending the run with a {@link StandardOutputFailure} when it takes no more. */
    public static StreamingSink toStandardOutput(java.io.PrintStream stdout, boolean jsonLines, EventEncoder encoder) {
        return toStream(new CheckedStandardOutput(stdout), jsonLines, encoder);
    }

    @Override
    public void accept(List<EmailEvent> day) {
        ByteArrayOutputStream[] dayBuffers = buffers[(int) (days++ % 2)];
        List<Future<ByteArrayOutputStream>> next = slicer.submit(day, (slice, index, first) -> {
            ByteArrayOutputStream buffer = dayBuffers[index];
            buffer.reset();
            if (jsonLines) {
                encoder.jsonLines(slice, buffer);
            } else {
                encoder.csv(slice, first, buffer);
            }
            return buffer;
        });
        writePending();
        pending = next;
    }

    private void writePending() {
        try {
            for (ByteArrayOutputStream part : Slicer.results(pending)) {
                part.writeTo(out);
            }
            pending = List.of();
        } catch (StandardOutputFailure e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + description + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(
                    new java.io.InterruptedIOException("interrupted while writing " + description));
        }
    }

    @Override
    public void complete() throws IOException {
        writePending();
        if (file != null) {
            file.commit();
        } else {
            out.flush();
        }
        completed = true;
    }

    @Override
    public void close() throws IOException {
        slicer.close();
        if (completed) {
            return;
        }
        if (file != null) {
            file.close();
        } else {
            try {
                out.flush();
            } catch (IOException alreadyReported) {
                // the write that failed has ended the run
            }
        }
    }

    @Override
    public String describe() {
        return description;
    }
}
