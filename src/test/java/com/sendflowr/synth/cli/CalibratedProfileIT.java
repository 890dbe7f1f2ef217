package com.sendflowr.synth.cli;

import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/** {@link CalibratedProfileTest} against the packaged application: the JVM jar, or the native executable in a native build. */
@QuarkusMainIntegrationTest
class CalibratedProfileIT extends CalibratedProfileTest {}
