import ArgumentParser
import Foundation
import KnowledgeBase

/// The database every command works on.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $KB_DB, else ./kb.sqlite).", valueName: "FILE"))
    var db: String?

    var path: String { db ?? KnowledgeBase.defaultPath() }
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
