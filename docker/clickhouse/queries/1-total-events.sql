SELECT count() FROM sendflowr.email_events FINAL
