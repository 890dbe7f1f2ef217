package com.sendflowr.synth.evaluation;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The evaluation as aligned text for people. */
public final class EvaluationTable {

    private EvaluationTable() {}

    public static void print(PrintWriter out, EvaluationResult result, String manifest, String recommendations) {
        out.printf(
                Locale.ROOT,
                "Evaluation of %s against %s (%s users: %,d; recommended %,d, missing %,d scored as a "
                        + "random hour; %,d recommendations outside the split ignored).%n",
                recommendations,
                manifest,
                result.split().wireName(),
                result.users(),
                result.recommended(),
                result.missing().size(),
                result.outsideSplit());
        if (!result.missing().isEmpty()) {
            List<String> shown =
                    result.missing().subList(0, Math.min(5, result.missing().size()));
            out.printf(
                    Locale.ROOT,
                    "Missing: %s%s%n",
                    String.join(", ", shown),
                    result.missing().size() > shown.size() ? ", …" : "");
        }
        out.printf(
                Locale.ROOT,
                "Expected rates per delivered message; [95%% bootstrap interval over users, %,d "
                        + "resamples, seed %d].%n%n",
                result.resamples(),
                result.seed());
        Figures all = result.all();
        out.printf(Locale.ROOT, "%-26s %-30s %s%n", "", "open rate", "click rate");
        row(out, "model", all.modelOpenRate(), all.modelClickRate());
        row(out, "random hour", all.randomOpenRate(), all.randomClickRate());
        row(
                out,
                "best single hour (" + all.bestSingleHour() + ")",
                all.bestSingleHourOpenRate(),
                all.bestSingleHourClickRate());
        row(out, "oracle", all.oracleOpenRate(), all.oracleClickRate());
        out.println();
        line(out, "lift over random", all.liftOverRandom());
        line(out, "lift over best single hour", all.liftOverBestSingleHour());
        line(out, "captured", all.captured());
        line(out, "rank correlation", all.rankCorrelation());
        line(out, "hit rate ±1 h", all.hitRate());
        out.println();
        out.printf(
                Locale.ROOT,
                "%-16s %6s %-28s %-28s %s%n",
                "group",
                "users",
                "model open rate",
                "captured",
                "hit rate ±1 h");
        for (Map.Entry<String, Figures> persona : result.personas().entrySet()) {
            group(out, persona.getKey(), persona.getValue());
        }
        if (result.coldStart() != null) {
            group(out, "cold start", result.coldStart());
        }
        out.flush();
    }

    private static void row(PrintWriter out, String name, Estimate open, Estimate click) {
        out.printf(Locale.ROOT, "%-26s %-30s %s%n", name, format(open), format(click));
    }

    private static void line(PrintWriter out, String name, Estimate e) {
        out.printf(Locale.ROOT, "%-26s %s%n", name, format(e));
    }

    private static void group(PrintWriter out, String name, Figures f) {
        out.printf(
                Locale.ROOT,
                "%-16s %,6d %-28s %-28s %s%n",
                name,
                f.users(),
                format(f.modelOpenRate()),
                format(f.captured()),
                format(f.hitRate()));
    }

    static String format(Estimate e) {
        if (!e.defined()) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", e.value(), e.low(), e.high());
    }
}
