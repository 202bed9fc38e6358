-- name: holders-of
-- description: Who holds an office, according to each source.
-- param: title text — part of the office title, e.g. Minister of Defense
-- param: org text = — part of the organization, e.g. Kosovo (empty: any)
SELECT r.title, r.organization, p.name, r.qualifier, d.source, d.published, r.evidence
FROM roles r
JOIN people p ON p.id = r.person_id
JOIN documents d ON d.id = r.document_id
WHERE fold(r.title) LIKE '%' || fold(:title) || '%'
  AND (:org = '' OR fold(coalesce(r.organization, '')) LIKE '%' || fold(:org) || '%')
ORDER BY r.title, r.organization, d.published, p.name
