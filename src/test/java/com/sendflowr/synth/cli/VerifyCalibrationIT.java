package com.sendflowr.synth.cli;

import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/**
 * {@link VerifyCalibrationTest} against the packaged application: the JVM jar, or the native executable in a native
 * build (where the built-in targets table must be a registered resource).
 */
@QuarkusMainIntegrationTest
class VerifyCalibrationIT extends VerifyCalibrationTest {}
