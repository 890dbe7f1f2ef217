SELECT persona, event_type, count() AS events
FROM sendflowr.email_events FINAL
GROUP BY persona, event_type
ORDER BY persona, event_type
