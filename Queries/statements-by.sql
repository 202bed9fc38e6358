-- name: statements-by
-- description: What a person or body said or claimed, with the sentence and its source.
-- param: speaker text — part of the speaker's name or description, e.g. Zemaj or officials
SELECT coalesce(p.name, s.speaker) AS speaker, s.verb, s.stance, s.content, d.source, s.evidence, s.id AS statement_id
FROM statements s
LEFT JOIN people p ON p.id = s.person_id
JOIN documents d ON d.id = s.document_id
WHERE fold(coalesce(p.name, '') || ' ' || s.speaker) LIKE '%' || fold(:speaker) || '%'
ORDER BY d.source, s.start
