package com.sendflowr.synth.generation;

/**
 * The campaign calendar: how many campaigns go out each day, which share of users each one reaches, and when each
 * send goes out ({@link SendTimeChooser#RANDOM_MINUTE}: the origin's spread over the day).
 */
public record SendPlan(int campaignsPerDay, double audienceShare, SendTimeChooser sendTimes) {

    public SendPlan(int campaignsPerDay, double audienceShare) {
        this(campaignsPerDay, audienceShare, SendTimeChooser.RANDOM_MINUTE);
    }

    /** Mean sends to a user per day (before special days, stops and late joins). */
    public double sendsPerDay() {
        return campaignsPerDay * audienceShare;
    }
}
