package com.sendflowr.synth.sinks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.sendflowr.synth.model.Campaign;
import com.sendflowr.synth.model.Client;
import com.sendflowr.synth.model.Recipient;

/**
 * The strings that repeat on every event of a recipient or campaign, encoded once for the whole run and shared by
 * all serialising threads: Jackson then copies their quoted UTF-8 bytes as they are.
 */
final class EncodedStrings {

    private static final int CAMPAIGN_LIMIT = 4_096;

    private final Map<Recipient, SerializableString[]> recipients = new ConcurrentHashMap<>();
    private final Map<Campaign, SerializableString[]> campaigns = new ConcurrentHashMap<>();
    private final Map<Client, SerializableString[]> clients = new ConcurrentHashMap<>();
    private final Map<String, SerializableString> metadata = new ConcurrentHashMap<>();

    /**
     * The {@code metadata} object of events as JSON text (the raw value in JSON, the column in CSV), per persona,
     * time zone and flags.
     */
    SerializableString metadata(String persona, String zone, int flags, Supplier<String> render) {
        String key = zone == null && flags == 0 ? persona : persona + '|' + zone + '|' + flags;
        return metadata.computeIfAbsent(key, k -> new SerializedString(render.get()));
    }

    /** Recipient id and e-mail. */
    SerializableString[] of(Recipient r) {
        return recipients.computeIfAbsent(r, k -> new SerializableString[] {new SerializedString(r.id()),
            new SerializedString(r.email())});
    }

    /** User agent and IP address: each user has one or two clients. */
    SerializableString[] of(Client c) {
        return clients.computeIfAbsent(c, k -> new SerializableString[] {new SerializedString(c.userAgent()),
            new SerializedString(c.ipAddress())});
    }

    /** Campaign id, name, subject and click URL. */
    SerializableString[] of(Campaign c) {
        SerializableString[] encoded = campaigns.get(c);
        if (encoded == null) {
            if (campaigns.size() > CAMPAIGN_LIMIT) {
                campaigns.clear();
            }
            encoded = campaigns.computeIfAbsent(c, k -> new SerializableString[] {new SerializedString(c.id()),
                new SerializedString(c.name()), new SerializedString(c.subject()), new SerializedString(c.clickUrl())});
        }
        return encoded;
    }
}
