package com.sendflowr.synth.model;

/** The mail client that opened or clicked: its user agent and (documentation-range) IP address. */
public record Client(String userAgent, String ipAddress) {
}
