import ArgumentParser
import Foundation
import KnowledgeBase

@main
struct KB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "NewsKB: turn news articles into an SQLite knowledge base you can question.",
        discussion: """
            Articles go in with `kb ingest`; each is normalized into blocks and sentences,
            and people, roles, statements and milestones are extracted with the sentence
            that says so. Ask with `kb query` (read-only SQL) or `kb search`, and export
            tables as CSV.

            The database is ./kb.sqlite, or $KB_DB when set, or --db FILE.

            Examples:
              kb ingest Seeds/
              kb query "SELECT source, title FROM documents"
              kb search "troop withdrawal"
              kb export roles --output roles.csv
            """,
        version: "0.1.0",
        subcommands: [IngestCommand.self, QueryCommand.self, RunCommand.self, QueriesCommand.self, SearchCommand.self,
                      ConflictsCommand.self, TimelineCommand.self, PersonCommand.self, ExportCommand.self, StatsCommand.self,
                      SchemaCommand.self]
    )

    static func main() {
        signal(SIGPIPE, SIG_IGN)
        let arguments = ArgumentRewriter.rewrite(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
