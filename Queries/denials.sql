-- name: denials
-- description: Denials, rejections and refusals: who denied what, where.
SELECT coalesce(p.name, s.speaker) AS speaker, s.verb, s.stance, s.content, d.source, s.evidence
FROM statements s
LEFT JOIN people p ON p.id = s.person_id
JOIN documents d ON d.id = s.document_id
WHERE s.stance IS NOT NULL
ORDER BY d.source, s.start
