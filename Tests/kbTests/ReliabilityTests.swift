import Foundation
import Testing

/// Hostile inputs, interrupted ingests and concurrent use, at sizes that keep `make test`
/// fast; `make stress` runs the same checks at full size.
@Suite(.serialized) struct ReliabilityTests {
    /// Articles with distinct bytes, built from the seeds.
    static func articles(_ n: Int, in folder: TemporaryFolder, under sub: String = "in") -> [String] {
        let seeds = try! FileManager.default.contentsOfDirectory(atPath: Paths.seeds).sorted().map {
            [UInt8](FileManager.default.contents(atPath: Paths.seeds + "/" + $0)!)
        }
        return (0..<n).map { k in
            folder.write("\(sub)/\(String(format: "%04d", k)).txt", seeds[k % seeds.count] + Array("\nCopy \(k).\n".utf8))
        }
    }

    static func sqlite(_ db: String, _ sql: String, readOnly: Bool = false) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sqlite3"] + (readOnly ? ["-readonly"] : []) + [db, sql]
        p.standardError = FileHandle.nullDevice
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        p.waitUntilExit()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func hostileFilesEachGetOneLineAndTheRestGoIn() throws {
        let folder = TemporaryFolder()
        let good = Self.articles(2, in: folder)
        let long = folder.write("in/long-line.txt", Array(repeating: Array("The minister said the talks would go on, ".utf8), count: 50_000).flatMap { $0 })
        folder.write("in/nul.txt", Array("text".utf8) + [0] + Array("more".utf8))
        folder.write("in/middle-invalid.txt", Array(String(repeating: "Fine text. ", count: 1000).utf8) + [0xC3, 0x28] + Array("tail".utf8))
        var rng = SystemRandomNumberGenerator()
        folder.write("in/random.bin", (0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) })
        folder.write("in/one-byte.txt", [0x41])
        folder.write("in/punctuation.txt", Array(String(repeating: ".,;:!?—–-“”'\"()[]|#*•…", count: 30_000).utf8))
        try FileManager.default.createSymbolicLink(atPath: folder.file("in/loop"), withDestinationPath: folder.file("in"))
        let db = folder.file("kb.sqlite")
        let r = try KB.run(["ingest", folder.file("in"), "--db", db])
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        // One line per failure, naming the file and the reason; then the summary. No stack traces.
        #expect(lines.contains("kb: \(folder.file("in/nul.txt")): not text: NUL byte at byte 4"))
        #expect(lines.contains("kb: \(folder.file("in/middle-invalid.txt")): not UTF-8: invalid byte sequence at byte 11000"))
        #expect(lines.contains { $0.hasPrefix("kb: \(folder.file("in/random.bin")): not ") })
        #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("Backtrace"))
        #expect(lines.last?.contains("3 failed") == true, "\(lines)")
        let sources = try Self.sqlite(db, "SELECT source FROM documents ORDER BY source").split(separator: "\n").map(String.init)
        #expect(sources == (good + [long, folder.file("in/one-byte.txt"), folder.file("in/punctuation.txt")]).sorted())
        #expect(try Self.sqlite(db, "PRAGMA integrity_check") == "ok")
    }

    @Test func aKilledIngestLeavesWholeDocumentsAndTheRerunCompletesTheSet() throws {
        let folder = TemporaryFolder()
        let n = 400  // enough that some batches commit before either kill on a fast or a slow machine
        _ = Self.articles(n, in: folder)
        let db = folder.file("kb.sqlite")
        var committed: [String] = []
        for _ in 0..<2 {
            let before = Int(committed.last ?? "0") ?? 0
            let p = Process()
            p.executableURL = URL(fileURLWithPath: KB.binary)
            p.arguments = ["ingest", folder.file("in"), "--db", db, "--batch-size", "5"]
            p.standardError = FileHandle.nullDevice
            try p.run()
            // Kill as soon as this run has committed a batch (polled, read-only): a fixed delay
            // landed before the first commit or after the last one on a busy machine.
            let deadline = Date().addingTimeInterval(120)
            while p.isRunning, Date() < deadline,
                  (Int(try Self.sqlite(db, "SELECT count(*) FROM documents", readOnly: true)) ?? 0) <= before {
                Thread.sleep(forTimeInterval: 0.01)
            }
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            #expect(try Self.sqlite(db, "PRAGMA integrity_check") == "ok")
            // Every document present is complete: it has blocks and sentences, and its FTS rows.
            #expect(try Self.sqlite(db, "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM blocks b WHERE b.document_id = d.id) OR NOT EXISTS (SELECT 1 FROM sentences s WHERE s.document_id = d.id)") == "0")
            #expect(try Self.sqlite(db, "SELECT (SELECT count(*) FROM sentences) = (SELECT count(*) FROM sentences_fts_docsize)") == "1")
            committed.append(try Self.sqlite(db, "SELECT count(*) FROM documents"))
        }
        // The kills landed after some commits and before the end: the check saw partial sets.
        #expect(committed.contains { (Int($0) ?? 0) > 0 && (Int($0) ?? 0) < n }, "documents after each kill: \(committed)")
        let rerun = try KB.run(["ingest", folder.file("in"), "--db", db])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try Self.sqlite(db, "SELECT count(*), count(DISTINCT sha256) FROM documents") == "\(n)|\(n)")
        #expect(try Self.sqlite(db, "PRAGMA foreign_key_check") == "")
    }

    @Test func twoIngestsAndAReaderShareTheDatabase() throws {
        let folder = TemporaryFolder()
        let all = Self.articles(60, in: folder, under: "all")
        // Two overlapping folders: 0–39 and 20–59.
        for (k, path) in all.enumerated() {
            if k < 40 { try FileManager.default.createDirectory(atPath: folder.file("a"), withIntermediateDirectories: true); try FileManager.default.copyItem(atPath: path, toPath: folder.file("a/\(k).txt")) }
            if k >= 20 { try FileManager.default.createDirectory(atPath: folder.file("b"), withIntermediateDirectories: true); try FileManager.default.copyItem(atPath: path, toPath: folder.file("b/\(k).txt")) }
        }
        let db = folder.file("kb.sqlite")
        _ = try KB.run(["ingest", Paths.seeds, "--db", db])  // the database exists before the race
        func start(_ args: [String]) throws -> (Process, Pipe) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: KB.binary)
            p.arguments = args
            let err = Pipe()
            p.standardError = err
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            return (p, err)
        }
        let a = try start(["ingest", folder.file("a"), "--db", db])
        let b = try start(["ingest", folder.file("b"), "--db", db])
        var readerErrors: [String] = []
        var incomplete = 0
        while a.0.isRunning || b.0.isRunning {
            let r = try KB.run(["query", "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.document_id = d.id)",
                                "--format", "csv", "--no-header", "--db", db])
            if r.status != 0 { readerErrors.append(r.stderr) }
            if r.stdout != "0\r\n" && r.status == 0 { incomplete += 1 }
        }
        a.0.waitUntilExit(); b.0.waitUntilExit()
        let errors = [a, b].map { String(decoding: $0.1.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
        #expect(a.0.terminationStatus == 0, "\(errors[0])")
        #expect(b.0.terminationStatus == 0, "\(errors[1])")
        #expect(!errors.joined().contains("locked") && !errors.joined().contains("BUSY"))
        #expect(readerErrors.isEmpty, "\(readerErrors)")
        #expect(incomplete == 0, "the reader saw a document without its sentences")
        #expect(try Self.sqlite(db, "SELECT count(*), count(DISTINCT sha256) FROM documents") == "65|65")
    }
}
