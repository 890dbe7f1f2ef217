package com.sendflowr.synth.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relative links of Markdown files and whether they lead somewhere: the file (or directory) must exist and an
 * {@code #anchor} must be a heading of the target, with GitHub's heading ids (lower case, punctuation dropped,
 * spaces as hyphens, {@code -1}, {@code -2} … for repeated headings). Links in code are not links; absolute URLs
 * are not checked.
 */
final class MarkdownLinks {

    private static final Pattern LINK = Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Map<Path, Set<String>> anchors = new HashMap<>();

    /** A link and where it was found. */
    record Link(Path file, int line, String target) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + target;
        }
    }

    /** Every relative link of the file, outside code. */
    static List<Link> links(Path file) {
        List<Link> links = new ArrayList<>();
        List<String> lines = read(file);
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher link = LINK.matcher(stripCode(line));
            while (link.find()) {
                String target = link.group(1);
                if (!SCHEME.matcher(target).find()) {
                    links.add(new Link(file, i + 1, target));
                }
            }
        }
        return links;
    }

    /** What is wrong with the link, or null when it leads to an existing file and heading. */
    String problem(Link link) {
        int hash = link.target().indexOf('#');
        String path = hash < 0 ? link.target() : link.target().substring(0, hash);
        Path target = path.isEmpty()
                ? link.file()
                : link.file().toAbsolutePath().getParent().resolve(path).normalize();
        if (!Files.exists(target)) {
            return "no such file: " + target;
        }
        if (hash < 0) {
            return null;
        }
        String anchor = link.target().substring(hash + 1);
        if (!target.getFileName().toString().endsWith(".md")) {
            return "an anchor into a file that is not Markdown";
        }
        return anchors(target).contains(anchor) ? null : "no heading with the id #" + anchor + " in " + target;
    }

    private Set<String> anchors(Path file) {
        return anchors.computeIfAbsent(file.toAbsolutePath().normalize(), MarkdownLinks::headingIds);
    }

    static Set<String> headingIds(Path file) {
        Set<String> ids = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : read(file)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            }
            Matcher heading = HEADING.matcher(line);
            if (fenced || !heading.matches()) {
                continue;
            }
            String slug = slug(heading.group(1));
            int count = seen.merge(slug, 1, Integer::sum);
            ids.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
        return ids;
    }

    /** GitHub's id for a heading's text. */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "");
        StringBuilder slug = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }

    private static String stripCode(String line) {
        return INLINE_CODE.matcher(line).replaceAll("``");
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
