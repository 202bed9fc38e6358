-- name: timeline
-- description: Dated events in date order, each once: kind (past, planned, forecast), how many documents report it, the first of them.
-- param: from text = 0000 — earliest date, ISO (e.g. 2020 or 2023-06)
-- param: to text = 9999 — latest date, ISO
SELECT coalesce(nullif(e.date_start, ''), '…') AS date_start, coalesce(nullif(e.date_end, ''), '…') AS date_end,
       e.precision, e.kind, e.label, m.date_text, e.documents,
       (SELECT group_concat(value, '; ') FROM json_each(e.sources)) AS sources
FROM events e
JOIN milestones m ON m.id = e.first_milestone_id
WHERE coalesce(nullif(e.date_end, ''), e.date_start) || '-99' >= :from
  AND coalesce(nullif(e.date_start, ''), e.date_end) <= :to || '-99'
ORDER BY coalesce(nullif(e.date_start, ''), e.date_end), e.date_end, e.first_milestone_id
