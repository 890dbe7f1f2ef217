package com.sendflowr.synth.generation;

import com.sendflowr.synth.generation.RandomStreams.Purpose;
import com.sendflowr.synth.model.Campaign;
import com.sendflowr.synth.model.Client;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.EventType;
import com.sendflowr.synth.model.Message;
import java.util.List;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * Plays one message through sent → delivered → opened → clicked. Every draw comes from the message's own stream,
 * so a message's events do not depend on which other messages a run generates. Not thread-safe: one per worker.
 */
final class MessageFunnel {

    private static final int MAX_TIMING_ATTEMPTS = 100_000;
    private static final int MAX_DELAY_ATTEMPTS = 100;
    private static final long INGEST_LAG_MIN = 200;
    private static final long INGEST_LAG_SPREAD = 1_800;

    private final RandomStreams streams;
    private final FunnelTiming timing;
    private final OpenEffect[] openEffects;
    private final Realism realism;
    private final SeededRandom random = new SeededRandom(0);
    /** Draws of the realism features, from their own stream per message, so the plain funnel's draws never move. */
    private final SeededRandom extra = new SeededRandom(0);

    private final PoissonDistribution reopens;
    private final PoissonDistribution reclicks;
    private final ExponentialDistribution willingness;
    private final double willingnessSpan;
    private final ExponentialDistribution clickDelay;
    private final double clickDelaySpan;
    private long[] opens = new long[16];
    /** The virtual delay of the last {@link #delayedOpenAfter}. */
    private double lastVirtualHours;
    /** The virtual delay of the current message's first open (0 without the heavy-tailed open delay). */
    private double firstOpenVirtualHours;

    private long[] clicks = new long[16];
    /** Reused for every message instead of one allocated per message. */
    private final Emitter emit = new Emitter();

    MessageFunnel(RandomStreams streams, FunnelTiming timing, List<OpenEffect> openEffects, Realism realism) {
        this.streams = streams;
        this.timing = timing;
        this.realism = realism;
        this.openEffects = openEffects.toArray(OpenEffect[]::new);
        this.reopens = timing.reopenMean() > 0
                ? new PoissonDistribution(
                        random,
                        timing.reopenMean(),
                        PoissonDistribution.DEFAULT_EPSILON,
                        PoissonDistribution.DEFAULT_MAX_ITERATIONS)
                : null;
        this.reclicks = timing.reclickMean() > 0
                ? new PoissonDistribution(
                        random,
                        timing.reclickMean(),
                        PoissonDistribution.DEFAULT_EPSILON,
                        PoissonDistribution.DEFAULT_MAX_ITERATIONS)
                : null;
        this.willingness = new ExponentialDistribution(random, timing.willingnessHalfLife() / Math.log(2));
        this.willingnessSpan = willingness.cumulativeProbability(timing.openWindow() - timing.openDelayMin());
        this.clickDelay = new ExponentialDistribution(random, timing.clickDelayMean());
        this.clickDelaySpan = clickDelay.cumulativeProbability(timing.clickDelayMax() - timing.clickDelayMin());
    }

    /**
     * Appends the message's events that fall inside {@code window} to {@code out}.
     *
     * @param engagement a factor on the open probability from the user's situation (fatigue); 1 for none
     * @return the instant from which the user receives nothing more (hard bounce, spam complaint, unsubscribe), or
     *         {@link Long#MAX_VALUE}
     */
    long simulate(
            UserProfile user, Campaign campaign, long sentAt, double engagement, Window window, PackedEvents out) {
        long messageKey = campaign.epochDay() * 256 + campaign.slot();
        long messageSeed = streams.derive(Purpose.MESSAGE, user.recipient().index(), messageKey);
        random.reseed(messageSeed);
        String variant = null;
        String subject = campaign.subject();
        double lift = 1;
        if (campaign.isAbTest()) {
            int v = (int) Math.floorMod(streams.derive(Purpose.AB_TEST, messageSeed), (long)
                    campaign.variantSubjects().size());
            variant = realism.abTests().variants().get(v);
            subject = campaign.variantSubjects().get(v);
            lift = realism.abTests().lifts().get(v);
        }
        Message message = new Message(
                EventIds.high(sentAt, messageSeed),
                EventIds.low(RandomStreams.mix(messageSeed)),
                campaign,
                user.recipient(),
                sentAt,
                messageKey,
                variant,
                subject);
        emit.start(message, messageSeed, window, out);
        emit.event(EventType.SENT, sentAt, 0, null, 0);

        Deliverability deliverability = realism.deliverability();
        boolean proxy = user.traits().privacyProxy();
        if (deliverability.enabled() || proxy) {
            extra.reseed(streams.derive(Purpose.DELIVERABILITY, messageSeed));
        }
        if (deliverability.enabled() && extra.nextDouble() < deliverability.bounceRate()) {
            return bounce(sentAt, deliverability);
        }
        if (random.nextDouble() >= timing.deliveryRate()) {
            return Long.MAX_VALUE;
        }
        long deliveredAt = deliver(sentAt, deliverability);
        if (proxy) {
            proxyFetch(user, messageSeed, deliveredAt);
        }
        double p = openProbability(user, deliveredAt, engagement * lift);
        if (random.nextDouble() >= p) {
            return Long.MAX_VALUE;
        }
        int openCount = drawOpens(user, deliveredAt);
        emitOpens(user, openCount, proxy);
        long stop = Long.MAX_VALUE;
        if (deliverability.enabled()) {
            double reaction = extra.nextDouble();
            long at = opens[0] + extra.nextLong(Deliverability.REACTION_MIN, Deliverability.REACTION_MAX + 1);
            if (reaction < deliverability.spamRate()) {
                emit.event(EventType.MARKED_SPAM, at, 0, null, 0);
                return at;
            }
            if (reaction < deliverability.spamRate() + deliverability.unsubscribeRate()) {
                emit.event(EventType.UNSUBSCRIBED, at, 0, null, 0);
                stop = at;
            }
        }

        click(user, openCount);
        return stop;
    }

    /** A bounce instead of a delivery; returns when the user stops receiving (a hard bounce) or never. */
    private long bounce(long sentAt, Deliverability deliverability) {
        boolean hard = extra.nextDouble() < deliverability.hardBounceShare();
        long at = sentAt + extra.nextLong(timing.deliveryDelayMin(), timing.deliveryDelayMax() + 1);
        emit.event(EventType.BOUNCED, at, 0, null, hard ? EmailEvent.HARD_BOUNCE : EmailEvent.SOFT_BOUNCE);
        return hard ? at : Long.MAX_VALUE;
    }

    /** Emits the delivery, deferred when deliverability says so, and returns its instant. */
    private long deliver(long sentAt, Deliverability deliverability) {
        long deliveredAt = sentAt + random.nextLong(timing.deliveryDelayMin(), timing.deliveryDelayMax() + 1);
        int deliveryFlags = 0;
        if (deliverability.enabled() && extra.nextDouble() < deliverability.deferralRate()) {
            deliveredAt = sentAt + extra.nextLong(deliverability.deferralMin(), deliverability.deferralMax() + 1);
            deliveryFlags = EmailEvent.DEFERRED;
        }
        emit.event(EventType.DELIVERED, deliveredAt, 0, null, deliveryFlags);
        return deliveredAt;
    }

    /** The privacy proxy's machine open: it fetches the pixel shortly after delivery, whether the user reads or not. */
    private void proxyFetch(UserProfile user, long messageSeed, long deliveredAt) {
        PrivacyProxy mpp = realism.privacyProxy();
        Client fetcher = mpp.signature()
                ? PrivacyProxy.proxyClient(streams.derive(Purpose.PRIVACY_PROXY, messageSeed))
                : user.clients().get(0);
        emit.event(
                EventType.OPENED,
                deliveredAt + extra.nextLong(mpp.delayMin(), mpp.delayMax() + 1),
                0,
                fetcher,
                EmailEvent.MACHINE_OPEN);
    }

    /** The probability that this delivery is opened: the user's, times the situation's factor and the season's. */
    private double openProbability(UserProfile user, long deliveredAt, double factor) {
        double p = openProbability(user, deliveredAt);
        Seasonality seasonality = realism.seasonality();
        if (seasonality.enabled()) {
            factor *= seasonality.engagement(
                    WeekTime.epochDay(deliveredAt + user.traits().clock().offsetMillis(deliveredAt)));
        }
        if (factor != 1) {
            p = Math.min(p * factor, UserProfile.MAX_OPEN_PROBABILITY);
        }
        return p;
    }

    /**
     * Draws the open instants into {@link #opens} (the first, then the reopens in time order) and returns how many;
     * sets {@link #firstOpenVirtualHours}.
     */
    private int drawOpens(UserProfile user, long deliveredAt) {
        int openCount = 1 + (reopens == null ? 0 : reopens.sample());
        if (opens.length < openCount) {
            opens = new long[Math.max(openCount, 2 * opens.length)];
        }
        OpenDelay delay = realism.openDelay();
        firstOpenVirtualHours = 0;
        if (delay.enabled()) {
            opens[0] = delayedOpenAfter(user, deliveredAt, delay.horizonHours());
            firstOpenVirtualHours = lastVirtualHours;
            for (int i = 1; i < openCount; i++) {
                opens[i] = delayedOpenAfter(user, opens[0], delay.reopenHorizonHours());
            }
        } else {
            opens[0] = engagedTimeAfter(user, deliveredAt);
            for (int i = 1; i < openCount; i++) {
                opens[i] = engagedTimeAfter(user, opens[0]);
            }
        }
        // occurrence numbers follow time: occurrence 0 is the message's first open (and first click)
        java.util.Arrays.sort(opens, 1, openCount);
        return openCount;
    }

    private void emitOpens(UserProfile user, int openCount, boolean proxy) {
        for (int i = 0; i < openCount; i++) {
            Client client = client(user);
            if (!proxy) {
                // behind the proxy the reader's own opens are invisible: the proxy fetched the pixel already
                emit.event(EventType.OPENED, opens[i], i, client, 0);
            }
        }
    }

    /** Whether the opened message is clicked, and if so its clicks, each after an open. */
    private void click(UserProfile user, int openCount) {
        double clickGivenOpen = user.clickGivenOpen();
        if (realism.earlyClicks().enabled()) {
            clickGivenOpen = Math.min(1, clickGivenOpen * realism.earlyClicks().factor(firstOpenVirtualHours));
        }
        if (random.nextDouble() >= clickGivenOpen) {
            return;
        }
        int clickCount = 1 + (reclicks == null ? 0 : reclicks.sample());
        if (clicks.length < clickCount) {
            clicks = new long[Math.max(clickCount, 2 * clicks.length)];
        }
        for (int i = 0; i < clickCount; i++) {
            long after = i == 0 ? opens[0] : opens[random.nextInt(openCount)];
            clicks[i] = after + clickDelay();
        }
        java.util.Arrays.sort(clicks, 0, clickCount);
        for (int i = 0; i < clickCount; i++) {
            emit.event(EventType.CLICKED, clicks[i], i, client(user), 0);
        }
    }

    double openProbability(UserProfile user, long deliveredAt) {
        double p = user.openRate();
        for (int i = 0; i < openEffects.length; i++) {
            p *= openEffects[i].factor(user, deliveredAt);
        }
        return Math.min(p, UserProfile.MAX_OPEN_PROBABILITY);
    }

    /**
     * A moment after {@code from} when the user engages: the willingness to open decays with age, and the user's
     * activity curve thins out the moments they are busy (rejection sampling against the curve's maximum).
     */
    private long engagedTimeAfter(UserProfile user, long from) {
        ActivityCurve curve = user.curve();
        for (int attempt = 0; attempt < MAX_TIMING_ATTEMPTS; attempt++) {
            double age = willingness.inverseCumulativeProbability(random.nextDouble() * willingnessSpan);
            long at = from + timing.openDelayMin() + (long) age;
            if (random.nextDouble() * curve.max() < curve.weight(user.activityMinute(at))) {
                return at;
            }
        }
        throw new IllegalStateException("activity curve of " + user.persona().name() + " has no active minute");
    }

    /**
     * The heavy-tailed open delay ({@link OpenDelay}): a log-logistic delay in the user's virtual time, turned into
     * clock time by the user's week. A delay whose clock time passes the horizon is drawn again (near the horizon a
     * quiet week can stretch virtual time), so opens stay within the span the generator streams by.
     */
    private long delayedOpenAfter(UserProfile user, long from, double horizonHours) {
        OpenDelay delay = realism.openDelay();
        PersonalWeek week = user.traits().week();
        double x0 = user.activityMinute(from) / 60.0 + Math.floorMod(from, WeekTime.MILLIS_PER_MINUTE) / 3_600_000.0;
        for (int attempt = 0; ; attempt++) {
            double virtual = delay.virtualDelay(random.nextDouble(), horizonHours);
            double hours = week.clockHours(x0, virtual);
            if (hours <= horizonHours || attempt == MAX_DELAY_ATTEMPTS) {
                lastVirtualHours = virtual;
                return from + Math.max(timing.openDelayMin(), (long) (Math.min(hours, horizonHours) * 3_600_000.0));
            }
        }
    }

    private long clickDelay() {
        return timing.clickDelayMin()
                + (long) clickDelay.inverseCumulativeProbability(random.nextDouble() * clickDelaySpan);
    }

    private Client client(UserProfile user) {
        List<Client> clients = user.clients();
        return clients.size() == 1 ? clients.get(0) : clients.get(random.nextInt(clients.size()));
    }

    /** Builds the events of the message being played, keeping those inside the window. */
    private final class Emitter {
        private Message message;
        private long messageSeed;
        private Window window;
        private PackedEvents out;

        void start(Message message, long messageSeed, Window window, PackedEvents out) {
            this.message = message;
            this.messageSeed = messageSeed;
            this.window = window;
            this.out = out;
        }

        void event(EventType type, long at, int occurrence, Client client, int flags) {
            if (!window.contains(at)) {
                return;
            }
            long idBits = streams.derive(Purpose.EVENT_ID, messageSeed, type.ordinal(), occurrence);
            long ingestedAt = at + INGEST_LAG_MIN + Math.floorMod(idBits, INGEST_LAG_SPREAD);
            out.add(
                    EventIds.high(at, idBits),
                    EventIds.low(RandomStreams.mix(idBits)),
                    type,
                    at,
                    message,
                    occurrence,
                    client,
                    ingestedAt,
                    flags);
        }
    }
}
