import Foundation
import SQLite

/// Runs one SQL statement on a read-only connection and streams its rows.
///
/// Safety does not rest on reading the SQL: the connection is opened read-only with
/// `query_only` on, an authorizer refuses ATTACH, writing pragmas and
/// `load_extension`, `sqlite3_stmt_readonly` must agree, and only one statement is
/// accepted. A progress handler stops statements that run past the time limit.
public struct QueryRunner {
    public static let defaultTimeout: Double = 5

    public let db: Connection
    public var timeout: Double

    public init(_ db: Connection, timeout: Double = QueryRunner.defaultTimeout) {
        precondition(db.mode == .readOnly, "queries run on read-only connections")
        self.db = db
        self.timeout = timeout
        db.restrictToReading()
    }

    /// Prepares `sql`, checking that it only reads.
    public func prepare(_ sql: String) throws -> Statement {
        let statement: Statement
        do {
            statement = try db.prepare(sql)
        } catch let error as SQLiteError where error.extendedCode == 23 || error.message.hasPrefix("not authorized") {
            throw KBError.notReadOnly(Self.firstWords(sql))
        }
        guard statement.isReadOnly else { throw KBError.notReadOnly(Self.firstWords(sql)) }
        return statement
    }

    /// Runs `sql` with named parameters and writes every row to `writer`.
    /// Returns the number of rows.
    @discardableResult
    public func run(_ sql: String, parameters: [String: String] = [:], types: [String: String] = [:],
                    into writer: RowWriter) throws -> Int {
        let statement = try prepare(sql)
        let names = statement.parameterNames
        if names.contains(where: { $0 == nil }) {
            throw SQLiteError(extendedCode: 1, message: "use named parameters (:name), not ?", sql: sql)
        }
        let known = Array(Set(names.compactMap { $0 })).sorted()
        for name in parameters.keys.sorted() where !known.contains(name) {
            throw KBError.unknownParameter(name, known: known)
        }
        for name in known {
            guard let value = parameters[name] else { throw KBError.missingParameter(name) }
            try statement.bind(Self.value(value, type: types[name]), named: name)
        }
        db.setDeadline(Date().addingTimeInterval(timeout))
        defer { db.setDeadline(nil) }
        try writer.begin(columns: statement.columnNames)
        var rows = 0
        do {
            while try statement.step() {
                try writer.row(of: statement)
                rows += 1
            }
        } catch let error as SQLiteError where error.primaryCode == 9 {  // SQLITE_INTERRUPT
            throw KBError.timeout(seconds: timeout)
        }
        try writer.end()
        return rows
    }

    /// Parameter values arrive as text and are bound as text, unless a saved query
    /// declares the parameter `integer` or `real`. Text compares as text ("2020" ≤
    /// "2020-06"), and column affinity still makes `id = :id` match an integer column.
    /// See <https://www.sqlite.org/datatype3.html#type_conversions_prior_to_comparison>.
    static func value(_ text: String, type: String? = nil) -> Value {
        switch type?.lowercased() {
        case "integer", "int":
            if let i = Int64(text) { return .integer(i) }
        case "real", "number":
            if let d = Double(text) { return .real(d) }
        default:
            break
        }
        return .text(text)
    }

    static func firstWords(_ sql: String) -> String {
        let words = sql.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).prefix(3)
        return "`" + words.joined(separator: " ") + (words.count == 3 ? " …" : "") + "`"
    }
}
