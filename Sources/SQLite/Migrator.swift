import CSQLite

/// Applies numbered, append-only migrations to a database.
///
/// The schema version lives in `PRAGMA user_version`; each applied migration also
/// leaves a row (version, name, applied_at) in a bookkeeping table. Each migration
/// runs in its own IMMEDIATE transaction together with its bookkeeping row, and
/// `PRAGMA foreign_key_check` must be clean before it commits. A database whose
/// version is newer than the last migration known here is refused.
public struct Migrator: Sendable {
    public struct Migration: Sendable, Equatable {
        public let version: Int
        public let name: String
        public let sql: String
        public init(version: Int, name: String, sql: String) {
            self.version = version
            self.name = name
            self.sql = sql
        }
    }

    public enum MigrationError: Error, Equatable, CustomStringConvertible {
        /// The database was written by a newer program.
        case newerDatabase(path: String, version: Int, known: Int)
        /// The file holds tables but is not one of ours.
        case foreignDatabase(path: String, applicationID: Int32)
        /// A migration left rows that break a foreign key.
        case foreignKeyViolation(migration: String, table: String)

        public var description: String {
            switch self {
            case let .newerDatabase(path, version, known):
                return "\(path) was made by a newer NewsKB (schema version \(version); this kb knows up to \(known)); use a newer kb"
            case let .foreignDatabase(path, applicationID):
                return "\(path) is an SQLite database of another program (application_id \(applicationID)), not a NewsKB database"
            case let .foreignKeyViolation(migration, table):
                return "migration \(migration) left rows in \(table) that break a foreign key"
            }
        }
    }

    public let migrations: [Migration]
    public let applicationID: Int32
    public let bookkeepingTable: String

    public init(migrations: [Migration], applicationID: Int32, bookkeepingTable: String = "schema_migrations") {
        precondition(!migrations.isEmpty, "at least one migration")
        precondition(zip(migrations, migrations.dropFirst()).allSatisfy { $0.version + 1 == $1.version },
                     "migration versions are consecutive")
        precondition(migrations[0].version == 1, "migrations start at version 1")
        self.migrations = migrations
        self.applicationID = applicationID
        self.bookkeepingTable = bookkeepingTable
    }

    public var latestVersion: Int { migrations.last!.version }

    /// The schema version the database is at (0 for a new, empty file).
    public func currentVersion(of db: Connection) throws -> Int {
        Int(try db.scalar("PRAGMA user_version")?.intValue ?? 0)
    }

    /// Brings the database up to the latest version; returns the migrations applied.
    @discardableResult
    public func migrate(_ db: Connection) throws -> [Migration] {
        try checkCompatible(db)
        var applied: [Migration] = []
        for migration in migrations {
            // Re-read inside the write transaction: another process may have migrated meanwhile.
            let done: Bool = try db.transaction(.immediate) {
                let version = try currentVersion(of: db)
                if version >= migration.version { return true }
                try db.execute(migration.sql)
                try db.execute("""
                    CREATE TABLE IF NOT EXISTS \(bookkeepingTable) (
                        version INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        applied_at TEXT NOT NULL
                    )
                    """)
                try db.run("INSERT INTO \(bookkeepingTable)(version, name, applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))",
                           [.integer(Int64(migration.version)), .text(migration.name)])
                if let bad = try db.rows("PRAGMA foreign_key_check").first {
                    throw MigrationError.foreignKeyViolation(migration: migration.name, table: bad.first?.textValue ?? "?")
                }
                try db.execute("PRAGMA user_version = \(migration.version)")
                try db.execute("PRAGMA application_id = \(applicationID)")
                return false
            }
            if !done { applied.append(migration) }
        }
        return applied
    }

    /// Throws when the database is newer than this program or belongs to another one.
    public func checkCompatible(_ db: Connection) throws {
        let version = try currentVersion(of: db)
        if version > latestVersion {
            throw MigrationError.newerDatabase(path: db.path, version: version, known: latestVersion)
        }
        let appID = Int32(truncatingIfNeeded: try db.scalar("PRAGMA application_id")?.intValue ?? 0)
        let tables = try db.scalar("SELECT count(*) FROM sqlite_schema")?.intValue ?? 0
        if appID != applicationID && (appID != 0 || (version == 0 && tables > 0)) {
            throw MigrationError.foreignDatabase(path: db.path, applicationID: appID)
        }
    }
}
