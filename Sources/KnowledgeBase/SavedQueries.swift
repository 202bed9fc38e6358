import Foundation
import SQLite

/// A named, parameterized read-only query: built into kb (Queries/*.sql) or saved by a
/// user in the `saved_queries` table.
public struct SavedQuery: Sendable, Equatable {
    public struct Parameter: Sendable, Equatable {
        public var name: String
        public var type: String
        /// nil when the parameter is required.
        public var defaultValue: String?
        public var meaning: String

        /// "name", "org = ''" — for listings.
        public var signature: String {
            guard let defaultValue else { return name }
            return "\(name) = '\(defaultValue)'"
        }
    }

    public var name: String
    public var description: String
    public var sql: String
    public var parameters: [Parameter]
    public var builtIn: Bool

    /// Declared parameter types, for binding.
    public var types: [String: String] { Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0.type) }) }
}

/// Reads, lists, saves and removes saved queries.
///
/// A query file starts with a header of comment lines:
///
///     -- name: holders-of
///     -- description: Who holds an office, according to each source.
///     -- param: title text — part of the office title
///     -- param: org text = — part of the organization (empty: any)
///
/// A parameter with `= VALUE` has that default (`=` alone: the empty string); one
/// without is required. User queries may carry the same header; any `:name` in their
/// SQL that the header does not describe is a required text parameter.
public enum SavedQueries {
    public enum SavedQueryError: Error, Equatable, CustomStringConvertible {
        case unknown(String, suggestions: [String])
        case invalidName(String)
        case shadowsBuiltIn(String)
        case exists(String)
        case notUserQuery(String)
        case missingParameter(query: String, parameter: String, meaning: String)

        public var description: String {
            switch self {
            case let .unknown(name, suggestions):
                return "no saved query named '\(name)'" + (suggestions.isEmpty ? "; list them with `kb queries`" : "; did you mean \(suggestions.joined(separator: ", "))?")
            case .invalidName(let name):
                return "'\(name)' is not a query name: use letters, digits, - and _ (starting with a letter)"
            case .shadowsBuiltIn(let name):
                return "'\(name)' is a built-in query; pass --force to save yours under that name instead"
            case .exists(let name):
                return "a saved query named '\(name)' exists; pass --force to replace it"
            case .notUserQuery(let name):
                return "'\(name)' is built into kb and cannot be removed"
            case let .missingParameter(query, parameter, meaning):
                return "\(query) needs -p \(parameter) VALUE (\(meaning))"
            }
        }
    }

    /// The built-in queries, from the Queries/*.sql files embedded at build time.
    public static let builtIn: [SavedQuery] = EmbeddedSQL.queries.map { parse(file: $0.name, text: $0.text, builtIn: true) }

    /// Parses a query file or user SQL with an optional header.
    public static func parse(file: String, text: String, builtIn: Bool, description: String? = nil) -> SavedQuery {
        var name = file
        var summary = description ?? ""
        var parameters: [SavedQuery.Parameter] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("--") else { if !trimmed.isEmpty { break } else { continue } }
            let body = trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces)
            if body.hasPrefix("name:") {
                name = body.dropFirst(5).trimmingCharacters(in: .whitespaces)
            } else if body.hasPrefix("description:") {
                if description == nil { summary = body.dropFirst(12).trimmingCharacters(in: .whitespaces) }
            } else if body.hasPrefix("param:"), let p = parameter(String(body.dropFirst(6))) {
                parameters.append(p)
            }
        }
        // Placeholders the header does not describe are required text parameters.
        for placeholder in placeholders(in: text) where !parameters.contains(where: { $0.name == placeholder }) {
            parameters.append(.init(name: placeholder, type: "text", defaultValue: nil, meaning: "value for :\(placeholder)"))
        }
        return SavedQuery(name: name, description: summary, sql: text, parameters: parameters, builtIn: builtIn)
    }

    /// "title text — meaning", "org text = — meaning", "from text = 0000 — meaning".
    static func parameter(_ spec: String) -> SavedQuery.Parameter? {
        let parts = spec.components(separatedBy: " — ")
        let head = parts[0].trimmingCharacters(in: .whitespaces)
        let meaning = parts.count > 1 ? parts.dropFirst().joined(separator: " — ").trimmingCharacters(in: .whitespaces) : ""
        var defaultValue: String?
        var declaration = head
        if let eq = head.firstIndex(of: "=") {
            defaultValue = head[head.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            declaration = head[..<eq].trimmingCharacters(in: .whitespaces)
        }
        let words = declaration.split(separator: " ").map(String.init)
        guard let name = words.first else { return nil }
        return .init(name: name, type: words.count > 1 ? words[1] : "text", defaultValue: defaultValue, meaning: meaning)
    }

    /// `:name` placeholders in SQL, in order of appearance, outside strings and comments.
    static func placeholders(in sql: String) -> [String] {
        var names: [String] = []
        let chars = Array(sql.unicodeScalars)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "'" || c == "\"" {
                i += 1
                while i < chars.count, chars[i] != c { i += 1 }
                i += 1
                continue
            }
            if c == "-", i + 1 < chars.count, chars[i + 1] == "-" {
                while i < chars.count, chars[i] != "\n" { i += 1 }
                continue
            }
            if c == ":" || c == "@" || c == "$", i + 1 < chars.count, chars[i + 1].properties.isAlphabetic || chars[i + 1] == "_" {
                var j = i + 1
                while j < chars.count, chars[j].properties.isAlphabetic || chars[j] == "_" || (chars[j].value >= 0x30 && chars[j].value <= 0x39) { j += 1 }
                let name = String(String.UnicodeScalarView(chars[(i + 1)..<j]))
                if !names.contains(name) { names.append(name) }
                i = j
                continue
            }
            i += 1
        }
        return names
    }

    // MARK: - Listing and finding

    /// User queries of a database (none when it has no database yet).
    public static func userQueries(_ db: Connection) throws -> [SavedQuery] {
        try db.rows("SELECT name, description, sql FROM saved_queries ORDER BY name").map { row in
            parse(file: row[0].textValue ?? "", text: row[2].textValue ?? "", builtIn: false, description: row[1].textValue)
        }
    }

    /// Built-in and user queries; a user query saved over a built-in name (--force) replaces it.
    public static func all(_ db: Connection?) throws -> [SavedQuery] {
        let user = try db.map(userQueries) ?? []
        let names = Set(user.map(\.name))
        return (builtIn.filter { !names.contains($0.name) } + user).sorted { $0.name < $1.name }
    }

    public static func find(_ name: String, in db: Connection?) throws -> SavedQuery {
        let queries = try all(db)
        if let q = queries.first(where: { $0.name == name }) { return q }
        throw SavedQueryError.unknown(name, suggestions: Exporter.suggestions(for: name, among: queries.map(\.name)))
    }

    /// The values to bind: given ones, then defaults; a missing required one is an error
    /// that names it and what it means.
    public static func arguments(for query: SavedQuery, given: [String: String]) throws -> [String: String] {
        var values: [String: String] = [:]
        for p in query.parameters {
            if let v = given[p.name] { values[p.name] = v }
            else if let d = p.defaultValue { values[p.name] = d }
            else { throw SavedQueryError.missingParameter(query: query.name, parameter: p.name, meaning: p.meaning) }
        }
        let known = query.parameters.map(\.name)
        for name in given.keys.sorted() where !known.contains(name) {
            throw KBError.unknownParameter(name, known: known)
        }
        return values
    }

    // MARK: - Saving

    /// Saves a user query after checking, on a read-only connection, that it is one
    /// statement that only reads.
    public static func add(name: String, sql: String, description: String, force: Bool, path: String) throws {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic,
              name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ($0.value >= 0x30 && $0.value <= 0x39) || $0 == "-" || $0 == "_" })
        else { throw SavedQueryError.invalidName(name) }
        if builtIn.contains(where: { $0.name == name }) && !force { throw SavedQueryError.shadowsBuiltIn(name) }
        let writer = try KnowledgeBase.openForWriting(path)
        if !force, try writer.scalar("SELECT 1 FROM saved_queries WHERE name = ?", [.text(name)]) != nil {
            throw SavedQueryError.exists(name)
        }
        // Check the SQL where it will run: a read-only connection refuses writes itself.
        let reader = try KnowledgeBase.openForReading(path)
        _ = try QueryRunner(reader).prepare(sql)
        try writer.transaction {
            try writer.run("INSERT INTO saved_queries(name, description, sql) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET description = excluded.description, sql = excluded.sql, created_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
                           [.text(name), .text(description), .text(sql)])
        }
    }

    public static func remove(name: String, path: String) throws {
        let db = try KnowledgeBase.openForWriting(path)
        try db.run("DELETE FROM saved_queries WHERE name = ?", [.text(name)])
        if db.changes == 0 {
            if builtIn.contains(where: { $0.name == name }) { throw SavedQueryError.notUserQuery(name) }
            throw SavedQueryError.unknown(name, suggestions: Exporter.suggestions(for: name, among: try all(db).map(\.name)))
        }
    }
}
