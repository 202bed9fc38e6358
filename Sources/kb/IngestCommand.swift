import ArgumentParser
import Foundation
import KnowledgeBase

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles from files, folders (recursive, sorted) or standard input.",
        discussion: """
            Each article is decoded (UTF-8, with or without BOM), normalized, cut into
            blocks and sentences, and its people, roles, statements and milestones are
            extracted. An article whose bytes are already in the database is skipped
            as unchanged. Hidden files and folders are skipped.

            Every article goes in whole or not at all. An input that is not text (binary,
            NUL bytes, invalid UTF-8, empty) is reported with its path and reason; the
            others still go in, and the exit status is 1.

            Examples:
              kb ingest Seeds/
              kb ingest article.txt more/ --db topic.sqlite
              curl -s https://example.org/story.txt | kb ingest -
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "PATH"))
    var paths: [String]

    @Flag(name: [.short, .long], help: "Print only failures, not the summary.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("Documents per transaction; an interrupted ingest keeps every batch already committed.", valueName: "N"))
    var batchSize = Ingestor.Options().batchDocuments

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, folder or - (standard input)") }
        if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() throws {
        var report = IngestReport()
        try reportingErrors {
            let inputs = InputCollector.collect(paths)
            let db = try KnowledgeBase.openForWriting(database.path)
            var options = Ingestor.Options()
            options.batchDocuments = batchSize
            let ingestor = try Ingestor(db, options: options)
            report = try ingestor.ingest(inputs) { failure in
                Terminal.printError("\(failure.source): \(failure.reason)")
            }
            if !quiet { Terminal.note(report.summary) }
        }
        if report.failed > 0 { throw ExitCode.failure }
    }
}
