package com.sendflowr.synth.kafka;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a broker address list ({@code HOST:PORT[,HOST:PORT…]}) before any Kafka client sees it: the clients refuse
 * a malformed one with their own exception, and accept a port above 65535 only to fail later.
 */
final class BootstrapServers {

    static final String KEY = "--bootstrap-servers (kafka.bootstrap.servers)";
    /** host name, IPv4 address or [IPv6], then a port; an optional security-protocol prefix (SASL_SSL://). */
    private static final Pattern ADDRESS =
            Pattern.compile("(?:[A-Za-z_]+://)?(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9._-]+):([0-9]{1,5})");

    private BootstrapServers() {}

    /** What is wrong with the list, in a sentence, or empty when every address is HOST:PORT. */
    static Optional<String> problem(String servers) {
        if (servers == null || servers.isBlank()) {
            return Optional.of("is empty; give HOST:PORT, e.g. localhost:9092");
        }
        for (String address : servers.split(",")) {
            Matcher m = ADDRESS.matcher(address.trim());
            if (!m.matches()) {
                return Optional.of("'" + address.trim() + "' is not HOST:PORT; give one or more broker addresses "
                        + "separated by commas, e.g. localhost:9092");
            }
            int port = Integer.parseInt(m.group(2));
            if (port < 1 || port > 65535) {
                return Optional.of("'" + address.trim() + "' has port " + port + "; a port is from 1 to 65535");
            }
        }
        return Optional.empty();
    }
}
