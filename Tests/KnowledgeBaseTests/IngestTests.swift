import Foundation
import Testing
@testable import KnowledgeBase
import SQLite

@Suite struct IngestTests {
    func ingest(_ db: Connection, _ paths: [String]) throws -> IngestReport {
        try Ingestor(db).ingest(InputCollector.collect(paths))
    }

    @Test func seedsGoInWithConsistentOffsetsAndAnFTSIndexInSync() throws {
        let folder = TemporaryFolder()
        let db = try KnowledgeBase.openForWriting(folder.file("kb.sqlite"))
        var options = Ingestor.Options()
        options.batchDocuments = 2  // three batches: each indexes its own sentences
        let report = try Ingestor(db, options: options).ingest(InputCollector.collect([Paths.seeds]))
        #expect(report.new == 5)
        #expect(report.failed == 0)
        #expect(try db.scalar("SELECT count(*) FROM documents") == .integer(5))
        #expect(try db.scalar("SELECT count(*) FROM documents WHERE source LIKE '%Seeds/0%.txt'") == .integer(5))
        #expect(try db.scalar("SELECT count(*) FROM blocks b JOIN documents d ON d.id = b.document_id WHERE substr(d.text, b.start + 1, b.end - b.start) <> b.text") == .integer(0))
        #expect(try db.scalar("SELECT count(*) FROM sentences s JOIN documents d ON d.id = s.document_id WHERE substr(d.text, s.start + 1, s.end - s.start) <> s.text") == .integer(0))
        // sentences_fts_docsize has one row per indexed sentence (counting sentences_fts itself
        // would count the content table).
        #expect(try db.scalar("SELECT count(*) FROM sentences s LEFT JOIN sentences_fts_docsize z ON z.id = s.id WHERE z.id IS NULL") == .integer(0))
        #expect(try db.scalar("SELECT count(*) FROM sentences_fts_docsize") == db.scalar("SELECT count(*) FROM sentences"))
        #expect(try db.scalar("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'withdrawal'")?.intValue ?? 0 > 0)
        #expect(try db.rows("PRAGMA integrity_check") == [[.text("ok")]])
        #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
        // Batches are written without parent look-ups; the connection enforces them again after.
        #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
        #expect(throws: SQLiteError.self) { try db.execute("INSERT INTO blocks(document_id, ordinal, kind, text, start, end) VALUES (999999, 0, 'paragraph', 'x', 0, 1)") }
    }

    @Test func theSameBytesAgainAreUnchanged() throws {
        let folder = TemporaryFolder()
        let db = try KnowledgeBase.openForWriting(folder.file("kb.sqlite"))
        _ = try ingest(db, [Paths.seeds])
        let again = try ingest(db, [Paths.seeds])
        #expect(again.new == 0)
        #expect(again.unchanged == 5)
        #expect(try db.scalar("SELECT count(*) FROM documents") == .integer(5))
    }

    @Test func theSameBytesTwiceInOneIngestGoInOnce() throws {
        let folder = TemporaryFolder()
        folder.write("in/a.txt", "Kosovo rejected the claims on Monday.")
        folder.write("in/b.txt", "Kosovo rejected the claims on Monday.")
        folder.write("in/c.txt", "Serbia denied the report.")
        let db = try KnowledgeBase.openForWriting(folder.file("kb.sqlite"))
        let report = try ingest(db, [folder.file("in")])
        #expect(report.new == 2)
        #expect(report.unchanged == 1)
        #expect(try db.rows("SELECT source FROM documents ORDER BY id") == [[.text(folder.file("in/a.txt"))], [.text(folder.file("in/c.txt"))]])
    }

    @Test func repeatsMetByDifferentWorkersKeepTheFirstInputsSource() throws {
        // 40 texts, each twice, the copy 1 to 7 inputs later: with three workers, the later
        // copy is often hashed first. Whichever is, the stored document is the earlier input's.
        let folder = TemporaryFolder()
        var order: [(name: String, text: Int)] = []
        for i in 0..<40 {
            order.append((String(format: "in/%03d-a.txt", order.count), i))
            if i >= 3 { order.append((String(format: "in/%03d-b.txt", order.count), i - 1 - (i * 5) % 3)) }
        }
        for i in 0..<3 { order.append((String(format: "in/%03d-b.txt", order.count), 39 - i)) }
        var first: [Int: String] = [:]
        for (name, text) in order {
            folder.write(name, "Minister \(text) said on Monday that talks number \(text) would resume.")
            if first[text] == nil { first[text] = folder.file(name) }
        }
        let db = try KnowledgeBase.openForWriting(folder.file("kb.sqlite"))
        var options = Ingestor.Options()
        options.workerThreads = 3
        options.batchDocuments = 7
        let report = try Ingestor(db, options: options).ingest(InputCollector.collect([folder.file("in")]))
        #expect(report.new == 40)
        #expect(report.unchanged == order.count - 40)
        #expect(report.failures.isEmpty)
        let stored = try db.rows("SELECT source FROM documents ORDER BY source").compactMap { $0[0].textValue }
        #expect(stored == first.values.sorted())
    }

    @Test func theLogIsCopiedIntoTheDatabaseFileByTheCheckpointThread() throws {
        // SQLite's own checkpoint waits for 1,000 pages of log; the seeds make far fewer, so
        // without the checkpoint thread the database file would hold only the schema until
        // the connection closes.
        let folder = TemporaryFolder()
        let path = folder.file("kb.sqlite")
        let db = try KnowledgeBase.openForWriting(path)
        try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        let before = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        var options = Ingestor.Options()
        options.batchDocuments = 2
        _ = try Ingestor(db, options: options).ingest(InputCollector.collect([Paths.seeds]))
        let after = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        #expect(after > before + 100_000)
        // The writer's own automatic checkpoint is back on.
        #expect(try db.scalar("PRAGMA wal_autocheckpoint") == .integer(1000))
        #expect(try db.scalar("PRAGMA page_size") == .integer(Int64(KnowledgeBase.newDatabasePageSize)))
    }

    @Test func aRepeatOfBytesThatCouldNotBeStoredIsStored() throws {
        let folder = TemporaryFolder()
        folder.write("in/a.txt", "Kosovo rejected the claims on Monday.")
        folder.write("in/b.txt", "Kosovo rejected the claims on Monday.")
        let db = try KnowledgeBase.openForWriting(folder.file("kb.sqlite"))
        // The first document insert fails, later ones do not.
        final class Count: @unchecked Sendable { var value: Int64 = 0 }
        let inserts = Count()
        try db.createFunction("fuse", argumentCount: 0, deterministic: false) { _ in
            inserts.value += 1
            return .integer(inserts.value)
        }
        try db.execute("CREATE TEMP TRIGGER boom BEFORE INSERT ON documents WHEN fuse() = 1 BEGIN SELECT raise(ABORT, 'boom'); END")
        let report = try ingest(db, [folder.file("in")])
        #expect(report.failures.map(\.source) == [folder.file("in/a.txt")])
        #expect(report.new == 1)
        #expect(report.unchanged == 0)
        #expect(try db.rows("SELECT source FROM documents") == [[.text(folder.file("in/b.txt"))]])
    }

    @Test func bytesAnotherConnectionStoredAreSkippedBeforeParsing() throws {
        let folder = TemporaryFolder()
        folder.write("in/a.txt", "Kosovo rejected the claims on Monday.")
        let path = folder.file("kb.sqlite")
        _ = try ingest(try KnowledgeBase.openForWriting(path), [folder.file("in")])
        let db = try KnowledgeBase.openForWriting(path)
        // Parsing again would reach the insert, which this trigger refuses.
        try db.execute("CREATE TEMP TRIGGER boom BEFORE INSERT ON documents BEGIN SELECT raise(ABORT, 'boom'); END")
        let report = try ingest(db, [folder.file("in")])
        #expect(report.unchanged == 1)
        #expect(report.failures.isEmpty)
    }

    @Test func badInputsFailWithReasonsAndTheRestGoIn() throws {
        let folder = TemporaryFolder()
        let good = folder.write("in/a.txt", "Kosovo rejected the claims on Monday.")
        folder.write("in/b.bin", [0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        folder.write("in/c.txt", [0x41, 0x42, 0xC3, 0x28])
        folder.write("in/d.txt", [])
        folder.write("in/.hidden.txt", "hidden files are skipped")
        let db = try KnowledgeBase.openForWriting(folder.file("kb.sqlite"))
        let report = try Ingestor(db).ingest(InputCollector.collect([folder.file("in"), folder.file("missing.txt")]))
        #expect(report.new == 1)
        #expect(report.failures == [
            .init(source: folder.file("in/b.bin"), reason: "not text: NUL byte at byte 7"),
            .init(source: folder.file("in/c.txt"), reason: "not UTF-8: invalid byte sequence at byte 2"),
            .init(source: folder.file("in/d.txt"), reason: "empty file"),
            .init(source: folder.file("missing.txt"), reason: "no such file or folder"),
        ])
        #expect(try db.rows("SELECT source FROM documents") == [[.text(good)]])
    }

    @Test func aDocumentThatCannotBeStoredLeavesNoRowsAndOthersGoIn() throws {
        let folder = TemporaryFolder()
        folder.write("in/1.txt", "First article.\nIt is fine.")
        folder.write("in/2.txt", "Second article.\nIt says EXPLODE here.")
        folder.write("in/3.txt", "Third article.\nAlso fine.")
        let db = try KnowledgeBase.openForWriting(folder.file("kb.sqlite"))
        // A trigger stands in for any failure half-way through a document.
        try db.execute("CREATE TEMP TRIGGER boom BEFORE INSERT ON sentences WHEN new.text LIKE '%EXPLODE%' BEGIN SELECT raise(ABORT, 'boom'); END")
        let report = try ingest(db, [folder.file("in")])
        #expect(report.new == 2)
        #expect(report.failures.map(\.source) == [folder.file("in/2.txt")])
        #expect(report.failures.first?.reason.contains("boom") == true)
        #expect(try db.scalar("SELECT count(*) FROM documents") == .integer(2))
        #expect(try db.scalar("SELECT count(*) FROM blocks WHERE text LIKE 'Second%'") == .integer(0))
        #expect(try db.scalar("SELECT count(*) FROM sentences WHERE document_id NOT IN (SELECT id FROM documents)") == .integer(0))
    }

    @Test func foldersAreWalkedInSortedOrderSkippingHiddenAndCuttingSymlinkLoops() throws {
        let folder = TemporaryFolder()
        folder.write("in/b/2.txt", "two")
        folder.write("in/a.txt", "one")
        folder.write("in/c.txt", "three")
        folder.write("in/.git/x.txt", "hidden")
        try FileManager.default.createSymbolicLink(atPath: folder.file("in/b/loop"), withDestinationPath: folder.file("in"))
        let inputs = InputCollector.collect([folder.file("in")])
        #expect(inputs == [.file(folder.file("in/a.txt")), .file(folder.file("in/b/2.txt")), .file(folder.file("in/c.txt"))])
    }
}
