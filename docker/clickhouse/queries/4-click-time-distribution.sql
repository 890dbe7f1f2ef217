SELECT toHour(timestamp) AS hour, count() AS events
FROM sendflowr.email_events FINAL
WHERE event_type = 'clicked'
GROUP BY hour
ORDER BY hour
