package com.sendflowr.synth.kafka;

import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/** {@link KafkaPublishTest} against the packaged application: the JVM jar, or the native executable. */
@QuarkusMainIntegrationTest
class KafkaPublishIT extends KafkaPublishTest {}
