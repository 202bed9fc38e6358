-- name: roles-of
-- description: Every office a person holds, according to each source, with the sentence that says so.
-- param: name text — part of the person's name (case and accents ignored), e.g. Zemaj
SELECT p.name, r.title, r.organization, r.qualifier, d.source, r.evidence, r.id AS role_id
FROM roles r
JOIN people p ON p.id = r.person_id
JOIN documents d ON d.id = r.document_id
WHERE fold(p.name) LIKE '%' || fold(:name) || '%'
ORDER BY p.name, r.title, d.source, r.start
