package com.sendflowr.synth.cli;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import picocli.CommandLine.IVersionProvider;

@Singleton
public class VersionProvider implements IVersionProvider {

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
    String version;

    @Override
    public String[] getVersion() {
        return new String[] {"sendflowr-synth " + version};
    }
}
