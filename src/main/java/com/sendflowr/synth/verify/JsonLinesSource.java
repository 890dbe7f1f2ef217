package com.sendflowr.synth.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Reads a JSON Lines file of canonical events with Jackson's streaming parser. */
public final class JsonLinesSource implements EventSource {

    private static final JsonFactory JSON = new JsonFactory();

    private final Path path;

    public JsonLinesSource(Path path) {
        this.path = path;
    }

    @Override
    public void readAll(Consumer<ObservedEvent> consumer) throws IOException {
        try (InputStream in = Files.newInputStream(path); JsonParser parser = JSON.createParser(in)) {
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                consumer.accept(parse(parser));
            }
        }
    }

    /** Parses one event object; the parser stands on its START_OBJECT. */
    public static ObservedEvent parse(JsonParser parser) throws IOException {
        String eventId = null;
        String type = null;
        String timestamp = null;
        String messageId = null;
        String recipientId = null;
        String variant = null;
        String bounceType = null;
        Metadata metadata = Metadata.NONE;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "event_id" -> eventId = parser.getText();
                case "event_type" -> type = parser.getText();
                case "timestamp" -> timestamp = parser.getText();
                case "message_id" -> messageId = parser.getText();
                case "recipient_id" -> recipientId = parser.getText();
                case "variant" -> variant = parser.getText();
                case "bounce_type" -> bounceType = parser.getText();
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
        return new ObservedEvent(eventId, type, timestamp, messageId, metadata.persona, recipientId, variant, bounceType,
                metadata.timeZone, metadata.machineOpen);
    }

    private record Metadata(String persona, String timeZone, boolean machineOpen) {
        static final Metadata NONE = new Metadata(null, null, false);
    }

    public static ObservedEvent parse(byte[] json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            return parse(parser);
        }
    }

    private static Metadata metadata(JsonParser parser) throws IOException {
        String persona = null;
        String timeZone = null;
        boolean machineOpen = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "persona" -> persona = parser.getText();
                case "time_zone" -> timeZone = parser.getText();
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
