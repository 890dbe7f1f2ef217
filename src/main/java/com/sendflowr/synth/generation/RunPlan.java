package com.sendflowr.synth.generation;

/** A prepared run: settings, the drawn population, the generator of one shard and what it should produce. */
public record RunPlan(
        ModelSettings settings,
        Shard shard,
        Population population,
        HistoryGenerator generator,
        Expectation expectation) {

    public static RunPlan of(ModelSettings settings, Shard shard, int threads) {
        Population population = Population.of(settings);
        HistoryGenerator generator = new HistoryGenerator(settings, population, shard, threads);
        Expectation expectation = Expectation.of(settings, population.slice(shard));
        return new RunPlan(settings, shard, population, generator, expectation);
    }

    /** The same run with its messages sent when {@code policy} says (same seed, users and campaigns). */
    public RunPlan replay(SendPolicy policy) {
        int threads = generator.threads();
        return new RunPlan(
                settings,
                shard,
                population,
                new HistoryGenerator(settings, population, shard, threads, policy),
                expectation);
    }

    /** The manifest rows of this run's users (its shard's), in user order. */
    public java.util.List<GroundTruth> groundTruth() {
        return population.slice(shard).stream()
                .map(user -> GroundTruth.of(user, settings))
                .toList();
    }

    public String scope() {
        return shard.count() == 1 ? "all users" : "shard " + shard + ", " + expectation.users() + " users";
    }
}
