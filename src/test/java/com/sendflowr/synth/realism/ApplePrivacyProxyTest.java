package com.sendflowr.synth.realism;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.testing.MessageLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feature 7: behind Apple Mail Privacy Protection every delivered message is opened by the proxy within minutes
 * ({@code metadata.machine_open}), the reader's own opens are invisible, and clicks still show real interest.
 */
class ApplePrivacyProxyTest {

    static final double Z = 4;
    static RealismRun run;

    @BeforeAll
    static void generate() {
        run = RealismRun.of("synth.apple-mpp.enabled", "true", "synth.window.days", "21");
    }

    @Test
    void aShareOfUsersIsBehindTheProxy() {
        int n = run.truth.size();
        long behind = run.truth.stream().filter(t -> t.applePrivacyProxy()).count();
        assertThat(Math.abs(behind - 0.3 * n)).isLessThan(Z * Math.sqrt(n * 0.3 * 0.7));
    }

    @Test
    void theProxyOpensEveryDeliveredMessageWithinMinutesAndHidesTheReadersOpens() {
        long proxied = 0;
        long proxiedClicked = 0;
        for (MessageLog.Msg m : run.complete(5)) {
            boolean behind = run.user(m).traits().privacyProxy();
            if (!behind) {
                assertThat(m.machineOpens).isZero();
                continue;
            }
            assertThat(m.humanOpens).isZero();
            if (m.deliveredAt != Long.MIN_VALUE) {
                proxied++;
                proxiedClicked += m.clicks > 0 ? 1 : 0;
                assertThat(m.machineOpens).isEqualTo(1);
                assertThat(m.machineOpen - m.deliveredAt).isBetween(10_000L, 600_000L);
            }
        }
        assertThat(proxied).isPositive();
        // clicks keep the reader's own rate (≈ the population's 16%), well above zero
        assertThat((double) proxiedClicked / proxied).isGreaterThan(0.08);
    }

    @Test
    void summaryCountsMachineOpens() {
        double expected = run.plan.expectation().total().opened();
        double actual = run.tally.totals().opened();
        assertThat(Math.abs(actual / expected - 1)).isLessThan(0.02);
    }
}
