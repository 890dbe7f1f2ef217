package com.sendflowr.synth.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No dead relative link or anchor in the Markdown of the repository root and of docs/. */
class MarkdownLinksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void everyRelativeLinkAndAnchorLeadsSomewhere() throws IOException {
        List<MarkdownLinks.Link> links = new ArrayList<>();
        for (Path file : markdownFiles()) {
            links.addAll(MarkdownLinks.links(file));
        }
        assertThat(links).as("links found").hasSizeGreaterThan(50);
        assertThat(links.stream().filter(link -> link.target().contains("#")))
                .as("anchors found")
                .hasSizeGreaterThan(10);
        MarkdownLinks checker = new MarkdownLinks();
        List<String> dead = links.stream()
                .filter(link -> checker.problem(link) != null)
                .map(link -> ROOT.relativize(link.file()) + ":" + link.line() + ": " + link.target() + ": "
                        + checker.problem(link))
                .toList();
        assertThat(dead).isEmpty();
    }

    @Test
    void headingIdsAreGitHubs() {
        assertThat(MarkdownLinks.slug("Compose: Kafka → ClickHouse, with the seed's queries"))
                .isEqualTo("compose-kafka--clickhouse-with-the-seeds-queries");
        assertThat(MarkdownLinks.slug("Why `--help` is answered before boot"))
                .isEqualTo("why---help-is-answered-before-boot");
        assertThat(MarkdownLinks.slug("Faster JVM start-up with JDK 25's AOT cache"))
                .isEqualTo("faster-jvm-start-up-with-jdk-25s-aot-cache");
        assertThat(MarkdownLinks.slug("Reading back: `verify` and `report` (`bench/read-back.sh`)"))
                .isEqualTo("reading-back-verify-and-report-benchread-backsh");
    }

    @Test
    void aMissingFileAMissingHeadingAndARepeatedHeadingAreTold() throws IOException {
        Files.writeString(tmp.resolve("target.md"), """
                # Title

                ## Part

                ## Part

                ```
                # not a heading
                ```
                """);
        Path page = tmp.resolve("page.md");
        Files.writeString(page, """
                [ok](target.md#part) [second](target.md#part-1) [self](#local) [web](https://example.com/x)
                [gone](missing.md) [no anchor](target.md#nowhere) [code block](target.md#not-a-heading)
                `[in code](missing.md)`
                ## Local
                """);
        List<MarkdownLinks.Link> links = MarkdownLinks.links(page);
        assertThat(links)
                .extracting(MarkdownLinks.Link::target)
                .containsExactly(
                        "target.md#part",
                        "target.md#part-1",
                        "#local",
                        "missing.md",
                        "target.md#nowhere",
                        "target.md#not-a-heading");
        MarkdownLinks checker = new MarkdownLinks();
        assertThat(links)
                .extracting(checker::problem)
                .containsExactly(
                        null,
                        null,
                        null,
                        "no such file: " + tmp.resolve("missing.md"),
                        "no heading with the id #nowhere in " + tmp.resolve("target.md"),
                        "no heading with the id #not-a-heading in " + tmp.resolve("target.md"));
    }

    private static List<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(ROOT, ROOT.resolve("docs"))) {
            try (Stream<Path> listing = Files.list(dir)) {
                listing.filter(file -> file.getFileName().toString().endsWith(".md"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        assertThat(files).contains(ROOT.resolve("README.md"), ROOT.resolve("docs/README.md"));
        return files;
    }
}
