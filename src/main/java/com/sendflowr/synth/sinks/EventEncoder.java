package com.sendflowr.synth.sinks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.model.EmailEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** Encodes slices of events as UTF-8 JSON Lines, CSV rows, or one JSON document per event (for Kafka values). */
public final class EventEncoder {

    private static final JsonFactory JSON = new JsonFactory();
    private static final CsvFactory CSV = new CsvFactory();
    private final String esp;
    private final EventColumns columns;
    private final CsvSchema csvSchema;
    private final EncodedStrings encoded;

    public EventEncoder(boolean labels, String esp) {
        this(labels, esp, EventColumns.CANONICAL);
    }

    public EventEncoder(boolean labels, String esp, EventColumns columns) {
        this(labels, false, esp, columns);
    }

    /** {@code machineOpenIsLabel}: whether {@code metadata.machine_open} is a label that goes without labels. */
    public EventEncoder(boolean labels, boolean machineOpenIsLabel, String esp, EventColumns columns) {
        this.esp = esp;
        this.columns = columns;
        this.encoded = new EncodedStrings(labels, machineOpenIsLabel);
        CsvSchema.Builder schema = CsvSchema.builder();
        CanonicalEventWriter.FIELDS.forEach(schema::addColumn);
        if (columns.bounceType()) {
            schema.addColumn("bounce_type");
        }
        if (columns.variant()) {
            schema.addColumn("variant");
        }
        this.csvSchema = schema.build();
    }

    /** The encoder of a run's events: its labels, ESP and the columns its realism features add. */
    public static EventEncoder of(ModelSettings settings) {
        return new EventEncoder(
                settings.labels(),
                settings.realism().privacyProxy().signature(),
                settings.identity().esp(),
                EventColumns.of(settings));
    }

    /** JSON Lines: one object and a newline per event, appended to {@code bytes}. */
    public void jsonLines(List<EmailEvent> events, OutputStream bytes) throws IOException {
        try (JsonGenerator generator = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            generator.setRootValueSeparator(null);
            CanonicalEventWriter writer = new CanonicalEventWriter(generator, false, esp, encoded, columns);
            for (EmailEvent event : events) {
                writer.write(event);
                generator.writeRaw('\n');
            }
        }
    }

    /** CSV rows, preceded by the header line when {@code header}, appended to {@code bytes}. */
    public void csv(List<EmailEvent> events, boolean header, OutputStream bytes) throws IOException {
        try (CsvGenerator generator = CSV.createGenerator(bytes, JsonEncoding.UTF8)) {
            generator.setSchema(header ? csvSchema.withHeader() : csvSchema);
            CanonicalEventWriter writer = new CanonicalEventWriter(generator, true, esp, encoded, columns);
            for (EmailEvent event : events) {
                writer.write(event);
            }
        }
    }

    /** One UTF-8 JSON document per event, in order. */
    public List<byte[]> documents(List<EmailEvent> events) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        List<byte[]> documents = new ArrayList<>(events.size());
        try (JsonGenerator generator = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            generator.setRootValueSeparator(null);
            CanonicalEventWriter writer = new CanonicalEventWriter(generator, false, esp, encoded, columns);
            for (EmailEvent event : events) {
                writer.write(event);
                generator.flush();
                documents.add(bytes.toByteArray());
                bytes.reset();
            }
        }
        return documents;
    }
}
