package com.sendflowr.synth.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdSetTest {

    @Test
    void behavesAsASetOfStringsOnAMixOfIdsWithRepeats() {
        Random random = new Random(7);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            UUID uuid = new UUID(random.nextLong(), random.nextLong());
            ids.add(uuid.toString());
            if (i % 10 == 0) {
                ids.add(uuid.toString()); // a repeat
            }
            if (i % 1000 == 0) {
                ids.add(uuid.toString().toUpperCase()); // a different text: a different id
                ids.add("evt-" + i);
            }
        }
        // UUIDs that share one half: the hash must separate them
        for (int i = 0; i < 5_000; i++) {
            ids.add(new UUID(0x01999d12c0af782bL, i + 1L).toString());
            ids.add(new UUID(i + 1L, 0xaa4bbf34cf5250f9L).toString());
        }
        ids.add(new UUID(0, 0).toString());
        ids.add(new UUID(0, 0).toString());
        ids.add(null);
        ids.add("");

        // growing from the smallest table, from a guess far too small, and presized for all of them
        for (IdSet set : List.of(new IdSet(), new IdSet(10), new IdSet(ids.size()))) {
            Set<String> reference = new HashSet<>();
            for (String id : ids) {
                assertThat(set.add(id)).as("add %s", id).isEqualTo(reference.add(id));
            }
            assertThat(set.size()).isEqualTo(reference.size());
            for (String id : reference) {
                assertThat(set.contains(id)).as("contains %s", id).isTrue();
            }
            for (int i = 0; i < 10_000; i++) {
                String unseen = new UUID(random.nextLong(), random.nextLong()).toString();
                assertThat(set.contains(unseen)).as("contains %s", unseen).isEqualTo(reference.contains(unseen));
            }
            assertThat(set.contains("evt-1")).isFalse();
            assertThat(set.contains("evt-1000")).isTrue();
        }
    }

    @Test
    void readsTheCanonicalLowerCaseFormOnly() {
        long[] halves = new long[2];
        for (UUID uuid : List.of(
                UUID.fromString("01999d12-c0af-782b-aa4b-bf34cf5250f9"),
                new UUID(-1, -1),
                new UUID(0, 1),
                new UUID(Long.MIN_VALUE, Long.MAX_VALUE))) {
            assertThat(IdSet.parse(uuid.toString(), halves)).as("%s", uuid).isTrue();
            assertThat(new UUID(halves[0], halves[1])).isEqualTo(uuid);
        }
        for (String other : new String[] {
            "01999D12-C0AF-782B-AA4B-BF34CF5250F9",
            "01999d12c0af782baa4bbf34cf5250f9",
            "01999d12-c0af-782b-aa4b-bf34cf5250f",
            "01999d12-c0af-782b-aa4b_bf34cf5250f9",
            "01999g12-c0af-782b-aa4b-bf34cf5250f9",
            "01999d12-c0af-782b-aa4b-bf34cf5250f9 ",
            "",
            null
        }) {
            assertThat(IdSet.parse(other, halves)).as("%s", other).isFalse();
        }
    }

    @Test
    void anEmptySetHasNothing() {
        IdSet set = new IdSet();
        assertThat(set.isEmpty()).isTrue();
        assertThat(set.contains("01999d12-c0af-782b-aa4b-bf34cf5250f9")).isFalse();
        assertThat(set.contains(new UUID(0, 0).toString())).isFalse();
        assertThat(set.contains("x")).isFalse();
    }
}
