package com.sendflowr.synth.readers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines file of canonical events with Jackson's streaming parser, one thread. A record that is not a
 * canonical event ends the read with a {@link MalformedRecordException} naming the file, line and field.
 */
public final class JsonLinesSource implements EventSource {

    /** Jackson's error messages would otherwise quote the input ("Source: (byte[])..."). */
    static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final Path path;

    public JsonLinesSource(Path path) {
        this.path = path;
    }

    @Override
    public void readAll(Consumer<ObservedEvent> consumer) throws IOException {
        readAll(consumer, TimeWindow.ANY);
    }

    @Override
    public void readAll(Consumer<ObservedEvent> consumer, TimeWindow window) throws IOException {
        try (InputStream in = Files.newInputStream(path);
                JsonParser parser = JSON.createParser(in)) {
            ObservedEvent event;
            while ((event = next(parser, window)) != null) {
                consumer.accept(event);
            }
        } catch (MalformedRecordException e) {
            throw e.at(path + " line " + e.line());
        }
    }

    /**
     * The next event of {@code parser}, or null at the end of its input; a malformed record throws, with the line of
     * the parser's input it is on.
     */
    static ObservedEvent next(JsonParser parser, TimeWindow window) throws MalformedRecordException {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new MalformedRecordException("not a JSON object (each line must hold one event)");
            }
            ObservedEvent event = parse(parser);
            window.check(event.timestamp());
            return event;
        } catch (MalformedRecordException e) {
            throw e.onLine(parser.currentTokenLocation().getLineNr());
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null
                    ? parser.currentLocation().getLineNr()
                    : e.getLocation().getLineNr();
            throw new MalformedRecordException("not valid JSON: " + e.getOriginalMessage()).onLine(line);
        } catch (IOException e) {
            throw new MalformedRecordException("cannot be read: " + e.getMessage())
                    .onLine(parser.currentLocation().getLineNr());
        }
    }

    /**
     * Parses one event object; the parser stands on its START_OBJECT. The identifying fields and the timestamp must
     * be strings; the optional ones strings or null; anything else is refused with the field's name.
     */
    public static ObservedEvent parse(JsonParser parser) throws IOException {
        String eventId = null;
        String type = null;
        String timestamp = null;
        String messageId = null;
        String recipientId = null;
        String variant = null;
        String bounceType = null;
        Metadata metadata = Metadata.NONE;
        JsonToken next;
        while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "event_id" -> eventId = required(parser, field, value);
                case "event_type" -> type = required(parser, field, value);
                case "timestamp" -> timestamp = required(parser, field, value);
                case "message_id" -> messageId = required(parser, field, value);
                case "recipient_id" -> recipientId = required(parser, field, value);
                case "variant" -> variant = optional(parser, field, value);
                case "bounce_type" -> bounceType = optional(parser, field, value);
                case "metadata" -> {
                    if (value == JsonToken.START_OBJECT) {
                        metadata = metadata(parser);
                    } else if (value.isStructStart()) {
                        parser.skipChildren();
                    }
                }
                default -> {
                    if (value.isStructStart()) {
                        parser.skipChildren();
                    }
                }
            }
        }
        if (next != JsonToken.END_OBJECT) {
            throw new MalformedRecordException("the object is not complete");
        }
        missing("event_id", eventId);
        missing("event_type", type);
        missing("timestamp", timestamp);
        missing("message_id", messageId);
        missing("recipient_id", recipientId);
        return new ObservedEvent(
                eventId,
                type,
                timestamp,
                messageId,
                metadata.persona,
                recipientId,
                variant,
                bounceType,
                metadata.timeZone,
                metadata.machineOpen);
    }

    private record Metadata(String persona, String timeZone, boolean machineOpen) {
        static final Metadata NONE = new Metadata(null, null, false);
    }

    public static ObservedEvent parse(byte[] json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            ObservedEvent event = next(parser, TimeWindow.ANY);
            if (event == null) {
                throw new MalformedRecordException("empty record");
            }
            return event;
        }
    }

    private static String required(JsonParser parser, String field, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw wrongKind(field, value, "a string");
        }
        return parser.getText();
    }

    private static String optional(JsonParser parser, String field, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw wrongKind(field, value, "a string or null");
        }
        return parser.getText();
    }

    private static void missing(String field, String value) throws MalformedRecordException {
        if (value == null) {
            throw new MalformedRecordException("field '" + field + "' is missing");
        }
    }

    private static MalformedRecordException wrongKind(String field, JsonToken value, String expected) {
        return new MalformedRecordException(
                "field '" + field + "' is " + kind(value) + "; " + expected + " is expected");
    }

    private static String kind(JsonToken value) {
        return switch (value) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> String.valueOf(value);
        };
    }

    private static Metadata metadata(JsonParser parser) throws IOException {
        String persona = null;
        String timeZone = null;
        boolean machineOpen = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "persona" -> persona = optional(parser, "metadata.persona", value);
                case "time_zone" -> timeZone = optional(parser, "metadata.time_zone", value);
                case "machine_open" -> machineOpen = value == JsonToken.VALUE_TRUE;
                default -> {
                    if (value.isStructStart()) {
                        parser.skipChildren();
                    }
                }
            }
        }
        return new Metadata(persona, timeZone, machineOpen);
    }

    @Override
    public String describe() {
        return path.toString();
    }
}
