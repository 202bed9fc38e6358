import ArgumentParser
import Foundation
import KnowledgeBase
import SQLite

/// The database every command works on.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $KB_DB, else ./kb.sqlite).", valueName: "FILE"))
    var db: String?

    var path: String { db ?? KnowledgeBase.defaultPath() }

    /// A read-only connection when the database exists, else nil (built-in queries need none).
    func readerIfPresent() throws -> Connection? {
        FileManager.default.fileExists(atPath: path) ? try KnowledgeBase.openForReading(path) : nil
    }
}

/// Writes text for people to standard output (or FILE), through a sink that reports a
/// closed pipe or a full disk like every other output.
func printText(_ text: String, to file: String? = nil) throws {
    let sink = try file.map { try OutputSink(path: $0) } ?? OutputSink()
    try sink.write(text)
    try sink.commit()
}

extension OutputFormat: ExpressibleByArgument {}

/// How results are written: format, file, header.
struct OutputOptionGroup: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv, tsv, json, jsonl or markdown.")
    var format: OutputFormat = .table

    @Option(name: [.short, .long], help: ArgumentHelp("Write to FILE instead of standard output (replaced only when complete).", valueName: "FILE"))
    var output: String?

    @Flag(name: .long, help: "Leave out the header row (table, csv, tsv).")
    var noHeader = false
}

/// `-p NAME VALUE` parameters.
struct ParameterOptions: ParsableArguments {
    @Option(name: [.customShort("p"), .customLong("param")], parsing: .unconditionalSingleValue,
            help: ArgumentHelp("Bind VALUE to :NAME in the SQL (repeatable; NAME=VALUE also works).", valueName: "NAME VALUE"))
    var parameters: [String] = []

    func values() throws -> [String: String] {
        var result: [String: String] = [:]
        for p in parameters {
            guard let eq = p.firstIndex(of: "="), eq != p.startIndex else {
                throw ValidationError("-p needs a name and a value: -p NAME VALUE (got '\(p)')")
            }
            var name = String(p[..<eq])
            if name.first == ":" || name.first == "@" || name.first == "$" { name.removeFirst() }
            result[name] = String(p[p.index(after: eq)...])
        }
        return result
    }
}
