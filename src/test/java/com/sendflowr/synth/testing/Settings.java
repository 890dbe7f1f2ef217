package com.sendflowr.synth.testing;

import com.sendflowr.synth.config.SettingsReader;
import com.sendflowr.synth.config.SynthConfig;
import com.sendflowr.synth.config.WindowOverrides;
import com.sendflowr.synth.generation.ModelSettings;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.source.yaml.YamlConfigSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link ModelSettings} the way the application does: the real {@code application.yaml} (from the main
 * resources on the class path) as the base source, per-test overrides as a higher-ordinal properties source,
 * mapped onto {@link SynthConfig} and read by {@link SettingsReader}.
 */
public final class Settings {

    /** A fixed clock, so nothing depends on the wall clock (matters only for {@code end: today}). */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-15T10:30:00Z"), ZoneOffset.UTC);

    private Settings() {}

    public static SynthConfig config(Map<String, String> overrides) {
        return config(null, overrides);
    }

    /** The configuration under a MicroProfile Config profile of application.yaml ({@code calibrated}), or none (null). */
    public static SynthConfig config(String profile, Map<String, String> overrides) {
        URL yaml = Settings.class.getResource("/application.yaml");
        if (yaml == null) {
            throw new IllegalStateException("application.yaml is not on the test class path");
        }
        try {
            SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder();
            if (profile != null) {
                builder.withProfile(profile);
            }
            SmallRyeConfig config = builder.withSources(new YamlConfigSource(yaml, 100))
                    .withSources(new PropertiesConfigSource(new LinkedHashMap<>(overrides), "test-overrides", 500))
                    // Quarkus registers its duration converter (30s, 5m, 48h) itself; a bare SmallRye config needs it.
                    .withConverter(Duration.class, 200, new DurationConverter())
                    .withMapping(SynthConfig.class)
                    .build();
            return config.getConfigMapping(SynthConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ModelSettings read(Map<String, String> overrides) {
        return read(overrides, WindowOverrides.NONE);
    }

    public static ModelSettings read(Map<String, String> overrides, WindowOverrides window) {
        return SettingsReader.read(config(overrides), Optional.empty(), window, CLOCK);
    }

    /** The settings of a profile of application.yaml, with overrides given as alternating key, value. */
    public static ModelSettings profile(String profile, String... keyValues) {
        return SettingsReader.read(config(profile, map(keyValues)), Optional.empty(), WindowOverrides.NONE, CLOCK);
    }

    /** The defaults of application.yaml, untouched. */
    public static ModelSettings defaults() {
        return read(Map.of());
    }

    /** Overrides given as alternating key, value. */
    public static ModelSettings with(String... keyValues) {
        return read(map(keyValues));
    }

    public static Map<String, String> map(String... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must alternate");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
