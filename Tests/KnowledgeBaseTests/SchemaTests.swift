import Foundation
import Testing
@testable import KnowledgeBase
import SQLite
import TestSupport

@Suite struct SchemaTests {
    /// The public contract of DESIGN.md: these names must exist.
    static let contract: [String: [String]] = [
        "documents": ["id", "source", "sha256", "title", "text", "published", "ingested_at"],
        "blocks": ["id", "document_id", "ordinal", "kind", "text", "start", "end"],
        "sentences": ["id", "document_id", "block_id", "ordinal", "text", "start", "end"],
        "people": ["id", "name"],
        "mentions": ["id", "person_id", "document_id", "sentence_id", "surface", "start", "end"],
        "roles": ["id", "person_id", "document_id", "sentence_id", "title", "organization", "qualifier", "evidence", "start", "end"],
        "statements": ["id", "document_id", "sentence_id", "person_id", "speaker", "verb", "stance", "content", "evidence", "start", "end"],
        "milestones": ["id", "document_id", "sentence_id", "date_text", "date_start", "date_end", "precision", "label", "kind", "evidence", "start", "end"],
        "conflicts": ["kind", "subject", "detail"],
        "saved_queries": ["name", "description", "sql"],
    ]

    @Test func embeddedSchemaIsExactlySchemaSQL() throws {
        let file = try String(contentsOfFile: Paths.schema, encoding: .utf8)
        #expect(Schema.sql == file)
    }

    @Test func migratedDatabaseHasEveryTableAndColumnOfTheContract() throws {
        let db = try Connection(path: ":memory:")
        try Schema.migrator.migrate(db)
        for (table, columns) in Self.contract {
            let have = try db.rows("SELECT name FROM pragma_table_info(?)", [.text(table)]).compactMap { $0[0].textValue }
            for column in columns { #expect(have.contains(column), "\(table).\(column) is missing") }
        }
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'sentences_fts'") == .integer(1))
    }

    @Test func migrationsAppliedOneByOneEqualTheWholeFileAppliedAtOnce() throws {
        let stepwise = try Connection(path: ":memory:")
        try Schema.migrator.migrate(stepwise)
        let whole = try Connection(path: ":memory:")
        try whole.execute(Schema.sql)
        let query = "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT IN ('schema_migrations') ORDER BY name"
        #expect(try stepwise.rows(query) == whole.rows(query))
    }

    /// The value checks (`kind IN (…)` of three or more values) once built a temporary
    /// b-tree at every INSERT; migration 5 rewrites them as comparisons in the stored
    /// definitions. On a database made at version 4 that holds rows: the rows stay, every
    /// allowed value is still accepted and anything else refused, no INSERT program opens a
    /// temporary table, and a connection opened before the migration sees the new schema.
    @Test func migrationFiveRewritesTheValueChecksAsComparisons() throws {
        let folder = TemporaryFolder()
        let path = folder.file("v4.sqlite")
        let old = try Connection(path: path)
        try Migrator(migrations: Array(Schema.migrations.prefix(4)), applicationID: Schema.applicationID).migrate(old)
        try old.execute("""
            INSERT INTO documents(id, source, sha256, text, ingested_at, byte_count) VALUES (1, 'a.txt', 'x', 'Text.', '2026-01-01', 5);
            INSERT INTO blocks(id, document_id, ordinal, kind, text, start, "end") VALUES (1, 1, 0, 'paragraph', 'Text.', 0, 5);
            INSERT INTO sentences(id, document_id, block_id, ordinal, text, start, "end") VALUES (1, 1, 1, 0, 'Text.', 0, 5);
            INSERT INTO people(id, name, surname) VALUES (1, 'Ann Lee', 'Lee');
            """)
        let insertPrograms = [
            "blocks": "INSERT INTO blocks(document_id, ordinal, kind, text, start, \"end\") VALUES (1, ?2, ?1, 't', 0, 1)",
            "mentions": "INSERT INTO mentions(person_id, document_id, sentence_id, surface, start, \"end\", form) VALUES (1, 1, 1, 'Lee', 0, 1, ?1)",
            "statements": "INSERT INTO statements(document_id, sentence_id, speaker, verb, content, evidence, start, \"end\", form) VALUES (1, 1, 's', 'say', 'c', 'e', 0, 1, ?1)",
            "milestones (precision)": "INSERT INTO milestones(document_id, sentence_id, date_text, precision, label, kind, evidence, start, \"end\") VALUES (1, 1, 'd', ?1, 'l', 'past', 'e', 0, 1)",
            "milestones (kind)": "INSERT INTO milestones(document_id, sentence_id, date_text, precision, label, kind, evidence, start, \"end\") VALUES (1, 1, 'd', 'year', 'l', ?1, 'e', 0, 1)",
        ]
        func arguments(_ sql: String, _ value: String, _ ordinal: Int64 = 0) -> [Value] {
            sql.contains("?2") ? [.text(value), .integer(ordinal)] : [.text(value)]
        }
        func opensATemporaryTable(_ db: Connection, _ sql: String) throws -> Bool {
            try db.rows("EXPLAIN " + sql, arguments(sql, "x")).contains { $0[1].textValue == "OpenEphemeral" }
        }
        #expect(try opensATemporaryTable(old, insertPrograms["blocks"]!), "version 4 checked with an IN list")

        let db = try KnowledgeBase.openForWriting(path)
        #expect(try db.scalar("PRAGMA user_version")?.intValue ?? 0 >= 5)
        #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
        #expect(try db.scalar("SELECT count(*) FROM blocks") == .integer(1))
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND sql GLOB '*CHECK (* IN (*'") == .integer(0))
        // A statement that reads makes the older connection compare the schema cookie.
        #expect(try old.scalar("SELECT count(*) FROM blocks") == .integer(1))
        let allowed = [
            "blocks": ["heading", "paragraph", "list_item", "table_header", "table_row", "boilerplate"],
            "mentions": ["full", "surname", "possessive"],
            "statements": ["reported", "quote", "table"],
            "milestones (precision)": ["day", "month", "year", "decade", "range", "relative"],
            "milestones (kind)": ["past", "planned", "forecast"],
        ]
        var ordinal: Int64 = 1
        for (table, sql) in insertPrograms.sorted(by: { $0.key < $1.key }) {
            #expect(try !opensATemporaryTable(db, sql), "\(table)")
            #expect(try !opensATemporaryTable(old, sql), "\(table): the connection opened before the migration kept the old schema")
            for value in allowed[table]! + ["Paragraph", "other", ""] {
                ordinal += 1
                let ok = (try? db.run(sql, arguments(sql, value, ordinal))) != nil
                #expect(ok == allowed[table]!.contains(value), "\(table): \(value)")
            }
        }
    }

    @Test func sectionsAreCutAtTheirHeaderLines() {
        let text = "-- preamble\n-- migration 1: first one \nCREATE TABLE a(x);\n\n-- migration x: not a header\n-- migration 2:second\nCREATE TABLE b(y);\n"
        let parsed = Schema.parseMigrations(text)
        #expect(parsed == [
            .init(version: 1, name: "first one", sql: "CREATE TABLE a(x);\n\n-- migration x: not a header"),
            .init(version: 2, name: "second", sql: "CREATE TABLE b(y);\n"),
        ])
    }

    @Test func migrationSectionsAreNumberedFromOne() {
        #expect(Schema.migrations.first?.version == 1)
        #expect(Schema.migrations.map(\.version) == Array(1...Schema.migrations.count))
    }

    @Test func everyColumnOfTheContractHasAMeaning() throws {
        let db = try Connection(path: ":memory:")
        try Schema.migrator.migrate(db)
        let doc = try SchemaDoc.read(db)
        #expect(Set(doc.tables.map(\.name)).count == doc.tables.count, "an object is documented twice")
        #expect(doc.tables.first { $0.name == "conflicts" }?.meaning.contains("replaces") == true, "the latest definition documents a re-created view")
        for table in Self.contract.keys { #expect(doc.tables.contains { $0.name == table }, "\(table) is not documented") }
        for t in doc.tables {
            #expect(!t.meaning.isEmpty, "\(t.name) has no meaning")
            for column in t.columns { #expect(!column.meaning.isEmpty, "\(t.name).\(column.name) has no meaning") }
        }
    }

    @Test func readingANewerDatabaseIsRefused() throws {
        let folder = TemporaryFolder()
        let path = folder.file("new.sqlite")
        do {
            let db = try KnowledgeBase.openForWriting(path)
            try db.execute("PRAGMA user_version = 99")
        }
        let error = try #require(throws: Migrator.MigrationError.self) { _ = try KnowledgeBase.openForReading(path) }
        #expect(error == .newerDatabase(path: path, version: 99, known: Schema.migrator.latestVersion))
        #expect(throws: Migrator.MigrationError.self) { _ = try KnowledgeBase.openForWriting(path) }
    }

    @Test func readingAMissingDatabaseSaysHowToMakeOne() {
        #expect(throws: KBError.noDatabase("/nonexistent/kb.sqlite")) { _ = try KnowledgeBase.openForReading("/nonexistent/kb.sqlite") }
        #expect(KBError.noDatabase("x").description.contains("kb ingest"))
    }
}

@Suite struct SHA256Tests {
    /// Both compressions: the portable one, and the SHA extensions' where this processor has them.
    static let paths = SHA256.hasExtensions ? [false, true] : [false]

    @Test(arguments: paths) func nistVectors(extensions: Bool) {
        func hex(_ bytes: [UInt8]) -> String { SHA256.hex(digest: SHA256.digest(bytes, extensions: extensions)) }
        #expect(hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// The two compressions agree on every length around the block and padding edges,
    /// over seeded random bytes.
    @Test(.enabled(if: SHA256.hasExtensions, "this processor has no SHA extensions"))
    func extensionsAgreeWithThePortableCompression() {
        var generator = SeededGenerator(state: 0x5A5A)
        for length in Array(0...200) + [447, 448, 511, 512, 513, 4_095, 65_537] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(SHA256.digest(bytes, extensions: true) == SHA256.digest(bytes, extensions: false), "length \(length)")
        }
    }
}
