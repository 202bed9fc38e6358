import Foundation
import SQLite

/// JSON: an array of objects (`json`) or one object per line (`jsonl`). NULL is
/// `null`, integers and reals are numbers (non-finite reals are `null`), blobs are
/// base64 strings. Keys keep the column order.
final class JSONWriter: RowWriter {
    private let sink: OutputSink
    private let lines: Bool
    private var keys: [String] = []
    private var count = 0

    init(_ sink: OutputSink, lines: Bool) {
        self.sink = sink
        self.lines = lines
    }

    func begin(columns: [String]) throws {
        keys = Self.uniqueKeys(columns).map(JSON.string)
        if !lines { try sink.write("[") }
    }

    func row(_ values: [Value]) throws {
        var out = lines ? "" : (count == 0 ? "\n" : ",\n")
        out += "{"
        for (i, value) in values.enumerated() {
            if i > 0 { out += lines ? "," : ", " }
            out += keys[i] + (lines ? ":" : ": ") + Self.literal(value)
        }
        out += "}"
        if lines { out += "\n" }
        count += 1
        try sink.write(out)
    }

    func end() throws {
        if !lines { try sink.write(count == 0 ? "]\n" : "\n]\n") }
    }

    static func literal(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .integer(let i): return String(i)
        case .real(let d): return d.isFinite ? number(d) : "null"
        case .text(let s): return JSON.string(s)
        case .blob(let b): return JSON.string(Data(b).base64EncodedString())
        }
    }

    /// The shortest text that reads back as the same double ("0.1", "3.0" → "3.0").
    static func number(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(format: "%.1f", d) }
        return "\(d)"
    }

    /// Duplicate column names get a suffix so that no key is lost: id, id_2.
    static func uniqueKeys(_ columns: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return columns.map { name in
            let n = (seen[name] ?? 0) + 1
            seen[name] = n
            return n == 1 ? name : "\(name)_\(n)"
        }
    }
}

/// JSON text helpers.
public enum JSON {
    /// A JSON string literal.
    public static func string(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }

    /// A JSON array of strings.
    public static func array(_ items: [String]) -> String {
        "[" + items.map(string).joined(separator: ",") + "]"
    }
}
