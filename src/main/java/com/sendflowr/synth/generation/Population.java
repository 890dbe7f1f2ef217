package com.sendflowr.synth.generation;

import com.sendflowr.synth.generation.RandomStreams.Purpose;
import com.sendflowr.synth.model.Client;
import com.sendflowr.synth.model.Persona;
import com.sendflowr.synth.model.Recipient;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.util.MathArrays;

/**
 * All users of a run with their own behaviour, drawn from the seed. Users are assigned to personas by a seeded
 * shuffle (the persona cannot be read off the id); each user's rates vary around the persona's, centred so that
 * every persona's mean rates are exactly the configured ones. Cheap enough to build in full for every shard.
 */
public final class Population {

    private static final int SHIFT_STEP_MINUTES = 10;
    private static final int MAX_SHIFT_MINUTES = 60;
    private static final double TRUNCATION_SIGMAS = 2.5;

    private static final String[] USER_AGENTS = {
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
        "Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
        "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.18129; Pro)",
        "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
    };

    /** RFC 5737 documentation networks: never routable, safe in test data. */
    private static final String[] DOCUMENTATION_NETWORKS = {"192.0.2.", "198.51.100.", "203.0.113."};

    private final List<UserProfile> users;

    private Population(List<UserProfile> users) {
        this.users = List.copyOf(users);
    }

    public static Population of(ModelSettings settings) {
        RandomStreams streams = new RandomStreams(settings.seed());
        List<Persona> personas = sortedPersonas(settings);
        Builder builder = new Builder(settings);
        List<UserProfile> users = new ArrayList<>(settings.userCount());
        for (Draft draft : drafts(settings, personas, streams)) {
            UserProfile user = builder.profile(
                    draft.recipient(),
                    draft.persona(),
                    draft.shift(),
                    draft.openRate(),
                    draft.clickGivenOpen(),
                    draft.clients(),
                    draft.traits());
            if (settings.realism().drift().enabled()) {
                user = drifted(settings, user, personas, streams, builder);
            }
            users.add(user);
        }
        return new Population(users);
    }

    /**
     * Who the users are, as the ground-truth manifest names them (id, persona, split, cold start, rates), without
     * building their curves, weeks and drift: a fifth of the work and memory of {@link #of}, for checking a manifest.
     */
    public static List<UserIdentity> identities(ModelSettings settings) {
        RandomStreams streams = new RandomStreams(settings.seed());
        return drafts(settings, sortedPersonas(settings), streams).stream()
                .map(draft -> new UserIdentity(
                        draft.recipient().id(),
                        draft.persona().name(),
                        draft.traits().holdout(),
                        draft.traits().coldStart(),
                        draft.openRate(),
                        draft.openRate() * draft.clickGivenOpen()))
                .toList();
    }

    private static List<Persona> sortedPersonas(ModelSettings settings) {
        List<Persona> personas = new ArrayList<>(settings.personas());
        personas.sort(Comparator.comparing(Persona::name));
        return personas;
    }

    /** A user before their curves, weeks and drift: everything drawn for them on their own streams so far. */
    private record Draft(
            Recipient recipient,
            Persona persona,
            int shift,
            double openRate,
            double clickGivenOpen,
            List<Client> clients,
            UserTraits traits) {}

    private static List<Draft> drafts(ModelSettings settings, List<Persona> personas, RandomStreams streams) {
        int total = settings.userCount();

        int[] personaOf = shuffledPersonas(personas, total, streams);

        double[] openDeviation = new double[total];
        double[] clickDeviation = new double[total];
        int[] shift = new int[total];
        List<List<Client>> clients = new ArrayList<>(total);
        Heterogeneity spread = settings.heterogeneity();
        for (int i = 0; i < total; i++) {
            SeededRandom random = new SeededRandom(streams.derive(Purpose.USER, i));
            openDeviation[i] = truncatedGaussian(random) * spread.rateSpread();
            clickDeviation[i] = truncatedGaussian(random) * spread.rateSpread();
            int minutes =
                    (int) Math.round(truncatedGaussian(random) * spread.timingJitterMinutes() / SHIFT_STEP_MINUTES)
                            * SHIFT_STEP_MINUTES;
            shift[i] = personas.get(personaOf[i]).isUniform()
                    ? 0
                    : Math.max(-MAX_SHIFT_MINUTES, Math.min(MAX_SHIFT_MINUTES, minutes));
            clients.add(clientsOf(random));
        }
        centreWithinPersonas(openDeviation, personaOf, personas.size());
        centreWithinPersonas(clickDeviation, personaOf, personas.size());
        decorrelateWithinPersonas(clickDeviation, openDeviation, personaOf, personas.size());
        double[] openScale = new double[personas.size()];
        double[] clickScale = new double[personas.size()];
        for (int p = 0; p < personas.size(); p++) {
            openScale[p] =
                    headroom(openDeviation, personaOf, p, personas.get(p).openRate(), UserProfile.MAX_OPEN_PROBABILITY);
            clickScale[p] =
                    headroom(clickDeviation, personaOf, p, personas.get(p).clickGivenOpen(), 1);
        }

        Map<ZoneId, LocalClock> clocks = new HashMap<>();
        Realism realism = settings.realism();
        boolean[] holdout = holdout(settings, personaOf, personas.size(), streams);
        List<Draft> drafts = new ArrayList<>(total);
        Identity identity = settings.identity();
        for (int i = 0; i < total; i++) {
            Persona persona = personas.get(personaOf[i]);
            double openRate = realism.individuals().enabled()
                    ? individualOpenRate(realism.individuals(), persona, i, streams)
                    : persona.openRate() * (1 + openScale[personaOf[i]] * openDeviation[i]);
            double clickGivenOpen = persona.clickGivenOpen() * (1 + clickScale[personaOf[i]] * clickDeviation[i]);
            LocalClock clock = clock(settings, i, streams, clocks);
            String id = identity.recipientId(i);
            String zone = realism.timeZones().enabled() ? clock.zone().getId() : null;
            Recipient recipient = new Recipient(i, id, id + "@" + identity.emailDomain(), persona.name(), zone);
            UserTraits traits = new UserTraits(
                    clock,
                    joinedAt(settings, i, streams),
                    holdout[i],
                    privacyProxy(realism.privacyProxy(), i, streams),
                    null,
                    1,
                    1,
                    null,
                    null);
            drafts.add(new Draft(recipient, persona, shift[i], openRate, clickGivenOpen, clients.get(i), traits));
        }
        return drafts;
    }

    /** Each user's persona (an index into {@code personas}): every persona's count of users, in a seeded shuffle. */
    private static int[] shuffledPersonas(List<Persona> personas, int total, RandomStreams streams) {
        int[] personaOf = new int[total];
        int next = 0;
        for (int p = 0; p < personas.size(); p++) {
            for (int u = 0; u < personas.get(p).users(); u++) {
                personaOf[next++] = p;
            }
        }
        MathArrays.shuffle(personaOf, new SeededRandom(streams.derive(Purpose.POPULATION, 0)));
        return personaOf;
    }

    /**
     * Makes users of a persona, sharing curves and send-time responses between users with the same hours, and one
     * persona's weeks (weights, responses) between all its shifts; the responses are computed in one scratch week.
     */
    private record Builder(
            ModelSettings settings,
            Map<String, ActivityCurve> curves,
            Map<String, SendTimeResponse> responses,
            Map<String, SharpenedResponse> sharpened,
            Map<String, ActivityCurve> unshiftedCurves,
            Map<String, SendTimeResponse> unshiftedResponses,
            Map<String, SharpenedResponse> unshiftedSharpened,
            double[] scratch,
            RandomStreams streams,
            Map<String, double[]> hourly,
            Map<String, List<double[]>> others,
            Map<String, Integer> personaIndex,
            double[] responseKernel) {

        Builder(ModelSettings settings) {
            this(
                    settings,
                    new HashMap<>(),
                    new HashMap<>(),
                    new HashMap<>(),
                    new HashMap<>(),
                    new HashMap<>(),
                    new HashMap<>(),
                    new double[WeekTime.MINUTES_PER_WEEK],
                    new RandomStreams(settings.seed()),
                    new HashMap<>(),
                    new HashMap<>(),
                    indexByName(settings.personas()),
                    PersonalWeek.responseKernel(settings.realism().openDelay()));
        }

        /**
         * Each persona's position in the configuration, by name (unique): looked up per user, where a record's
         * {@code equals} (method handles, interpreted in the native executable) was 15% of a native run's time.
         */
        private static Map<String, Integer> indexByName(List<Persona> personas) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < personas.size(); i++) {
                index.putIfAbsent(personas.get(i).name(), i);
            }
            return index;
        }

        UserProfile profile(
                Recipient recipient,
                Persona persona,
                int userShift,
                double openRate,
                double clickGivenOpen,
                List<Client> clients,
                UserTraits traits) {
            String curveKey = persona.name() + '@' + userShift;
            ActivityCurve curve = curves.computeIfAbsent(
                    curveKey,
                    k -> unshiftedCurves
                            .computeIfAbsent(persona.name(), p -> ActivityCurve.of(persona, settings.activity()))
                            .shifted(userShift));
            SendTimeResponse response = responses.computeIfAbsent(
                    curveKey,
                    k -> unshiftedResponses
                            .computeIfAbsent(
                                    persona.name(),
                                    p -> new SendTimeResponse(curve.unshifted(), settings.funnel(), scratch))
                            .shiftedAs(curve));
            SharpenedResponse sharp = null;
            double scale = 1;
            double cap = 1;
            double blend;
            switch (settings.realism().sendTime()) {
                case NONE -> blend = 0;
                case STRONG -> {
                    sharp = sharpened.computeIfAbsent(
                            curveKey,
                            k -> unshiftedSharpened
                                    .computeIfAbsent(
                                            persona.name(),
                                            p -> new SharpenedResponse(
                                                    unshiftedResponses.get(p),
                                                    SendTimeStrength.STRONG.exponent(),
                                                    scratch))
                                    .shiftedAs(response));
                    cap = openRate > 0 ? UserProfile.MAX_OPEN_PROBABILITY / openRate : Double.MAX_VALUE;
                    scale = sharp.scaleFor(cap);
                    blend = settings.sendTimeEffect();
                }
                default -> blend = sendTimeBlend(settings.sendTimeEffect(), openRate, response);
            }
            PersonalWeek week =
                    settings.realism().personalWeeks() ? week(recipient, persona, curveKey, curve, openRate) : null;
            UserTraits own = new UserTraits(
                    traits.clock(),
                    traits.joinedAt(),
                    traits.holdout(),
                    traits.privacyProxy(),
                    sharp,
                    scale,
                    cap,
                    traits.drift(),
                    week);
            return new UserProfile(
                    recipient, persona, userShift, curve, response, openRate, clickGivenOpen, blend, clients, own);
        }

        /**
         * The user's week by local hour: the persona's curve, or with {@link Individuals} the user's own (drawn from
         * the user's stream for this persona, so a user who switches persona gets a week for each).
         */
        private PersonalWeek week(
                Recipient recipient, Persona persona, String curveKey, ActivityCurve curve, double openRate) {
            Realism realism = settings.realism();
            double[] own = hourly.computeIfAbsent(curveKey, k -> hourMeans(curve));
            Individuals individuals = realism.individuals();
            if (!individuals.enabled()) {
                return PersonalWeek.of(own, realism.openDelay(), null);
            }
            SeededRandom random = new SeededRandom(
                    streams.derive(Purpose.INDIVIDUAL, recipient.index(), personaIndex.get(persona.name())));
            double[] week = PersonalCurve.draw(own, othersOf(persona), individuals, random);
            return PersonalWeek.of(
                    week,
                    realism.openDelay(),
                    PersonalWeek.sendTimeFactors(week, responseKernel, individuals.sendTimeStrength(), openRate));
        }

        private List<double[]> othersOf(Persona persona) {
            return others.computeIfAbsent(
                    persona.name(),
                    name -> settings.personas().stream()
                            .filter(p -> !p.name().equals(name) && p.users() > 0)
                            .map(p -> hourMeans(ActivityCurve.of(p, settings.activity())))
                            .toList());
        }
    }

    /** A curve's mean activity in each hour of the week. */
    static double[] hourMeans(ActivityCurve curve) {
        double[] hours = new double[OpenTiming.HOURS_PER_WEEK];
        for (int h = 0, m = 0; h < hours.length; h++) {
            double sum = 0;
            for (int end = m + 60; m < end; m++) {
                sum += curve.weight(m);
            }
            hours[h] = sum / 60;
        }
        return hours;
    }

    /** A user's open rate drawn from Beta(κ·m, κ·(1 − m)) around the persona's m, at most 0.95. */
    private static double individualOpenRate(
            Individuals individuals, Persona persona, int user, RandomStreams streams) {
        double m = persona.openRate();
        if (m <= 0) {
            return 0;
        }
        double k = individuals.rateConcentration();
        SeededRandom random = new SeededRandom(streams.derive(Purpose.INDIVIDUAL, user));
        BetaDistribution beta = new BetaDistribution(random, k * m, k * (1 - m));
        return Math.min(0.95, beta.sample());
    }

    /**
     * The user with its drift drawn from its own stream: rate and hour drift, and for a share of users a switch to
     * another persona (keeping its own deviation from the persona's rates) at a date in the middle of the window.
     */
    private static UserProfile drifted(
            ModelSettings settings, UserProfile user, List<Persona> personas, RandomStreams streams, Builder builder) {
        Drift drift = settings.realism().drift();
        SeededRandom random =
                new SeededRandom(streams.derive(Purpose.DRIFT, user.recipient().index()));
        double rateChange = random.nextDouble(-drift.rateChange(), drift.rateChange() + Double.MIN_VALUE);
        int peakShift = (int)
                Math.round(random.nextDouble(-drift.peakShiftMinutes(), drift.peakShiftMinutes() + Double.MIN_VALUE));
        if (user.persona().isUniform()) {
            peakShift = 0;
        }
        Window window = settings.window();
        long switchAt = Long.MAX_VALUE;
        UserProfile switched = null;
        List<Persona> others = personas.stream()
                .filter(p -> !p.name().equals(user.persona().name()) && p.users() > 0)
                .toList();
        if (random.nextDouble() < drift.switchShare() && !others.isEmpty()) {
            Persona next = others.get(random.nextInt(others.size()));
            double length = window.endMillis() - window.startMillis();
            switchAt = window.startMillis() + (long) (length * random.nextDouble(Drift.SWITCH_FROM, Drift.SWITCH_TO));
            Persona was = user.persona();
            double openRate =
                    Math.min(0.95, next.openRate() * (was.openRate() == 0 ? 1 : user.openRate() / was.openRate()));
            double clickGivenOpen = Math.min(
                    1,
                    next.clickGivenOpen()
                            * (was.clickGivenOpen() == 0 ? 1 : user.clickGivenOpen() / was.clickGivenOpen()));
            Recipient r = user.recipient();
            Recipient recipient = new Recipient(r.index(), r.id(), r.email(), next.name(), r.timeZone());
            UserDrift continuing = new UserDrift(
                    window.startMillis(),
                    window.endMillis(),
                    rateChange,
                    next.isUniform() ? 0 : peakShift,
                    Long.MAX_VALUE,
                    null);
            switched = builder.profile(
                    recipient,
                    next,
                    next.isUniform() ? 0 : user.shiftMinutes(),
                    openRate,
                    clickGivenOpen,
                    user.clients(),
                    user.traits().withDrift(continuing));
        }
        UserDrift own =
                new UserDrift(window.startMillis(), window.endMillis(), rateChange, peakShift, switchAt, switched);
        return new UserProfile(
                user.recipient(),
                user.persona(),
                user.shiftMinutes(),
                user.curve(),
                user.response(),
                user.openRate(),
                user.clickGivenOpen(),
                user.sendTimeBlend(),
                user.clients(),
                user.traits().withDrift(own));
    }

    private static LocalClock clock(
            ModelSettings settings, int user, RandomStreams streams, Map<ZoneId, LocalClock> clocks) {
        TimeZoneMix mix = settings.realism().timeZones();
        if (!mix.enabled()) {
            return LocalClock.UTC;
        }
        ZoneId zone = mix.pick(new SeededRandom(streams.derive(Purpose.TIME_ZONE, user)).nextDouble());
        long margin = settings.funnel().longestMessageSpan() + 2 * WeekTime.MILLIS_PER_DAY;
        return clocks.computeIfAbsent(
                zone,
                z -> LocalClock.of(
                        z,
                        settings.window().startMillis() - margin,
                        settings.window().endMillis() + margin));
    }

    private static long joinedAt(ModelSettings settings, int user, RandomStreams streams) {
        ColdStart cold = settings.realism().coldStart();
        if (!cold.enabled()) {
            return Long.MIN_VALUE;
        }
        SeededRandom random = new SeededRandom(streams.derive(Purpose.COLD_START, user));
        if (random.nextDouble() >= cold.share()) {
            return Long.MIN_VALUE;
        }
        Window window = settings.window();
        double length = window.endMillis() - window.startMillis();
        return window.startMillis() + (long) (length * random.nextDouble(cold.joinFrom(), cold.joinTo()));
    }

    private static boolean privacyProxy(PrivacyProxy proxy, int user, RandomStreams streams) {
        return proxy.enabled()
                && new SeededRandom(streams.derive(Purpose.PRIVACY_PROXY, user)).nextDouble() < proxy.share();
    }

    /**
     * The holdout split, stratified: within each persona users are ordered by a seeded key and the first
     * round(share · n) are held out, so every persona is split in the same proportion.
     */
    private static boolean[] holdout(ModelSettings settings, int[] personaOf, int personaCount, RandomStreams streams) {
        boolean[] held = new boolean[personaOf.length];
        Holdout split = settings.realism().holdout();
        if (!split.enabled()) {
            return held;
        }
        for (int p = 0; p < personaCount; p++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < personaOf.length; i++) {
                if (personaOf[i] == p) {
                    members.add(i);
                }
            }
            members.sort(Comparator.comparingLong(i -> streams.derive(Purpose.HOLDOUT, i)));
            long heldOut = Math.round(split.share() * members.size());
            for (int k = 0; k < heldOut; k++) {
                held[members.get(k)] = true;
            }
        }
        return held;
    }

    /** The strongest blend ≤ strength that keeps every message's open probability within the cap. */
    private static double sendTimeBlend(double strength, double openRate, SendTimeResponse response) {
        if (openRate <= 0 || response.max() <= 1) {
            return strength;
        }
        double limit = (UserProfile.MAX_OPEN_PROBABILITY / openRate - 1) / (response.max() - 1);
        return Math.max(0, Math.min(strength, limit));
    }

    private static double truncatedGaussian(SeededRandom random) {
        double z;
        do {
            z = random.nextGaussian();
        } while (Math.abs(z) > TRUNCATION_SIGMAS);
        return z;
    }

    private static void centreWithinPersonas(double[] deviation, int[] personaOf, int personaCount) {
        double[] sum = new double[personaCount];
        int[] count = new int[personaCount];
        for (int i = 0; i < deviation.length; i++) {
            sum[personaOf[i]] += deviation[i];
            count[personaOf[i]]++;
        }
        for (int i = 0; i < deviation.length; i++) {
            deviation[i] -= sum[personaOf[i]] / count[personaOf[i]];
        }
    }

    /**
     * Removes from {@code deviation} its within-persona linear dependence on {@code other}, so the mean of the
     * product of (1 + open deviation)(1 + click deviation) is exactly 1: a persona's mean click rate, open rate ×
     * P(click | open), then stays the configured one.
     */
    private static void decorrelateWithinPersonas(
            double[] deviation, double[] other, int[] personaOf, int personaCount) {
        double[] cross = new double[personaCount];
        double[] square = new double[personaCount];
        for (int i = 0; i < deviation.length; i++) {
            cross[personaOf[i]] += deviation[i] * other[i];
            square[personaOf[i]] += other[i] * other[i];
        }
        for (int i = 0; i < deviation.length; i++) {
            int p = personaOf[i];
            if (square[p] > 0) {
                deviation[i] -= cross[p] / square[p] * other[i];
            }
        }
    }

    /**
     * The largest factor ≤ 1 by which a persona's (centred) deviations can be scaled so that every user's rate stays
     * within [0, cap]. Scaling keeps the persona's mean exactly, where clamping single users would not.
     */
    private static double headroom(double[] deviation, int[] personaOf, int persona, double rate, double cap) {
        double scale = 1;
        for (int i = 0; i < deviation.length; i++) {
            if (personaOf[i] != persona || rate <= 0) {
                continue;
            }
            if (deviation[i] > 0 && rate * (1 + deviation[i]) > cap) {
                scale = Math.min(scale, (cap / rate - 1) / deviation[i]);
            }
            if (deviation[i] < -1) {
                scale = Math.min(scale, -1 / deviation[i]);
            }
        }
        return Math.max(0, scale);
    }

    private static List<Client> clientsOf(SeededRandom random) {
        int devices = 1 + random.nextInt(2);
        List<Client> clients = new ArrayList<>(devices);
        for (int d = 0; d < devices; d++) {
            String ip =
                    DOCUMENTATION_NETWORKS[random.nextInt(DOCUMENTATION_NETWORKS.length)] + (1 + random.nextInt(254));
            clients.add(new Client(USER_AGENTS[random.nextInt(USER_AGENTS.length)], ip));
        }
        return List.copyOf(clients);
    }

    public List<UserProfile> users() {
        return users;
    }

    public List<UserProfile> slice(Shard shard) {
        return users.stream().filter(u -> shard.contains(u.recipient().index())).toList();
    }
}
