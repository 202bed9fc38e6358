-- name: holders-of
-- description: Who holds an office: each claim once, with how many documents make it, the first of them and its words.
-- param: title text — part of the office title, e.g. Minister of Defense
-- param: org text = — part of the organization, e.g. Kosovo (empty: any)
SELECT c.title, nullif(c.organization, '') AS organization, p.name, nullif(c.qualifier, '') AS qualifier,
       c.documents, c.first_published, c.last_published,
       (SELECT group_concat(value, '; ') FROM json_each(c.sources)) AS sources,
       r.evidence AS first_evidence
FROM role_claims c
JOIN people p ON p.id = c.person_id
JOIN roles r ON r.id = c.first_role_id
WHERE fold(c.title) LIKE '%' || fold(:title) || '%'
  AND (:org = '' OR fold(c.organization) LIKE '%' || fold(:org) || '%')
ORDER BY c.title, c.organization, coalesce(c.first_published, ''), c.first_document_id, p.name
