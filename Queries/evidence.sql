-- name: evidence
-- description: The exact evidence of one fact: its sentence, offsets and document.
-- param: kind text — role, statement, milestone or mention
-- param: id integer — the fact's id (roles.id, statements.id, …)
SELECT f.kind, f.id, d.source, f.start, f.end, f.evidence, s.text AS sentence
FROM (SELECT 'role' AS kind, id, document_id, sentence_id, start, end, evidence FROM roles
      UNION ALL SELECT 'statement', id, document_id, sentence_id, start, end, evidence FROM statements
      UNION ALL SELECT 'milestone', id, document_id, sentence_id, start, end, evidence FROM milestones
      UNION ALL SELECT 'mention', id, document_id, sentence_id, start, end, surface FROM mentions) f
JOIN documents d ON d.id = f.document_id
JOIN sentences s ON s.id = f.sentence_id
WHERE f.kind = :kind AND f.id = :id
