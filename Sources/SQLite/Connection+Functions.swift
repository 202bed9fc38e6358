import CSQLite

/// A Swift closure that SQLite calls as an SQL function.
private final class FunctionBox {
    let body: ([Value]) -> Value
    init(_ body: @escaping ([Value]) -> Value) { self.body = body }
}

extension Connection {
    /// Makes `body` callable from SQL as `name(…)` with `argumentCount` arguments.
    /// See <https://www.sqlite.org/c3ref/create_function.html>.
    public func createFunction(_ name: String, argumentCount: Int32, deterministic: Bool = true,
                               _ body: @escaping ([Value]) -> Value) throws {
        let box = Unmanaged.passRetained(FunctionBox(body)).toOpaque()
        var flags = SQLITE_UTF8
        if deterministic { flags |= SQLITE_DETERMINISTIC }
        let rc = sqlite3_create_function_v2(handle, name, argumentCount, flags, box, { context, argc, argv in
            let box = Unmanaged<FunctionBox>.fromOpaque(sqlite3_user_data(context)!).takeUnretainedValue()
            var args: [Value] = []
            for i in 0..<Int(argc) {
                let v = argv![i]
                switch sqlite3_value_type(v) {
                case SQLITE_INTEGER: args.append(.integer(sqlite3_value_int64(v)))
                case SQLITE_FLOAT: args.append(.real(sqlite3_value_double(v)))
                case SQLITE_TEXT:
                    let count = Int(sqlite3_value_bytes(v))
                    let text = sqlite3_value_text(v).map { String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self) } ?? ""
                    args.append(.text(text))
                case SQLITE_BLOB:
                    let count = Int(sqlite3_value_bytes(v))
                    let bytes = sqlite3_value_blob(v).map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
                    args.append(.blob(bytes))
                default: args.append(.null)
                }
            }
            switch box.body(args) {
            case .null: sqlite3_result_null(context)
            case .integer(let i): sqlite3_result_int64(context, i)
            case .real(let d): sqlite3_result_double(context, d)
            case .text(var s):
                s.withUTF8 { buf in
                    buf.withMemoryRebound(to: CChar.self) {
                        sqlite3_result_text(context, $0.baseAddress, Int32($0.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
                    }
                }
            case .blob(let b):
                b.withUnsafeBytes { sqlite3_result_blob(context, $0.baseAddress, Int32($0.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self)) }
            }
        }, nil, nil, { box in
            if let box { Unmanaged<FunctionBox>.fromOpaque(box).release() }
        })
        guard rc == SQLITE_OK else { throw SQLiteError.fromConnection(handle, code: rc, sql: nil) }
    }
}
