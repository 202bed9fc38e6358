import Foundation
import SQLite

/// Where the sources disagree, each disagreement with the sentences that say so.
///
/// By default each value (a holder, a given name, an office) comes once, with how many
/// documents give it, the first of them and the first sentence that says so; `every`
/// lists each document with its own sentence instead.
public enum ConflictReport {
    public struct Evidence: Sendable, Equatable {
        public var value: String
        /// How many documents give the value (1 when listing every document).
        public var documents: Int
        /// The first documents' sources (up to three), or the one document's.
        public var sources: [String]
        public var published: String?
        public var sentence: String
    }

    public struct Item: Sendable {
        public var kind: String
        public var subject: String
        public var detail: String
        public var evidence: [Evidence]
    }

    public static func read(_ db: Connection, every: Bool = false) throws -> [Item] {
        try db.rows("SELECT kind, subject, detail FROM conflicts ORDER BY kind, subject").map { row in
            let kind = row[0].textValue ?? "", subject = row[1].textValue ?? ""
            return Item(kind: kind, subject: subject, detail: row[2].textValue ?? "",
                        evidence: try every ? everyDocument(db, kind, subject) : perValue(db, kind, subject))
        }
    }

    /// One row per value, read from the claims the ingest keeps (role_claims, name_claims).
    static func perValue(_ db: Connection, _ kind: String, _ subject: String) throws -> [Evidence] {
        let sql: String
        switch kind {
        case "office_holders", "succession", "person_offices":
            let (value, filter) = kind == "person_offices" ? ("c.office", "p.name = ?") : ("p.name", "c.office = ?")
            sql = """
                SELECT \(value), sum(c.documents), c.sources, d.published, s.text, min(c.first_document_id)
                FROM role_claims c JOIN people p ON p.id = c.person_id JOIN roles r ON r.id = c.first_role_id
                JOIN sentences s ON s.id = r.sentence_id JOIN documents d ON d.id = r.document_id
                WHERE \(filter) AND c.current
                GROUP BY \(value) ORDER BY coalesce(d.published, ''), min(c.first_document_id), \(value)
                """
        case "surname":
            sql = """
                SELECT p.name, n.documents, n.sources, d.published, s.text
                FROM name_claims n JOIN people p ON p.id = n.person_id JOIN mentions m ON m.id = n.first_mention_id
                JOIN sentences s ON s.id = m.sentence_id JOIN documents d ON d.id = m.document_id
                WHERE p.surname = ? AND p.given_names IS NOT NULL ORDER BY p.name
                """
        default:
            return []
        }
        return try db.rows(sql, [.text(subject)]).map {
            Evidence(value: $0[0].textValue ?? "", documents: Int($0[1].intValue ?? 0), sources: jsonStrings($0[2].textValue ?? "[]"),
                     published: $0[3].textValue, sentence: $0[4].textValue ?? "")
        }
    }

    /// One row per value and document, read from roles and mentions (slower on a large base).
    static func everyDocument(_ db: Connection, _ kind: String, _ subject: String) throws -> [Evidence] {
        let sql: String
        switch kind {
        case "office_holders", "succession":
            sql = """
                SELECT p.name, d.source, d.published, s.text FROM roles r JOIN role_offices o ON o.id = r.id
                JOIN people p ON p.id = r.person_id JOIN documents d ON d.id = r.document_id JOIN sentences s ON s.id = r.sentence_id
                WHERE o.office = ? AND o.current
                GROUP BY p.name, d.id ORDER BY coalesce(d.published, ''), d.source, min(r.start)
                """
        case "surname":
            sql = """
                SELECT p.name, d.source, d.published, s.text FROM mentions m
                JOIN people p ON p.id = m.person_id JOIN documents d ON d.id = m.document_id JOIN sentences s ON s.id = m.sentence_id
                WHERE p.surname = ? AND p.given_names IS NOT NULL AND m.form = 'full'
                GROUP BY p.name, d.id ORDER BY d.source, min(m.start)
                """
        case "person_offices":
            sql = """
                SELECT o.office, d.source, d.published, s.text FROM roles r JOIN role_offices o ON o.id = r.id
                JOIN people p ON p.id = r.person_id JOIN documents d ON d.id = r.document_id JOIN sentences s ON s.id = r.sentence_id
                WHERE p.name = ? AND o.current GROUP BY o.office, d.id ORDER BY d.source, min(r.start)
                """
        default:
            return []
        }
        return try db.rows(sql, [.text(subject)]).map {
            Evidence(value: $0[0].textValue ?? "", documents: 1, sources: [$0[1].textValue ?? ""],
                     published: $0[2].textValue, sentence: $0[3].textValue ?? "")
        }
    }

    static func jsonStrings(_ json: String) -> [String] {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]) ?? []
    }

    /// 'a.txt (2024-03-01)', 'a.txt, b.txt', or '1,234 documents: a.txt, b.txt, c.txt, …'.
    static func whereSaid(_ e: Evidence) -> String {
        let listed = e.sources.joined(separator: ", ")
        if e.documents <= e.sources.count {
            return listed + (e.documents == 1 ? e.published.map { " (\($0))" } ?? "" : "")
        }
        return "\(grouped(e.documents)) documents: \(listed), …"
    }

    /// 1234567 → "1,234,567".
    static func grouped(_ n: Int) -> String {
        var digits = String(n.magnitude), out = ""
        while digits.count > 3 { out = "," + digits.suffix(3) + out; digits.removeLast(3) }
        return (n < 0 ? "-" : "") + digits + out
    }

    /// Human-readable text: each disagreement, then who says what, where, in which words.
    public static func text(_ items: [Item]) -> String {
        guard !items.isEmpty else { return "No disagreements between the sources.\n" }
        var out = ""
        let titles = ["office_holders": "One office, different holders", "succession": "One office, holders at different dates (a succession?)",
                      "surname": "One surname, different given names", "person_offices": "One person, different offices"]
        for item in items {
            out += "\(item.subject) — \(titles[item.kind] ?? item.kind)\n"
            for e in item.evidence {
                out += "  \(e.value) — \(whereSaid(e))\n"
                out += "      “\(e.sentence)”\n"
            }
            out += "\n"
        }
        return out
    }

    /// One row per value (or per value and document when `every`), for csv, json and the other formats.
    public static func write(_ items: [Item], every: Bool = false, into writer: RowWriter) throws {
        if every {
            try writer.begin(columns: ["kind", "subject", "value", "source", "published", "evidence"])
        } else {
            try writer.begin(columns: ["kind", "subject", "value", "documents", "sources", "published", "evidence"])
        }
        for item in items {
            for e in item.evidence {
                if every {
                    try writer.row([.text(item.kind), .text(item.subject), .text(e.value), .text(e.sources.first ?? ""), Value(e.published), .text(e.sentence)])
                } else {
                    try writer.row([.text(item.kind), .text(item.subject), .text(e.value), .integer(Int64(e.documents)),
                                    .text(e.sources.joined(separator: "; ")), Value(e.published), .text(e.sentence)])
                }
            }
        }
        try writer.end()
    }
}

/// Everything the knowledge base knows about a person.
public enum PersonProfile {
    public struct Profile: Sendable {
        public var name: String
        public var roles: [(title: String, organization: String?, qualifier: String?, source: String, evidence: String)]
        public var statements: [(verb: String, content: String, source: String)]
        public var mentions: Int
        public var documents: Int
        public var conflicts: [(kind: String, subject: String, detail: String)]
    }

    public enum LookupError: Error, CustomStringConvertible {
        case noOne(String, suggestions: [String])
        public var description: String {
            switch self {
            case let .noOne(name, suggestions):
                return "no one named like '\(name)'" + (suggestions.isEmpty ? "; list people with `kb run people`" : "; did you mean \(suggestions.joined(separator: ", "))?")
            }
        }
    }

    /// People whose name contains `query`, case and accents ignored.
    public static func find(_ query: String, in db: Connection) throws -> [Profile] {
        let ids = try db.rows("SELECT id, name FROM people WHERE fold(name) LIKE '%' || fold(?) || '%' ORDER BY surname, name", [.text(query)])
        if ids.isEmpty {
            let names = try db.rows("SELECT name FROM people").compactMap { $0[0].textValue }
            let folded = KnowledgeBase.fold(query)
            let close = names.map { ($0, Exporter.editDistance(folded, KnowledgeBase.fold($0))) }
                .filter { $0.1 <= max(3, folded.count / 3) }.sorted { $0.1 < $1.1 }.prefix(3).map(\.0)
            throw LookupError.noOne(query, suggestions: close)
        }
        return try ids.map { try profile(id: $0[0], name: $0[1].textValue ?? "", db) }
    }

    static func profile(id: Value, name: String, _ db: Connection) throws -> Profile {
        let roles = try db.rows("""
            SELECT r.title, r.organization, r.qualifier, d.source, r.evidence FROM roles r JOIN documents d ON d.id = r.document_id
            WHERE r.person_id = ? ORDER BY d.source, r.start
            """, [id]).map { ($0[0].textValue ?? "", $0[1].textValue, $0[2].textValue, $0[3].textValue ?? "", $0[4].textValue ?? "") }
        let statements = try db.rows("""
            SELECT s.verb, s.content, d.source FROM statements s JOIN documents d ON d.id = s.document_id
            WHERE s.person_id = ? ORDER BY d.source, s.start
            """, [id]).map { ($0[0].textValue ?? "", $0[1].textValue ?? "", $0[2].textValue ?? "") }
        let counts = try db.rows("SELECT count(*), count(DISTINCT document_id) FROM mentions WHERE person_id = ?", [id])[0]
        let surname = try db.scalar("SELECT surname FROM people WHERE id = ?", [id])?.textValue ?? ""
        let conflicts = try db.rows("""
            SELECT kind, subject, detail FROM conflicts
            WHERE subject = ? OR subject = ? OR instr(detail, ?) > 0 ORDER BY kind
            """, [.text(name), .text(surname), .text(name)]).map { ($0[0].textValue ?? "", $0[1].textValue ?? "", $0[2].textValue ?? "") }
        return Profile(name: name, roles: roles, statements: statements, mentions: Int(counts[0].intValue ?? 0),
                       documents: Int(counts[1].intValue ?? 0), conflicts: conflicts)
    }

    public static func text(_ p: Profile) -> String {
        var out = "\(p.name)\n  named \(p.mentions) time(s) in \(p.documents) document(s)\n"
        out += p.roles.isEmpty ? "  offices: none stated\n" : "  offices:\n"
        for r in p.roles {
            out += "    \(r.qualifier.map { $0 + " " } ?? "")\(r.title)\(r.organization.map { " (\($0))" } ?? "") — \(r.source)\n      “\(r.evidence)”\n"
        }
        out += p.statements.isEmpty ? "  statements: none\n" : "  statements:\n"
        for s in p.statements { out += "    \(s.verb): \(s.content) — \(s.source)\n" }
        if !p.conflicts.isEmpty {
            out += "  disagreements:\n"
            for c in p.conflicts { out += "    \(c.kind) \(c.subject): \(c.detail)\n" }
        }
        return out
    }
}

/// Counts per table and per document.
public enum Stats {
    public static let tables = ["documents", "blocks", "sentences", "people", "mentions", "roles", "statements", "milestones", "saved_queries"]

    public static func tableCounts(_ db: Connection) throws -> [(String, Int64)] {
        try tables.map { ($0, try db.scalar("SELECT count(*) FROM \($0)")?.intValue ?? 0) }
    }
}
