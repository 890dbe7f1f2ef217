package com.sendflowr.synth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code report} command and the {@code --output json} forms, as a user and a pipeline meet them; rerun on the
 * packaged (and native) application by {@link ReportCommandIT}.
 */
@QuarkusMainTest
class ReportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATA_START = "<script type=\"application/json\" id=\"report-data\">";

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static Path week;
    private static JsonNode weekGenerated;

    /** Seven generated days and what {@code generate --output json} said about them, made once for the class. */
    private static Path week(QuarkusMainLauncher launcher) throws IOException {
        if (week == null) {
            Path file = shared.resolve("week.jsonl");
            LaunchResult result = launcher.launch(
                    "generate", "--days", "7", "--sink", "jsonl:" + file, "--progress", "off", "--output", "json");
            assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
            weekGenerated = JSON.readTree(result.getOutput());
            week = file;
        }
        return week;
    }

    @Test
    void reportCountsWhatGenerateReported(QuarkusMainLauncher launcher) throws IOException {
        Path data = week(launcher);
        Path html = tmp.resolve("week.html");
        LaunchResult result = launcher.launch("report", data.toString(), "--days", "7", "--out", html.toString());
        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        long events = weekGenerated.at("/run/events").asLong();
        assertThat(result.getOutput())
                .contains("Report of " + String.format("%,d", events) + " events", html.toString());
        JsonNode report = data(html);
        assertThat(report.get("events").asLong()).isEqualTo(events);
        Map<String, long[]> unique = uniqueOpensAndClicks(data);
        assertThat(report.get("personas")).hasSize(9);
        for (JsonNode persona : report.get("personas")) {
            String name = persona.get("name").asText();
            JsonNode generated = persona(weekGenerated, name).get("actual");
            for (String type : List.of("sent", "delivered", "opened", "clicked")) {
                assertThat(persona.get(type).asLong())
                        .as(name + " " + type)
                        .isEqualTo(generated.get(type).asLong());
            }
            assertThat(persona.get("uniqueOpens").asLong()).as(name).isEqualTo(unique.get(name)[0]);
            assertThat(persona.get("uniqueClicks").asLong()).as(name).isEqualTo(unique.get(name)[1]);
            assertThat(persona.at("/target/openRate").asDouble())
                    .isEqualTo(persona(weekGenerated, name)
                            .get("configuredOpenRate")
                            .asDouble());
            assertThat(sum(persona.get("opensByHourOfWeek")))
                    .isEqualTo(persona.get("opened").asLong());
            assertThat(sum(persona.get("clicksByHourOfWeek")))
                    .isEqualTo(persona.get("clicked").asLong());
        }
        assertThat(report.at("/eventTypes/sent").asLong())
                .isEqualTo(weekGenerated.at("/total/actual/sent").asLong());
        assertThat(sum(report.get("sendsByMinuteOfWeek")))
                .isEqualTo(weekGenerated.at("/total/actual/sent").asLong());
        assertThat(report.at("/eventsPerUser/users").asInt()).isEqualTo(350);
        assertThat(report.get("variants")).isEmpty();
        assertThat(report.get("machineOpens").asLong()).isZero();
    }

    @Test
    void sameInputGivesTheSameSelfContainedPage(QuarkusMainLauncher launcher) throws IOException {
        Path data = week(launcher);
        Path first = tmp.resolve("first.html");
        Path second = tmp.resolve("second.html");
        assertThat(launcher.launch("report", "jsonl:" + data, "--days", "7", "--out", first.toString())
                        .exitCode())
                .isZero();
        assertThat(launcher.launch("report", "jsonl:" + data, "--days", "7", "--out", second.toString())
                        .exitCode())
                .isZero();
        // the source's name is in the page, so both must name the same input
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        String html = Files.readString(first, StandardCharsets.UTF_8);
        assertThat(html)
                .doesNotContain(" src=", " href=", "url(", "@import", "fetch(", "XMLHttpRequest")
                .contains("Content-Security-Policy\" content=\"default-src 'none'");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://");
        assertThat(FileFaultsTest.leftOvers(tmp)).isEmpty();
    }

    @Test
    void namesOfTheInputAreEscaped(QuarkusMainLauncher launcher) throws IOException {
        Path odd = tmp.resolve("a<b>&'c.jsonl");
        Files.copy(week(launcher), odd);
        Path html = tmp.resolve("odd.html");
        LaunchResult result = launcher.launch("report", odd.toString(), "--days", "7", "--out", html.toString());
        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page)
                .doesNotContain("a<b>")
                .contains("a&lt;b&gt;&amp;'c.jsonl</code>", "a\\u003Cb\\u003E\\u0026\\u0027c.jsonl");
        assertThat(data(html).get("source").asText()).endsWith("a<b>&'c.jsonl");
    }

    @Test
    void badInputOrOutputExitsTwoAndNamesTheArgument(QuarkusMainLauncher launcher) {
        Path html = tmp.resolve("never.html");
        LaunchResult missing =
                launcher.launch("report", tmp.resolve("absent.jsonl").toString(), "--out", html.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.getErrorOutput()).contains("INPUT", "no such file", "absent.jsonl");
        LaunchResult noDirectory = launcher.launch(
                "report",
                "jsonl:x.jsonl",
                "--out",
                tmp.resolve("no/such/dir/r.html").toString());
        assertThat(noDirectory.exitCode()).isEqualTo(2);
        assertThat(noDirectory.getErrorOutput()).contains("--out", "does not exist");
        LaunchResult noOut = launcher.launch("report", "jsonl:x.jsonl");
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.getErrorOutput()).contains("--out");
        LaunchResult badScheme = launcher.launch("report", "kafka:", "--out", html.toString());
        assertThat(badScheme.exitCode()).isEqualTo(2);
        assertThat(badScheme.getErrorOutput()).contains("INPUT", "jsonl:PATH");
        assertThat(Files.exists(html)).isFalse();
    }

    @Test
    void summaryAsJson(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult flag = launcher.launch("--summary", "--output", "json");
        assertThat(flag.exitCode()).as(flag.getErrorOutput()).isZero();
        JsonNode summary = JSON.readTree(flag.getOutput());
        assertThat(summary.get("users").asInt()).isEqualTo(350);
        assertThat(summary.get("seed").asLong()).isEqualTo(42);
        assertThat(summary.at("/window/start").asText()).isEqualTo("2025-10-01T00:00:00Z");
        assertThat(summary.get("personas")).hasSize(9);
        double events = summary.at("/total/expected/events").asDouble();
        assertThat(events).isBetween(500_000.0, 1_000_000.0);
        double perPersona = 0;
        for (JsonNode persona : summary.get("personas")) {
            perPersona += persona.at("/expected/events").asDouble();
            assertThat(persona.has("actual")).isFalse();
        }
        assertThat(perPersona).isCloseTo(events, org.assertj.core.data.Offset.offset(1.0));
        LaunchResult command = launcher.launch("summary", "--output", "JSON");
        assertThat(command.getOutput()).isEqualTo(flag.getOutput());
    }

    @Test
    void dryRunAsJsonCarriesActualCounts(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = launcher.launch("--dry-run", "--days", "2", "--output", "json");
        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        JsonNode run = JSON.readTree(result.getOutput());
        long events = run.at("/run/events").asLong();
        assertThat(events).isPositive().isEqualTo(run.at("/total/actual/events").asLong());
        long perPersona = 0;
        for (JsonNode persona : run.get("personas")) {
            perPersona += persona.at("/actual/events").asLong();
        }
        assertThat(perPersona).isEqualTo(events);
        assertThat(Math.abs(events - run.at("/total/expected/events").asDouble()) / events)
                .isLessThan(0.05);
    }

    @Test
    void verifyAsJsonPassesAndExitsZero(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = launcher.launch("verify", "jsonl:" + week(launcher), "--days", "7", "--output", "json");
        assertThat(result.exitCode()).as(result.getOutput()).isZero();
        JsonNode verdict = JSON.readTree(result.getOutput());
        assertThat(verdict.get("passed").asBoolean()).isTrue();
        assertThat(verdict.get("failed").asInt()).isZero();
        JsonNode events = verdict.get("checks").get(0);
        assertThat(events.get("name").asText()).isEqualTo("events");
        assertThat(events.get("actualValue").asLong())
                .isEqualTo(weekGenerated.at("/run/events").asLong());
        assertThat(events.get("toleranceValue").asDouble()).isPositive();
    }

    @Test
    void verifyAsJsonReportsAMismatchAndExitsThree(QuarkusMainLauncher launcher) throws IOException {
        // checked against the expectation of nine days, seven days of data are too few
        LaunchResult result = launcher.launch("verify", "jsonl:" + week(launcher), "--days", "9", "--output", "json");
        assertThat(result.exitCode()).isEqualTo(3);
        JsonNode verdict = JSON.readTree(result.getOutput());
        assertThat(verdict.get("passed").asBoolean()).isFalse();
        assertThat(verdict.get("failed").asInt()).isPositive();
        JsonNode sent = verdict.get("checks").get(1);
        assertThat(sent.get("name").asText()).isEqualTo("sent");
        assertThat(sent.get("ok").asBoolean()).isFalse();
        assertThat(Math.abs(sent.get("actualValue").asDouble()
                        - sent.get("expectedValue").asDouble()))
                .isGreaterThan(sent.get("toleranceValue").asDouble());
    }

    @Test
    void verifyTableColumnsLineUp(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = launcher.launch("verify", "jsonl:" + week(launcher), "--days", "7");
        assertThat(result.exitCode()).isZero();
        List<String> lines = result.getOutput().lines().toList();
        String header = lines.stream()
                .filter(l -> l.trim().startsWith("check"))
                .findFirst()
                .orElseThrow();
        int resultColumn = header.indexOf("result");
        int expectedEnd = header.indexOf("expected") + "expected".length();
        List<String> rows = lines.stream()
                .filter(l -> l.endsWith(" ok") || l.endsWith(" MISMATCH"))
                .toList();
        assertThat(rows).hasSizeGreaterThan(20);
        for (String row : rows) {
            assertThat(row.indexOf(row.endsWith(" ok") ? "ok" : "MISMATCH", resultColumn))
                    .as(row)
                    .isEqualTo(resultColumn);
            assertThat(row.charAt(expectedEnd - 1)).as(row).isNotEqualTo(' ');
            assertThat(row.charAt(expectedEnd)).as(row).isEqualTo(' ');
        }
    }

    @Test
    void unknownOutputFormatExitsTwo(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("--summary", "--output", "xml");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput()).contains("--output", "xml");
    }

    private static JsonNode data(Path html) throws IOException {
        String page = Files.readString(html, StandardCharsets.UTF_8);
        int start = page.indexOf(DATA_START) + DATA_START.length();
        return JSON.readTree(page.substring(start, page.indexOf("</script>", start)));
    }

    private static JsonNode persona(JsonNode summary, String name) {
        for (JsonNode persona : summary.get("personas")) {
            if (persona.get("name").asText().equals(name)) {
                return persona;
            }
        }
        throw new AssertionError("no persona " + name);
    }

    private static long sum(JsonNode array) {
        long total = 0;
        for (JsonNode n : array) {
            total += n.asLong();
        }
        return total;
    }

    /** Per persona: messages sent in the file that have at least one open, and at least one click. */
    private static Map<String, long[]> uniqueOpensAndClicks(Path file) throws IOException {
        Set<String> sent = new HashSet<>();
        Set<String> opened = new HashSet<>();
        Set<String> clicked = new HashSet<>();
        Map<String, long[]> counts = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode event = JSON.readTree(line);
                String message = event.get("message_id").asText();
                String persona = event.at("/metadata/persona").asText();
                long[] c = counts.computeIfAbsent(persona, p -> new long[2]);
                switch (event.get("event_type").asText()) {
                    case "sent" -> sent.add(message);
                    case "opened" -> {
                        if (sent.contains(message) && opened.add(message)) {
                            c[0]++;
                        }
                    }
                    case "clicked" -> {
                        if (sent.contains(message) && clicked.add(message)) {
                            c[1]++;
                        }
                    }
                    default -> {}
                }
            }
        }
        return counts;
    }
}
