package com.sendflowr.synth.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.source.yaml.YamlConfigSource;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Checks a {@code --config} YAML file before the application boots, so every problem in it is reported in plain
 * words with the file's name, and nothing reaches the configuration library's own (Java-worded) failures.
 *
 * <p>The file must be UTF-8 text without NUL bytes, at most {@value #MAX_BYTES} bytes, well-formed YAML whose top
 * level is a mapping, without duplicate keys, empty ({@code null}) values or alias bombs. Values under
 * {@code synth.} must convert to their key's type (integers, numbers, durations, strictly {@code true}/{@code false}):
 * the file is mapped onto {@link SynthConfig} on its own, keys it leaves out ignored. A key whose value cannot
 * convert is reported here and given a neutral stand-in ({@link Result#standIns()}) for the boot, so that the
 * range checks after boot ({@link SettingsReader}) still run and every problem is listed at once; the stand-in's
 * own problems are dropped ({@link DeferredProblems}).
 */
public final class ConfigFileCheck {

    /** SnakeYAML's default limit on a document's size (in code points; bytes are a safe bound for it). */
    public static final int MAX_BYTES = 3 * 1024 * 1024;

    private static final int MAX_ALIASES = 50;
    private static final Pattern CONVERSION = Pattern.compile(
            "The config property (\\S+) with the config value \"(.*)\" threw an Exception whilst being converted(.*)");
    private static final Pattern UNMAPPED = Pattern.compile("SRCFG00050: (\\S+) in .* does not map to any root");
    /** A value every numeric, duration and boolean key converts: the range checks then run on the other keys. */
    static final String STAND_IN = "0";

    /**
     * The problems found; neutral values for keys whose own value could not be converted; values derived from the
     * file (the window's days when it gives start and end); the file's text with the stand-ins in place of the
     * values that could not be converted (empty when there are none), to boot with instead of the file.
     */
    public record Result(
            List<ConfigProblem> problems,
            Map<String, String> standIns,
            Map<String, String> derived,
            Optional<String> withStandIns) {

        /** Whether the boot cannot go on: some problem has no stand-in value. */
        public boolean fatal() {
            return problems.size() > standIns.size();
        }
    }

    private final Path file;
    private final String name;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final Map<String, String> standIns = new LinkedHashMap<>();
    private final Map<String, String> derived = new LinkedHashMap<>();
    private final Map<String, String> scalars = new HashMap<>();
    private final Map<String, ScalarNode> scalarNodes = new HashMap<>();
    private String text;
    private Map<String, String> defaults;

    private ConfigFileCheck(Path file) {
        this.file = file;
        this.name = String.valueOf(file.getFileName());
    }

    public static Result check(Path file) {
        ConfigFileCheck check = new ConfigFileCheck(file);
        check.run();
        return new Result(
                List.copyOf(check.problems),
                Map.copyOf(check.standIns),
                Map.copyOf(check.derived),
                check.withStandIns());
    }

    private void run() {
        text = text();
        if (text == null) {
            return;
        }
        Node root = compose(text);
        if (root == null || !problems.isEmpty()) {
            return;
        }
        if (!(root instanceof MappingNode mapping)) {
            fileProblem("the top level is " + kind(root) + "; a configuration file is a mapping of keys, such as "
                    + "'synth:' with keys under it");
            return;
        }
        walk("", mapping);
        window();
        if (problems.isEmpty()) {
            convert();
        }
    }

    /** The file as text, or null (with a problem) when it is not UTF-8 text of a sensible size. */
    private String text() {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                fileProblem(String.format(
                        Locale.ROOT,
                        "%,d bytes is too large; a configuration file is at most %,d bytes",
                        size,
                        MAX_BYTES));
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            fileProblem("cannot be read (" + e.getMessage() + ")");
            return null;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                fileProblem("line " + line(bytes, i) + " contains a NUL byte; a configuration file is YAML text "
                        + "(is this a binary file?)");
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            int at = firstInvalidUtf8(bytes);
            fileProblem("line " + line(bytes, at) + " is not UTF-8 text (a binary file, or another encoding such as "
                    + "Latin-1?); save the file as UTF-8");
            return null;
        }
    }

    private Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_BYTES);
        try {
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where =
                    mark == null ? "" : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
            fileProblem(
                    where + "not valid YAML: " + plainYaml(e.getProblem() != null ? e.getProblem() : e.getContext()));
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage());
            fileProblem(
                    message.contains("aliases")
                            ? "uses more than " + MAX_ALIASES + " aliases of lists or mappings (an alias bomb?)"
                            : "not valid YAML: " + plainYaml(message));
        }
        return null;
    }

    private void walk(String prefix, MappingNode mapping) {
        Map<String, Integer> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int line = keyNode.getStartMark().getLine() + 1;
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                problems.add(new ConfigProblem(
                        name, "line " + line + ": a key must be a plain name, not a list or mapping"));
                continue;
            }
            String key = prefix + scalarKey.getValue();
            Integer first = seen.putIfAbsent(scalarKey.getValue(), line);
            if (first != null) {
                problems.add(new ConfigProblem(
                        key, "given twice in " + name + " (lines " + first + " and " + line + "); give each key once"));
                continue;
            }
            Node value = tuple.getValueNode();
            if (value instanceof MappingNode nested) {
                walk(key + ".", nested);
            } else if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
                problems.add(new ConfigProblem(
                        key,
                        "has no value in " + name + " (line " + line + "); give a value, "
                                + "or remove the key to keep its default"));
            } else if (value instanceof ScalarNode scalar) {
                scalars.put(key, scalar.getValue());
                scalarNodes.put(key, scalar);
            }
        }
    }

    /**
     * A window is a start and either days or an end. The built-in configuration gives start and days, so a file that
     * gives start and end has its days derived here (else the built-in days would silently replace its start).
     */
    private void window() {
        String start = scalars.get("synth.window.start");
        String days = scalars.get("synth.window.days");
        String end = scalars.get("synth.window.end");
        if (start != null && days != null && end != null) {
            problems.add(new ConfigProblem(
                    "synth.window",
                    "start, days and end are all given in " + name + "; give "
                            + "at most two of them: a window is a start and either a number of days or an end"));
            return;
        }
        if (start == null || end == null) {
            return;
        }
        Instant from = instant(start);
        Instant to = end.trim().equalsIgnoreCase("today") ? null : instant(end);
        if (from == null || to == null && !end.trim().equalsIgnoreCase("today")) {
            return; // the checks after boot name the unreadable one
        }
        Instant until = to != null
                ? to
                : LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!until.isAfter(from)) {
            problems.add(new ConfigProblem(
                    "synth.window.start",
                    start.trim() + " is not before synth.window.end " + end.trim() + " (in " + name
                            + "); the window would be empty"));
            return;
        }
        Duration length = Duration.between(from, until);
        if (length.toSeconds() % 86_400 != 0) {
            problems.add(new ConfigProblem(
                    "synth.window.end",
                    end.trim() + " is not a whole number of days after " + "synth.window.start " + start.trim()
                            + " (in " + name + "); give start and days instead"));
            return;
        }
        derived.put("synth.window.days", String.valueOf(length.toDays()));
    }

    private static Instant instant(String text) {
        String value = text.trim();
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Maps the file alone onto {@link SynthConfig}: keys it leaves out are not its problem, bad values are. */
    private void convert() {
        try {
            new SmallRyeConfigBuilder()
                    .withSources(new YamlConfigSource(file.toUri().toURL(), 100))
                    .withConverter(Duration.class, 200, new DurationConverter())
                    .withConverter(Boolean.class, 200, ConfigFileCheck::strictBoolean)
                    .withMapping(SynthConfig.class)
                    .build();
        } catch (ConfigValidationException e) {
            for (int i = 0; i < e.getProblemCount(); i++) {
                conversionProblem(String.valueOf(e.getProblem(i).getMessage()));
            }
        } catch (IOException | RuntimeException e) {
            fileProblem("cannot be read as configuration (" + plainYaml(String.valueOf(e.getMessage())) + ")");
        }
    }

    private void conversionProblem(String message) {
        Matcher conversion = CONVERSION.matcher(message);
        if (conversion.find()) {
            String key = conversion.group(1);
            problems.add(new ConfigProblem(
                    key, "'" + conversion.group(2) + "' " + expected(conversion.group(3)) + " (in " + name + ")"));
            if (scalarNodes.containsKey(key)) {
                standIns.put(key, builtInDefaults().getOrDefault(key, STAND_IN));
            }
            return;
        }
        Matcher unmapped = UNMAPPED.matcher(message);
        if (unmapped.find()) {
            problems.add(new ConfigProblem(
                    unmapped.group(1),
                    "is not a known key (in " + name + "); check its spelling "
                            + "and place against the built-in application.yaml"));
        }
        // "required but not found": the file need not give every key
    }

    private static String expected(String converterMessage) {
        String m = converterMessage.toLowerCase(Locale.ROOT);
        if (m.contains("integer value") || m.contains("long value")) {
            return "is not a whole number";
        }
        if (m.contains("boolean")) {
            return "is not true or false";
        }
        if (m.contains("duration")) {
            return "is not a duration such as 30s, 5m, 2h or 3d";
        }
        if (m.contains("arithmetic") || m.contains("overflow") || m.contains("too large")) {
            return "is too large";
        }
        if (m.contains("number") || m.contains("double") || m.contains("float")) {
            return "is not a number";
        }
        return "is not a value of this key's type";
    }

    /**
     * The built-in application.yaml's values, flattened: the stand-in for a key is its default, which is consistent
     * with the other defaults (a stand-in 0 for an open rate would put the click rate above it).
     */
    private Map<String, String> builtInDefaults() {
        if (defaults == null) {
            defaults = new HashMap<>();
            try (var in = ConfigFileCheck.class.getResourceAsStream("/application.yaml")) {
                if (in != null
                        && new Yaml(new LoaderOptions())
                                        .compose(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))
                                instanceof MappingNode root) {
                    flatten("", root, defaults);
                }
            } catch (IOException | RuntimeException e) {
                // no defaults: 0 stands in
            }
        }
        return defaults;
    }

    private static void flatten(String prefix, MappingNode mapping, Map<String, String> into) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && !key.getValue().startsWith("%")) {
                if (tuple.getValueNode() instanceof MappingNode nested) {
                    flatten(prefix + key.getValue() + ".", nested, into);
                } else if (tuple.getValueNode() instanceof ScalarNode value) {
                    into.put(prefix + key.getValue(), quotedIfNeeded(value.getValue()));
                }
            }
        }
    }

    private static String quotedIfNeeded(String value) {
        return value.matches("[A-Za-z0-9._:+-]*")
                ? value
                : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The text with each stand-in in place of its key's value (by the value's position in the file). */
    private Optional<String> withStandIns() {
        if (standIns.isEmpty()) {
            return Optional.empty();
        }
        int[] codePoints = text.codePoints().toArray();
        List<String> keys = standIns.keySet().stream()
                .sorted(Comparator.comparingInt((String key) ->
                                scalarNodes.get(key).getStartMark().getIndex())
                        .reversed())
                .toList();
        StringBuilder result = new StringBuilder();
        int end = codePoints.length;
        List<String> pieces = new ArrayList<>();
        for (String key : keys) {
            ScalarNode node = scalarNodes.get(key);
            pieces.add(new String(
                    codePoints,
                    node.getEndMark().getIndex(),
                    end - node.getEndMark().getIndex()));
            pieces.add(standIns.get(key));
            end = node.getStartMark().getIndex();
        }
        result.append(new String(codePoints, 0, end));
        for (int i = pieces.size() - 1; i >= 0; i--) {
            result.append(pieces.get(i));
        }
        return Optional.of(result.toString());
    }

    /** SmallRye reads anything but true/yes/on/1 as false; a configuration file says true or false. */
    private static Boolean strictBoolean(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true")) {
            return Boolean.TRUE;
        }
        if (v.equals("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("Expected a boolean value, true or false");
    }

    private void fileProblem(String message) {
        problems.add(new ConfigProblem(name, message));
    }

    private static String kind(Node node) {
        return node instanceof SequenceNode ? "a list" : "a single value";
    }

    /** SnakeYAML's problem texts are sentences already; only its Java-escaped characters are made readable. */
    private static String plainYaml(String problem) {
        return problem.replace("'\\t'", "a tab")
                .replace("(TAB)", "")
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static int line(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (for the line number). */
    private static int firstInvalidUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            int following = lead < 0x80
                    ? 0
                    : lead >= 0xC2 && lead <= 0xDF
                            ? 1
                            : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
            if (following < 0) {
                return i;
            }
            for (int k = 1; k <= following; k++) {
                if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += following + 1;
        }
        return Math.max(0, bytes.length - 1);
    }
}
