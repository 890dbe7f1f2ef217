package com.sendflowr.synth.kafka;

import io.smallrye.reactive.messaging.ClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;

/**
 * Test-only: keeps the configuration the channel's producer is finally created with (after every other customiser),
 * for {@link ProducerSettingsTest}. The application runs in a class loader of its own, so the properties travel as
 * system properties named {@value #PREFIX}{@code <property>}. It changes nothing.
 */
@ApplicationScoped
public class ProducerConfigProbe implements ClientCustomizer<Map<String, Object>> {

    static final String PREFIX = "test.producer-config.";

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> config) {
        if (EventChannel.CHANNEL.equals(channel)) {
            config.forEach((key, value) -> System.setProperty(PREFIX + key, String.valueOf(value)));
        }
        return config;
    }

    @Override
    public int getPriority() {
        return Integer.MAX_VALUE;
    }

    /** What the last launch's producer was created with; empty if none was. */
    static Map<String, String> last() {
        Map<String, String> config = new TreeMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                config.put(name.substring(PREFIX.length()), System.getProperty(name));
            }
        }
        return config;
    }

    static void forget() {
        last().keySet().forEach(key -> System.clearProperty(PREFIX + key));
    }
}
