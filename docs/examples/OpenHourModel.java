// A deliberately small send-time model, to show the benchmark end to end (docs/benchmarking.md).
// Run with the JDK alone:  java docs/examples/OpenHourModel.java EVENTS.jsonl MANIFEST.jsonl RECS.csv
//
// It scores each local hour of the week by the recipient's opens in the hours after it (human opens only: Apple
// Mail Privacy Protection's machine opens say nothing about the reader), shrunk towards the same score of the train
// users' opens. Only the manifest's recipient_id and split columns are
// read: the truth columns are what the model is scored against.
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class OpenHourModel {

    static final int HOURS = 168;
    static final double PRIOR_WEIGHT = 5; // opens' worth of the train users' hours added to each recipient's own

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java OpenHourModel.java EVENTS.jsonl MANIFEST.jsonl RECS.csv");
            System.exit(2);
        }
        Map<String, String> split = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            split.put(field(line, "recipient_id"), field(line, "split"));
        }
        Map<String, double[]> opens = new LinkedHashMap<>();
        double[] trainOpens = new double[HOURS];
        try (BufferedReader events = Files.newBufferedReader(Path.of(args[0]))) {
            for (String line = events.readLine(); line != null; line = events.readLine()) {
                if (!line.contains("\"event_type\":\"opened\"") || line.contains("\"machine_open\":true")) {
                    continue;
                }
                String recipient = field(line, "recipient_id");
                String zone = field(line, "time_zone");
                ZonedDateTime local = Instant.parse(field(line, "timestamp")).atZone(ZoneId.of(zone == null ? "UTC" : zone));
                int hour = (local.getDayOfWeek().getValue() - 1) * 24 + local.getHour();
                opens.computeIfAbsent(recipient, r -> new double[HOURS])[hour]++;
                if ("train".equals(split.get(recipient))) {
                    trainOpens[hour]++;
                }
            }
        }
        double[] prior = share(smooth(trainOpens));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
            out.println("recipient_id,scores");
            for (String recipient : split.keySet()) {
                double[] own = smooth(opens.getOrDefault(recipient, new double[HOURS]));
                StringJoiner scores = new StringJoiner(";");
                for (int h = 0; h < HOURS; h++) {
                    scores.add(String.format(Locale.ROOT, "%.5f", own[h] + PRIOR_WEIGHT * prior[h]));
                }
                out.println(recipient + "," + scores);
            }
        }
    }

    /**
     * A send in hour h is read in the hours after it: each hour scores the opens of the next twelve hours, the
     * nearer the more (halving every three hours), around the week.
     */
    static double[] smooth(double[] counts) {
        double[] smoothed = new double[HOURS];
        for (int h = 0; h < HOURS; h++) {
            for (int k = 0; k < 12; k++) {
                smoothed[h] += counts[(h + k) % HOURS] * Math.pow(0.5, k / 3.0);
            }
        }
        return smoothed;
    }

    static double[] share(double[] counts) {
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        double[] share = new double[HOURS];
        for (int h = 0; h < HOURS; h++) {
            share[h] = total == 0 ? 1.0 / HOURS : counts[h] / total;
        }
        return share;
    }

    /** A string field of a flat JSON line as sendflowr-synth writes it; null when absent. */
    static String field(String line, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(line);
        return m.find() ? m.group(1) : null;
    }
}
