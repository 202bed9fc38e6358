import Foundation
import Testing
@testable import KnowledgeBase
import SQLite

@Suite struct SavedQueryTests {
    /// Sample arguments for the built-in queries that need them.
    static let samples: [String: [String: String]] = [
        "roles-of": ["name": "zemaj"],
        "holders-of": ["title": "Minister of Defense", "org": "Kosovo"],
        "statements-by": ["speaker": "Zemaj"],
        "statements-about": ["text": "withdrawal"],
        "evidence": ["kind": "role", "id": "5"],
        "mentions-of": ["name": "mitsotakis"],
        "timeline": ["from": "2020"],
        "timeline-sources": ["from": "2020"],
    ]
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The seeds in a temporary database, with sources written as "Seeds/…" whatever the checkout path.
    static func seeded(_ folder: TemporaryFolder) throws -> (Connection, String) {
        let path = folder.file("kb.sqlite")
        let db = try KnowledgeBase.openForWriting(path)
        _ = try Ingestor(db).ingest(InputCollector.collect([Paths.seeds]))
        try db.run("UPDATE documents SET source = substr(source, instr(source, 'Seeds/'))")
        try KnowledgeBase.rebuildSummaries(db)
        return (try KnowledgeBase.openForReading(path), path)
    }

    @Test func thereAreAtLeastTwelveDocumentedBuiltInQueries() {
        #expect(SavedQueries.builtIn.count >= 12)
        for q in SavedQueries.builtIn {
            #expect(!q.description.isEmpty, "\(q.name)")
            for p in q.parameters { #expect(!p.meaning.isEmpty, "\(q.name) :\(p.name)") }
        }
    }

    @Test(arguments: SavedQueries.builtIn.map(\.name))
    func builtInQueryMatchesItsGoldenResultOnTheSeeds(name: String) throws {
        let folder = TemporaryFolder()
        let (db, _) = try Self.seeded(folder)
        let query = try SavedQueries.find(name, in: db)
        let out = folder.file("out.csv")
        let sink = try OutputSink(path: out)
        let rows = try QueryRunner(db).run(query.sql, parameters: try SavedQueries.arguments(for: query, given: Self.samples[name] ?? [:]),
                                           types: query.types, into: OutputFormat.csv.writer(sink))
        try sink.commit()
        #expect(rows > 0, "\(name) is useful on the seeds")
        let actual = String(decoding: FileManager.default.contents(atPath: out)!, as: UTF8.self)
        let url = Self.golden.appendingPathComponent(name + ".csv")
        if ProcessInfo.processInfo.environment["NEWSKB_RECORD"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name).csv; run again without NEWSKB_RECORD")
            return
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<no golden file>"
        #expect(actual == expected, "\(name) differs from Golden/\(name).csv")
    }

    @Test func headerGivesNameDescriptionAndParameters() {
        let q = SavedQueries.parse(file: "x", text: """
            -- name: holders
            -- description: Who holds it.
            -- param: title text — part of the title
            -- param: org text = — the organization
            -- param: n integer = 5 — how many
            SELECT :title, :org, :n, :extra, ':notAParameter' -- :alsoNot
            """, builtIn: false)
        #expect(q.name == "holders")
        #expect(q.description == "Who holds it.")
        #expect(q.parameters.map(\.signature) == ["title", "org = ''", "n = '5'", "extra"])
        #expect(q.types["n"] == "integer")
    }

    @Test func missingRequiredParameterIsNamedWithItsMeaning() throws {
        let q = try SavedQueries.find("holders-of", in: nil)
        #expect(throws: SavedQueries.SavedQueryError.missingParameter(query: "holders-of", parameter: "title",
                                                                       meaning: "part of the office title, e.g. Minister of Defense")) {
            _ = try SavedQueries.arguments(for: q, given: [:])
        }
        #expect(try SavedQueries.arguments(for: q, given: ["title": "Mayor"]) == ["title": "Mayor", "org": ""])
        #expect(throws: KBError.unknownParameter("nope", known: ["title", "org"])) {
            _ = try SavedQueries.arguments(for: q, given: ["title": "x", "nope": "y"])
        }
    }

    @Test func unknownNameSuggestsTheNearest() {
        #expect(throws: SavedQueries.SavedQueryError.unknown("holder-of", suggestions: ["holders-of", "roles-of"])) {
            _ = try SavedQueries.find("holder-of", in: nil)
        }
    }

    @Test func userQueriesAreSavedListedAndRemoved() throws {
        let folder = TemporaryFolder()
        let (_, path) = try Self.seeded(folder)
        try SavedQueries.add(name: "long-docs", sql: "SELECT source FROM documents WHERE byte_count > :min", description: "Long ones", force: false, path: path)
        let db = try KnowledgeBase.openForReading(path)
        let q = try SavedQueries.find("long-docs", in: db)
        #expect(!q.builtIn)
        #expect(q.parameters.map(\.name) == ["min"])
        #expect(try SavedQueries.all(db).count == SavedQueries.builtIn.count + 1)
        try SavedQueries.remove(name: "long-docs", path: path)
        #expect(throws: SavedQueries.SavedQueryError.self) { _ = try SavedQueries.find("long-docs", in: try KnowledgeBase.openForReading(path)) }
    }

    @Test func savingAWriteIsRefusedAndNothingIsSaved() throws {
        let folder = TemporaryFolder()
        let (_, path) = try Self.seeded(folder)
        for sql in ["DELETE FROM documents", "WITH x AS (SELECT 1) DELETE FROM documents", "SELECT 1; DELETE FROM documents"] {
            #expect(throws: (any Error).self, "\(sql)") {
                try SavedQueries.add(name: "bad", sql: sql, description: "", force: false, path: path)
            }
        }
        let db = try KnowledgeBase.openForReading(path)
        #expect(try db.scalar("SELECT count(*) FROM saved_queries") == .integer(0))
        #expect(try db.scalar("SELECT count(*) FROM documents") == .integer(5))
    }

    @Test func builtInNamesNeedForce() throws {
        let folder = TemporaryFolder()
        let (_, path) = try Self.seeded(folder)
        #expect(throws: SavedQueries.SavedQueryError.shadowsBuiltIn("people")) {
            try SavedQueries.add(name: "people", sql: "SELECT 1", description: "", force: false, path: path)
        }
        try SavedQueries.add(name: "people", sql: "SELECT 1 AS one", description: "mine", force: true, path: path)
        #expect(try SavedQueries.find("people", in: try KnowledgeBase.openForReading(path)).description == "mine")
        #expect(throws: SavedQueries.SavedQueryError.notUserQuery("timeline")) { try SavedQueries.remove(name: "timeline", path: path) }
    }

    @Test func foldMatchesWithoutCaseOrAccents() throws {
        let db = try Connection(path: ":memory:")
        try KnowledgeBase.addFunctions(db)
        #expect(try db.scalar("SELECT fold('Šefčovič Erdoğan ÇAĞRI Łukasz')") == .text("sefcovic erdogan cagri lukasz"))
    }
}
