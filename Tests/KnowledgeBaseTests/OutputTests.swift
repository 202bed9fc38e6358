import Foundation
import Testing
@testable import KnowledgeBase
import SQLite
import TestSupport

@Suite struct OutputTests {
    static let tricky: [[Value]] = [
        [.text("plain"), .text("with, comma"), .text("with \"quotes\""), .integer(1)],
        [.text("line\nbreak"), .text("cr\r\nlf"), .text("Šefčovič “curly”"), .real(2.5)],
        [.text(""), .null, .text("  padded  "), .integer(-3)],
        [.text("=SUM(A1)"), .text("tab\there"), .text("back\\slash"), .null],
    ]

    func render(_ format: OutputFormat, options: OutputOptions = OutputOptions(), rows: [[Value]] = tricky,
                columns: [String] = ["a", "b", "c", "d"]) throws -> String {
        let folder = TemporaryFolder()
        let path = folder.file("out")
        let sink = try OutputSink(path: path)
        let writer = format.writer(sink, options: options)
        try writer.begin(columns: columns)
        for row in rows { try writer.row(row) }
        try writer.end()
        try sink.commit()
        // Decoded by hand: String(contentsOfFile:) would drop a byte-order mark.
        return String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }

    @Test func csvFollowsRFC4180() throws {
        let csv = try render(.csv)
        #expect(csv.hasPrefix("a,b,c,d\r\nplain,\"with, comma\",\"with \"\"quotes\"\"\",1\r\n"))
        #expect(csv.contains("\r\n,,\"  padded  \",-3\r\n"))
    }

    @Test func csvReadsBackWithPythonsCSVModule() throws {
        let csv = try render(.csv)
        let read = try python("import csv, io, sys, json\ndata = sys.stdin.buffer.read().decode('utf-8')\nprint(json.dumps(list(csv.reader(io.StringIO(data, newline='')))))", input: csv)
        let parsed = try JSONSerialization.jsonObject(with: Data(read.utf8)) as? [[String]]
        let expected: [[String]] = [["a", "b", "c", "d"]] + Self.tricky.map { row in row.map { $0.cellText ?? "" } }
        #expect(parsed == expected)
    }

    @Test func formulaGuardAndByteOrderMark() throws {
        var options = OutputOptions()
        options.formulaGuard = true
        options.byteOrderMark = true
        let csv = try render(.csv, options: options)
        #expect(csv.hasPrefix("\u{FEFF}a,b"))
        #expect(csv.contains("\r\n'=SUM(A1),"))
        #expect(csv.contains(",'-3\r\n"))
        #expect(try !render(.csv).contains("'=SUM"))
    }

    @Test func tsvEscapesTabsAndBreaks() throws {
        let tsv = try render(.tsv)
        #expect(tsv.contains("line\\nbreak\tcr\\r\\nlf\t"))
        #expect(tsv.contains("tab\\there\tback\\\\slash\t\n"))
    }

    @Test func jsonParsesBackToTheSameValues() throws {
        let json = try render(.json)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(parsed.count == 4)
        #expect(parsed[1]["a"] as? String == "line\nbreak")
        #expect(parsed[1]["d"] as? Double == 2.5)
        #expect(parsed[2]["b"] is NSNull)
        #expect(parsed[2]["d"] as? Int == -3)
        let lines = try render(.jsonl).split(separator: "\n")
        #expect(lines.count == 4)
        for line in lines { _ = try JSONSerialization.jsonObject(with: Data(line.utf8)) }
    }

    /// String literals are escaped byte by byte: each one parses back to its text, and
    /// exactly the characters JSON (or JavaScript, for U+2028 and U+2029) needs are escaped.
    @Test func jsonStringLiteralsParseBackToTheirText() throws {
        #expect(JSON.string("plain – text") == "\"plain – text\"")
        #expect(JSON.string("a\"b\\c\n\u{01}\u{1F}") == #""a\"b\\c\n\u0001\u001f""#)
        #expect(JSON.string("x\u{2028}y\u{2029}\u{2027}") == "\"x\\u2028y\\u2029\u{2027}\"")
        #expect(JSON.array(["", "é", "\t"]) == #"["","é","\t"]"#)
        var generator = SeededGenerator(state: 7)
        let alphabet: [Character] = ["a", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{7}", "\u{1B}", "é", "–", "\u{2028}", "\u{2029}", "😀", "\u{E2}"]
        for _ in 0..<500 {
            let length = Int.random(in: 0...12, using: &generator)
            var characters: [Character] = []
            for _ in 0..<length { characters.append(alphabet.randomElement(using: &generator)!) }
            let text = String(characters)
            let literal = JSON.string(text)
            let parsed = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
            #expect(parsed == [text], "\(literal)")
            #expect(!literal.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" })
        }
    }

    @Test func emptyJSONResultIsAnEmptyArray() throws {
        #expect(try render(.json, rows: []) == "[]\n")
    }

    @Test func markdownEscapesPipesAndBreaks() throws {
        let md = try render(.markdown, rows: [[.text("a|b"), .text("x\ny"), .null, .integer(1)]])
        #expect(md == "| a | b | c | d |\n| --- | --- | --- | --- |\n| a\\|b | x<br>y |  | 1 |\n")
    }

    @Test func tableAlignsByDisplayWidthAndFitsTheTerminal() throws {
        var options = OutputOptions()
        options.width = 40
        let rows: [[Value]] = [[.text("Šefčovič"), .text(String(repeating: "long text ", count: 20))],
                               [.text("漢字"), .text("short")]]
        let table = try render(.table, options: options, rows: rows, columns: ["name", "note"])
        let lines = table.split(separator: "\n").map(String.init)
        for line in lines { #expect(DisplayWidth.of(line) <= 40, "\(line)") }
        #expect(lines[2].hasPrefix("Šefčovič  "))
        #expect(lines[3].hasPrefix("漢字      "))  // 2 wide characters = 4 columns, padded to 8
        #expect(lines[2].hasSuffix("…"))
    }

    @Test func displayWidthCountsWideAndCombiningCharacters() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("“quoted”") == 8)
        #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
    }

    @Test func outputFilesLandWhereAskedWhateverThePathLength() throws {
        let folder = TemporaryFolder()
        for n in [1, 7, 15, 16, 40, 100] {
            let path = folder.file(String(repeating: "x", count: n) + ".csv")
            let sink = try OutputSink(path: path)
            try sink.write("n=\(n)")
            try sink.commit()
            #expect(String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) == "n=\(n)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 6)
    }

    @Test func failedOutputLeavesNoFile() throws {
        let folder = TemporaryFolder()
        let path = folder.file("out.csv")
        do {
            let sink = try OutputSink(path: path)
            try sink.write("partial")
            sink.discard()
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}

/// The CSV and TSV writers copy column bytes straight from SQLite; that path must write
/// exactly what the Value path writes, for every kind of cell.
@Suite struct DelimitedBytePathTests {
    static let pieces = ["a", "Šef", "“q”", ",", "\"", "\n", "\r", "\t", " ", "\\", "=", "+", "-", "@", "'", "1.5", "x y", "😀", "é"]

    static func randomValue(_ g: inout SeededGenerator) -> Value {
        switch g.next() % 6 {
        case 0: return .null
        case 1: return .integer(Int64(bitPattern: g.next()) >> Int64(g.next() % 64))
        case 2: return .real(Double(Int64(bitPattern: g.next() >> 12)) / 1024)
        case 3: return .blob((0..<Int(g.next() % 4)).map { _ in UInt8(truncatingIfNeeded: g.next()) })
        default: return .text((0..<Int(g.next() % 7)).map { _ in g.pick(pieces) }.joined())
        }
    }

    func output(_ format: OutputFormat, _ options: OutputOptions, _ write: (RowWriter) throws -> Void) throws -> String {
        let folder = TemporaryFolder()
        let path = folder.file("out")
        let sink = try OutputSink(path: path)
        try write(format.writer(sink, options: options))
        try sink.commit()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test(arguments: [OutputFormat.csv, .tsv], [false, true])
    func bytePathWritesWhatTheValuePathWrites(format: OutputFormat, formulaGuard: Bool) throws {
        var g = SeededGenerator(state: formulaGuard ? 7 : 11)
        let folder = TemporaryFolder()
        let db = try Connection(path: folder.file("t.sqlite"))
        try db.execute("CREATE TABLE t (a, b, c, d)")
        var rows: [[Value]] = []
        for _ in 0..<2_000 {
            let row = (0..<4).map { _ in Self.randomValue(&g) }
            rows.append(row)
            try db.run("INSERT INTO t VALUES (?, ?, ?, ?)", row)
        }
        var options = OutputOptions()
        options.formulaGuard = formulaGuard
        let viaBytes = try output(format, options) { writer in
            try QueryRunner(try Connection(path: folder.file("t.sqlite"), mode: .readOnly)).run("SELECT * FROM t ORDER BY rowid", into: writer)
        }
        let viaValues = try output(format, options) { writer in
            try writer.begin(columns: ["a", "b", "c", "d"])
            for row in rows { try writer.row(row) }
            try writer.end()
        }
        #expect(viaBytes == viaValues)
        #expect(viaBytes.utf8.count > 20_000)
    }
}
