import Foundation
import Testing

@Suite struct HelpTests {
    static let commands = ["ingest", "query", "run", "queries", "search", "conflicts", "timeline", "person", "export",
                           "stats", "schema"]

    @Test(arguments: commands)
    func everyCommandHasHelpWithExamples(command: String) throws {
        let r = try KB.run(["help", command])
        #expect(r.status == 0)
        #expect(r.stdout.contains("OVERVIEW: "))
        #expect(r.stdout.contains("Examples:"))
        #expect(r.stdout.contains("USAGE: kb \(command)"))
    }

    @Test func rootHelpListsEveryCommand() throws {
        let r = try KB.run(["--help"])
        for command in Self.commands { #expect(r.stdout.contains("  \(command) ")) }
    }

    @Test func unknownCommandIsAUsageError() throws {
        let r = try KB.run(["frobnicate"])
        #expect(r.status == 64)
    }

    @Test func readmeCommandReferenceIsCurrent() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Paths.root.appendingPathComponent("scripts/update_readme.py").path, KB.binary, "--check"]
        let err = Pipe()
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(message)")
    }

    @Test func schemaListsTheContractTables() throws {
        let r = try KB.run(["schema", "--format", "csv"])
        #expect(r.status == 0)
        for table in ["documents", "blocks", "sentences", "people", "mentions", "roles", "statements", "milestones", "conflicts", "saved_queries"] {
            #expect(r.stdout.contains("\r\n\(table),id,") || r.stdout.contains("\r\n\(table),"), "\(table)")
        }
        for line in r.stdout.split(separator: "\r\n").dropFirst() {
            #expect(!line.hasSuffix(","), "no meaning: \(line)")
        }
    }
}
