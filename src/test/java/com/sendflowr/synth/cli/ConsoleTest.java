package com.sendflowr.synth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleTest {

    @Test
    void writesUtf8ThroughAStreamWhoseOwnCharsetIsAscii() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream ascii = new PrintStream(bytes, true, StandardCharsets.US_ASCII);

        PrintWriter writer = Console.writer(ascii);
        writer.printf("±804 (4 sd) — ok%n");

        byte[] utf8 = String.format("±804 (4 sd) — ok%n").getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.toByteArray()).isEqualTo(utf8);
    }
}
