-- sendflowr.email_events fed from Kafka topic email-events (replaces the seed project's .NET consumer).
-- Runs on ClickHouse 18.16 (Debian's package, used by the tests) and on current releases (compose).
-- Server-specific values come from macros in the server config: {kafka_broker}, {email_events_topic},
-- {kafka_group}. Statements are separated by ';' at the end of a line (the tests send them one by one).

CREATE DATABASE IF NOT EXISTS sendflowr;

-- The store. ReplacingMergeTree keyed so that two rows are equal in the key only when they have the same
-- event_id (an event's recipient and timestamp are part of the event): a rerun of a seed writes the same
-- event_ids and merges collapse them; queries read it with FINAL to see the collapsed view at once.
CREATE TABLE IF NOT EXISTS sendflowr.email_events
(
    event_id        String,
    event_type      String,
    timestamp       DateTime,
    esp             String,
    recipient_id    String,
    recipient_email String,
    campaign_id     String,
    campaign_name   String,
    message_id      String,
    subject         String,
    click_url       String,
    user_agent      String,
    ip_address      String,
    bounce_type     String,
    variant         String,
    persona         String,
    metadata        String,
    ingested_at     DateTime
)
ENGINE = ReplacingMergeTree()
PARTITION BY toYYYYMM(timestamp)
ORDER BY (recipient_id, timestamp, event_id);

-- The Kafka consumer. Each record value is one JSON event read whole as a string (CSV with a tab delimiter, set
-- in the kafka_ingest profile: compact JSON never holds a raw tab), so that no field — a new one, an object such
-- as metadata, an ISO timestamp with fractions — can make a message unparseable and block the topic. The row
-- delimiter ends each message (18.16 would otherwise run consecutive messages together into one row).
CREATE TABLE IF NOT EXISTS sendflowr.email_events_queue
(
    raw String
)
ENGINE = Kafka
SETTINGS kafka_broker_list = '{kafka_broker}',
         kafka_topic_list = '{email_events_topic}',
         kafka_group_name = '{kafka_group}',
         kafka_format = 'CSV',
         kafka_row_delimiter = '\n',
         kafka_num_consumers = 1;

-- Every column of the store is named here: a view that leaves one out loses its batch silently on 18.16.
CREATE MATERIALIZED VIEW IF NOT EXISTS sendflowr.email_events_ingest TO sendflowr.email_events AS
SELECT
    visitParamExtractString(raw, 'event_id')                                 AS event_id,
    visitParamExtractString(raw, 'event_type')                               AS event_type,
    parseDateTimeBestEffortOrZero(visitParamExtractString(raw, 'timestamp'))  AS timestamp,
    visitParamExtractString(raw, 'esp')                                      AS esp,
    visitParamExtractString(raw, 'recipient_id')                             AS recipient_id,
    visitParamExtractString(raw, 'recipient_email')                          AS recipient_email,
    visitParamExtractString(raw, 'campaign_id')                              AS campaign_id,
    visitParamExtractString(raw, 'campaign_name')                            AS campaign_name,
    visitParamExtractString(raw, 'message_id')                               AS message_id,
    visitParamExtractString(raw, 'subject')                                  AS subject,
    visitParamExtractString(raw, 'click_url')                                AS click_url,
    visitParamExtractString(raw, 'user_agent')                               AS user_agent,
    visitParamExtractString(raw, 'ip_address')                               AS ip_address,
    visitParamExtractString(raw, 'bounce_type')                              AS bounce_type,
    visitParamExtractString(raw, 'variant')                                  AS variant,
    visitParamExtractString(raw, 'persona')                                  AS persona,
    visitParamExtractRaw(raw, 'metadata')                                    AS metadata,
    parseDateTimeBestEffortOrZero(visitParamExtractString(raw, 'ingested_at')) AS ingested_at
FROM sendflowr.email_events_queue;
