SELECT recipient_id, countIf(event_type = 'clicked') AS clicks
FROM sendflowr.email_events FINAL
GROUP BY recipient_id
ORDER BY clicks DESC, recipient_id
LIMIT 10
