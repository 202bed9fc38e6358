import Foundation
import Testing
@testable import KnowledgeBase
import SQLite

/// role_claims, name_claims and events are kept per ingest batch (and by triggers on
/// deletes); each must always equal the view that computes it from the facts.
@Suite struct SummaryTests {
    static let articles = [Paths.seeds,
                           Paths.root.appendingPathComponent("Tests/ExtractionTests/Fixtures").path,
                           Paths.root.appendingPathComponent("Tests/ExtractionTests/HeldOut").path]

    static func rows(_ db: Connection, _ name: String) throws -> [[Value]] {
        let count = try db.scalar("SELECT count(*) FROM pragma_table_info(?)", [.text(name)])?.intValue ?? 1
        return try db.rows("SELECT * FROM \(name) ORDER BY " + (1...count).map(String.init).joined(separator: ", "))
    }

    static func expectSummariesMatch(_ db: Connection, _ comment: Comment) throws {
        for (table, view) in KnowledgeBase.summaries {
            let kept = try rows(db, table), computed = try rows(db, view)
            #expect(kept == computed, "\(table) differs from \(view): \(comment)")
        }
    }

    @Test(arguments: [200, 3, 1])
    func theSummariesEqualTheFactsAcrossBatchesIngestsAndDeletes(batchDocuments: Int) throws {
        let folder = TemporaryFolder()
        let db = try KnowledgeBase.openForWriting(folder.file("kb.sqlite"))
        var options = Ingestor.Options()
        options.batchDocuments = batchDocuments
        // Two ingests in batches of `batchDocuments`, so that claims made by documents of
        // different batches and ingests are merged.
        _ = try Ingestor(db, options: options).ingest(InputCollector.collect([Self.articles[0]]))
        _ = try Ingestor(db, options: options).ingest(InputCollector.collect(Array(Self.articles.dropFirst())))
        try Self.expectSummariesMatch(db, "after ingest")
        let claims = try #require(try db.scalar("SELECT sum(documents) FROM role_claims")?.intValue)
        #expect(claims > 20)
        #expect(try db.scalar("SELECT count(*) FROM events")?.intValue ?? 0 > 10)
        #expect(try db.scalar("SELECT count(*) FROM name_claims")?.intValue ?? 0 > 20)

        // Deleting documents cascades to their facts; the summaries follow.
        let roleDocs = try db.rows("SELECT DISTINCT document_id FROM roles ORDER BY document_id LIMIT 3").compactMap { $0[0].intValue }
        for id in roleDocs { try db.run("DELETE FROM documents WHERE id = ?", [.integer(id)]) }
        try Self.expectSummariesMatch(db, "after deleting documents \(roleDocs)")
        #expect(try db.scalar("SELECT sum(documents) FROM role_claims")?.intValue ?? 0 < claims)
    }

    @Test func migrationTwoFillsTheSummariesOfAnExistingDatabase() throws {
        let folder = TemporaryFolder()
        let path = folder.file("old.sqlite")
        do {
            let db = try Connection(path: path)
            try Migrator(migrations: Array(Schema.migrations.prefix(1)), applicationID: Schema.applicationID).migrate(db)
            _ = try Ingestor(db).ingest(InputCollector.collect(Self.articles))
            #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'role_claims'") == .integer(0))
        }
        let db = try KnowledgeBase.openForWriting(path)
        #expect(try db.scalar("SELECT count(*) FROM role_claims")?.intValue ?? 0 > 10)
        try Self.expectSummariesMatch(db, "after migrating")
    }

    @Test func rebuildingTheSummariesFollowsHandEdits() throws {
        let folder = TemporaryFolder()
        let db = try KnowledgeBase.openForWriting(folder.file("kb.sqlite"))
        _ = try Ingestor(db).ingest(InputCollector.collect([Self.articles[0]]))
        try db.run("UPDATE documents SET source = 'renamed/' || id")
        #expect(try db.scalar("SELECT count(*) FROM role_claims WHERE sources LIKE '%renamed/%'") == .integer(0))
        try KnowledgeBase.rebuildSummaries(db)
        #expect(try db.scalar("SELECT count(*) FROM role_claims WHERE sources NOT LIKE '%renamed/%'") == .integer(0))
        try Self.expectSummariesMatch(db, "after rebuilding")
    }

    /// Each batch's summary statements read only the batch's facts: a scan of a whole fact
    /// table would make every batch slower than the one before.
    @Test func batchSummariesReadOnlyTheBatchsFacts() throws {
        let folder = TemporaryFolder()
        let db = try KnowledgeBase.openForWriting(folder.file("kb.sqlite"))
        for (sql, table) in [(Summaries.roleClaims, "roles"), (Summaries.nameClaims, "mentions"), (Summaries.events, "milestones")] {
            let plan = try db.rows("EXPLAIN QUERY PLAN " + sql, [.integer(0)]).compactMap { $0.last?.textValue }
            #expect(plan.contains("SEARCH \(table) USING INTEGER PRIMARY KEY (rowid>?)"), "\(table): \(plan)")
            #expect(!plan.contains { $0.hasPrefix("SCAN \(table)") || $0.hasPrefix("SCAN roles") || $0.hasPrefix("SCAN mentions")
                        || $0.hasPrefix("SCAN milestones") || $0.hasPrefix("SCAN documents") }, "\(table): \(plan)")
        }
    }
}
