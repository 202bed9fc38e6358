-- name: documents
-- description: Every document with its date and the number of facts extracted from it.
SELECT d.id, d.source, coalesce(d.title, substr(d.text, 1, 60) || '…') AS title, d.published,
       (SELECT count(*) FROM sentences x WHERE x.document_id = d.id) AS sentences,
       (SELECT count(DISTINCT person_id) FROM mentions x WHERE x.document_id = d.id) AS people,
       (SELECT count(*) FROM roles x WHERE x.document_id = d.id) AS roles,
       (SELECT count(*) FROM statements x WHERE x.document_id = d.id) AS statements,
       (SELECT count(*) FROM milestones x WHERE x.document_id = d.id) AS milestones
FROM documents d
ORDER BY d.source
