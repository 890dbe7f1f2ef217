package com.sendflowr.synth.sinks;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.sendflowr.synth.model.Campaign;
import com.sendflowr.synth.model.Client;
import com.sendflowr.synth.model.EmailEvent;
import com.sendflowr.synth.model.Recipient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The strings that repeat on every event of a recipient, campaign or client, encoded once for the whole run and
 * shared by all serialising threads: Jackson then copies their quoted UTF-8 bytes as they are.
 */
final class EncodedStrings {

    private static final int CAMPAIGN_LIMIT = 4_096;

    private final boolean labels;
    /** Flags the metadata shows: without labels, a machine open that is a label (the proxy's signature) is not one. */
    private final int shownFlags;

    private final Map<Recipient, SerializableString[]> recipients = new ConcurrentHashMap<>();
    private final Map<Campaign, SerializableString[]> campaigns = new ConcurrentHashMap<>();
    private final Map<Client, SerializableString[]> clients = new ConcurrentHashMap<>();
    private final Map<String, SerializableString> metadata = new ConcurrentHashMap<>();

    /** {@code labels}: whether the metadata carries the persona. */
    EncodedStrings(boolean labels) {
        this(labels, false);
    }

    /** {@code machineOpenIsLabel}: whether {@code machine_open} goes with the labels (off without them). */
    EncodedStrings(boolean labels, boolean machineOpenIsLabel) {
        this.labels = labels;
        this.shownFlags = !labels && machineOpenIsLabel ? ~EmailEvent.MACHINE_OPEN : ~0;
    }

    /**
     * The {@code metadata} object of events as JSON text (the raw value in JSON, the column in CSV), per persona,
     * time zone and flags.
     */
    SerializableString metadata(String persona, String zone, int eventFlags) {
        int flags = eventFlags & shownFlags;
        String key = zone == null && flags == 0 ? persona : persona + '|' + zone + '|' + flags;
        SerializableString encoded = metadata.get(key);
        return encoded != null
                ? encoded
                : metadata.computeIfAbsent(
                        key,
                        k -> new SerializedString(CanonicalEventWriter.metadataAsJson(persona, labels, zone, flags)));
    }

    /** Recipient id and e-mail. */
    SerializableString[] of(Recipient r) {
        return lookUp(recipients, r, k -> encode(k.id(), k.email()));
    }

    /** User agent and IP address: each user has one or two clients. */
    SerializableString[] of(Client c) {
        return lookUp(clients, c, k -> encode(k.userAgent(), k.ipAddress()));
    }

    /** Campaign id, name, subject and click URL. */
    SerializableString[] of(Campaign c) {
        SerializableString[] encoded = campaigns.get(c);
        if (encoded == null) {
            if (campaigns.size() > CAMPAIGN_LIMIT) {
                campaigns.clear();
            }
            encoded = campaigns.computeIfAbsent(c, k -> encode(k.id(), k.name(), k.subject(), k.clickUrl()));
        }
        return encoded;
    }

    /** A plain read first: computeIfAbsent would lock the bin of a key that is present but not first in it. */
    private static <K> SerializableString[] lookUp(
            Map<K, SerializableString[]> map, K key, Function<K, SerializableString[]> encode) {
        SerializableString[] encoded = map.get(key);
        return encoded != null ? encoded : map.computeIfAbsent(key, encode);
    }

    private static SerializableString[] encode(String... values) {
        SerializableString[] encoded = new SerializableString[values.length];
        for (int i = 0; i < values.length; i++) {
            encoded[i] = new SerializedString(values[i]);
        }
        return encoded;
    }
}
