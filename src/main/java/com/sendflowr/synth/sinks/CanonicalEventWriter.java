package com.sendflowr.synth.sinks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.sendflowr.synth.model.Client;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.EventType;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/**
 * Writes SendFlowr's canonical email event through a Jackson streaming generator: nested {@code metadata} for
 * JSON, {@code metadata} as a JSON string column for CSV (where absent values are empty columns).
 */
final class CanonicalEventWriter {

    static final List<String> FIELDS = List.of(
            "event_id",
            "event_type",
            "timestamp",
            "esp",
            "recipient_id",
            "recipient_email",
            "campaign_id",
            "campaign_name",
            "message_id",
            "subject",
            "click_url",
            "user_agent",
            "ip_address",
            "metadata",
            "ingested_at");

    private static final SerializableString[] NAMES =
            FIELDS.stream().map(SerializedString::new).toArray(SerializableString[]::new);
    private static final SerializableString BOUNCE_TYPE = new SerializedString("bounce_type");
    private static final SerializableString VARIANT = new SerializedString("variant");
    private static final SerializableString[] TYPES = Arrays.stream(EventType.values())
            .map(type -> new SerializedString(type.wireName()))
            .toArray(SerializableString[]::new);

    private final JsonGenerator out;
    private final boolean flat;
    private final EventColumns columns;
    private final SerializableString esp;
    private final EncodedStrings encoded;
    private final Timestamps timestamps = new Timestamps();
    private final byte[] uuid = new byte[UuidText.LENGTH];

    CanonicalEventWriter(JsonGenerator out, boolean flat, String esp, EncodedStrings encoded, EventColumns columns) {
        this.out = out;
        this.columns = columns;
        this.encoded = encoded;
        this.flat = flat;
        this.esp = new SerializedString(esp);
    }

    void write(EmailEvent e) throws IOException {
        boolean engaged = e.type() == EventType.OPENED || e.type() == EventType.CLICKED;
        out.writeStartObject();
        uuid(0, e.eventIdHigh(), e.eventIdLow());
        field(1, TYPES[e.type().ordinal()]);
        out.writeFieldName(NAMES[2]);
        ascii(timestamps.format(e.timestamp()), Timestamps.LENGTH);
        SerializableString[] recipient = encoded.of(e.recipient());
        SerializableString[] campaign = encoded.of(e.campaign());
        field(3, this.esp);
        field(4, recipient[0]);
        field(5, recipient[1]);
        field(6, campaign[0]);
        field(7, campaign[1]);
        uuid(8, e.message().idHigh(), e.message().idLow());
        if (e.message().variant() == null) {
            field(9, campaign[2]);
        } else {
            field(9, e.message().subject());
        }
        if (e.type() == EventType.CLICKED) {
            field(10, campaign[3]);
        } else {
            absent(10);
        }
        Client client = engaged ? e.client() : null;
        if (client != null) {
            SerializableString[] device = encoded.of(client);
            field(11, device[0]);
            field(12, device[1]);
        } else {
            absent(11);
            absent(12);
        }
        out.writeFieldName(NAMES[13]);
        String zone = e.recipient().timeZone();
        int flags = e.flags() & (EmailEvent.MACHINE_OPEN | EmailEvent.DEFERRED);
        SerializableString metadata = encoded.metadata(e.recipient().persona(), zone, flags);
        if (flat) {
            out.writeString(metadata);
        } else {
            out.writeRawValue(metadata);
        }
        out.writeFieldName(NAMES[14]);
        ascii(timestamps.format(e.ingestedAt()), Timestamps.LENGTH);
        if (columns.bounceType()) {
            String bounce = e.has(EmailEvent.HARD_BOUNCE) ? "hard" : e.has(EmailEvent.SOFT_BOUNCE) ? "soft" : null;
            extra(BOUNCE_TYPE, bounce);
        }
        if (columns.variant()) {
            extra(VARIANT, e.message().variant());
        }
        out.writeEndObject();
    }

    private void uuid(int index, long high, long low) throws IOException {
        UuidText.format(high, low, uuid);
        out.writeFieldName(NAMES[index]);
        ascii(uuid, UuidText.LENGTH);
    }

    /**
     * A value this writer formatted itself (ASCII, nothing to escape): JSON takes the bytes as they are, while the
     * CSV generator (which cannot) decodes them.
     */
    private void ascii(byte[] text, int length) throws IOException {
        if (flat) {
            out.writeUTF8String(text, 0, length);
        } else {
            out.writeRawUTF8String(text, 0, length);
        }
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

    /** A canonical field this event lacks: left out of JSON, an empty column in CSV. */
    private void absent(int index) throws IOException {
        if (flat) {
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

    /** The {@code metadata} object as JSON text. */
    static String metadataAsJson(String persona, boolean labels, String zone, int flags) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = new JsonFactory().createGenerator(text)) {
            writeMetadata(generator, persona, labels, zone, flags);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }
}
