package com.sendflowr.synth.model;

/** The mail client that opened or clicked: its user agent and (documentation-range) IP address. */
public record Client(String userAgent, String ipAddress) {

    // Spelled out because serialisation looks every engaged event's client up in a hash map, and users can share
    // a client: a record's generated equals runs through method handles, which a native executable interprets
    // (perf: 16% of native JSON serialisation time, with its reflection garbage).
    @Override
    public boolean equals(Object other) {
        return other == this
                || other instanceof Client client
                        && userAgent.equals(client.userAgent)
                        && ipAddress.equals(client.ipAddress);
    }

    @Override
    public int hashCode() {
        return 31 * userAgent.hashCode() + ipAddress.hashCode();
    }
}
