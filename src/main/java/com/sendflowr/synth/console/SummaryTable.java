package com.sendflowr.synth.console;

import com.sendflowr.synth.generation.Expectation;
import com.sendflowr.synth.generation.ModelSettings;
import com.sendflowr.synth.model.FunnelCounts;
import com.sendflowr.synth.model.Persona;
import com.sendflowr.synth.model.Tally;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The expected counts of a run as an aligned table; beside actual counts after a dry run or a generate. */
public final class SummaryTable {

    private SummaryTable() {}

    public static void print(
            PrintWriter out, ModelSettings settings, Expectation expected, Optional<Tally> actual, String scope) {
        out.printf(Locale.ROOT, "Expected data summary (%s)%n", scope);
        out.printf(Locale.ROOT, "  Users:        %,d%n", expected.users());
        out.printf(
                Locale.ROOT,
                "  Time period:  %s to %s (%s days, end exclusive)%n",
                settings.window().start(),
                settings.window().end(),
                trim(settings.window().days()));
        out.printf(Locale.ROOT, "  Seed:         %d%n%n", settings.seed());
        int name = Math.max(
                16,
                expected.byPersona().keySet().stream()
                        .mapToInt(String::length)
                        .max()
                        .orElse(0));
        String header = String.format(
                Locale.ROOT,
                "  %-" + name + "s %6s %10s %10s %10s %10s %11s %9s %12s %12s",
                "persona",
                "users",
                "sent",
                "delivered",
                "opened",
                "clicked",
                "events",
                "per user",
                "open rate",
                "click rate");
        out.println(header);
        out.println("  " + "-".repeat(header.length() - 2));
        for (Map.Entry<String, FunnelCounts> row : expected.byPersona().entrySet()) {
            Persona persona = settings.personas().stream()
                    .filter(p -> p.name().equals(row.getKey()))
                    .findFirst()
                    .orElseThrow();
            line(
                    out,
                    name,
                    row.getKey(),
                    expected.users(row.getKey()),
                    row.getValue(),
                    rate(persona.openRate()),
                    rate(persona.clickRate()));
        }
        out.println("  " + "-".repeat(header.length() - 2));
        FunnelCounts total = expected.total();
        line(out, name, "total", expected.users(), total, rate(total.uniqueOpenRate()), rate(total.uniqueClickRate()));
        out.println("  (open/click rate: unique, per delivered message; persona rows show the configured targets)");
        expected.deliverability()
                .forEach(
                        (type, count) -> out.printf(Locale.ROOT, "  %-16s %,10.0f expected%n", type.wireName(), count));
        actual.ifPresent(tally -> compare(out, expected, tally));
        out.flush();
    }

    private static void compare(PrintWriter out, Expectation expected, Tally tally) {
        FunnelCounts want = expected.total();
        FunnelCounts got = tally.totals();
        out.printf(Locale.ROOT, "%n  %-18s %12s %12s %9s%n", "actual vs expected", "actual", "expected", "diff");
        row(out, "sent", got.sent(), want.sent());
        row(out, "delivered", got.delivered(), want.delivered());
        row(out, "opened", got.opened(), want.opened());
        row(out, "clicked", got.clicked(), want.clicked());
        expected.deliverability().forEach((type, count) -> row(out, type.wireName(), tally.count(type), count));
        row(out, "total events", got.events(), want.events());
        out.printf(
                Locale.ROOT,
                "  %-18s %12s %12s%n",
                "unique open rate",
                rate(got.uniqueOpenRate()),
                rate(want.uniqueOpenRate()));
        out.printf(
                Locale.ROOT,
                "  %-18s %12s %12s%n",
                "unique click rate",
                rate(got.uniqueClickRate()),
                rate(want.uniqueClickRate()));
    }

    private static void row(PrintWriter out, String name, double actual, double expected) {
        double diff = expected == 0 ? 0 : (actual - expected) / expected * 100;
        out.printf(Locale.ROOT, "  %-18s %,12.0f %,12.0f %+8.2f%%%n", name, actual, expected, diff);
    }

    private static void line(
            PrintWriter out, int width, String name, int users, FunnelCounts c, String openRate, String clickRate) {
        out.printf(
                Locale.ROOT,
                "  %-" + width + "s %,6d %,10.0f %,10.0f %,10.0f %,10.0f %,11.0f %,9.0f %12s %12s%n",
                name,
                users,
                c.sent(),
                c.delivered(),
                c.opened(),
                c.clicked(),
                c.events(),
                users == 0 ? 0 : c.events() / users,
                openRate,
                clickRate);
    }

    private static String rate(double r) {
        return String.format(Locale.ROOT, "%.1f%%", r * 100);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }
}
