-- name: mentions-of
-- description: Every place a person is named, surname-only mentions included, with ambiguity flagged.
-- param: name text — part of the person's name (case and accents ignored)
SELECT p.name, m.surface, m.form, m.ambiguous, d.source, m.start, m.end, s.text AS sentence
FROM mentions m
JOIN people p ON p.id = m.person_id
JOIN documents d ON d.id = m.document_id
JOIN sentences s ON s.id = m.sentence_id
WHERE fold(p.name) LIKE '%' || fold(:name) || '%'
ORDER BY d.source, m.start
