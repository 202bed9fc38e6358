import SQLite

/// CSV as RFC 4180 says (CRLF line ends; a field is quoted only when it holds a
/// comma, a quote, CR, LF, or leading or trailing space; quotes doubled; NULL as an
/// empty field), or TSV (tab-separated; tab, newline, CR and backslash written as
/// `\t`, `\n`, `\r`, `\\`; NULL empty). See <https://www.rfc-editor.org/rfc/rfc4180>.
final class DelimitedWriter: RowWriter {
    enum Style { case csv, tsv }

    private let sink: OutputSink
    private let style: Style
    private let options: OutputOptions

    init(_ sink: OutputSink, style: Style, options: OutputOptions) {
        self.sink = sink
        self.style = style
        self.options = options
    }

    func begin(columns: [String]) throws {
        if options.byteOrderMark { try sink.write("\u{FEFF}") }
        if options.header { try line(columns.map { Optional($0) }) }
    }

    func row(_ values: [Value]) throws {
        try line(values.map { $0.cellText.map(options.guarded) })
    }

    /// The same fields as `row(_:)`, written from SQLite's column bytes without building
    /// Strings (text and integers; reals and blobs take the general path).
    func row(of statement: Statement) throws {
        let count = statement.columnCount
        for i in 0..<count {
            if i > 0 { sink.append(style == .csv ? UInt8(ascii: ",") : 0x09) }
            switch statement.columnType(i) {
            case .null:
                continue
            case .text, .integer:
                statement.withUTF8(at: i) { field(bytes: $0) }
            case .real, .blob:
                if let text = statement.column(i).cellText.map(options.guarded) {
                    var text = text
                    text.withUTF8 { field(bytes: $0, guarded: true) }
                }
            }
        }
        if style == .csv { sink.append(0x0D) }
        sink.append(0x0A)
        try sink.flushIfFull()
    }

    /// One field from UTF-8 bytes: formula guard, then CSV quoting or TSV escapes, as
    /// `csvField`, `tsvField` and `OutputOptions.guarded` do for Strings.
    private func field(bytes: UnsafeBufferPointer<UInt8>, guarded: Bool = false) {
        let quote = UInt8(ascii: "'")
        let guardIt = !guarded && options.formulaGuard && bytes.first.map { b in
            b == UInt8(ascii: "=") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: "@") || b == 0x09 || b == 0x0D
        } == true
        switch style {
        case .csv:
            var needsQuotes = false
            for b in bytes where b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D {
                needsQuotes = true
                break
            }
            if !needsQuotes, let f = guardIt ? quote : bytes.first, let l = bytes.last {
                needsQuotes = f == 0x20 || f == 0x09 || l == 0x20 || l == 0x09
            }
            if needsQuotes { sink.append(UInt8(ascii: "\"")) }
            if guardIt { sink.append(quote) }
            if needsQuotes {
                var start = 0
                for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\"") {
                    sink.append(UnsafeBufferPointer(rebasing: bytes[start...i]))
                    sink.append(b)
                    start = i + 1
                }
                sink.append(UnsafeBufferPointer(rebasing: bytes[start...]))
                sink.append(UInt8(ascii: "\""))
            } else {
                sink.append(bytes)
            }
        case .tsv:
            if guardIt { sink.append(quote) }
            var start = 0
            for (i, b) in bytes.enumerated() where b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: "\\") {
                sink.append(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                sink.append(UInt8(ascii: "\\"))
                sink.append(b == 0x09 ? UInt8(ascii: "t") : b == 0x0A ? UInt8(ascii: "n") : b == 0x0D ? UInt8(ascii: "r") : b)
                start = i + 1
            }
            sink.append(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    func end() throws {}

    private func line(_ fields: [String?]) throws {
        var out = ""
        for (i, field) in fields.enumerated() {
            if i > 0 { out += style == .csv ? "," : "\t" }
            if let field { out += style == .csv ? Self.csvField(field) : Self.tsvField(field) }
        }
        out += style == .csv ? "\r\n" : "\n"
        try sink.write(out)
    }

    static func csvField(_ s: String) -> String {
        var needsQuotes = false
        for u in s.utf8 where u == UInt8(ascii: ",") || u == UInt8(ascii: "\"") || u == 0x0A || u == 0x0D {
            needsQuotes = true
            break
        }
        if !needsQuotes, let f = s.utf8.first, let l = s.utf8.last, f == 0x20 || f == 0x09 || l == 0x20 || l == 0x09 {
            needsQuotes = true
        }
        guard needsQuotes else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func tsvField(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == UInt8(ascii: "\\") }) else { return s }
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

import Foundation
