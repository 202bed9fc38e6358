import ArgumentParser
import Foundation
import KnowledgeBase

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run one read-only SQL statement and print the rows.",
        discussion: """
            The database is opened read-only: statements that write (INSERT, UPDATE,
            DELETE, WITH … DELETE, CREATE, DROP), ATTACH, pragmas that set a value,
            load_extension, and more than one statement are refused and change nothing.
            Values given with -p are bound to :NAME placeholders, never pasted into the
            SQL. A statement that runs longer than --timeout seconds is stopped.

            Examples:
              kb query "SELECT source, title, published FROM documents"
              kb query "SELECT * FROM roles WHERE title = :t" -p t "Minister of Defense"
              kb query "SELECT name FROM people" --format csv --output people.csv
              kb query "SELECT kind, count(*) FROM blocks GROUP BY kind" --format markdown
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "One SQL statement (SELECT, WITH … SELECT, or a reading PRAGMA).")
    var sql: String

    @OptionGroup var parameters: ParameterOptions
    @OptionGroup var output: OutputOptionGroup

    @Option(name: .long, help: ArgumentHelp("Stop the statement after this many seconds.", valueName: "SECONDS"))
    var timeout: Double = QueryRunner.defaultTimeout

    func validate() throws {
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
        _ = try parameters.values()
    }

    func run() throws {
        try reportingErrors {
            let db = try KnowledgeBase.openForReading(database.path)
            let runner = QueryRunner(db, timeout: timeout)
            let values = try parameters.values()
            _ = try runner.prepare(sql)  // refuse before an output file is created
            try output.withWriter { writer in
                try runner.run(sql, parameters: values, into: writer)
            }
        }
    }
}
