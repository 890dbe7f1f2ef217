package com.sendflowr.synth.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.source.yaml.YamlConfigSourceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NativeConfigSourcesTest {

    /** What GraalVM sets in a native executable, and Quarkus's ImageMode reads. */
    private static final String IMAGE_CODE = "org.graalvm.nativeimage.imagecode";

    private static final String MARKER = "sendflowr.test.native-config-sources";

    @AfterEach
    void restore() {
        System.clearProperty(IMAGE_CODE);
        System.clearProperty(MARKER);
    }

    @Test
    void theNativeExecutableDoesNotSearchTheClassPathButReadsSystemProperties() {
        System.setProperty(IMAGE_CODE, "runtime");
        System.setProperty(MARKER, "read");

        SmallRyeConfig config = configWithClassPathYaml();

        assertThat(config.getOptionalValue("synth.seed", String.class)).isEmpty();
        assertThat(config.getOptionalValue(MARKER, String.class)).contains("read");
    }

    @Test
    void theJvmKeepsTheClassPathSources() {
        SmallRyeConfig config = configWithClassPathYaml();

        assertThat(config.getOptionalValue("synth.seed", String.class)).contains("42");
    }

    /** SmallRye's defaults and its class-path YAML loader, as Quarkus adds them, with this customizer. */
    private static SmallRyeConfig configWithClassPathYaml() {
        return new SmallRyeConfigBuilder()
                .addDefaultSources()
                .withSources(new YamlConfigSourceLoader.InClassPath())
                .withCustomizers(new NativeConfigSources())
                .build();
    }
}
