-- name: statements-about
-- description: Statements whose content or sentence mentions a word or phrase.
-- param: text text — a word or phrase, e.g. withdrawal
SELECT coalesce(p.name, s.speaker) AS speaker, s.verb, s.stance, s.content, d.source, s.id AS statement_id
FROM statements s
LEFT JOIN people p ON p.id = s.person_id
JOIN documents d ON d.id = s.document_id
WHERE fold(s.evidence) LIKE '%' || fold(:text) || '%'
ORDER BY d.source, s.start
