package com.sendflowr.synth.generation;

import com.sendflowr.synth.generation.RandomStreams.Purpose;
import com.sendflowr.synth.model.Campaign;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The campaigns of each day, a pure function of the seed and the date. */
public final class CampaignCalendar {

    private static final String[] THEMES = {
        "Weekly Digest", "Flash Sale", "New Arrivals", "Product Update", "Member Exclusive", "Tips & Tricks",
        "Back in Stock", "Event Invitation", "Seasonal Picks", "Customer Stories", "Price Drop", "Last Chance",
    };

    private static final String[] SUBJECTS = {
        "Your %s is here", "Don't miss this: %s", "%s — picked for you", "Inside: %s",
        "%s: 24 hours only", "Quick look at our %s", "We saved you a seat: %s", "%s you'll love",
    };

    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter READABLE_DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);

    private final RandomStreams streams;
    private final SendPlan plan;
    private final String linkBaseUrl;

    private final Seasonality seasonality;

    private final AbTests abTests;

    public CampaignCalendar(
            RandomStreams streams, SendPlan plan, String linkBaseUrl, Seasonality seasonality, AbTests abTests) {
        this.streams = streams;
        this.abTests = abTests;
        this.seasonality = seasonality;
        this.plan = plan;
        this.linkBaseUrl = linkBaseUrl;
    }

    /** How many campaigns go out on a day: the plan's, scaled on special days. */
    public int count(long epochDay) {
        if (!seasonality.enabled()) {
            return plan.campaignsPerDay();
        }
        return (int) Math.min(255, Math.round(plan.campaignsPerDay() * seasonality.volume(epochDay)));
    }

    /** One subject per variant when the campaign is an A/B test (drawn from its own stream), else none. */
    private List<String> variantSubjects(long epochDay, int slot, String theme, String subject) {
        if (!abTests.enabled()) {
            return List.of();
        }
        SeededRandom random = new SeededRandom(streams.derive(Purpose.AB_TEST, epochDay, slot));
        if (random.nextDouble() >= abTests.share()) {
            return List.of();
        }
        List<String> subjects = new ArrayList<>(List.of(subject));
        for (int v = 1; v < abTests.variants().size(); v++) {
            String candidate = String.format(Locale.ROOT, SUBJECTS[random.nextInt(SUBJECTS.length)], theme);
            for (int attempt = 0; attempt < 16 && subjects.contains(candidate); attempt++) {
                candidate = String.format(Locale.ROOT, SUBJECTS[random.nextInt(SUBJECTS.length)], theme);
            }
            subjects.add(
                    subjects.contains(candidate)
                            ? candidate + " (" + abTests.variants().get(v) + ")"
                            : candidate);
        }
        return subjects;
    }

    public List<Campaign> on(long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        String compact = date.format(COMPACT_DATE);
        String readable = date.format(READABLE_DATE);
        int count = count(epochDay);
        List<Campaign> campaigns = new ArrayList<>(count);
        for (int slot = 0; slot < count; slot++) {
            SeededRandom random = new SeededRandom(streams.derive(Purpose.CAMPAIGNS, epochDay, slot));
            String theme = THEMES[random.nextInt(THEMES.length)];
            String subject = String.format(Locale.ROOT, SUBJECTS[random.nextInt(SUBJECTS.length)], theme);
            String id = String.format(Locale.ROOT, "cmp_%s_%02d", compact, slot + 1);
            SpecialDay special = seasonality.on(epochDay);
            String name = special == null ? theme + " — " + readable : special.name() + ": " + theme + " — " + readable;
            campaigns.add(new Campaign(
                    id,
                    name,
                    subject,
                    linkBaseUrl + "/c/" + id,
                    epochDay,
                    slot,
                    variantSubjects(epochDay, slot, theme, subject)));
        }
        return List.copyOf(campaigns);
    }
}
