import CSQLite
import Foundation

/// An error reported by SQLite, or by this wrapper when a call is misused.
///
/// It carries the extended result code, the message SQLite gave right after the
/// failing call, and the SQL that failed. Arguments are kept but only shown on
/// request (`description(showingArguments:)`), since they may be user data.
/// See <https://www.sqlite.org/rescode.html>.
public struct SQLiteError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE` = 2067, …).
    public let extendedCode: Int32
    /// SQLite's message, as read right after the failing call.
    public let message: String
    /// The SQL that was being prepared or run, if any.
    public let sql: String?
    /// The bound arguments, rendered, if any.
    public let arguments: [String]?

    public init(extendedCode: Int32, message: String, sql: String? = nil, arguments: [String]? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
        self.arguments = arguments
    }

    /// The primary result code (`SQLITE_CONSTRAINT` = 19 for `SQLITE_CONSTRAINT_UNIQUE`).
    public var primaryCode: Int32 { extendedCode & 0xFF }

    /// SQLite's English name for the primary code ("constraint failed").
    public var codeDescription: String { String(cString: sqlite3_errstr(primaryCode)) }

    public var description: String { description(showingArguments: false) }

    public func description(showingArguments: Bool) -> String {
        var text = "SQLite error \(extendedCode): \(message)"
        if let sql { text += " — while running: \(Self.oneLine(sql))" }
        if showingArguments, let arguments, !arguments.isEmpty {
            text += " — with arguments [\(arguments.joined(separator: ", "))]"
        }
        return text
    }

    static func oneLine(_ sql: String) -> String {
        let collapsed = sql.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        return collapsed.count > 200 ? String(collapsed.prefix(199)) + "…" : collapsed
    }

    /// The one place errors are made from a failing SQLite call: reads the
    /// extended code and the message from the connection right away.
    static func fromConnection(_ db: OpaquePointer?, code: Int32, sql: String?, arguments: [String]? = nil) -> SQLiteError {
        let extended = db.map { sqlite3_extended_errcode($0) } ?? code
        let message = db.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        // sqlite3_extended_errcode reports the most recent error; if a later call
        // succeeded in between, fall back to the code we were given.
        let effective = (extended & 0xFF) == (code & 0xFF) ? extended : code
        return SQLiteError(extendedCode: effective, message: message, sql: sql, arguments: arguments)
    }
}

