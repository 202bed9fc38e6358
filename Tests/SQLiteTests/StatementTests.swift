import Testing
@testable import SQLite

@Suite struct StatementTests {
    @Test func bindsByIndexAndReadsTypedColumns() throws {
        let db = try Connection(path: ":memory:")
        let s = try db.prepare("SELECT ?, ?, ?, ?, ?")
        try s.bind([.integer(42), .real(2.5), .text("Šefčovič"), .null, .blob([0, 255])])
        #expect(try s.step())
        #expect(s.row() == [.integer(42), .real(2.5), .text("Šefčovič"), .null, .blob([0, 255])])
        #expect(s.int(at: 0) == 42)
        #expect(s.double(at: 1) == 2.5)
        #expect(s.string(at: 2) == "Šefčovič")
        #expect(s.isNull(at: 3))
        #expect(try !s.step())
    }

    @Test func bindsByNameWithAnyPrefix() throws {
        let db = try Connection(path: ":memory:")
        let s = try db.prepare("SELECT :a, @b, $c")
        try s.bind(["a": 1, "b": "two", "c": .null])
        #expect(try s.step())
        #expect(s.row() == [.integer(1), .text("two"), .null])
        #expect(s.parameterNames == ["a", "b", "c"])
    }

    @Test func bindingAnUnknownNameFails() throws {
        let db = try Connection(path: ":memory:")
        let s = try db.prepare("SELECT :a")
        let error = try #require(throws: SQLiteError.self) { try s.bind(.integer(1), named: "zzz") }
        #expect(error.extendedCode == 25)  // SQLITE_RANGE
        #expect(error.message == "no parameter named :zzz in the statement")
        #expect(error.sql == "SELECT :a")
    }

    @Test func bindingTheWrongNumberOfValuesFails() throws {
        let db = try Connection(path: ":memory:")
        let s = try db.prepare("SELECT ?, ?")
        let error = try #require(throws: SQLiteError.self) { try s.bind([1]) }
        #expect(error.extendedCode == 25)
        #expect(error.message == "the statement has 2 parameter(s) but 1 value(s) were given")
    }

    @Test func textWithEmbeddedNulAndEmptyStringsRoundTrip() throws {
        let db = try Connection(path: ":memory:")
        let s = try db.prepare("SELECT ?, length(?), ?")
        try s.bind([.text("a\u{0}b"), .text("a\u{0}b"), .text("")])
        #expect(try s.step())
        #expect(s.column(0) == .text("a\u{0}b"))
        #expect(s.column(2) == .text(""))
    }

    @Test func borrowedTextBindsASliceOfABufferAsText() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x)")
        let insert = try db.prepare("INSERT INTO t VALUES (?), (?)")
        let bytes = Array("Maroš Šefčovič said".utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            try insert.bindText(borrowing: UnsafeBufferPointer(rebasing: buffer[7..<18]), at: 1)
            try insert.bindText(borrowing: UnsafeBufferPointer(rebasing: buffer[0..<0]), at: 2)
            _ = try insert.step()
        }
        // Stored as copies: the buffer is gone, the rows are text.
        #expect(try db.rows("SELECT x, typeof(x) FROM t") == [[.text("Šefčovič"), .text("text")], [.text(""), .text("text")]])
    }

    @Test func resetAllowsReuseWithNewBindings() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x)")
        let insert = try db.prepare("INSERT INTO t VALUES (?)")
        for i in 1...3 { try insert.run([.integer(Int64(i))]) }
        #expect(try db.scalar("SELECT group_concat(x) FROM t") == .text("1,2,3"))
    }

    @Test func columnNamesAndReadOnlyFlag() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x)")
        let select = try db.prepare("SELECT 1 AS one, 2 AS two")
        #expect(select.columnNames == ["one", "two"])
        #expect(select.isReadOnly)
        #expect(try !db.prepare("WITH a AS (SELECT 1) DELETE FROM t").isReadOnly)
    }

    @Test func stepErrorCarriesTheBoundArguments() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x NOT NULL)")
        let error = try #require(throws: SQLiteError.self) { try db.run("INSERT INTO t VALUES (?)", [.null]) }
        #expect(error.extendedCode == 1299)  // SQLITE_CONSTRAINT_NOTNULL
        #expect(error.arguments == ["NULL"])
    }

    @Test func statementThatDoesNotRecordArgumentsStillNamesItsSQL() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x NOT NULL)")
        let insert = try db.prepare("INSERT INTO t VALUES (?)")
        insert.recordsArguments = false
        let error = try #require(throws: SQLiteError.self) { try insert.run([.null]) }
        #expect(error.extendedCode == 1299)
        #expect(error.arguments?.isEmpty ?? true)
        #expect(error.sql == "INSERT INTO t VALUES (?)")
        try insert.run([.integer(1)])
        #expect(try db.scalar("SELECT x FROM t") == .integer(1))
    }
}
