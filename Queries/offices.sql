-- name: offices
-- description: Each office (title and organization) with its holders and how many documents name each.
SELECT c.title, nullif(c.organization, '') AS organization,
       count(DISTINCT c.person_id) AS holders,
       group_concat(p.name || ' (' || c.documents || ')', '; ') AS names,
       sum(c.documents) AS claims
FROM (SELECT * FROM role_claims ORDER BY documents DESC, person_id) c
JOIN people p ON p.id = c.person_id
GROUP BY c.title, c.organization
ORDER BY holders DESC, c.title, c.organization
