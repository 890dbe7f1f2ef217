package com.sendflowr.synth.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.FunnelCounts;
import com.sendflowr.synth.testing.Runs;
import com.sendflowr.synth.testing.Runs.Fingerprint;
import com.sendflowr.synth.testing.Settings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC section 3, "shardable": shards k/n are disjoint by recipient and their union is the unsharded run. */
class ShardTest {

    @Test
    void threeShardsAreDisjointAndMergeIntoTheUnshardedRun() {
        ModelSettings week = Settings.with("synth.window.days", "7");
        Fingerprint whole = Runs.jsonl(week, Shard.ALL, 2);

        List<EmailEvent> merged = new ArrayList<>();
        List<Set<Integer>> recipients = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Shard shard = new Shard(k, 3);
            List<EmailEvent> events = new ArrayList<>();
            Runs.run(week, shard, k + 1, events::add);
            Set<Integer> users = new HashSet<>();
            for (int i = 0; i < events.size(); i++) {
                EmailEvent e = events.get(i);
                users.add(e.recipient().index());
                if (i > 0) {
                    assertTrue(
                            EmailEvent.compare(events.get(i - 1), e) < 0, "shard " + shard + " out of order at " + i);
                }
            }
            for (int user : users) {
                assertEquals(k, user % 3, "shard " + shard + " holds user " + user);
            }
            for (Set<Integer> earlier : recipients) {
                assertTrue(Collections.disjoint(earlier, users), "shards share recipients");
            }
            recipients.add(users);
            merged.addAll(events);
        }
        int union = recipients.stream().mapToInt(Set::size).sum();
        assertEquals(week.userCount(), union, "every user is in exactly one shard");

        merged.sort(EmailEvent::compare);
        assertEquals(whole, Runs.jsonl(week, merged));
    }

    @Test
    void shardExpectationsAddUpToTheWhole() {
        ModelSettings defaults = Settings.defaults();
        FunnelCounts whole = RunPlan.of(defaults, Shard.ALL, 1).expectation().total();
        FunnelCounts sum = FunnelCounts.ZERO;
        int users = 0;
        for (int k = 0; k < 4; k++) {
            Expectation part = RunPlan.of(defaults, new Shard(k, 4), 1).expectation();
            sum = sum.plus(part.total());
            users += part.users();
        }
        assertEquals(350, users);
        assertEquals(whole.events(), sum.events(), 1e-6 * whole.events());
        assertEquals(whole.clicked(), sum.clicked(), 1e-6 * whole.clicked());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3/3", "-1/2", "0/0", "1", "a/b", "1/2/3"})
    void invalidShardsAreRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> Shard.parse(text));
    }

    @Test
    void shardParsesKOfN() {
        assertEquals(new Shard(2, 5), Shard.parse(" 2/5 "));
        assertTrue(new Shard(2, 5).contains(7));
        assertTrue(Shard.ALL.contains(123));
    }
}
