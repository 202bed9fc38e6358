import SQLite

/// Whole tables and views, or saved queries, for `kb export`.
public enum Exporter {
    /// Tables and views a user can export (internal tables left out).
    public static func exportableTables(_ db: Connection) throws -> [String] {
        try db.rows("""
            SELECT name FROM sqlite_schema
            WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'sentences_fts%'
              AND name <> 'schema_migrations'
            ORDER BY name
            """).compactMap { $0[0].textValue }
    }

    /// `SELECT * FROM "name"` for a table or view of the database.
    public static func tableSQL(_ name: String, in db: Connection) throws -> String? {
        guard try exportableTables(db).contains(name) else { return nil }
        return "SELECT * FROM \"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The names closest to `name` (edit distance), for "did you mean".
    public static func suggestions(for name: String, among names: [String], limit: Int = 3) -> [String] {
        let lower = name.lowercased()
        return Array(Set(names)).map { ($0, editDistance(lower, $0.lowercased())) }
            .filter { $0.1 <= max(2, lower.count / 3) || $0.0.lowercased().hasPrefix(lower) || lower.hasPrefix($0.0.lowercased()) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(limit).map(\.0)
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
