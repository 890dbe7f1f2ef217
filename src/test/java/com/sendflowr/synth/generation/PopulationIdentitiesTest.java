package com.sendflowr.synth.generation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sendflowr.synth.testing.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The identities a manifest check draws are those of the full population, under every profile. */
class PopulationIdentitiesTest {

    @Test
    void identitiesAreThoseOfTheFullPopulation() {
        for (String profile : new String[] {null, "realistic", "calibrated"}) {
            ModelSettings settings = Settings.profile(profile, "synth.seed", "7");
            List<UserIdentity> full = Population.of(settings).users().stream()
                    .map(user -> new UserIdentity(
                            user.recipient().id(),
                            user.persona().name(),
                            user.traits().holdout(),
                            user.traits().coldStart(),
                            user.openRate(),
                            user.clickRate()))
                    .toList();
            assertThat(Population.identities(settings))
                    .as(String.valueOf(profile))
                    .isEqualTo(full);
            // the profiles draw what the check compares: not a comparison of defaults
            if (profile != null) {
                assertThat(full).anyMatch(UserIdentity::holdout).anyMatch(UserIdentity::coldStart);
            }
        }
    }
}
