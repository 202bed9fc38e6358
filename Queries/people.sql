-- name: people
-- description: Everyone named in the articles, with their offices, how often and where they are named.
SELECT p.name,
       (SELECT group_concat(office, '; ') FROM (
            SELECT DISTINCT coalesce(nullif(c.qualifier, '') || ' ', '') || c.title || coalesce(' (' || nullif(c.organization, '') || ')', '') AS office
            FROM role_claims c WHERE c.person_id = p.id)) AS offices,
       (SELECT count(*) FROM mentions m WHERE m.person_id = p.id) AS mentions,
       (SELECT count(DISTINCT m.document_id) FROM mentions m WHERE m.person_id = p.id) AS documents,
       (SELECT group_concat(source, '; ') FROM (
            SELECT DISTINCT d.source FROM mentions m JOIN documents d ON d.id = m.document_id
            WHERE m.person_id = p.id ORDER BY m.document_id LIMIT 3)) AS first_sources
FROM people p
ORDER BY p.surname, p.name
