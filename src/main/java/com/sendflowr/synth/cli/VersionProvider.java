package com.sendflowr.synth.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The product version, from a resource Maven writes at build time (so it needs no configuration or boot). */
public class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "/sendflowr-synth-version.properties";

    @Override
    public String[] getVersion() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String[] {"sendflowr-synth " + properties.getProperty("version", "unknown")};
    }
}
