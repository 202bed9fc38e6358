import ArgumentParser
import Foundation
import KnowledgeBase
import SQLite

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "List the tables and columns with a one-line meaning each.",
        discussion: """
            Offsets (start, end) are 0-based code-point positions into documents.text,
            end exclusive: substr(d.text, x.start + 1, x.end - x.start) = x.evidence.

            Examples:
              kb schema
              kb schema --format csv --output schema.csv
            """
    )

    @Option(name: .long, help: "table (readable text), csv, tsv, json, jsonl or markdown.")
    var format: OutputFormat = .table

    func run() throws {
        try reportingErrors {
            let db = try Connection(path: ":memory:")
            try Schema.migrator.migrate(db)
            let doc = try SchemaDoc.read(db)
            let sink = OutputSink()
            if format == .table {
                for table in doc.tables {
                    try sink.write("\(table.name) (\(table.kind)) — \(table.meaning)\n")
                    let width = table.columns.map { $0.name.count }.max() ?? 0
                    for column in table.columns {
                        try sink.write("  " + column.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + column.meaning + "\n")
                    }
                    try sink.write("\n")
                }
            } else {
                let writer = format.writer(sink)
                try writer.begin(columns: ["table", "column", "type", "meaning"])
                for table in doc.tables {
                    for column in table.columns {
                        try writer.row([.text(table.name), .text(column.name), .text(column.type), .text(column.meaning)])
                    }
                }
                try writer.end()
            }
            try sink.commit()
        }
    }
}
