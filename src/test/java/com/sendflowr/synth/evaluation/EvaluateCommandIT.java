package com.sendflowr.synth.evaluation;

import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/** {@link EvaluateCommandTest} against the packaged application: the JVM jar, or the native executable. */
@QuarkusMainIntegrationTest
class EvaluateCommandIT extends EvaluateCommandTest {}
