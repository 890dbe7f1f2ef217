package com.sendflowr.synth.realism;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.sinks.EventEncoder;
import com.sendflowr.synth.testing.MessageLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feature 4: a share of campaigns tests subject variants; each message gets a variant, carried by every one of its
 * events with the variant's subject, and the variant's lift scales its odds of opening. The measured B/A open-rate
 * ratio must match the configured lift ratio within four standard errors of the log-ratio.
 */
class AbTestsTest {

    static final double Z = 4;
    static RealismRun run;

    @BeforeAll
    static void generate() {
        run = RealismRun.of(
                "synth.ab-tests.enabled",
                "true",
                "synth.ab-tests.share",
                "0.5",
                "synth.ab-tests.variants",
                "A=1.0, B=1.3",
                "synth.window.days",
                "42");
    }

    @Test
    void aShareOfCampaignsIsTestedAndEveryEventOfAMessageCarriesItsVariant() {
        Set<String> campaigns = new HashSet<>();
        Set<String> tested = new HashSet<>();
        for (MessageLog.Msg m : run.log.messages()) {
            EmailEvent first = m.events.get(0);
            campaigns.add(first.campaign().id());
            String variant = first.message().variant();
            if (first.campaign().isAbTest()) {
                tested.add(first.campaign().id());
                assertThat(variant).isIn("A", "B");
                assertThat(first.message().subject())
                        .isEqualTo(first.campaign().variantSubjects().get(variant.equals("A") ? 0 : 1));
            } else {
                assertThat(variant).isNull();
            }
            assertThat(m.events)
                    .allMatch(e -> java.util.Objects.equals(e.message().variant(), variant));
        }
        int n = campaigns.size();
        assertThat(Math.abs(tested.size() - 0.5 * n)).isLessThan(Z * Math.sqrt(n * 0.25));
    }

    @Test
    void variantBIsOpenedMoreOftenByItsLift() {
        long[] a = new long[2];
        long[] b = new long[2];
        for (MessageLog.Msg m : run.complete(5)) {
            String variant = m.events.get(0).message().variant();
            if (variant == null || m.deliveredAt == Long.MIN_VALUE) {
                continue;
            }
            long[] side = variant.equals("A") ? a : b;
            side[0]++;
            side[1] += m.firstOpen != Long.MIN_VALUE ? 1 : 0;
        }
        double pa = (double) a[1] / a[0];
        double pb = (double) b[1] / b[0];
        double logSe = Math.sqrt((1 - pa) / a[1] + (1 - pb) / b[1]);
        System.out.printf(
                "open rate A %.3f (%d), B %.3f (%d): ratio %.3f, configured 1.3%n", pa, a[0], pb, b[0], pb / pa);
        assertThat(Math.abs(Math.log(pb / pa) - Math.log(1.3))).isLessThan(Z * logSe);
    }

    @Test
    void theVariantIsATopLevelFieldInJsonAndAColumnInCsv() throws IOException {
        List<EmailEvent> events = run.log.messages().stream()
                .flatMap(m -> m.events.stream())
                .limit(2000)
                .toList();
        EventEncoder encoder = EventEncoder.of(run.settings);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        encoder.jsonLines(events, json);
        String text = json.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("\"variant\":\"A\"", "\"variant\":\"B\"");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        encoder.csv(events, true, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .endsWith(",ingested_at,variant");
    }

    @Test
    void summaryExpectsTheLiftedOpens() {
        double expected = run.plan.expectation().total().uniqueOpened();
        double actual = run.tally.totals().uniqueOpened();
        assertThat(Math.abs(actual / expected - 1)).isLessThan(0.02);
    }
}
