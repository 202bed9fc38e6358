import ArgumentParser
import Foundation
import KnowledgeBase
import SQLite

struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "Show where the sources disagree, with the sentences that say so.",
        discussion: """
            One office with different holders, one surname with different given names, one
            person with different offices in different documents. When every holder's
            article is dated and the dates differ, the office is shown as a possible
            succession instead.

            Each value comes once, with how many documents give it, the first of them
            and the first sentence that says so; --every lists each document with its
            own sentence (long on a large knowledge base).

            Examples:
              kb conflicts
              kb conflicts --every --format csv --output conflicts.csv
            """
    )
    @OptionGroup var database: DatabaseOptions
    @Flag(name: .long, help: "List every document that gives each value, with its sentence.") var every = false
    @OptionGroup var output: OutputOptionGroup

    func run() throws {
        try reportingErrors {
            let db = try KnowledgeBase.openForReading(database.path)
            let items = try ConflictReport.read(db, every: every)
            if output.format == .table {
                try printText(ConflictReport.text(items), to: output.output)
            } else {
                try output.withWriter { try ConflictReport.write(items, every: every, into: $0) }
            }
        }
    }
}

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Dated events in date order: past, planned and forecast.",
        discussion: """
            Each event comes once, however many articles report it (same dates, kind and
            label), with the number of documents and the first of them; --every lists each
            report with its source. Milestones without a date (a relative date in an
            undated article) are left out.

            Examples:
              kb timeline
              kb timeline --from 2020 --to 2026-06
              kb timeline --every --format csv --output timeline.csv
            """
    )
    @OptionGroup var database: DatabaseOptions
    @Option(name: .long, help: ArgumentHelp("Earliest date (ISO: 2020, 2020-06 or 2020-06-15).", valueName: "DATE")) var from: String?
    @Option(name: .long, help: ArgumentHelp("Latest date (ISO).", valueName: "DATE")) var to: String?
    @Flag(name: .long, help: "List every report of each event with its source.") var every = false
    @OptionGroup var output: OutputOptionGroup

    func validate() throws {
        for (label, value) in [("--from", from), ("--to", to)] {
            if let value, PartialDateCheck.isISO(value) == false {
                throw ValidationError("\(label) takes an ISO date such as 2023, 2023-06 or 2023-06-15 (got '\(value)')")
            }
        }
    }

    func run() throws {
        try reportingErrors {
            let db = try KnowledgeBase.openForReading(database.path)
            let query = try SavedQueries.find(every ? "timeline-sources" : "timeline", in: nil)
            var given: [String: String] = [:]
            if let from { given["from"] = from }
            if let to { given["to"] = to }
            let runner = QueryRunner(db)
            try output.withWriter { writer in
                try runner.run(query.sql, parameters: try SavedQueries.arguments(for: query, given: given), types: query.types, into: writer)
            }
        }
    }
}

enum PartialDateCheck {
    static func isISO(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return false }
        return parts.dropFirst().allSatisfy { $0.count == 2 }
    }
}

struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Profile of a person: offices with sources, statements, mentions, disagreements.",
        discussion: """
            The name may be partial; case and accents are ignored ("sefcovic" finds
            "Šefčovič"). Several matches show several profiles.

            Examples:
              kb person Zemaj
              kb person "scott oudkirk"
            """
    )
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The name, or part of it.") var name: String

    func run() throws {
        try reportingErrors {
            let db = try KnowledgeBase.openForReading(database.path)
            let profiles = try PersonProfile.find(name, in: db)
            try printText(profiles.map(PersonProfile.text).joined(separator: "\n"))
        }
    }
}

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts per table and per document.",
        discussion: """
            Examples:
              kb stats
              kb stats --format json
            """
    )
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptionGroup

    func run() throws {
        try reportingErrors {
            let db = try KnowledgeBase.openForReading(database.path)
            let counts = try Stats.tableCounts(db)
            let documents = try SavedQueries.find("documents", in: nil)
            let runner = QueryRunner(db)
            try output.withWriter { writer in
                try writer.begin(columns: ["table", "rows"])
                for (table, n) in counts { try writer.row([.text(table), .integer(n)]) }
                try writer.end()
            }
            if output.output == nil && (output.format == .table || output.format == .markdown) {
                try printText("\n")
                try output.withWriter { writer in try runner.run(documents.sql, into: writer) }
            }
        }
    }
}
