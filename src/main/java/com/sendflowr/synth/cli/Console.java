package com.sendflowr.synth.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error as UTF-8 text, whatever the platform's default: under a POSIX locale ({@code LANG} unset,
 * as in many containers) a JDK 17 prints {@code ±} and {@code —} as {@code ?}, while the native executable and
 * JDK 25 print them, so the two runtimes' reports would differ. Looked up when called: tests replace the streams.
 */
final class Console {

    private Console() {}

    static PrintWriter out() {
        return writer(System.out);
    }

    static PrintWriter err() {
        return writer(System.err);
    }

    static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
