import ArgumentParser
import Foundation
import KnowledgeBase

struct QueriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queries",
        abstract: "List the saved queries, built-in and yours, with their parameters.",
        discussion: """
            Built-in queries ship inside kb; your own live in the database (table
            saved_queries). Run any of them with `kb run NAME -p PARAM VALUE`.

            Examples:
              kb queries
              kb queries --format csv
              kb queries show holders-of
              kb queries add big-docs --sql "SELECT source FROM documents WHERE byte_count > :min" --description "Long articles"
              kb queries remove big-docs
            """,
        subcommands: [List.self, Add.self, Show.self, Remove.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the saved queries (the default).",
            discussion: """
                Examples:
                  kb queries list
                  kb queries list --format json
                """)
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptionGroup

        func run() throws {
            try reportingErrors {
                let queries = try SavedQueries.all(try database.readerIfPresent())
                try output.withWriter { writer in
                    try writer.begin(columns: ["name", "description", "parameters", "source"])
                    for q in queries {
                        try writer.row([.text(q.name), .text(q.description),
                                        .text(q.parameters.map(\.signature).joined(separator: ", ")),
                                        .text(q.builtIn ? "built-in" : "user")])
                    }
                    try writer.end()
                }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Save a read-only query under a name.",
            discussion: """
                The SQL is checked on a read-only connection before it is saved: a query that
                writes is refused. Its :name placeholders become its parameters.

                Examples:
                  kb queries add by-source --sql "SELECT * FROM roles WHERE document_id = :doc" --description "Roles of one document"
                """)
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The name to save it under (letters, digits, - and _).") var name: String
        @Option(name: .long, help: "One read-only SQL statement.") var sql: String
        @Option(name: .long, help: "A one-line description.") var description: String = ""
        @Flag(name: .long, help: "Replace a query of that name, even a built-in one.") var force = false

        func run() throws {
            try reportingErrors {
                try SavedQueries.add(name: name, sql: sql, description: description, force: force, path: database.path)
                Terminal.note("saved query '\(name)'")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print a saved query: description, parameters and SQL.",
            discussion: """
                Examples:
                  kb queries show timeline
                """)
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The query's name.") var name: String

        func run() throws {
            try reportingErrors {
                let q = try SavedQueries.find(name, in: try database.readerIfPresent())
                var text = "\(q.name) (\(q.builtIn ? "built-in" : "user")) — \(q.description)\n"
                for p in q.parameters {
                    text += "  -p \(p.name) \(p.type.uppercased())\(p.defaultValue.map { " (default '\($0)')" } ?? " (required)"): \(p.meaning)\n"
                }
                text += "\n" + q.sql.trimmingCharacters(in: .newlines) + "\n"
                try printText(text)
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Delete one of your saved queries.",
            discussion: """
                Examples:
                  kb queries remove by-source
                """)
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The query's name.") var name: String

        func run() throws {
            try reportingErrors {
                try SavedQueries.remove(name: name, path: database.path)
                Terminal.note("removed query '\(name)'")
            }
        }
    }
}
