import Foundation
import Testing
import TestSupport
@testable import SQLite
import CSQLite

@Suite struct ConnectionTests {
    @Test func readWriteConnectionUsesWALAndForeignKeys() throws {
        let folder = TemporaryFolder()
        let db = try Connection(path: folder.file("a.sqlite"))
        #expect(try db.scalar("PRAGMA journal_mode") == .text("wal"))
        #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
    }

    /// Savepoint journals in memory: in a temporary file they made an ingest write each
    /// page it touched once more per document (644,000 writes against 125,000 for 2,000
    /// articles).
    @Test func readWriteConnectionKeepsTemporaryDataInMemory() throws {
        let folder = TemporaryFolder()
        let db = try Connection(path: folder.file("a.sqlite"))
        #expect(try db.scalar("PRAGMA temp_store") == .integer(2))  // MEMORY
    }

    @Test func theLibraryKeepsNoAllocationStatistics() throws {
        // With SQLITE_CONFIG_MEMSTATUS off, no allocation is counted (and none takes the
        // statistics mutex): a megabyte held by a statement's result leaves the count at 0.
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x); INSERT INTO t VALUES (zeroblob(1000000))")
        #expect(try db.scalar("SELECT length(x) FROM t") == .integer(1_000_000))
        #expect(sqlite3_memory_used() == 0)
    }

    @Test func readOnlyConnectionRefusesWritesWithReadOnlyCode() throws {
        let folder = TemporaryFolder()
        let path = folder.file("a.sqlite")
        do {
            let db = try Connection(path: path)
            try db.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1)")
        }
        let ro = try Connection(path: path, mode: .readOnly)
        #expect(try ro.scalar("SELECT count(*) FROM t") == .integer(1))
        let error = try #require(throws: SQLiteError.self) { try ro.run("INSERT INTO t VALUES (2)") }
        #expect(error.primaryCode == 8)  // SQLITE_READONLY
        #expect(error.sql == "INSERT INTO t VALUES (2)")
        #expect(error.message.contains("readonly") || error.message.contains("read-only"))
        #expect(try ro.scalar("SELECT count(*) FROM t") == .integer(1))
    }

    @Test func openingAMissingFileReadOnlyFailsWithPathInMessage() throws {
        let error = try #require(throws: SQLiteError.self) {
            _ = try Connection(path: "/nonexistent/dir/x.sqlite", mode: .readOnly)
        }
        #expect(error.primaryCode == 14)  // SQLITE_CANTOPEN
        #expect(error.message.contains("/nonexistent/dir/x.sqlite"))
    }

    @Test func uniqueViolationCarriesExtendedCodeMessageSQLAndArguments() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x TEXT UNIQUE)")
        try db.run("INSERT INTO t VALUES (?)", ["a"])
        let error = try #require(throws: SQLiteError.self) { try db.run("INSERT INTO t VALUES (?)", ["a"]) }
        #expect(error.extendedCode == 2067)  // SQLITE_CONSTRAINT_UNIQUE
        #expect(error.primaryCode == 19)
        #expect(error.message == "UNIQUE constraint failed: t.x")
        #expect(error.sql == "INSERT INTO t VALUES (?)")
        #expect(error.arguments == ["'a'"])
        #expect(!error.description.contains("'a'"))
        #expect(error.description(showingArguments: true).contains("'a'"))
    }

    @Test func syntaxErrorIsReportedAtPrepare() throws {
        let db = try Connection(path: ":memory:")
        let error = try #require(throws: SQLiteError.self) { _ = try db.prepare("SELEC 1") }
        #expect(error.extendedCode == 1)
        #expect(error.message == "near \"SELEC\": syntax error")
        #expect(error.sql == "SELEC 1")
    }

    @Test func prepareRefusesASecondStatementButAllowsTrailingComments() throws {
        let db = try Connection(path: ":memory:")
        _ = try db.prepare("SELECT 1; -- done\n/* really */ ;  ")
        let error = try #require(throws: SQLiteError.self) { _ = try db.prepare("SELECT 1; SELECT 2") }
        #expect(error.extendedCode == 21)  // SQLITE_MISUSE
        #expect(error.message.contains("only one SQL statement"))
    }

    @Test func executeRunsSeveralStatements() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2);")
        #expect(try db.scalar("SELECT sum(x) FROM t") == .integer(3))
    }

    @Test func transactionCommitsOnSuccess() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x)")
        try db.transaction { try db.run("INSERT INTO t VALUES (1)") }
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(1))
        #expect(!db.isInTransaction)
    }

    @Test func transactionRollsBackAndRethrowsTheFirstError() throws {
        struct Boom: Error, Equatable {}
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x)")
        #expect(throws: Boom.self) {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (1)")
                throw Boom()
            }
        }
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(0))
        #expect(!db.isInTransaction)
    }

    @Test func savepointUndoesOnlyItsOwnWork() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x UNIQUE)")
        try db.transaction {
            try db.run("INSERT INTO t VALUES (1)")
            _ = try? db.savepoint {
                try db.run("INSERT INTO t VALUES (2)")
                try db.run("INSERT INTO t VALUES (1)")  // fails: undoes 2 as well
            }
            try db.run("INSERT INTO t VALUES (3)")
        }
        #expect(try db.rows("SELECT x FROM t ORDER BY x") == [[.integer(1)], [.integer(3)]])
    }

    @Test func immediateTransactionTakesTheWriteLockAtBegin() throws {
        let folder = TemporaryFolder()
        let path = folder.file("a.sqlite")
        let a = try Connection(path: path)
        try a.execute("CREATE TABLE t(x)")
        let b = try Connection(path: path, busyTimeout: 50)
        try a.execute("BEGIN IMMEDIATE")
        let error = try #require(throws: SQLiteError.self) { try b.transaction(.immediate) {} }
        #expect(error.primaryCode == 5)  // SQLITE_BUSY, at BEGIN, not at a later write
        #expect(error.sql == "BEGIN IMMEDIATE")
        try a.execute("COMMIT")
        try b.transaction(.immediate) { try b.run("INSERT INTO t VALUES (1)") }
    }

    @Test func deadlineInterruptsARunawayQuery() throws {
        let db = try Connection(path: ":memory:")
        db.setDeadline(Date().addingTimeInterval(0.2))
        let started = Date()
        let error = try #require(throws: SQLiteError.self) {
            _ = try db.scalar("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
        }
        #expect(error.primaryCode == 9)  // SQLITE_INTERRUPT
        #expect(Date().timeIntervalSince(started) < 5)
        db.setDeadline(nil)
        #expect(try db.scalar("SELECT 1") == .integer(1))
    }

    @Test func readingRestrictionsRefuseAttachPragmaWritesAndLoadExtension() throws {
        let db = try Connection(path: ":memory:")
        db.restrictToReading()
        for sql in ["ATTACH ':memory:' AS other", "PRAGMA user_version = 5", "PRAGMA writable_schema = ON",
                    "SELECT load_extension('x')", "PRAGMA journal_mode = DELETE"] {
            let error = try #require(throws: SQLiteError.self, "\(sql)") { _ = try db.prepare(sql) }
            #expect(error.extendedCode == 23 || error.message.hasPrefix("not authorized"), "\(sql): \(error)")
        }
        _ = try db.prepare("PRAGMA user_version")
        _ = try db.prepare("PRAGMA table_info(sqlite_schema)")
    }

    @Test func statementsAreFinalizedWhenReleased() throws {
        let db = try Connection(path: ":memory:")
        do {
            let s = try db.prepare("SELECT 1")
            _ = try s.step()
            #expect(db.unfinalizedStatementCount == 1)
        }
        _ = try db.rows("SELECT 2")
        #expect(db.unfinalizedStatementCount == 0)
    }
}
