import CSQLite

/// A prepared statement. It is finalized when the value goes away.
///
/// Bind by 1-based index or by `:name`, step, read typed columns, reset to reuse.
public final class Statement {
    let handle: OpaquePointer
    public let sql: String
    // Keeps the connection open for as long as the statement lives.
    let connection: Connection
    /// The values bound, rendered only if an error needs them.
    private var boundValues: [Value] = []
    /// Whether an error names the bound values (the default). Keeping them costs a copy per
    /// bind: a third of the binding work of kb ingest's many-row INSERTs, which turn it off.
    public var recordsArguments = true
    private var boundArguments: [String] { boundValues.map(\.description) }

    init(connection: Connection, handle: OpaquePointer, sql: String) {
        self.connection = connection
        self.handle = handle
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    // MARK: - Facts

    /// True when the statement makes no direct change to the database file.
    /// See <https://www.sqlite.org/c3ref/stmt_readonly.html>.
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    public var columnNames: [String] {
        (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    /// Parameter names in order, without their prefix (`:name` → `name`); nil for `?`.
    public var parameterNames: [String?] {
        let n = sqlite3_bind_parameter_count(handle)
        guard n > 0 else { return [] }
        return (1...n).map { i in
            guard let c = sqlite3_bind_parameter_name(handle, i) else { return nil }
            return String(String(cString: c).dropFirst())
        }
    }

    // MARK: - Binding

    nonisolated(unsafe) private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    nonisolated(unsafe) private static let emptyCString: UnsafePointer<CChar> = {
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        p.initialize(to: 0)
        return UnsafePointer(p)
    }()

    /// Binds `value` to the 1-based parameter `index`.
    public func bind(_ value: Value, at index: Int) throws {
        let i = Int32(index)
        let rc: Int32
        switch value {
        case .null:
            rc = sqlite3_bind_null(handle, i)
        case .integer(let v):
            rc = sqlite3_bind_int64(handle, i, v)
        case .real(let v):
            rc = sqlite3_bind_double(handle, i, v)
        case .text(var s):
            rc = s.withUTF8 { buf in
                buf.withMemoryRebound(to: CChar.self) { chars in
                    // An empty buffer may have no address; SQLite needs one for an empty string.
                    sqlite3_bind_text(handle, i, chars.baseAddress ?? Self.emptyCString, Int32(chars.count), Self.transient)
                }
            }
        case .blob(let bytes):
            rc = bytes.withUnsafeBytes { buf in
                sqlite3_bind_blob(handle, i, buf.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(buf.count), Self.transient)
            }
        }
        guard rc == SQLITE_OK else {
            throw SQLiteError.fromConnection(connection.handle, code: rc, sql: sql)
        }
        guard recordsArguments else { return }
        if boundValues.count < index { boundValues += Array(repeating: .null, count: index - boundValues.count) }
        boundValues[index - 1] = value
    }

    /// Binds UTF-8 text to the 1-based parameter `index` without copying it: `bytes` must
    /// stay valid and unchanged until the statement has been stepped and the parameter
    /// bound again (kb ingest binds slices of a document's text, hundreds per document).
    /// An error does not name the value.
    public func bindText(borrowing bytes: UnsafeBufferPointer<UInt8>, at index: Int) throws {
        let rc = bytes.withMemoryRebound(to: CChar.self) { chars in
            sqlite3_bind_text(handle, Int32(index), chars.baseAddress ?? Self.emptyCString, Int32(chars.count), nil)
        }
        guard rc == SQLITE_OK else {
            throw SQLiteError.fromConnection(connection.handle, code: rc, sql: sql)
        }
        guard recordsArguments else { return }
        if boundValues.count < index { boundValues += Array(repeating: .null, count: index - boundValues.count) }
        boundValues[index - 1] = .text("(\(bytes.count) bytes of text)")
    }

    /// Binds `value` to the parameter written `:name` (or `@name`, `$name`) in the SQL.
    public func bind(_ value: Value, named name: String) throws {
        for prefix in [":", "@", "$"] {
            let index = sqlite3_bind_parameter_index(handle, prefix + name)
            if index > 0 { return try bind(value, at: Int(index)) }
        }
        throw SQLiteError(extendedCode: SQLITE_RANGE, message: "no parameter named :\(name) in the statement", sql: sql)
    }

    /// Binds values to parameters 1…n. The count must match.
    public func bind(_ values: [Value]) throws {
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard values.count == expected else {
            throw SQLiteError(extendedCode: SQLITE_RANGE,
                              message: "the statement has \(expected) parameter(s) but \(values.count) value(s) were given",
                              sql: sql)
        }
        for (offset, value) in values.enumerated() { try bind(value, at: offset + 1) }
    }

    /// Binds values by name; every name must occur in the statement.
    public func bind(_ values: [String: Value]) throws {
        for (name, value) in values { try bind(value, named: name) }
    }

    // MARK: - Stepping

    /// Advances to the next row: true when a row is ready, false when done.
    @discardableResult
    public func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = SQLiteError.fromConnection(connection.handle, code: rc, sql: sql, arguments: boundArguments)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Resets the statement for another run; bindings are kept.
    public func reset() {
        sqlite3_reset(handle)
    }

    /// Runs the statement to completion with these arguments, then resets it.
    public func run(_ values: [Value]) throws {
        defer { reset() }
        try bind(values)
        while try step() {}
    }

    // MARK: - Reading columns

    public func column(_ index: Int) -> Value {
        let i = Int32(index)
        switch sqlite3_column_type(handle, i) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, i))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, i))
        case SQLITE_TEXT: return .text(string(at: index) ?? "")
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, i))
            guard count > 0, let base = sqlite3_column_blob(handle, i) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: base, count: count)))
        default: return .null
        }
    }

    public func string(at index: Int) -> String? {
        let i = Int32(index)
        guard let text = sqlite3_column_text(handle, i) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, i))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    public func int(at index: Int) -> Int64 { sqlite3_column_int64(handle, Int32(index)) }
    public func double(at index: Int) -> Double { sqlite3_column_double(handle, Int32(index)) }
    public func isNull(at index: Int) -> Bool { sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL }

    /// All columns of the current row.
    public func row() -> [Value] { (0..<columnCount).map(column) }

    /// The storage class of a column of the current row.
    public enum ColumnType: Sendable { case integer, real, text, blob, null }

    public func columnType(_ index: Int) -> ColumnType {
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_INTEGER: return .integer
        case SQLITE_FLOAT: return .real
        case SQLITE_TEXT: return .text
        case SQLITE_BLOB: return .blob
        default: return .null
        }
    }

    /// The column as UTF-8 text (SQLite's own rendering for numbers), without a copy: the
    /// bytes are valid only inside `body`. Call `columnType` first: asking for the text
    /// converts the column's value. See <https://www.sqlite.org/c3ref/column_blob.html>.
    public func withUTF8(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        let i = Int32(index)
        let text = sqlite3_column_text(handle, i)
        let count = Int(sqlite3_column_bytes(handle, i))
        try body(UnsafeBufferPointer(start: count > 0 ? text : nil, count: count))
    }
}
