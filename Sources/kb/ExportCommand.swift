import ArgumentParser
import Foundation
import KnowledgeBase

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a whole table or view as CSV (or TSV, JSON, JSON lines).",
        discussion: """
            Rows are streamed, so memory stays flat however large the table. With
            --output the file is written under a temporary name and renamed when
            complete: a failed export leaves no half file.

            Examples:
              kb export roles --output roles.csv
              kb export statements --format jsonl > statements.jsonl
              kb export people --bom --formula-guard --output people.csv
              kb export holders-of -p title Minister --output ministers.csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "A table or view (documents, people, roles, statements, milestones, conflicts, …) or a saved query.")
    var name: String

    @OptionGroup var parameters: ParameterOptions

    @Option(name: .long, help: "csv, tsv, json or jsonl.")
    var format: OutputFormat = .csv

    @Option(name: [.short, .long], help: ArgumentHelp("Write to FILE (replaced only when complete).", valueName: "FILE"))
    var output: String?

    @Flag(name: .long, help: "Start with a UTF-8 byte-order mark, for spreadsheet apps.")
    var bom = false

    @Flag(name: .long, help: "Prefix cells starting with = + - @ with ' so spreadsheets do not run them.")
    var formulaGuard = false

    @Flag(name: .long, help: "Leave out the header row.")
    var noHeader = false

    func validate() throws {
        guard [.csv, .tsv, .json, .jsonl].contains(format) else {
            throw ValidationError("export writes csv, tsv, json or jsonl")
        }
    }

    func run() throws {
        try reportingErrors {
            let db = try KnowledgeBase.openForReading(database.path)
            var sql: String
            var values: [String: String] = [:]
            var types: [String: String] = [:]
            if let table = try Exporter.tableSQL(name, in: db) {
                sql = table
            } else if let query = try? SavedQueries.find(name, in: db) {
                sql = query.sql
                values = try SavedQueries.arguments(for: query, given: try parameters.values())
                types = query.types
            } else {
                let known = try Exporter.exportableTables(db) + SavedQueries.all(db).map(\.name)
                throw KBError.unknownTable(name, suggestions: Exporter.suggestions(for: name, among: known))
            }
            let runner = QueryRunner(db, timeout: 24 * 3600)
            let group = try OutputOptionGroup.parse(output.map { ["--output", $0] } ?? [])
            try group.withWriter(format: format, configure: { options in
                options.byteOrderMark = bom
                options.formulaGuard = formulaGuard
                options.header = !noHeader
            }) { writer in
                try runner.run(sql, parameters: values, types: types, into: writer)
            }
        }
    }
}
