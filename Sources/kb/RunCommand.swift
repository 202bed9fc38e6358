import ArgumentParser
import Foundation
import KnowledgeBase

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a saved query with parameters.",
        discussion: """
            Parameters without a default must be given; `kb queries` lists them.

            Examples:
              kb run people
              kb run roles-of -p name Zemaj
              kb run holders-of -p title "Minister of Defense" -p org Kosovo --format csv
              kb run timeline -p from 2020 --output timeline.csv --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The saved query's name (see `kb queries`).") var name: String
    @OptionGroup var parameters: ParameterOptions
    @OptionGroup var output: OutputOptionGroup
    @Option(name: .long, help: ArgumentHelp("Stop the query after this many seconds.", valueName: "SECONDS"))
    var timeout: Double = QueryRunner.defaultTimeout

    func run() throws {
        try reportingErrors {
            let db = try KnowledgeBase.openForReading(database.path)
            let query = try SavedQueries.find(name, in: db)
            let values = try SavedQueries.arguments(for: query, given: try parameters.values())
            let runner = QueryRunner(db, timeout: timeout)
            _ = try runner.prepare(query.sql)
            try output.withWriter { writer in
                try runner.run(query.sql, parameters: values, types: query.types, into: writer)
            }
        }
    }
}
