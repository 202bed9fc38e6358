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
    /// A JSON string literal. Works on the UTF-8 bytes: text with nothing to escape (most
    /// of it) is copied whole.
    public static func string(_ s: String) -> String {
        var s = s
        let escaped = s.withUTF8 { bytes -> String? in
            guard let first = bytes.firstIndex(where: mayNeedEscape) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(0x22)
            out.append(contentsOf: bytes[..<first])
            var i = first
            while i < bytes.count {
                let b = bytes[i]
                switch b {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                case 0x08: out += [0x5C, 0x62]
                case 0x0C: out += [0x5C, 0x66]
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    // U+2028 and U+2029: valid JSON, but not valid JavaScript string text.
                    out += Array((bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    i += 2
                case ..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
                default:
                    out.append(b)
                }
                i += 1
            }
            out.append(0x22)
            return String(decoding: out, as: UTF8.self)
        }
        return escaped ?? "\"" + s + "\""
    }

    /// Control characters, quote, backslash, and 0xE2, the lead byte of U+2028 and U+2029
    /// (whether it starts one of them is decided when escaping).
    private static func mayNeedEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2
    }

    /// A JSON array of strings.
    public static func array(_ items: [String]) -> String {
        "[" + items.map(string).joined(separator: ",") + "]"
    }
}
