import ArgumentParser
import Foundation
import KnowledgeBase

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over the sentences, best matches first.",
        discussion: """
            Every word must occur in the sentence; accents are ignored ("Sefcovic" finds
            "Šefčovič"). Each hit shows the document, a snippet with the match in
            [brackets], and the facts extracted from that sentence. Quotes and other
            punctuation in TEXT are taken literally; use --raw to write FTS5 syntax
            (OR, NEAR, prefix*, "phrases").

            Examples:
              kb search troop withdrawal
              kb search 'U.S. "troops' --limit 5
              kb search --raw 'NATO NEAR(Kosovo membership, 5)'
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Words to find.")
    var text: [String]

    @Option(name: .long, help: "Show at most this many sentences.")
    var limit = 20

    @Flag(name: .long, help: "Pass TEXT to SQLite FTS5 as a query, operators included.")
    var raw = false

    @OptionGroup var output: OutputOptionGroup

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if text.isEmpty { throw ValidationError("give the words to search for") }
    }

    func run() throws {
        try reportingErrors {
            let db = try KnowledgeBase.openForReading(database.path)
            let runner = QueryRunner(db)
            let query = text.joined(separator: " ")
            try output.withWriter { writer in
                try Search.run(runner, text: query, raw: raw, limit: limit, into: writer)
            }
        }
    }
}
