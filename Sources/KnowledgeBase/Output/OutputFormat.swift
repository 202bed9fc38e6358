import SQLite

/// The formats query results can be written in.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, tsv, json, jsonl, markdown

    /// A writer of this format over `sink`.
    public func writer(_ sink: OutputSink, options: OutputOptions = OutputOptions()) -> RowWriter {
        switch self {
        case .table: return TableWriter(sink, options: options)
        case .csv: return DelimitedWriter(sink, style: .csv, options: options)
        case .tsv: return DelimitedWriter(sink, style: .tsv, options: options)
        case .json: return JSONWriter(sink, lines: false)
        case .jsonl: return JSONWriter(sink, lines: true)
        case .markdown: return MarkdownWriter(sink, options: options)
        }
    }
}

/// Settings shared by the writers.
public struct OutputOptions: Sendable {
    /// Columns of the terminal, for `table`.
    public var width = 80
    /// Leave out the header row.
    public var header = true
    /// Put a byte-order mark first (for spreadsheet apps that need one to see UTF-8).
    public var byteOrderMark = false
    /// Prefix cells that start with = + - @ (or a tab or CR) with a quote, so a
    /// spreadsheet shows them instead of running them as formulas.
    public var formulaGuard = false
    public init() {}
}

/// Writes a result set row by row, without holding it in memory.
public protocol RowWriter: AnyObject {
    func begin(columns: [String]) throws
    func row(_ values: [Value]) throws
    /// The current row of a statement; writers that can copy column bytes straight
    /// from SQLite override this.
    func row(of statement: Statement) throws
    func end() throws
}

extension RowWriter {
    public func row(of statement: Statement) throws { try row(statement.row()) }
}

extension Value {
    /// The text a cell shows: NULL is nil, blobs are hex.
    var cellText: String? {
        switch self {
        case .null: return nil
        case .integer(let i): return String(i)
        case .real(let d): return JSONWriter.number(d)
        case .text(let s): return s
        case .blob(let b): return b.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }
}

extension OutputOptions {
    func guarded(_ text: String) -> String {
        guard formulaGuard, let first = text.unicodeScalars.first else { return text }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + text : text
    }
}
