import SQLite

/// Aligned columns for people to read. Widths come from the header and the first
/// rows (so output still streams), are measured in terminal columns, and shrink to
/// fit the terminal; cells too wide are cut with "…" (only here: other formats never
/// cut). Line breaks in cells show as "↵"; NULL shows as "NULL".
final class TableWriter: RowWriter {
    static let sampleRows = 200
    static let minimumColumn = 4
    static let separator = "  "

    private let sink: OutputSink
    private let options: OutputOptions
    private var columns: [String] = []
    private var sample: [[String]] = []
    private var widths: [Int]?
    private var rowCount = 0

    init(_ sink: OutputSink, options: OutputOptions) {
        self.sink = sink
        self.options = options
    }

    func begin(columns: [String]) throws {
        self.columns = columns
    }

    func row(_ values: [Value]) throws {
        let cells = values.map { Self.display($0) }
        rowCount += 1
        if let widths {
            try emit(cells, widths)
        } else {
            sample.append(cells)
            if sample.count >= Self.sampleRows { try settle() }
        }
    }

    func end() throws {
        if widths == nil { try settle() }
        if rowCount == 0 { try sink.write("(no rows)\n") }
    }

    private func settle() throws {
        var widths = columns.map { options.header ? DisplayWidth.of($0) : 0 }
        for row in sample {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
        }
        widths = Self.fit(widths, total: options.width, separator: DisplayWidth.of(Self.separator))
        self.widths = widths
        if options.header {
            try emit(columns, widths)
            try sink.write(widths.map { String(repeating: "─", count: $0) }.joined(separator: Self.separator) + "\n")
        }
        for row in sample { try emit(row, widths) }
        sample.removeAll()
    }

    private func emit(_ cells: [String], _ widths: [Int]) throws {
        var parts: [String] = []
        for (i, cell) in cells.enumerated() {
            let cut = DisplayWidth.truncate(cell, to: widths[i])
            parts.append(i == cells.count - 1 ? cut : DisplayWidth.pad(cut, to: widths[i]))
        }
        try sink.write(parts.joined(separator: Self.separator) + "\n")
    }

    /// Shrinks the widest columns until the line fits in `total` columns.
    static func fit(_ widths: [Int], total: Int, separator: Int) -> [Int] {
        var widths = widths
        let gaps = separator * max(0, widths.count - 1)
        while widths.reduce(0, +) + gaps > total {
            guard let i = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[i] > minimumColumn else { break }
            widths[i] -= 1
        }
        return widths
    }

    static func display(_ value: Value) -> String {
        guard let text = value.cellText else { return "NULL" }
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "↵").replacingOccurrences(of: "\n", with: "↵")
            .replacingOccurrences(of: "\r", with: "↵").replacingOccurrences(of: "\t", with: " ")
    }
}

import Foundation
