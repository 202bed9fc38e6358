-- name: people
-- description: Everyone named in the articles, with their offices and the sources that name them.
SELECT p.name,
       (SELECT group_concat(office, '; ') FROM (
            SELECT DISTINCT coalesce(r.qualifier || ' ', '') || r.title || coalesce(' (' || r.organization || ')', '') AS office
            FROM roles r WHERE r.person_id = p.id)) AS offices,
       (SELECT count(*) FROM mentions m WHERE m.person_id = p.id) AS mentions,
       (SELECT group_concat(source, '; ') FROM (
            SELECT DISTINCT d.source FROM mentions m JOIN documents d ON d.id = m.document_id
            WHERE m.person_id = p.id ORDER BY d.source)) AS sources
FROM people p
ORDER BY p.surname, p.name
