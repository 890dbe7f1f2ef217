package com.sendflowr.synth.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationTargetsTest {

    @TempDir
    Path dir;

    @Test
    void thePublishedTableHasOneTargetWithASourceForEveryStatistic() {
        List<CalibrationTarget> targets = CalibrationTargets.published();
        assertThat(targets)
                .extracting(CalibrationTarget::id)
                .containsExactly(java.util.Arrays.stream(Statistic.values())
                        .map(Statistic::id)
                        .toArray(String[]::new));
        assertThat(targets).allSatisfy(t -> {
            assertThat(t.source()).isNotBlank();
            assertThat(t.low() != null || t.high() != null).as(t.id()).isTrue();
        });
        CalibrationTarget first = targets.get(0);
        assertThat(first.low()).isEqualTo(0.19);
        assertThat(first.high()).isEqualTo(0.35);
        assertThat(first.range()).isEqualTo("19.0% - 35.0%");
        assertThat(first.source()).contains("XCampaign, CIKM 2025", "GetResponse 2020", "Mailchimp 2006");
        assertThat(targets.stream()
                        .filter(t -> t.id().equals("open_mean_over_median"))
                        .findFirst()
                        .orElseThrow()
                        .range())
                .isEqualTo(">= 3.00x");
    }

    @Test
    void aRangeContainsItsEnds() {
        CalibrationTarget t = new CalibrationTarget("x", "x", 0.1, 0.2, Unit.SHARE, "s");
        assertThat(t.contains(0.1)).isTrue();
        assertThat(t.contains(0.2)).isTrue();
        assertThat(t.contains(0.0999)).isFalse();
        assertThat(new CalibrationTarget("x", "x", null, 3.0, Unit.MINUTES, "s").contains(-5))
                .isTrue();
    }

    @Test
    void aUsersTableIsReadAndItsMistakesNamedWithTheirLine() throws IOException {
        Path good =
                write("id,statistic,low,high,unit,source\nhuman_open_rate,open rate,0.1,0.5,share,\"mine, 2026\"\n");
        assertThat(CalibrationTargets.read(good))
                .singleElement()
                .satisfies(t -> assertThat(t.source()).isEqualTo("mine, 2026"));
        assertInvalid(
                "id,statistic,low,high,unit,source\nopen_rate,x,0.1,0.5,share,s\n",
                "line 2: unknown statistic 'open_rate'; accepted: open_within_1h");
        assertInvalid(
                "id,statistic,low,high,unit,source\nhuman_open_rate,x,low,0.5,share,s\n",
                "line 2: low 'low' is not a number");
        assertInvalid(
                "id,statistic,low,high,unit,source\nhuman_open_rate,x,0.5,0.1,share,s\n",
                "line 2: low 0.5 is above high 0.1");
        assertInvalid(
                "id,statistic,low,high,unit,source\nhuman_open_rate,x,0.1,0.5,percent,s\n",
                "line 2: unknown unit 'percent'");
        assertInvalid("id,statistic,low,high,source\nhuman_open_rate,x,0.1,0.5,s\n", "column 'unit' is missing");
        assertInvalid("id,statistic,low,high,unit,source\n", "holds no targets");
        assertThatThrownBy(() -> CalibrationTargets.read(dir.resolve("missing.csv")))
                .isInstanceOf(CalibrationTargets.InvalidTargets.class)
                .hasMessageContaining("missing.csv is not a readable file");
    }

    private void assertInvalid(String csv, String message) throws IOException {
        Path file = write(csv);
        assertThatThrownBy(() -> CalibrationTargets.read(file))
                .isInstanceOf(CalibrationTargets.InvalidTargets.class)
                .hasMessageContaining(file + " ")
                .hasMessageContaining(message);
    }

    private Path write(String csv) throws IOException {
        Path file = Files.createTempFile(dir, "targets", ".csv");
        Files.writeString(file, csv);
        return file;
    }
}
