import SQLite

/// A GitHub-flavoured Markdown table: pipes in cells escaped, line breaks as `<br>`,
/// NULL empty.
final class MarkdownWriter: RowWriter {
    private let sink: OutputSink
    private let options: OutputOptions

    init(_ sink: OutputSink, options: OutputOptions) {
        self.sink = sink
        self.options = options
    }

    func begin(columns: [String]) throws {
        try sink.write("| " + columns.map(Self.cell).joined(separator: " | ") + " |\n")
        try sink.write("|" + columns.map { _ in " --- |" }.joined() + "\n")
    }

    func row(_ values: [Value]) throws {
        try sink.write("| " + values.map { Self.cell($0.cellText ?? "") }.joined(separator: " | ") + " |\n")
    }

    func end() throws {}

    static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: "<br>")
            .replacingOccurrences(of: "\n", with: "<br>")
            .replacingOccurrences(of: "\r", with: "<br>")
    }
}

import Foundation
