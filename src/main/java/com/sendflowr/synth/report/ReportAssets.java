package com.sendflowr.synth.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The report page's style sheet and drawing script ({@code report.css} and {@code report.js} beside this class in
 * the resources), inlined into every report so it needs no network. Read once when the class is initialised; the
 * native image carries them through {@code quarkus.native.resources.includes}. The script reads the JSON document
 * {@code #report-data}, builds every element with the DOM API (text through {@code textContent}, never markup), and
 * marks {@code body[data-rendered]} "true" when it finished, "error" if it threw.
 */
final class ReportAssets {

    static final String CSS = resource("report.css");
    static final String SCRIPT = resource("report.js");

    private ReportAssets() {}

    private static String resource(String name) {
        try (InputStream in = ReportAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("report asset missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
