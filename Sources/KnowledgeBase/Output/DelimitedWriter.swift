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
