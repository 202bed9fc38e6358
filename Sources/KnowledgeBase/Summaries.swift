import SQLite

/// Keeps role_claims, name_claims and events up to date with a batch of new facts, once per
/// batch and set by set (schema.sql, migration 4): the insert triggers this replaces cost
/// about a fifth of ingest time, one trigger program per row.
///
/// Each statement takes the facts with ids above ?1 (the batch's), counts each claim once
/// per document (its first row there, as the triggers did), and merges the counts, dates
/// and first three sources into the summary row. A test checks the summaries against the
/// views that compute them from all the facts (`KnowledgeBase.summaries`).
enum Summaries {
    /// Brings the summaries up to date with the facts whose ids are above `after`.
    static func add(_ db: Connection, after: Ids) throws {
        try db.run(roleClaims, [.integer(after.roles)])
        try db.run(nameClaims, [.integer(after.mentions)])
        try db.run(events, [.integer(after.milestones)])
    }

    /// The largest fact ids at the start of a batch.
    struct Ids {
        var roles: Int64
        var mentions: Int64
        var milestones: Int64

        static func current(_ db: Connection) throws -> Ids {
            let row = try db.rows("""
                SELECT (SELECT coalesce(max(id), 0) FROM roles), (SELECT coalesce(max(id), 0) FROM mentions),
                       (SELECT coalesce(max(id), 0) FROM milestones)
                """)[0]
            return Ids(roles: row[0].intValue ?? 0, mentions: row[1].intValue ?? 0, milestones: row[2].intValue ?? 0)
        }
    }

    /// The sources of a claim's first three documents in the batch, as a JSON array: `n`
    /// numbers a claim's rows in document order (a correlated subquery per claim made
    /// the statement quadratic in the batch, and SQLite 3.40 has no ORDER BY inside
    /// an aggregate).
    static let firstThreeSources = """
        CASE count(*) WHEN 1 THEN json_array(max(CASE WHEN c.n = 1 THEN c.source END))
                      WHEN 2 THEN json_array(max(CASE WHEN c.n = 1 THEN c.source END), max(CASE WHEN c.n = 2 THEN c.source END))
                      ELSE json_array(max(CASE WHEN c.n = 1 THEN c.source END), max(CASE WHEN c.n = 2 THEN c.source END),
                                      max(CASE WHEN c.n = 3 THEN c.source END)) END
        """

    /// Up to three sources: the summary's own, then the batch's, in document order.
    static func mergedSources(_ table: String) -> String {
        """
        CASE WHEN json_array_length(\(table).sources) >= 3 THEN \(table).sources ELSE
            (SELECT json_group_array(value) FROM (
                SELECT value FROM (SELECT key AS k, value FROM json_each(\(table).sources)
                                   UNION ALL SELECT 3 + key, value FROM json_each(excluded.sources))
                ORDER BY k LIMIT 3)) END
        """
    }

    static let roleClaims = """
        WITH firsts AS (
            SELECT min(id) AS id FROM roles NOT INDEXED WHERE id > ?1
            GROUP BY document_id, person_id, title, organization, qualifier
        ), claims AS (
            SELECT r.person_id, r.title, coalesce(r.organization, '') AS organization, coalesce(r.qualifier, '') AS qualifier,
                   o.office, o.current, d.published, d.id AS document_id, r.id AS role_id, d.source,
                   row_number() OVER (PARTITION BY r.person_id, r.title, r.organization, r.qualifier ORDER BY d.id) AS n
            FROM firsts f JOIN roles r ON r.id = f.id JOIN role_offices o ON o.id = r.id JOIN documents d ON d.id = r.document_id
        )
        INSERT INTO role_claims
        SELECT c.person_id, c.title, c.organization, c.qualifier, c.office, c.current, count(*), sum(c.published IS NULL),
               min(c.published), max(c.published), min(c.document_id), min(c.role_id), \(firstThreeSources)
        FROM claims c WHERE true
        GROUP BY c.person_id, c.title, c.organization, c.qualifier
        ON CONFLICT (person_id, title, organization, qualifier) DO UPDATE SET
            documents = documents + excluded.documents,
            undated = undated + excluded.undated,
            first_published = min(coalesce(first_published, excluded.first_published), coalesce(excluded.first_published, first_published)),
            last_published = max(coalesce(last_published, excluded.last_published), coalesce(excluded.last_published, last_published)),
            sources = \(mergedSources("role_claims"))
        """

    static let nameClaims = """
        WITH firsts AS (
            SELECT min(id) AS id, document_id, person_id FROM mentions NOT INDEXED WHERE id > ?1 AND form = 'full'
            GROUP BY document_id, person_id
        ), claims AS (
            SELECT f.person_id, f.id AS mention_id, d.id AS document_id, d.source,
                   row_number() OVER (PARTITION BY f.person_id ORDER BY d.id) AS n
            FROM firsts f JOIN documents d ON d.id = f.document_id
        )
        INSERT INTO name_claims
        SELECT c.person_id, count(*), min(c.mention_id), \(firstThreeSources)
        FROM claims c WHERE true
        GROUP BY c.person_id
        ON CONFLICT (person_id) DO UPDATE SET
            documents = documents + excluded.documents,
            sources = \(mergedSources("name_claims"))
        """

    static let events = """
        WITH firsts AS (
            SELECT min(id) AS id FROM milestones NOT INDEXED
            WHERE id > ?1 AND (date_start IS NOT NULL OR date_end IS NOT NULL)
            GROUP BY document_id, date_start, date_end, precision, kind, label
        ), claims AS (
            SELECT coalesce(m.date_start, '') AS date_start, coalesce(m.date_end, '') AS date_end, m.precision, m.kind,
                   m.label, m.id AS milestone_id, d.id AS document_id, d.source,
                   row_number() OVER (PARTITION BY m.date_start, m.date_end, m.precision, m.kind, m.label ORDER BY d.id) AS n
            FROM firsts f JOIN milestones m ON m.id = f.id JOIN documents d ON d.id = m.document_id
        )
        INSERT INTO events
        SELECT c.date_start, c.date_end, c.precision, c.kind, c.label, count(*), min(c.milestone_id), \(firstThreeSources)
        FROM claims c WHERE true
        GROUP BY c.date_start, c.date_end, c.precision, c.kind, c.label
        ON CONFLICT (date_start, date_end, precision, kind, label) DO UPDATE SET
            documents = documents + excluded.documents,
            sources = \(mergedSources("events"))
        """
}
