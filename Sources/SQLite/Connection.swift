import CSQLite
import Foundation

/// One connection to an SQLite database file.
///
/// Read-write connections create the file when missing and use WAL journaling,
/// so readers and one writer can share the file. Every connection has foreign
/// keys on and a busy timeout. The connection is closed when the value goes away.
public final class Connection {
    public enum Mode: Sendable {
        /// Opens or creates the file for reading and writing.
        case readWrite
        /// Opens an existing file with `SQLITE_OPEN_READONLY`: SQLite itself refuses writes.
        case readOnly
    }

    /// The kind of `BEGIN` for a transaction. See <https://www.sqlite.org/lang_transaction.html>.
    public enum TransactionKind: String, Sendable {
        case deferred = "DEFERRED"
        case immediate = "IMMEDIATE"
        case exclusive = "EXCLUSIVE"
    }

    let handle: OpaquePointer
    public let path: String
    public let mode: Mode
    private var progress: ProgressBox?
    private var walHook: WALHookBox?
    private var authorizer: AuthorizerBox?

    /// Library-wide settings, made once before the first connection opens: no allocation
    /// statistics (`SQLITE_CONFIG_MEMSTATUS`), which cost a global mutex on every allocation.
    /// (`sqlite3_config` is refused once the library is initialized; its result is ignored.)
    static let configureLibrary: Void = { _ = kb_sqlite3_disable_memstatus() }()

    /// Opens `path` (`":memory:"` for an in-memory database).
    ///
    /// - Parameters:
    ///   - busyTimeout: how long to wait for another connection's lock, in milliseconds.
    ///   - newDatabasePageSize: the page size a database this connection creates gets
    ///     (a power of two from 512 to 65536); an existing database keeps its own.
    public init(path: String, mode: Mode = .readWrite, busyTimeout: Int32 = 10_000, newDatabasePageSize: Int? = nil) throws {
        _ = Self.configureLibrary
        var db: OpaquePointer?
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        switch mode {
        case .readWrite: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        }
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let error = SQLiteError.fromConnection(db, code: rc, sql: nil)
            sqlite3_close_v2(db)
            throw SQLiteError(extendedCode: error.extendedCode, message: "cannot open \(path): \(error.message)")
        }
        self.handle = db
        self.path = path
        self.mode = mode
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, busyTimeout)
        try execute("PRAGMA foreign_keys = ON")
        if mode == .readWrite && path != ":memory:" && !path.isEmpty {
            // WAL lets readers go on while one process writes.
            // See <https://www.sqlite.org/wal.html>.
            // Only a database without pages takes a page size, and only before WAL mode.
            if let newDatabasePageSize { try execute("PRAGMA page_size = \(newDatabasePageSize)") }
            try execute("PRAGMA journal_mode = WAL")
            try execute("PRAGMA synchronous = NORMAL")
            try execute("PRAGMA temp_store = MEMORY")
        }
        if mode == .readOnly {
            try execute("PRAGMA query_only = ON")
        }
    }

    deinit {
        sqlite3_progress_handler(handle, 0, nil, nil)
        sqlite3_set_authorizer(handle, nil, nil)
        sqlite3_close_v2(handle)
    }

    // MARK: - Running SQL

    /// Prepares one statement. Text after the first statement is refused unless
    /// it is only whitespace and comments.
    public func prepare(_ sql: String) throws -> Statement {
        var stmt: OpaquePointer?
        var tailOffset = 0
        let rc = sql.utf8CString.withUnsafeBufferPointer { buffer -> Int32 in
            var tail: UnsafePointer<CChar>?
            let rc = sqlite3_prepare_v2(handle, buffer.baseAddress, Int32(buffer.count), &stmt, &tail)
            if let tail, let base = buffer.baseAddress { tailOffset = base.distance(to: tail) }
            return rc
        }
        guard rc == SQLITE_OK else {
            throw SQLiteError.fromConnection(handle, code: rc, sql: sql)
        }
        guard let stmt else {
            throw SQLiteError(extendedCode: SQLITE_MISUSE, message: "no SQL statement in the text", sql: sql)
        }
        let statement = Statement(connection: self, handle: stmt, sql: sql)
        let rest = Array(sql.utf8CString.dropLast().dropFirst(tailOffset))
        if !Self.isBlankOrComment(rest) {
            throw SQLiteError(extendedCode: SQLITE_MISUSE,
                              message: "only one SQL statement is allowed; found more after the first `;`",
                              sql: sql)
        }
        return statement
    }

    /// Runs SQL that may hold several statements and returns no rows.
    public func execute(_ sql: String) throws {
        var rest = Substring(sql)
        while true {
            var stmt: OpaquePointer?
            var consumed = 0
            let text = String(rest)
            let rc = text.utf8CString.withUnsafeBufferPointer { buffer -> Int32 in
                var tail: UnsafePointer<CChar>?
                let rc = sqlite3_prepare_v2(handle, buffer.baseAddress, Int32(buffer.count), &stmt, &tail)
                if let tail, let base = buffer.baseAddress { consumed = base.distance(to: tail) }
                return rc
            }
            guard rc == SQLITE_OK else { throw SQLiteError.fromConnection(handle, code: rc, sql: text) }
            guard let stmt else { return }  // only whitespace or comments left
            let statement = Statement(connection: self, handle: stmt, sql: text)
            while try statement.step() {}
            let utf8 = Array(text.utf8)
            rest = Substring(String(decoding: utf8[min(consumed, utf8.count)...], as: UTF8.self))
        }
    }

    /// Runs one statement with arguments and returns no rows.
    public func run(_ sql: String, _ arguments: [Value] = []) throws {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        while try statement.step() {}
    }

    /// Runs one query and returns all rows (for small results; stream with `prepare` otherwise).
    public func rows(_ sql: String, _ arguments: [Value] = []) throws -> [[Value]] {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        var result: [[Value]] = []
        while try statement.step() { result.append(statement.row()) }
        return result
    }

    /// The first column of the first row, or nil when there is no row.
    public func scalar(_ sql: String, _ arguments: [Value] = []) throws -> Value? {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        return try statement.step() ? statement.column(0) : nil
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes(handle)) }
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    // MARK: - Transactions

    /// Runs `body` in a transaction: commits when it returns, rolls back when it
    /// throws, and rethrows the first error. Writers should use `.immediate` so that
    /// a lock conflict surfaces at BEGIN, where the busy timeout can wait for it.
    /// See <https://www.sqlite.org/lang_transaction.html>.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        try execute("BEGIN \(kind.rawValue)")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// Runs `body` inside a savepoint: all of its changes or none, inside a larger transaction.
    public func savepoint<T>(_ name: String = "sp", _ body: () throws -> T) throws -> T {
        precondition(name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }, "savepoint names are identifiers")
        try execute("SAVEPOINT \(name)")
        do {
            let result = try body()
            try execute("RELEASE \(name)")
            return result
        } catch {
            try? execute("ROLLBACK TO \(name)")
            try? execute("RELEASE \(name)")
            throw error
        }
    }

    // MARK: - Limits

    /// Interrupts any statement of this connection that runs past `deadline`
    /// (checked every few thousand virtual-machine steps); nil removes the limit.
    /// An interrupted statement fails with `SQLITE_INTERRUPT`.
    /// See <https://www.sqlite.org/c3ref/progress_handler.html>.
    public func setDeadline(_ deadline: Date?) {
        guard let deadline else {
            sqlite3_progress_handler(handle, 0, nil, nil)
            progress = nil
            return
        }
        let box = ProgressBox(deadline: deadline)
        progress = box
        sqlite3_progress_handler(handle, 4_000, { context in
            guard let context else { return 0 }
            let box = Unmanaged<ProgressBox>.fromOpaque(context).takeUnretainedValue()
            return Date() >= box.deadline ? 1 : 0
        }, Unmanaged.passUnretained(box).toOpaque())
    }

    /// Calls `body` with the number of pages in the write-ahead log after each commit of
    /// this connection, instead of SQLite's automatic checkpoint (which is this same hook:
    /// setting one turns the other off; `PRAGMA wal_autocheckpoint = N` puts SQLite's back
    /// and removes this one). nil removes the hook.
    /// See <https://www.sqlite.org/c3ref/wal_hook.html>.
    public func onWALCommit(_ body: ((Int) -> Void)?) {
        guard let body else {
            sqlite3_wal_hook(handle, nil, nil)
            walHook = nil
            return
        }
        let box = WALHookBox(body)
        sqlite3_wal_hook(handle, { context, _, _, pages in
            if let context { Unmanaged<WALHookBox>.fromOpaque(context).takeUnretainedValue().body(Int(pages)) }
            return SQLITE_OK
        }, Unmanaged.passUnretained(box).toOpaque())
        walHook = box  // after the hook points to it: the old box stays alive until then
    }

    /// Refuses, at prepare time, what a read-only connection would still allow:
    /// ATTACH and DETACH, pragmas that set a value or are not on the reading list,
    /// and `load_extension`. (Writes are refused by the read-only connection itself;
    /// FTS5 needs to read and update its own shadow tables while preparing.)
    /// See <https://www.sqlite.org/c3ref/set_authorizer.html>.
    public func restrictToReading() {
        let box = AuthorizerBox()
        authorizer = box
        sqlite3_set_authorizer(handle, { context, action, arg1, arg2, _, _ in
            switch action {
            case SQLITE_ATTACH, SQLITE_DETACH:
                return SQLITE_DENY
            case SQLITE_PRAGMA:
                let name = arg1.map { String(cString: $0).lowercased() } ?? ""
                // `PRAGMA x = v` and `PRAGMA x(v)` look alike here: an argument is only
                // allowed for pragmas whose argument names what to read.
                if arg2 != nil { return AuthorizerBox.pragmasReadingAnArgument.contains(name) ? SQLITE_OK : SQLITE_DENY }
                return AuthorizerBox.readingPragmas.contains(name) ? SQLITE_OK : SQLITE_DENY
            case SQLITE_FUNCTION:
                let name = arg2.map { String(cString: $0).lowercased() } ?? ""
                return name == "load_extension" ? SQLITE_DENY : SQLITE_OK
            default:
                _ = context
                return SQLITE_OK
            }
        }, Unmanaged.passUnretained(box).toOpaque())
    }

    static func isBlankOrComment(_ bytes: [CChar]) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let c = UInt8(bitPattern: bytes[i])
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x3B { i += 1; continue }
            if c == 0x2D, i + 1 < n, bytes[i + 1] == 0x2D {  // -- comment
                while i < n, bytes[i] != 0x0A { i += 1 }
                continue
            }
            if c == 0x2F, i + 1 < n, bytes[i + 1] == 0x2A {  // /* comment */
                i += 2
                while i + 1 < n, !(bytes[i] == 0x2A && bytes[i + 1] == 0x2F) { i += 1 }
                i += 2
                continue
            }
            return false
        }
        return true
    }
}

private final class WALHookBox {
    let body: (Int) -> Void
    init(_ body: @escaping (Int) -> Void) { self.body = body }
}

private final class ProgressBox {
    let deadline: Date
    init(deadline: Date) { self.deadline = deadline }
}

private final class AuthorizerBox {
    /// Pragmas that only read, allowed without an argument.
    static let readingPragmas: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
        "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check",
        "database_list", "collation_list", "function_list", "module_list", "pragma_list",
        "compile_options", "user_version", "application_id", "schema_version", "data_version",
        "page_count", "page_size", "freelist_count", "encoding", "journal_mode", "foreign_keys",
    ]
    /// Pragmas whose argument is a table or index to read about.
    static let pragmasReadingAnArgument: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
        "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check",
    ]
}

extension Connection {
    /// How many prepared statements of this connection are not finalized yet.
    /// See <https://www.sqlite.org/c3ref/next_stmt.html>.
    public var unfinalizedStatementCount: Int {
        var count = 0
        var stmt = sqlite3_next_stmt(handle, nil)
        while let s = stmt {
            count += 1
            stmt = sqlite3_next_stmt(handle, s)
        }
        return count
    }
}
