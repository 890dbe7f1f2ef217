package com.sendflowr.synth.deploy;

import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/** {@link DeploymentArgsTest} against the packaged application: the JVM jar, or the native executable the images run. */
@QuarkusMainIntegrationTest
class DeploymentArgsIT extends DeploymentArgsTest {}
