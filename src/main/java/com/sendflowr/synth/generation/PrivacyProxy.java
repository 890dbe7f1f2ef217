package com.sendflowr.synth.generation;

import com.sendflowr.synth.model.Client;

/**
 * Apple Mail Privacy Protection: {@code share} of users read mail in a client whose proxy fetches every delivered
 * message (and its tracking pixel) {@code delayMin}–{@code delayMax} ms after delivery, whether or not the person
 * ever reads it. Their real opens are invisible; their clicks are not.
 *
 * <p>With {@code signature} the fetch looks as it does in real logs: the proxy's bare user agent and an address of its
 * own pool (IPv6 documentation addresses, 2001:db8::/32, which readers' clients never use), and
 * {@code metadata.machine_open} is a label like the persona; without, it comes from the reader's own client.
 */
public record PrivacyProxy(boolean enabled, double share, long delayMin, long delayMax, boolean signature) {

    public static final PrivacyProxy OFF = new PrivacyProxy(false, 0, 0, 0, false);

    /** Apple's image proxy identifies itself by no more than this. */
    public static final String USER_AGENT = "Mozilla/5.0";

    /** The proxy's address pool: 2001:db8:a9::/48, of which it uses this many addresses. */
    static final int POOL = 256;

    private static final Client[] CLIENTS = new Client[POOL];

    static {
        for (int i = 0; i < POOL; i++) {
            CLIENTS[i] = new Client(USER_AGENT, "2001:db8:a9::" + Integer.toHexString(0x100 + i));
        }
    }

    public PrivacyProxy(boolean enabled, double share, long delayMin, long delayMax) {
        this(enabled, share, delayMin, delayMax, false);
    }

    /** The proxy client that fetches a message, picked by bits of the message's own seed (no random draw). */
    static Client proxyClient(long bits) {
        return CLIENTS[(int) Math.floorMod(bits, (long) POOL)];
    }
}
