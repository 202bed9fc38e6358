-- name: offices
-- description: Each office (title and organization) with all its holders and the sources that name them.
SELECT r.title, r.organization,
       count(DISTINCT r.person_id) AS holders,
       group_concat(DISTINCT p.name) AS names,
       group_concat(DISTINCT d.source) AS sources
FROM roles r
JOIN people p ON p.id = r.person_id
JOIN documents d ON d.id = r.document_id
GROUP BY r.title, r.organization
ORDER BY holders DESC, r.title, r.organization
