SELECT event_type, count() FROM sendflowr.email_events FINAL GROUP BY event_type ORDER BY event_type
