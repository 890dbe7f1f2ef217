package com.sendflowr.synth.clickhouse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the seed's validation queries must answer for a dataset, counted from the generator's own JSON Lines output
 * of the same seed and window (the same bytes it publishes to Kafka), each answer as the rows the query returns.
 */
record PublishedDataset(
        long total,
        List<List<String>> byType,
        List<List<String>> topClickers,
        List<List<String>> clickHours,
        List<List<String>> byPersonaAndType) {

    static PublishedDataset read(Path jsonLines) {
        long total = 0;
        Map<String, Long> byType = new TreeMap<>();
        Map<String, Long> clicksByUser = new TreeMap<>();
        Map<Integer, Long> clicksByHour = new TreeMap<>();
        Map<String, Long> byPersonaAndType = new TreeMap<>();
        JsonFactory json = new JsonFactory();
        try (BufferedReader reader = Files.newBufferedReader(jsonLines, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Map<String, String> event = fields(json, line);
                String type = event.get("event_type");
                total++;
                byType.merge(type, 1L, Long::sum);
                clicksByUser.merge(event.get("recipient_id"), type.equals("clicked") ? 1L : 0L, Long::sum);
                if (type.equals("clicked")) {
                    int hour = Instant.parse(event.get("timestamp"))
                            .atZone(ZoneOffset.UTC)
                            .getHour();
                    clicksByHour.merge(hour, 1L, Long::sum);
                }
                byPersonaAndType.merge(event.getOrDefault("persona", "") + "\t" + type, 1L, Long::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> topClickers = clicksByUser.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(10)
                .map(e -> List.of(e.getKey(), String.valueOf(e.getValue())))
                .toList();
        return new PublishedDataset(total, rows(byType), topClickers, rows(clicksByHour), rows(byPersonaAndType));
    }

    /** The top-level string fields of one event, and {@code persona} from its metadata. */
    private static Map<String, String> fields(JsonFactory json, String line) throws IOException {
        Map<String, String> fields = new TreeMap<>();
        try (JsonParser parser = json.createParser(line)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT) {
                    depth--;
                } else if (token == JsonToken.VALUE_STRING
                        && (depth == 1 || parser.currentName().equals("persona"))) {
                    fields.put(parser.currentName(), parser.getText());
                }
            }
        }
        return fields;
    }

    private static List<List<String>> rows(Map<?, Long> counts) {
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((key, count) -> {
            List<String> row = new ArrayList<>(List.of(String.valueOf(key).split("\t", -1)));
            row.add(String.valueOf(count));
            rows.add(row);
        });
        return rows;
    }
}
