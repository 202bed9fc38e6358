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
/// one IMMEDIATE transaction, so the cost of a commit is shared by many articles. A worker
/// thread parses and extracts while this thread writes; the write lock is held from a
/// batch's first document to its commit. Bytes already in the database are skipped
/// without parsing.
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
    /// Whether this database keeps its summaries per batch (schema migration 4) rather
    /// than by insert triggers (older schemas, which tests still build).
    private let summariesPerBatch: Bool

    public init(_ db: Connection, options: Options = Options(), now: @escaping () -> Date = Date.init) throws {
        self.db = db
        self.options = options
        self.writer = try DocumentWriter(db)
        self.known = try db.prepare("SELECT 1 FROM documents WHERE sha256 = ?")
        self.now = now
        self.summariesPerBatch = try Schema.migrator.currentVersion(of: db) >= 4
    }

    private struct Parsed {
        var source: String
        var sha256: String
        var byteCount: Int
        /// The rows to insert, made on the worker thread.
        var rows: DocumentRows
    }

    /// What the worker thread decodes and extracts: one input's bytes, or why it could not
    /// be read (passed through the worker so that every input's outcome is reported in
    /// input order).
    private struct Job: Sendable {
        var source: String
        var sha256: String
        var byteCount: Int
        var bytes: Result<[UInt8], Failed>
    }

    private struct Failed: Error { var reason: String }

    private enum Outcome: Sendable {
        case parsed(Parsed)
        case failed(sha256: String, source: String, byteCount: Int, reason: String)
    }

    /// How far the worker may run ahead of the writer: documents and raw bytes in flight.
    static let inFlightDocuments = 32
    static let inFlightBytes = 32 << 20

    /// The write transaction being filled: committed after `batchDocuments` documents or
    /// `batchBytes` raw bytes.
    private struct OpenBatch {
        var indexedUpTo: Int64
        /// The largest fact ids before the batch, when summaries are kept per batch.
        var factsUpTo: Summaries.Ids?
        var stamp: String
        var documents = 0
        var bytes = 0
        var digests: [String] = []
    }

    /// Ingests the inputs in order. `onFailure` is called as soon as an input fails.
    ///
    /// Two threads: this one reads each input, hashes it, skips bytes already stored and
    /// writes to SQLite; a worker decodes and extracts the new inputs, in order, meanwhile.
    /// Each document is written (in its own savepoint) as soon as it is extracted; every
    /// `batchDocuments` documents the transaction commits, so an interrupted ingest keeps
    /// whole batches and nothing else.
    public func ingest(_ inputs: [Input], onFailure: (IngestReport.Failure) -> Void = { _ in }) throws -> IngestReport {
        var report = IngestReport()
        func fail(_ source: String, _ reason: String) {
            let failure = IngestReport.Failure(source: source, reason: reason)
            report.failures.append(failure)
            onFailure(failure)
        }
        // Reading, hashing and writing stay on this thread; decoding and extraction go to the
        // worker. Measured with callgrind (100 articles): this thread 0.90 G instructions and
        // the worker 0.78 G, against 0.98 G and 0.69 G with decoding here.
        let worker = OrderedWorker<Job, Outcome> { job in
            let failed = { (reason: String) in
                Outcome.failed(sha256: job.sha256, source: job.source, byteCount: job.byteCount, reason: reason)
            }
            switch job.bytes {
            case .failure(let failure):
                return failed(failure.reason)
            case .success(let bytes):
                let article: Article
                do {
                    article = try Article(bytes: bytes)
                } catch {
                    return failed(String(describing: error))
                }
                return .parsed(Parsed(source: job.source, sha256: job.sha256, byteCount: job.byteCount,
                                      rows: DocumentRows(article: article, facts: Extractor.extract(article))))
            }
        }
        defer { worker.finish() }
        var inFlight: Set<String> = []  // digests submitted and not yet committed or failed
        var inFlightBytes = 0
        var open: OpenBatch?

        func commit() throws {
            guard let batch = open else { return }
            try Self.indexSentences(db, after: batch.indexedUpTo)
            if let ids = batch.factsUpTo { try Summaries.add(db, after: ids) }
            try db.execute("COMMIT")
            open = nil
            // From now on isKnown answers for these.
            for digest in batch.digests { inFlight.remove(digest) }
        }
        func store(_ outcome: Outcome) throws {
            switch outcome {
            case .failed(let digest, let source, let byteCount, let reason):
                inFlight.remove(digest)
                inFlightBytes -= byteCount
                fail(source, reason)
            case .parsed(let parsed):
                inFlightBytes -= parsed.byteCount
                if open == nil {
                    try db.execute("BEGIN IMMEDIATE")
                    open = OpenBatch(indexedUpTo: try db.scalar("SELECT coalesce(max(id), 0) FROM sentences")?.intValue ?? 0,
                                     factsUpTo: summariesPerBatch ? try Summaries.Ids.current(db) : nil,
                                     stamp: ISO8601DateFormatter().string(from: now()))
                }
                open!.digests.append(parsed.sha256)
                open!.documents += 1
                open!.bytes += parsed.byteCount
                if let reason = try write(parsed, stamp: open!.stamp, into: &report) { fail(parsed.source, reason) }
                if open!.documents >= options.batchDocuments || open!.bytes >= options.batchBytes { try commit() }
            }
        }
        do {
            for input in inputs {
                let bytes: [UInt8]
                do {
                    switch input {
                    case .unreadable(_, let reason):
                        worker.submit(Job(source: input.source, sha256: "", byteCount: 0, bytes: .failure(Failed(reason: reason))))
                        continue
                    case .file(let path):
                        bytes = try FileReader.read(path: path)
                    case .stdin:
                        bytes = try FileReader.readStandardInput()
                    }
                } catch {
                    worker.submit(Job(source: input.source, sha256: "", byteCount: 0, bytes: .failure(Failed(reason: error.description))))
                    continue
                }
                let digest = SHA256.hex(bytes)
                if try inFlight.contains(digest) || isKnown(digest) {
                    report.unchanged += 1
                    continue
                }
                while worker.pending >= Self.inFlightDocuments || (worker.pending > 0 && inFlightBytes + bytes.count > Self.inFlightBytes) {
                    if let outcome = worker.next() { try store(outcome) }
                }
                inFlight.insert(digest)
                inFlightBytes += bytes.count
                worker.submit(Job(source: input.source, sha256: digest, byteCount: bytes.count, bytes: .success(bytes)))
                while let outcome = worker.nextIfReady() { try store(outcome) }
            }
            while let outcome = worker.next() { try store(outcome) }
            try commit()
        } catch {
            if db.isInTransaction { try? db.execute("ROLLBACK") }
            writer.forgetCache()
            throw error
        }
        return report
    }

    private func isKnown(_ digest: String) throws -> Bool {
        defer { known.reset() }
        try known.bind([.text(digest)])
        return try known.step()
    }

    /// Adds the sentences with ids above `id` to the full-text index, in one statement
    /// (schema.sql, migration 3: why not a trigger per row).
    static func indexSentences(_ db: Connection, after id: Int64) throws {
        try db.run("INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE id > ? ORDER BY id", [.integer(id)])
    }

    /// Writes one document in its own savepoint inside the open transaction. Returns why a
    /// document could not be stored (the others go on); busy, locked and disk-full errors
    /// end the ingest instead (the caller rolls the open batch back).
    private func write(_ parsed: Parsed, stamp: String, into report: inout IngestReport) throws -> String? {
        do {
            let counts = try db.savepoint("document") {
                try writer.write(source: parsed.source, sha256: parsed.sha256, byteCount: parsed.byteCount,
                                 rows: parsed.rows, ingestedAt: stamp)
            }
            guard let counts else {
                report.unchanged += 1  // another process wrote the same bytes meanwhile
                return nil
            }
            report.new += 1
            report.blocks += counts.blocks
            report.sentences += counts.sentences
            report.people += counts.people
            report.mentions += counts.mentions
            report.roles += counts.roles
            report.statements += counts.statements
            report.milestones += counts.milestones
            return nil
        } catch let error as SQLiteError where error.primaryCode == 5 || error.primaryCode == 6 || error.primaryCode == 13 {
            throw error
        } catch {
            writer.forgetCache()
            return "could not be stored: \(error)"
        }
    }
}
