import Extraction
import Foundation
import NewsText
import SQLite

/// What `kb ingest` did.
public struct IngestReport: Sendable {
    public struct Failure: Sendable, Equatable {
        public var source: String
        public var reason: String
    }
    public var new = 0
    public var unchanged = 0
    public var failures: [Failure] = []
    public var blocks = 0, sentences = 0, people = 0, mentions = 0, roles = 0, statements = 0, milestones = 0

    public var failed: Int { failures.count }

    public init() {}

    /// "3 new, 2 unchanged, 1 failed; 120 blocks, 300 sentences, …".
    public var summary: String {
        "\(new) new, \(unchanged) unchanged, \(failed) failed; " +
            "extracted \(blocks) blocks, \(sentences) sentences, \(people) new people, \(mentions) mentions, " +
            "\(roles) roles, \(statements) statements, \(milestones) milestones"
    }
}

/// Reads inputs, normalizes and extracts each one, and writes them in batches.
///
/// Each document is atomic (a savepoint inside the batch transaction), and a batch is
/// one IMMEDIATE transaction, so the cost of a commit is shared by many articles.
/// Parsing happens before the write lock is taken. Bytes already in the database
/// are skipped without parsing.
public final class Ingestor {
    public struct Options: Sendable {
        /// Documents per transaction.
        public var batchDocuments = 200
        /// Raw bytes per transaction.
        public var batchBytes = 16 * 1024 * 1024
        public init() {}
    }

    private let db: Connection
    private let writer: DocumentWriter
    private let options: Options
    private let known: Statement
    private let now: () -> Date

    public init(_ db: Connection, options: Options = Options(), now: @escaping () -> Date = Date.init) throws {
        self.db = db
        self.options = options
        self.writer = try DocumentWriter(db)
        self.known = try db.prepare("SELECT 1 FROM documents WHERE sha256 = ?")
        self.now = now
    }

    private struct Parsed {
        var source: String
        var sha256: String
        var byteCount: Int
        var article: Article
        var facts: ArticleFacts
    }

    /// Ingests the inputs in order. `onFailure` is called as soon as an input fails.
    public func ingest(_ inputs: [Input], onFailure: (IngestReport.Failure) -> Void = { _ in }) throws -> IngestReport {
        var report = IngestReport()
        var batch: [Parsed] = []
        var batchBytes = 0
        func fail(_ source: String, _ reason: String) {
            let failure = IngestReport.Failure(source: source, reason: reason)
            report.failures.append(failure)
            onFailure(failure)
        }
        for input in inputs {
            let bytes: [UInt8]
            do {
                switch input {
                case .unreadable(let path, let reason):
                    fail(path, reason)
                    continue
                case .file(let path):
                    bytes = try FileReader.read(path: path)
                case .stdin:
                    bytes = try FileReader.readStandardInput()
                }
            } catch {
                fail(input.source, error.description)
                continue
            }
            let digest = SHA256.hex(bytes)
            if try isKnown(digest) || batch.contains(where: { $0.sha256 == digest }) {
                report.unchanged += 1
                continue
            }
            let article: Article
            do {
                article = try Article(bytes: bytes)
            } catch {
                fail(input.source, error.description)
                continue
            }
            let facts = Extractor.extract(article)
            batch.append(Parsed(source: input.source, sha256: digest, byteCount: bytes.count, article: article, facts: facts))
            batchBytes += bytes.count
            if batch.count >= options.batchDocuments || batchBytes >= options.batchBytes {
                for failure in try flush(&batch, into: &report) { fail(failure.source, failure.reason) }
                batchBytes = 0
            }
        }
        for failure in try flush(&batch, into: &report) { fail(failure.source, failure.reason) }
        return report
    }

    private func isKnown(_ digest: String) throws -> Bool {
        defer { known.reset() }
        try known.bind([.text(digest)])
        return try known.step()
    }

    /// Writes the batch in one transaction; returns the documents that could not be stored.
    /// Adds the sentences with ids above `id` to the full-text index, in one statement
    /// (schema.sql, migration 3: why not a trigger per row).
    static func indexSentences(_ db: Connection, after id: Int64) throws {
        try db.run("INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE id > ? ORDER BY id", [.integer(id)])
    }

    private func flush(_ batch: inout [Parsed], into report: inout IngestReport) throws -> [IngestReport.Failure] {
        guard !batch.isEmpty else { return [] }
        var failures: [IngestReport.Failure] = []
        let stamp = ISO8601DateFormatter().string(from: now())
        do {
            try db.transaction(.immediate) {
                let indexedUpTo = try db.scalar("SELECT coalesce(max(id), 0) FROM sentences")?.intValue ?? 0
                for parsed in batch {
                    do {
                        let counts = try db.savepoint("document") {
                            try writer.write(source: parsed.source, sha256: parsed.sha256, byteCount: parsed.byteCount,
                                             article: parsed.article, facts: parsed.facts, ingestedAt: stamp)
                        }
                        guard let counts else {
                            report.unchanged += 1  // another process wrote the same bytes meanwhile
                            continue
                        }
                        report.new += 1
                        report.blocks += counts.blocks
                        report.sentences += counts.sentences
                        report.people += counts.people
                        report.mentions += counts.mentions
                        report.roles += counts.roles
                        report.statements += counts.statements
                        report.milestones += counts.milestones
                    } catch let error as SQLiteError where error.primaryCode == 5 || error.primaryCode == 6 || error.primaryCode == 13 {
                        throw error  // busy, locked, disk full: the whole batch cannot go on
                    } catch {
                        writer.forgetCache()
                        failures.append(.init(source: parsed.source, reason: "could not be stored: \(error)"))
                    }
                }
                try Self.indexSentences(db, after: indexedUpTo)
            }
        } catch {
            writer.forgetCache()
            batch.removeAll()
            throw error
        }
        batch.removeAll(keepingCapacity: true)
        return failures
    }
}
