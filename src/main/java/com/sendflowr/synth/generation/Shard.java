package com.sendflowr.synth.generation;

/** Slice {@code index} of {@code count} (0-based, as Kubernetes' JOB_COMPLETION_INDEX): users i with i mod count = index. */
public record Shard(int index, int count) {

    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException(
                    "shard " + index + "/" + count + " is not a slice: use K/N with N ≥ 1 and 0 ≤ K < N");
        }
    }

    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not a shard: use K/N, e.g. 0/4 (K from 0 to N−1)");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a shard: use K/N, e.g. 0/4 (K from 0 to N−1)");
        }
    }

    public boolean contains(int userIndex) {
        return userIndex % count == index;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
