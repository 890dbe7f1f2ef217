package com.sendflowr.synth.sinks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** UUID text written into bytes is exactly {@link UUID#toString()}. */
class UuidTextTest {

    private static String format(long high, long low) {
        byte[] text = new byte[UuidText.LENGTH];
        UuidText.format(high, low, text);
        return new String(text, StandardCharsets.US_ASCII);
    }

    @Test
    void edgeValuesMatchUuidToString() {
        long[] edges = {
            0,
            -1,
            1,
            Long.MIN_VALUE,
            Long.MAX_VALUE,
            0x0123_4567_89AB_CDEFL,
            0xFEDC_BA98_7654_3210L,
            0x0000_0000_FFFF_FFFFL,
            0xFFFF_FFFF_0000_0000L
        };
        for (long high : edges) {
            for (long low : edges) {
                assertThat(format(high, low)).isEqualTo(new UUID(high, low).toString());
            }
        }
    }

    @Test
    void randomValuesMatchUuidToString() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            long high = random.nextLong();
            long low = random.nextLong();
            assertThat(format(high, low)).isEqualTo(new UUID(high, low).toString());
        }
    }

    @Test
    void theBufferIsFullyOverwritten() {
        byte[] text = new byte[UuidText.LENGTH];
        UuidText.format(-1, -1, text);
        UuidText.format(0, 0, text);
        assertThat(new String(text, StandardCharsets.US_ASCII)).isEqualTo("00000000-0000-0000-0000-000000000000");
    }
}
