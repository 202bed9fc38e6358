import Testing
import TestSupport
@testable import SQLite

@Suite struct MigratorTests {
    let v1 = Migrator.Migration(version: 1, name: "initial", sql: "CREATE TABLE a(x INTEGER PRIMARY KEY);")
    let v2 = Migrator.Migration(version: 2, name: "add b", sql: "CREATE TABLE b(a_id REFERENCES a(x)); ALTER TABLE a ADD COLUMN y TEXT;")

    @Test func newDatabaseGetsEveryMigration() throws {
        let db = try Connection(path: ":memory:")
        let migrator = Migrator(migrations: [v1, v2], applicationID: 7)
        let applied = try migrator.migrate(db)
        #expect(applied.map(\.version) == [1, 2])
        #expect(try migrator.currentVersion(of: db) == 2)
        #expect(try db.scalar("PRAGMA application_id") == .integer(7))
        #expect(try db.rows("SELECT version, name FROM schema_migrations ORDER BY version")
                == [[.integer(1), .text("initial")], [.integer(2), .text("add b")]])
        #expect(try migrator.migrate(db).isEmpty)
    }

    @Test func olderDatabaseIsMigratedForwardKeepingItsRows() throws {
        let folder = TemporaryFolder()
        let path = folder.file("old.sqlite")
        do {
            let db = try Connection(path: path)
            try Migrator(migrations: [v1], applicationID: 7).migrate(db)
            try db.run("INSERT INTO a(x) VALUES (1)")
        }
        let db = try Connection(path: path)
        let applied = try Migrator(migrations: [v1, v2], applicationID: 7).migrate(db)
        #expect(applied.map(\.name) == ["add b"])
        #expect(try db.rows("SELECT x, y FROM a") == [[.integer(1), .null]])
    }

    @Test func newerDatabaseIsRefused() throws {
        let db = try Connection(path: ":memory:")
        try Migrator(migrations: [v1, v2], applicationID: 7).migrate(db)
        let error = try #require(throws: Migrator.MigrationError.self) {
            try Migrator(migrations: [v1], applicationID: 7).migrate(db)
        }
        #expect(error == .newerDatabase(path: ":memory:", version: 2, known: 1))
        #expect(error.description.contains("newer NewsKB"))
    }

    @Test func anotherProgramsDatabaseIsRefused() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE theirs(x)")
        let error = try #require(throws: Migrator.MigrationError.self) {
            try Migrator(migrations: [v1], applicationID: 7).migrate(db)
        }
        #expect(error == .foreignDatabase(path: ":memory:", applicationID: 0))
    }

    @Test func failingMigrationLeavesTheDatabaseAtThePreviousVersion() throws {
        let db = try Connection(path: ":memory:")
        let broken = Migrator.Migration(version: 2, name: "broken", sql: "CREATE TABLE c(x); SELECT nope FROM nowhere;")
        #expect(throws: SQLiteError.self) { try Migrator(migrations: [v1, broken], applicationID: 7).migrate(db) }
        #expect(try db.scalar("PRAGMA user_version") == .integer(1))
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'c'") == .integer(0))
    }

    @Test func migrationThatBreaksAForeignKeyIsRolledBack() throws {
        let db = try Connection(path: ":memory:")
        let migrator1 = Migrator(migrations: [v1, v2], applicationID: 7)
        try migrator1.migrate(db)
        // A deferred foreign key lets the orphan row in until the migrator's check sees it.
        let orphan = Migrator.Migration(version: 3, name: "orphan", sql: "CREATE TABLE d(a_id REFERENCES a(x) DEFERRABLE INITIALLY DEFERRED); INSERT INTO d VALUES (99);")
        #expect(throws: Migrator.MigrationError.foreignKeyViolation(migration: "orphan", table: "d")) { try Migrator(migrations: [v1, v2, orphan], applicationID: 7).migrate(db) }
        #expect(try db.scalar("PRAGMA user_version") == .integer(2))
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'd'") == .integer(0))
    }
}
