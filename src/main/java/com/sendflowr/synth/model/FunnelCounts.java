package com.sendflowr.synth.model;

/**
 * Counts of one population's funnel: events per type, plus messages opened and clicked at least once.
 * Doubles, so expectations and actual tallies share one shape. The deliverability events (bounces, spam complaints,
 * unsubscribes) are counted beside it, in {@code Expectation#deliverability()} and {@code Tally#count(EventType)}.
 */
public record FunnelCounts(
        double sent, double delivered, double opened, double clicked, double uniqueOpened, double uniqueClicked) {

    public static final FunnelCounts ZERO = new FunnelCounts(0, 0, 0, 0, 0, 0);

    public FunnelCounts plus(FunnelCounts o) {
        return new FunnelCounts(
                sent + o.sent,
                delivered + o.delivered,
                opened + o.opened,
                clicked + o.clicked,
                uniqueOpened + o.uniqueOpened,
                uniqueClicked + o.uniqueClicked);
    }

    public double events() {
        return sent + delivered + opened + clicked;
    }

    public double of(EventType type) {
        return switch (type) {
            case SENT -> sent;
            case DELIVERED -> delivered;
            case OPENED -> opened;
            case CLICKED -> clicked;
            case BOUNCED, MARKED_SPAM, UNSUBSCRIBED -> 0;
        };
    }

    /** Messages opened at least once per delivered message. */
    public double uniqueOpenRate() {
        return delivered == 0 ? 0 : uniqueOpened / delivered;
    }

    /** Messages clicked at least once per delivered message. */
    public double uniqueClickRate() {
        return delivered == 0 ? 0 : uniqueClicked / delivered;
    }
}
