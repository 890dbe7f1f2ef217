package com.sendflowr.synth.realism;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.generation.PrivacyProxy;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.EventType;
import com.sendflowr.synth.sinks.EventEncoder;
import com.sendflowr.synth.testing.MessageLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Apple MPP as it looks in real logs ({@code apple-mpp.proxy-signature}, on in {@code calibrated}): machine opens come
 * from the proxy's bare user agent and its IPv6 documentation addresses, which readers' clients never use, within
 * minutes of delivery; they are 25–55% of measured opens (Litmus 2021: 41%); {@code metadata.machine_open} is a label
 * that {@code --no-labels} removes.
 */
class ProxySignatureTest {

    static final double Z = 4;
    static RealismRun run;

    @BeforeAll
    static void generate() {
        run = RealismRun.calibratedAtScale();
    }

    @Test
    void machineOpensCarryTheProxySignatureAndNothingElseDoes() {
        long machine = 0;
        long human = 0;
        for (MessageLog.Msg m : run.log.messages()) {
            for (EmailEvent e : m.events) {
                if (e.client() == null) {
                    continue;
                }
                boolean proxy = e.client().userAgent().equals(PrivacyProxy.USER_AGENT)
                        || e.client().ipAddress().startsWith("2001:db8:");
                if (e.has(EmailEvent.MACHINE_OPEN)) {
                    machine++;
                    assertThat(e.client().userAgent()).isEqualTo(PrivacyProxy.USER_AGENT);
                    assertThat(e.client().ipAddress()).startsWith("2001:db8:a9::");
                    if (m.deliveredAt != Long.MIN_VALUE) {
                        // (delivered before the window: only the fetch is in it)
                        assertThat(e.timestamp() - m.deliveredAt).isBetween(10_000L, 600_000L);
                    }
                } else {
                    human++;
                    assertThat(proxy)
                            .as("a reader's open or click with the proxy's signature: %s", e.client())
                            .isFalse();
                    assertThat(e.client().ipAddress()).matches("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d+");
                }
            }
        }
        assertThat(machine).isPositive();
        assertThat(human).isPositive();
    }

    @Test
    void machineOpensAreAQuarterToAHalfOfMeasuredOpens() {
        long machine = 0;
        long opens = 0;
        long machineMessages = 0;
        long openedMessages = 0;
        for (MessageLog.Msg m : run.log.messages()) {
            machine += m.machineOpens;
            opens += m.machineOpens + m.humanOpens;
            machineMessages += m.machineOpens > 0 ? 1 : 0;
            openedMessages += m.machineOpens + m.humanOpens > 0 ? 1 : 0;
        }
        double share = (double) machine / opens;
        double uniqueShare = (double) machineMessages / openedMessages;
        System.out.printf(
                "machine opens %.3f of %,d open events, %.3f of %,d opened messages%n",
                share, opens, uniqueShare, openedMessages);
        // messages are independent given the user; users are the coarser unit: 420 behind the proxy
        assertThat(share).isBetween(0.25, 0.55);
        assertThat(uniqueShare).isBetween(0.25, 0.55);
    }

    @Test
    void withoutLabelsMachineOpensAreNotMarked() throws IOException {
        List<EmailEvent> machineOpens = new ArrayList<>();
        for (MessageLog.Msg m : run.log.messages()) {
            for (EmailEvent e : m.events) {
                if (e.type() == EventType.OPENED && e.has(EmailEvent.MACHINE_OPEN) && machineOpens.size() < 50) {
                    machineOpens.add(e);
                }
            }
        }
        assertThat(json(EventEncoder.of(run.settings), machineOpens))
                .contains("\"machine_open\":true", "\"persona\":", "\"user_agent\":\"Mozilla/5.0\"");
        String blind = json(EventEncoder.of(run.settings.withLabels(false)), machineOpens);
        assertThat(blind).doesNotContain("machine_open", "\"persona\"").contains("\"user_agent\":\"Mozilla/5.0\"");
        // the origin behaviour (no signature): the flag stays, as in the realistic profile
        var unsigned = RealismRun.calibrated("synth.apple-mpp.proxy-signature", "false", "synth.window.days", "3");
        List<EmailEvent> unsignedOpens = unsigned.log.messages().stream()
                .flatMap(m -> m.events.stream())
                .filter(e -> e.has(EmailEvent.MACHINE_OPEN))
                .limit(20)
                .toList();
        assertThat(unsignedOpens).isNotEmpty();
        assertThat(json(EventEncoder.of(unsigned.settings.withLabels(false)), unsignedOpens))
                .contains("\"machine_open\":true")
                .doesNotContain("\"user_agent\":\"Mozilla/5.0\"");
    }

    @Test
    void theManifestKeepsTheTruth() {
        long proxied = run.truth.stream().filter(t -> t.applePrivacyProxy()).count();
        int n = run.truth.size();
        double share = run.settings.realism().privacyProxy().share();
        assertThat(Math.abs(proxied - share * n)).isLessThan(Z * Math.sqrt(n * share * (1 - share)));
        long lastDelivery = run.settings.window().endMillis() - 600_000L;
        for (MessageLog.Msg m : run.log.messages()) {
            boolean behind = run.user(m).traits().privacyProxy();
            boolean fetched = m.deliveredAt != Long.MIN_VALUE && m.deliveredAt < lastDelivery;
            assertThat(m.machineOpens).isEqualTo(behind && fetched ? 1 : behind ? m.machineOpens : 0);
            if (behind && fetched) {
                assertThat(m.humanOpens).isZero();
            }
        }
    }

    private static String json(EventEncoder encoder, List<EmailEvent> events) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        encoder.jsonLines(events, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
