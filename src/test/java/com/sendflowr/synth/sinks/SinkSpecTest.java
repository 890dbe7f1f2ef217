package com.sendflowr.synth.sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendflowr.synth.sinks.SinkSpec.Kind;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SinkSpecTest {

    @Test
    void filesTopicsAndTheNamedSinks() {
        assertThat(SinkSpec.parse("jsonl:out/events.jsonl"))
                .isEqualTo(new SinkSpec(Kind.JSONL, Optional.of(Path.of("out/events.jsonl")), Optional.empty()));
        assertThat(SinkSpec.parse("csv:events.csv").path()).contains(Path.of("events.csv"));
        assertThat(SinkSpec.parse("kafka:clicks").topic()).contains("clicks");
        assertThat(SinkSpec.parse("kafka").kind()).isEqualTo(Kind.KAFKA);
        assertThat(SinkSpec.parse(" none ").kind()).isEqualTo(Kind.NONE);
        assertThat(SinkSpec.parse("jsonl:events.jsonl").usesStdout()).isFalse();
    }

    @Test
    void aDashIsStandardOutputNotAFileNamedDash() {
        assertThat(SinkSpec.parse("jsonl:-")).isEqualTo(SinkSpec.parse("stdout"));
        assertThat(SinkSpec.parse("stdout").usesStdout()).isTrue();
        SinkSpec csv = SinkSpec.parse("csv:-");
        assertThat(csv.kind()).isEqualTo(Kind.CSV);
        assertThat(csv.path()).isEmpty();
        assertThat(csv.usesStdout()).isTrue();
    }

    @Test
    void anythingElseNamesWhatIsAccepted() {
        for (String bad : new String[] {"json:x", "jsonl:", "parquet", ":x", "kafka:"}) {
            assertThatThrownBy(() -> SinkSpec.parse(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "' is not a sink")
                    .hasMessageContaining("csv:PATH");
        }
    }
}
