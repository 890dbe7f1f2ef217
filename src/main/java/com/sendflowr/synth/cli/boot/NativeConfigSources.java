package com.sendflowr.synth.cli.boot;

import io.quarkus.runtime.ImageMode;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SmallRyeConfigBuilderCustomizer;
import io.smallrye.config.source.yaml.YamlConfigSourceLoader;

/**
 * In the native executable, stops configuration from searching the classpath for {@code application.yaml|yml},
 * {@code META-INF/microprofile-config.yaml|yml} and {@code META-INF/microprofile-config.properties} at every start.
 *
 * <p>Why: a classpath lookup in a native image compares resource keys (records) whose {@code equals} runs as
 * interpreted method handles; these searches were ~15% of {@code summary}'s run time (docs/startup-and-native.md). They find
 * nothing new: Quarkus records the embedded {@code application.yaml}, profiles included, at build time as the
 * lowest-ordinal source. System properties, the environment, {@code ./config/application.yaml} and {@code --config}
 * files ({@code quarkus.config.locations}) are read as before. The JVM keeps SmallRye's usual sources.
 */
public class NativeConfigSources implements SmallRyeConfigBuilderCustomizer {

    @Override
    public void configBuilder(SmallRyeConfigBuilder builder) {
        if (ImageMode.current() != ImageMode.NATIVE_RUN) {
            return;
        }
        // the default sources are system properties, the environment and microprofile-config.properties on the
        // classpath
        builder.setAddDefaultSources(false).addSystemSources();
        builder.getSourceProviders().removeIf(YamlConfigSourceLoader.InClassPath.class::isInstance);
    }

    /** After Quarkus's own builders, which add the classpath YAML loader. */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }
}
