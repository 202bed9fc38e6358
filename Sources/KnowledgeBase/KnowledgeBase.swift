import Foundation
import SQLite

/// Opens NewsKB databases.
public enum KnowledgeBase {
    /// The database path when none is given: `$KB_DB`, else `./kb.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["KB_DB"], !path.isEmpty { return path }
        return "kb.sqlite"
    }

    /// The page size of a new database: 8 KiB rather than SQLite's 4 KiB. An article's
    /// blocks, sentences and facts fill fewer pages, and an ingest makes half as many page
    /// writes to the log and the database file: an ingest of 2,000 articles took 3% less
    /// time (fastest of four alternating runs; 16 KiB was no faster than 4 KiB).
    public static let newDatabasePageSize = 8192

    /// Opens (creating if needed) a database for writing and brings its schema up to date.
    public static func openForWriting(_ path: String) throws -> Connection {
        let db = try Connection(path: path, mode: .readWrite, busyTimeout: 60_000, newDatabasePageSize: newDatabasePageSize)
        try Schema.migrator.migrate(db)
        try addFunctions(db)
        return db
    }

    /// Opens an existing database read-only, refusing one this kb cannot read.
    public static func openForReading(_ path: String) throws -> Connection {
        guard path == ":memory:" || FileManager.default.fileExists(atPath: path) else {
            throw KBError.noDatabase(path)
        }
        let db = try Connection(path: path, mode: .readOnly)
        try Schema.migrator.checkCompatible(db)
        let version = try Schema.migrator.currentVersion(of: db)
        if version < Schema.migrator.latestVersion {
            throw KBError.outdatedDatabase(path, version: version, latest: Schema.migrator.latestVersion)
        }
        try addFunctions(db)
        return db
    }

    /// SQL functions kb adds to every connection (saved queries use them; so may users):
    /// `fold(text)` — lower case without accents, for matching "Sefcovic" to "Šefčovič".
    static func addFunctions(_ db: Connection) throws {
        try db.createFunction("fold", argumentCount: 1) { args in
            guard let text = args.first?.textValue else { return .null }
            return .text(fold(text))
        }
    }

    /// The summaries the ingest keeps per batch (role_claims, name_claims, events), and
    /// the views that compute each from the facts.
    public static let summaries = [("role_claims", "role_claims_computed"), ("name_claims", "name_claims_computed"), ("events", "events_computed")]

    /// Recomputes the summaries from the facts, in one transaction: for a database whose
    /// rows were changed by hand (an UPDATE of documents.source, say).
    public static func rebuildSummaries(_ db: Connection) throws {
        try db.transaction(.immediate) {
            for (table, view) in summaries {
                try db.execute("DELETE FROM \(table); INSERT INTO \(table) SELECT * FROM \(view);")
            }
        }
    }

    /// Lower case, accents and other diacritics removed, NFC.
    public static func fold(_ text: String) -> String {
        // ASCII needs only lower-casing, done on the bytes (most titles, many names).
        var ascii = true
        for u in text.utf8 where u >= 0x80 { ascii = false; break }
        if ascii {
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "ı", with: "i").replacingOccurrences(of: "ł", with: "l")
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "ø", with: "o")
            .replacingOccurrences(of: "’", with: "'")
    }
}

/// Errors of the knowledge base that a user can act on.
public enum KBError: Error, Equatable, CustomStringConvertible {
    case noDatabase(String)
    case outdatedDatabase(String, version: Int, latest: Int)
    case notReadOnly(String)
    case timeout(seconds: Double)
    case unknownParameter(String, known: [String])
    case missingParameter(String)
    case unknownTable(String, suggestions: [String])
    case io(String)

    public var description: String {
        switch self {
        case .noDatabase(let path):
            return "no database at \(path); create one with `kb ingest PATH` (or pass --db FILE)"
        case let .outdatedDatabase(path, version, latest):
            return "\(path) has schema version \(version) and this kb expects \(latest); run `kb ingest` (any input) once to upgrade it"
        case .notReadOnly(let what):
            return "refused: \(what) is not a read-only query (writes, ATTACH, pragmas that set a value and load_extension are refused)"
        case .timeout(let seconds):
            return "the query ran longer than the time limit (\(Self.seconds(seconds))) and was stopped; raise it with --timeout"
        case let .unknownParameter(name, known):
            return "the SQL has no parameter :\(name)" + (known.isEmpty ? " (it has none)" : " (it has: \(known.map { ":" + $0 }.joined(separator: ", ")))")
        case .missingParameter(let name):
            return "missing value for parameter :\(name); pass -p \(name) VALUE"
        case let .unknownTable(name, suggestions):
            return "no table, view or saved query named '\(name)'" + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?")
        case .io(let message):
            return message
        }
    }

    static func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
    }
}
