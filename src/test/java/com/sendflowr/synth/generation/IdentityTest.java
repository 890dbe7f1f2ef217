package com.sendflowr.synth.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityTest {

    @Test
    void recipientIdsAreZeroPaddedToFiveDigitsAsFormatted() {
        Identity identity = new Identity("sendgrid", 1000, "example.com", "https://example.com");
        for (int index : new int[] {0, 1, 8_999, 98_999, 99_000, 1_234_567}) {
            assertThat(identity.recipientId(index)).isEqualTo(String.format("synth_user_%05d", 1000 + index));
        }
        assertThat(new Identity("sendgrid", 0, "example.com", "https://example.com").recipientId(7))
                .isEqualTo("synth_user_00007");
    }

    @Test
    void largeFirstNumbersDoNotWrap() {
        Identity identity = new Identity("sendgrid", Integer.MAX_VALUE, "example.com", "https://example.com");
        assertThat(identity.recipientId(1)).isEqualTo("synth_user_2147483648");
    }
}
