package com.sendflowr.synth.generation;

import com.sendflowr.synth.config.ConfigProblem;
import com.sendflowr.synth.model.Persona;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a population fits in the heap, checked before it is drawn. The whole population is held in memory (every
 * shard draws it in full), about {@value #BYTES_PER_USER} bytes a user: measured live after garbage collection for a
 * {@code summary} of 1 and 2 million users (475 MB and 940 MB, {@code -Xlog:gc}). A population needing more than
 * {@value #HEAP_SHARE_PERCENT}% of the maximum heap is refused up front: it would otherwise grow for minutes and die
 * out of memory.
 */
public final class MemoryEstimate {

    static final long BYTES_PER_USER = 500;
    static final int HEAP_SHARE_PERCENT = 75;

    private MemoryEstimate() {}

    public static Optional<ConfigProblem> problem(ModelSettings settings, long maxHeapBytes) {
        long users = settings.personas().stream().mapToLong(Persona::users).sum();
        long needed = users * BYTES_PER_USER;
        long available = maxHeapBytes / 100 * HEAP_SHARE_PERCENT;
        if (maxHeapBytes == Long.MAX_VALUE || needed <= available) {
            return Optional.empty();
        }
        return Optional.of(new ConfigProblem(
                "synth.personas",
                String.format(
                        Locale.ROOT,
                        "%,d users need about %,d MB of memory (%d bytes a user), more than the %,d MB this process may use; "
                                + "configure fewer users or give the process more memory with -Xmx (JVM: before -jar or in "
                                + "JAVA_TOOL_OPTIONS; native executable: as its first argument)",
                        users,
                        needed >> 20,
                        BYTES_PER_USER,
                        available >> 20)));
    }
}
