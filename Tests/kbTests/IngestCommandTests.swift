import Foundation
import Testing

@Suite struct IngestCommandTests {
    @Test func ingestsTheSeedsAndSaysSo() throws {
        let folder = TemporaryFolder()
        let db = folder.file("kb.sqlite")
        let first = try KB.run(["--db", db, "ingest", Paths.seeds])
        #expect(first.status == 0)
        #expect(first.stdout == "")
        #expect(first.stderr.hasPrefix("5 new, 0 unchanged, 0 failed; extracted "))
        let count = try KB.run(["query", "SELECT count(*) AS n FROM documents", "--format", "csv", "--db", db])
        #expect(count.stdout == "n\r\n5\r\n")
        let again = try KB.run(["ingest", Paths.seeds, "--db", db])
        #expect(again.status == 0)
        #expect(again.stderr.hasPrefix("0 new, 5 unchanged, 0 failed"))
    }

    @Test func badInputsAreNamedOneLineEachAndTheRestGoIn() throws {
        let folder = TemporaryFolder()
        let good = folder.write("in/good.txt", Array("Kosovo rejected the allegations.".utf8))
        let binary = folder.write("in/image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        let invalid = folder.write("in/latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" au lait".utf8))
        let empty = folder.write("in/empty.txt", [])
        let nul = folder.write("in/nul.txt", Array("abc".utf8) + [0] + Array("def".utf8))
        let missing = folder.file("nowhere.txt")
        let db = folder.file("kb.sqlite")
        let result = try KB.run(["ingest", folder.file("in"), missing, "--db", db])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "kb: \(empty): empty file",
            "kb: \(binary): not UTF-8: invalid byte sequence at byte 0",
            "kb: \(invalid): not UTF-8: invalid byte sequence at byte 3",
            "kb: \(nul): not text: NUL byte at byte 3",
            "kb: \(missing): no such file or folder",
            lines.last!,
        ])
        #expect(lines.last!.hasPrefix("1 new, 0 unchanged, 5 failed"))
        let sources = try KB.run(["query", "SELECT source FROM documents", "--format", "tsv", "--no-header", "--db", db])
        #expect(sources.stdout == good + "\n")
    }

    @Test func readsStandardInput() throws {
        let folder = TemporaryFolder()
        let db = folder.file("kb.sqlite")
        let result = try KB.run(["ingest", "-", "--db", db], stdin: Array("Officials met on Tuesday.".utf8))
        #expect(result.status == 0)
        let source = try KB.run(["query", "SELECT source, text FROM documents", "--format", "csv", "--db", db])
        #expect(source.stdout == "source,text\r\nstdin,Officials met on Tuesday.\r\n")
    }

    @Test func databaseComesFromKBDBWhenNoOptionIsGiven() throws {
        let folder = TemporaryFolder()
        let db = folder.file("env.sqlite")
        let result = try KB.run(["ingest", Paths.seeds], environment: ["KB_DB": db])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: db))
    }

    @Test func defaultDatabaseIsKBSqliteInTheCurrentFolder() throws {
        let folder = TemporaryFolder()
        let result = try KB.run(["ingest", Paths.seeds], in: folder.path)
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("kb.sqlite")))
    }

    @Test func noPathIsAUsageError() throws {
        let result = try KB.run(["ingest"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Missing expected argument"))
    }
}
