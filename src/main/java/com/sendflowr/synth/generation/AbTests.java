package com.sendflowr.synth.generation;

import java.util.ArrayList;
import java.util.List;

/**
 * A/B subject tests: {@code share} of campaigns test one subject per variant; each message of such a campaign gets a
 * variant uniformly at random, and the variant's {@code lift} multiplies its odds of being opened.
 */
public record AbTests(boolean enabled, double share, List<String> variants, List<Double> lifts) {

    public static final AbTests OFF = new AbTests(false, 0, List.of("A"), List.of(1.0));

    public AbTests {
        variants = List.copyOf(variants);
        lifts = List.copyOf(lifts);
    }

    /** Parses {@code A=1.0, B=1.15}: variant names (letters or digits) with their lifts. */
    public static AbTests parse(boolean enabled, double share, String text) {
        List<String> names = new ArrayList<>();
        List<Double> lifts = new ArrayList<>();
        for (String part : text.split(",")) {
            String item = part.trim();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("'" + item + "' has no lift; write NAME=LIFT such as A=1.0, B=1.15");
            }
            String name = item.substring(0, eq).trim();
            if (!name.matches("[A-Za-z0-9]{1,8}") || names.contains(name)) {
                throw new IllegalArgumentException(
                        "variant '" + name + "' must be 1–8 letters or digits, each named once");
            }
            double lift;
            try {
                lift = Double.parseDouble(item.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "'" + item + "' has no number after '='; write NAME=LIFT such as B=1.15");
            }
            if (!(lift > 0 && lift <= 3)) {
                throw new IllegalArgumentException(
                        "lift of variant " + name + " must be above 0 and at most 3, not " + lift);
            }
            names.add(name);
            lifts.add(lift);
        }
        if (names.size() < 2) {
            throw new IllegalArgumentException("an A/B test needs at least two variants, e.g. A=1.0, B=1.15");
        }
        return new AbTests(enabled, share, names, lifts);
    }

    /** The mean factor on the odds of opening over all messages (tested campaigns and the others). */
    double meanLift() {
        if (!enabled) {
            return 1;
        }
        double mean = lifts.stream().mapToDouble(Double::doubleValue).average().orElse(1);
        return 1 + share * (mean - 1);
    }
}
