package com.sendflowr.synth.generation;

/** The campaign calendar: how many campaigns go out each day and which share of users each one reaches. */
public record SendPlan(int campaignsPerDay, double audienceShare) {
}
