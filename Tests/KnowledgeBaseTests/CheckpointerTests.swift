import Foundation
import Testing
@testable import KnowledgeBase
import SQLite

@Suite struct CheckpointerTests {
    @Test func theLogStaysNearItsLimitWhenTheWriterLetsTheCheckpointCatchUp() throws {
        // 40 transactions of about 64 KiB each (2.5 MiB in all) with a limit of 256 KiB:
        // a checkpoint beside a writer that begins its next transaction at once never leaves
        // the whole log copied, so the log would grow to the 2.5 MiB; catching up before a
        // transaction once the log is past the limit lets SQLite start it over.
        let folder = TemporaryFolder()
        let path = folder.file("wal.sqlite")
        let db = try Connection(path: path, mode: .readWrite)
        try db.execute("CREATE TABLE t(x BLOB)")
        let pageSize = Int(try db.scalar("PRAGMA page_size")?.intValue ?? 4096)
        let checkpointer = try #require(Checkpointer(path: path, pageSize: pageSize, logLimitBytes: 256 << 10))
        db.onWALCommit { checkpointer.committed(logPages: $0) }  // in place of SQLite's checkpoint
        for _ in 0..<40 {
            checkpointer.catchUpIfLong()
            try db.execute("BEGIN IMMEDIATE")
            for _ in 0..<16 { try db.execute("INSERT INTO t VALUES (randomblob(4000))") }
            try db.execute("COMMIT")
        }
        db.onWALCommit(nil)
        checkpointer.finish()
        let wal = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int ?? 0
        #expect(wal > 0)
        #expect(wal < 1 << 20)
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(640))
        #expect(try db.rows("PRAGMA integrity_check") == [[.text("ok")]])
    }
}
