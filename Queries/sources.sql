-- name: sources
-- description: For each person, how many documents name them and how many of those give them an office.
SELECT p.name,
       count(DISTINCT m.document_id) AS documents,
       count(DISTINCT r.document_id) AS documents_with_office
FROM people p
LEFT JOIN mentions m ON m.person_id = p.id
LEFT JOIN roles r ON r.person_id = p.id
GROUP BY p.id
ORDER BY documents DESC, p.name
