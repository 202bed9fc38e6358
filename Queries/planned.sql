-- name: planned
-- description: What is planned or forecast: milestones that lie ahead according to their articles.
SELECT coalesce(m.date_start, '…') AS date_start, coalesce(m.date_end, '…') AS date_end, m.kind, m.label, d.source, m.evidence
FROM milestones m
JOIN documents d ON d.id = m.document_id
WHERE m.kind IN ('planned', 'forecast')
ORDER BY coalesce(m.date_end, m.date_start), d.source, m.start
