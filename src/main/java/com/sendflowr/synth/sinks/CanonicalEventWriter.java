package com.sendflowr.synth.sinks;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.sendflowr.synth.model.Client;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.EventType;

/**
 * Writes SendFlowr's canonical email event through a Jackson streaming generator: nested {@code metadata} for
 * JSON, {@code metadata} as a JSON string column for CSV (where absent values are empty columns).
 */
final class CanonicalEventWriter {

    static final List<String> FIELDS = List.of("event_id", "event_type", "timestamp", "esp", "recipient_id",
            "recipient_email", "campaign_id", "campaign_name", "message_id", "subject", "click_url", "user_agent",
            "ip_address", "metadata", "ingested_at");

    private static final SerializableString[] NAMES = FIELDS.stream().map(SerializedString::new)
            .toArray(SerializableString[]::new);
    private static final SerializableString BOUNCE_TYPE = new SerializedString("bounce_type");
    private static final SerializableString VARIANT = new SerializedString("variant");

    private final JsonGenerator out;
    private final boolean flat;
    private final EventColumns columns;
    private final boolean labels;
    private final SerializableString esp;
    private final EncodedStrings encoded;
    private final Timestamps timestamps = new Timestamps();

    CanonicalEventWriter(JsonGenerator out, boolean flat, boolean labels, String esp, EncodedStrings encoded,
                         EventColumns columns) {
        this.out = out;
        this.columns = columns;
        this.encoded = encoded;
        this.flat = flat;
        this.labels = labels;
        this.esp = new SerializedString(esp);
    }

    void write(EmailEvent e) throws IOException {
        boolean engaged = e.type() == EventType.OPENED || e.type() == EventType.CLICKED;
        out.writeStartObject();
        field(0, new UUID(e.eventIdHigh(), e.eventIdLow()).toString());
        out.writeFieldName(NAMES[1]);
        out.writeString(e.type().wireName());
        out.writeFieldName(NAMES[2]);
        out.writeString(timestamps.format(e.timestamp()), 0, Timestamps.LENGTH);
        SerializableString[] recipient = encoded.of(e.recipient());
        SerializableString[] campaign = encoded.of(e.campaign());
        field(3, this.esp);
        field(4, recipient[0]);
        field(5, recipient[1]);
        field(6, campaign[0]);
        field(7, campaign[1]);
        out.writeFieldName(NAMES[8]);
        out.writeString(e.message().id());
        if (e.message().variant() == null) {
            field(9, campaign[2]);
        } else {
            field(9, e.message().subject());
        }
        if (e.type() == EventType.CLICKED) {
            field(10, campaign[3]);
        } else {
            optional(10, null);
        }
        Client client = engaged ? e.client() : null;
        optional(11, client == null ? null : client.userAgent());
        optional(12, client == null ? null : client.ipAddress());
        out.writeFieldName(NAMES[13]);
        String zone = e.recipient().timeZone();
        int flags = e.flags() & (EmailEvent.MACHINE_OPEN | EmailEvent.DEFERRED);
        if (flat) {
            out.writeString(encoded.metadata(e.recipient().persona(), zone, flags,
                    () -> metadataAsJson(e.recipient().persona(), labels, zone, flags)));
        } else {
            writeMetadata(out, e.recipient().persona(), labels, zone, flags);
        }
        out.writeFieldName(NAMES[14]);
        out.writeString(timestamps.format(e.ingestedAt()), 0, Timestamps.LENGTH);
        if (columns.bounceType()) {
            String bounce = e.has(EmailEvent.HARD_BOUNCE) ? "hard" : e.has(EmailEvent.SOFT_BOUNCE) ? "soft" : null;
            extra(BOUNCE_TYPE, bounce);
        }
        if (columns.variant()) {
            extra(VARIANT, e.message().variant());
        }
        out.writeEndObject();
    }

    private void field(int index, SerializableString value) throws IOException {
        out.writeFieldName(NAMES[index]);
        out.writeString(value);
    }

    private void field(int index, String value) throws IOException {
        out.writeFieldName(NAMES[index]);
        out.writeString(value);
    }

    /** A field only some events have: left out of JSON when absent, an empty column in CSV. */
    private void extra(SerializableString name, String value) throws IOException {
        if (value != null) {
            out.writeFieldName(name);
            out.writeString(value);
        } else if (flat) {
            out.writeFieldName(name);
            out.writeNull();
        }
    }

    private void optional(int index, String value) throws IOException {
        if (value != null) {
            field(index, value);
        } else if (flat) {
            out.writeFieldName(NAMES[index]);
            out.writeNull();
        }
    }

    private static void writeMetadata(JsonGenerator generator, String persona, boolean labels, String zone, int flags)
            throws IOException {
        generator.writeStartObject();
        if (labels) {
            generator.writeStringField("persona", persona);
        }
        generator.writeBooleanField("test_data", true);
        if (zone != null) {
            generator.writeStringField("time_zone", zone);
        }
        if ((flags & EmailEvent.MACHINE_OPEN) != 0) {
            generator.writeBooleanField("machine_open", true);
        }
        if ((flags & EmailEvent.DEFERRED) != 0) {
            generator.writeBooleanField("deferred", true);
        }
        generator.writeEndObject();
    }

    private static String metadataAsJson(String persona, boolean labels, String zone, int flags) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = new JsonFactory().createGenerator(text)) {
            writeMetadata(generator, persona, labels, zone, flags);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }
}
