-- name: timeline-sources
-- description: Every dated milestone in date order with its source: each report of each event.
-- param: from text = 0000 — earliest date, ISO (e.g. 2020 or 2023-06)
-- param: to text = 9999 — latest date, ISO
SELECT coalesce(m.date_start, '…') AS date_start, coalesce(m.date_end, '…') AS date_end, m.precision, m.kind,
       m.label, m.date_text, d.source
FROM milestones m
JOIN documents d ON d.id = m.document_id
WHERE coalesce(m.date_end, m.date_start) || '-99' >= :from
  AND coalesce(m.date_start, m.date_end) <= :to || '-99'
ORDER BY coalesce(m.date_start, m.date_end), m.date_end, d.source, m.start
