package com.sendflowr.synth.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Weeks kept side by side in a store's large arrays behave exactly as weeks with arrays of their own. */
class WeekStoreTest {

    private static final OpenDelay DELAY = new OpenDelay(true, 4.5, 1.2, 336, 168, 0.7);

    @Test
    void weeksInAStoreAreTheWeeksAlone() {
        SplittableRandom random = new SplittableRandom(11);
        WeekStore store = new WeekStore(3); // several slabs, some with send-time factors and some without
        List<PersonalWeek> stored = new ArrayList<>();
        List<PersonalWeek> alone = new ArrayList<>();
        for (int u = 0; u < 10; u++) {
            double[] hourly = random.doubles(PersonalWeek.HOURS, 0.05, 3).toArray();
            double[] sendTime = u % 3 == 1
                    ? null
                    : random.doubles(PersonalWeek.HOURS, 0.5, 1.5).toArray();
            stored.add(PersonalWeek.of(hourly, DELAY, sendTime == null ? null : sendTime.clone(), store));
            alone.add(PersonalWeek.of(hourly, DELAY, sendTime));
        }
        for (int u = 0; u < stored.size(); u++) {
            PersonalWeek a = stored.get(u);
            PersonalWeek b = alone.get(u);
            assertThat(a.ownSendTime()).isEqualTo(b.ownSendTime());
            for (int h = 0; h < PersonalWeek.HOURS; h++) {
                assertThat(a.activity(h)).isEqualTo(b.activity(h));
                if (b.ownSendTime()) {
                    assertThat(a.sendTime(h)).isEqualTo(b.sendTime(h));
                }
            }
            for (int i = 0; i < 200; i++) {
                double x0 = random.nextDouble(PersonalWeek.HOURS);
                double hours = random.nextDouble(400);
                assertThat(a.clockHours(x0, hours)).isEqualTo(b.clockHours(x0, hours));
                assertThat(a.virtualHours(x0, hours)).isEqualTo(b.virtualHours(x0, hours));
            }
        }
    }
}
