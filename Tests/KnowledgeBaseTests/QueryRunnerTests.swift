import Foundation
import Testing
@testable import KnowledgeBase
import SQLite

@Suite struct QueryRunnerTests {
    /// A database with two documents, opened read-only for the runner.
    static func setUp(_ folder: TemporaryFolder) throws -> QueryRunner {
        let path = folder.file("kb.sqlite")
        let db = try KnowledgeBase.openForWriting(path)
        folder.write("a.txt", "Kosovo rejected the claims.")
        folder.write("b.txt", "Serbia disagreed.")
        _ = try Ingestor(db).ingest(InputCollector.collect([folder.file("a.txt"), folder.file("b.txt")]))
        return QueryRunner(try KnowledgeBase.openForReading(path), timeout: 1)
    }

    static func documentCount(_ folder: TemporaryFolder) throws -> Value? {
        try Connection(path: folder.file("kb.sqlite"), mode: .readOnly).scalar("SELECT count(*) FROM documents")
    }

    @Test(arguments: [
        "DELETE FROM documents",
        "delete from documents",
        "WITH doomed AS (SELECT id FROM documents) DELETE FROM documents WHERE id IN doomed",
        "UPDATE documents SET title = 'x'",
        "INSERT INTO saved_queries(name, sql) VALUES ('a', 'b')",
        "DROP TABLE documents",
        "CREATE TABLE t(x)",
        "ATTACH DATABASE ':memory:' AS other",
        "PRAGMA writable_schema = ON",
        "PRAGMA user_version = 7",
        "SELECT load_extension('/tmp/evil')",
    ])
    func writesAndEscapesAreRefusedAndChangeNothing(sql: String) throws {
        let folder = TemporaryFolder()
        let runner = try Self.setUp(folder)
        let error = try #require(throws: KBError.self) { try runner.run(sql, into: CollectingWriter()) }
        guard case .notReadOnly = error else { Issue.record("unexpected \(error)"); return }
        #expect(error.description.hasPrefix("refused: `"))
        #expect(try Self.documentCount(folder) == .integer(2))
    }

    @Test func moreThanOneStatementIsRefused() throws {
        let folder = TemporaryFolder()
        let runner = try Self.setUp(folder)
        let error = try #require(throws: SQLiteError.self) {
            try runner.run("SELECT 1; DELETE FROM documents", into: CollectingWriter())
        }
        #expect(error.message.contains("only one SQL statement"))
        #expect(try Self.documentCount(folder) == .integer(2))
    }

    @Test func runawayRecursionIsStoppedByTheTimeLimit() throws {
        let folder = TemporaryFolder()
        var runner = try Self.setUp(folder)
        runner.timeout = 0.3
        #expect(throws: KBError.timeout(seconds: 0.3)) {
            try runner.run("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c", into: CollectingWriter())
        }
    }

    @Test func parametersAreBoundNeverSpliced() throws {
        let folder = TemporaryFolder()
        let runner = try Self.setUp(folder)
        let writer = CollectingWriter()
        let hostile = "x'); DELETE FROM documents; --"
        try runner.run("SELECT :v AS v, :n + 1 AS n", parameters: ["v": hostile, "n": "41"], into: writer)
        #expect(writer.columns == ["v", "n"])
        #expect(writer.rows == [[.text(hostile), .integer(42)]])
        #expect(try Self.documentCount(folder) == .integer(2))
    }

    @Test func missingAndUnknownParametersAreNamed() throws {
        let folder = TemporaryFolder()
        let runner = try Self.setUp(folder)
        #expect(throws: KBError.missingParameter("who")) { try runner.run("SELECT :who", into: CollectingWriter()) }
        #expect(throws: KBError.unknownParameter("whom", known: ["who"])) {
            try runner.run("SELECT :who", parameters: ["who": "a", "whom": "b"], into: CollectingWriter())
        }
    }

    @Test func readingPragmasAndSelectsWork() throws {
        let folder = TemporaryFolder()
        let runner = try Self.setUp(folder)
        let writer = CollectingWriter()
        try runner.run("PRAGMA table_info(documents)", into: writer)
        #expect(writer.rows.count >= 7)
        let search = CollectingWriter()
        try Search.run(runner, text: "Kosovo", raw: false, limit: 5, into: search)
        #expect(search.rows.count == 1)
        #expect(search.rows.first?[2].textValue?.contains("[Kosovo]") == true)
    }

    @Test(arguments: ["U.S. \"troops withdrawal", "\"", "NEAR(", "a AND OR b", "*", "col:umn", "'; DROP TABLE x; --"])
    func userSearchTextNeverProducesASyntaxError(text: String) throws {
        let folder = TemporaryFolder()
        let runner = try Self.setUp(folder)
        do {
            try Search.run(runner, text: text, raw: false, limit: 5, into: CollectingWriter())
        } catch Search.SearchError.nothingToSearch {
            // Only punctuation: nothing to look for, said plainly.
        }
    }

    @Test func ftsQueryQuotesEveryChunk() throws {
        #expect(try Search.ftsQuery(from: "U.S. \"troops withdrawal") == "\"U.S.\" \"troops\" \"withdrawal\"")
        #expect(throws: Search.SearchError.nothingToSearch) { try Search.ftsQuery(from: " \" ") }
    }

    @Test func rawSearchWithBadSyntaxIsAnInvalidQuery() throws {
        let folder = TemporaryFolder()
        let runner = try Self.setUp(folder)
        #expect(throws: Search.SearchError.self) { try Search.run(runner, text: "U.S. \"troops", raw: true, limit: 5, into: CollectingWriter()) }
    }
}
