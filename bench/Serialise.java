import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.generation.RunPlan;
import com.sendflowr.synth.generation.Shard;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.sinks.EventEncoder;
import com.sendflowr.synth.sinks.EventSink;
import com.sendflowr.synth.sinks.StreamingSink;
import com.sendflowr.synth.testing.Settings;

/**
 * In-process timings of the full default dataset after JIT warm-up (run by bench/serialise.sh):
 * {@code serialise MODE}: CPU time of one thread encoding every day (jsonl or csv), events kept in memory;
 * {@code pipeline}: wall and process CPU time of generation + JSON Lines through StreamingSink to a null stream.
 */
public class Serialise {

    public static void main(String[] args) throws Exception {
        ModelSettings settings = Settings.defaults();
        int runs = Integer.parseInt(args[args.length - 1]);
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();
        if (args[0].equals("pipeline")) {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            for (int r = 0; r < runs; r++) {
                RunPlan plan = RunPlan.of(settings, Shard.ALL, 2);
                long cpu = os.getProcessCpuTime();
                long wall = System.nanoTime();
                try (EventSink sink = StreamingSink.toStream(OutputStream.nullOutputStream(), true,
                        EventEncoder.of(settings))) {
                    plan.generator().run(sink, (day, count, total) -> { });
                    sink.complete();
                }
                first.add((System.nanoTime() - wall) / 1_000_000);
                second.add((os.getProcessCpuTime() - cpu) / 1_000_000);
            }
            report("pipeline wall ms", first);
            report("pipeline process CPU ms", second);
            return;
        }
        boolean csv = args[1].equals("csv");
        List<List<EmailEvent>> days = new ArrayList<>();
        RunPlan.of(settings, Shard.ALL, 2).generator().run(day -> days.add(new ArrayList<>(day)),
                (day, count, total) -> { });
        EventEncoder encoder = EventEncoder.of(settings);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 23);
        for (int r = 0; r < runs; r++) {
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            boolean header = true;
            for (List<EmailEvent> day : days) {
                buffer.reset();
                if (csv) {
                    encoder.csv(day, header, buffer);
                } else {
                    encoder.jsonLines(day, buffer);
                }
                header = false;
            }
            first.add((ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
        report(args[1] + " serialisation, one thread, CPU ms", first);
    }

    /** Min and median after the first two (warm-up) runs. */
    private static void report(String what, List<Long> values) {
        List<Long> measured = new ArrayList<>(values.subList(Math.min(2, values.size() - 1), values.size()));
        Collections.sort(measured);
        System.out.println(what + ": min " + measured.get(0) + ", median " + measured.get(measured.size() / 2)
                + " (all runs: " + values + ")");
    }
}
