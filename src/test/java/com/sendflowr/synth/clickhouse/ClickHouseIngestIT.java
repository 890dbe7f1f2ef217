package com.sendflowr.synth.clickhouse;

import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/** {@link ClickHouseIngestTest} against the packaged application: the JVM jar, or the native executable. */
@QuarkusMainIntegrationTest
class ClickHouseIngestIT extends ClickHouseIngestTest {}
