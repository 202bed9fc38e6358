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
/// one IMMEDIATE transaction, so the cost of a commit is shared by many articles. Worker
/// threads parse and extract while this thread writes, and another copies the committed
/// log into the database file (`Checkpointer`); the write lock is held from a batch's
/// first document to its commit. Bytes already in the database are skipped without parsing.
public final class Ingestor {
    public struct Options: Sendable {
        /// Documents per transaction.
        public var batchDocuments = 100
        /// Raw bytes per transaction.
        public var batchBytes = 16 * 1024 * 1024
        /// Threads that decode and extract while this one writes.
        public var workerThreads = Ingestor.workerThreads
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

    /// What the worker thread hashes, decodes and extracts: one input's bytes, or why it
    /// could not be read (passed through the worker so that every input's outcome is
    /// reported in input order).
    private struct Job: Sendable {
        var source: String
        var byteCount: Int
        var bytes: Result<[UInt8], Failed>
    }

    private struct Failed: Error { var reason: String }

    private enum Outcome: Sendable {
        case parsed(Parsed)
        /// Bytes the database already held when the worker looked.
        case known(byteCount: Int)
        /// The same bytes as an earlier input of this ingest: unchanged once that one is
        /// stored; kept whole in case it could not be.
        case repeated(Job, sha256: String)
        case failed(source: String, byteCount: Int, reason: String)
    }

    /// How far the workers may run ahead of the writer: documents and raw bytes in flight.
    /// A batch's commit (full-text index, summaries, the WAL write) took 150 to 300 ms for
    /// 200 documents, as long as extracting 50 to 100 of them: with 32 in flight the worker
    /// sat idle 1.6 to 2.0 s of a 6.6 s ingest of 2,000 articles. 64 in flight and batches
    /// of 100 were 10 to 15 % faster than 32 and 200 (fastest of four alternating runs);
    /// 96 or 128 in flight were faster still, but their peak RSS reached 62 to 67 MB at
    /// 20,000 articles (64: 52 MB), each result pinning more heap than its own size.
    static let inFlightDocuments = 64
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
    }

    /// The worker thread's side: hashes each input, skips bytes already stored (asked of a
    /// read-only connection of its own, which sees committed batches) or already met in
    /// this ingest, and decodes and extracts the rest. Used from the worker thread only.
    private final class Parser: @unchecked Sendable {
        private let known: Statement?
        private let seen: SeenDigests

        /// Without a reader (`path` nil for an in-memory database, which no second connection
        /// can see, or a file that would not open twice) the writer's insert is what tells
        /// stored bytes apart, after the extraction.
        init(path: String?, seen: SeenDigests) {
            self.seen = seen
            if let path, let reader = try? Connection(path: path, mode: .readOnly),
               (try? reader.execute("PRAGMA cache_size = -256")) != nil,  // 256 KiB: one index look-up per input
               let known = try? reader.prepare("SELECT 1 FROM documents WHERE sha256 = ?") {
                self.known = known  // which keeps its connection open
            } else {
                known = nil
            }
        }

        func outcome(of job: Job) -> Outcome {
            switch job.bytes {
            case .failure(let failure):
                return .failed(source: job.source, byteCount: job.byteCount, reason: failure.reason)
            case .success(let bytes):
                let digest = SHA256.digest(bytes)
                let prefix = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                let hex = SHA256.hex(digest: digest)
                guard seen.insert(prefix) else { return .repeated(job, sha256: hex) }
                if let known {
                    defer { known.reset() }
                    // A failed look-up only costs the extraction: the writer's insert skips stored bytes too.
                    if (try? known.bind([.text(hex)])) != nil, (try? known.step()) == true {
                        return .known(byteCount: job.byteCount)
                    }
                }
                return Self.parse(job.source, hex, bytes)
            }
        }

        static func parse(_ source: String, _ digest: String, _ bytes: [UInt8]) -> Outcome {
            let article: Article
            do {
                article = try Article(bytes: bytes)
            } catch {
                return .failed(source: source, byteCount: bytes.count, reason: String(describing: error))
            }
            return .parsed(Parsed(source: source, sha256: digest, byteCount: bytes.count,
                                  rows: DocumentRows(article: article, facts: Extractor.extract(article))))
        }
    }

    /// The first 64 bits of each digest met in this ingest (8 bytes a document, not a
    /// 64-character string), shared by the worker threads: a match is only a hint, which the
    /// writer checks against the full digest (`.repeated`). When two workers meet the same
    /// bytes, the one that asks first parses them, which may be the later input; the writer
    /// then finds the earlier one's digest not yet stored, parses and stores it itself, and
    /// the later one's insert finds it there (unchanged), as in input order.
    private final class SeenDigests: @unchecked Sendable {
        private let lock = NSLock()
        private var digests: Set<UInt64> = []

        /// Whether `prefix` was new.
        func insert(_ prefix: UInt64) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            return digests.insert(prefix).inserted
        }
    }

    /// Extraction threads: as many as the machine has cores, up to four, at a lower priority
    /// than this thread (nice +10). The writer's work is the one that cannot be shared, and it
    /// waits for results and for the disk part of the time: on two cores, two workers kept
    /// both cores busier than one (ingest of 2,000 articles 5% faster with the checkpoint
    /// thread, fastest of alternating runs; BENCHMARKS.md, session 10). At the writer's own
    /// priority the two workers took its core and the ingest was slower than with one.
    static let workerThreads = min(4, max(1, ProcessInfo.processInfo.activeProcessorCount))

    /// Ingests the inputs in order. `onFailure` is called as soon as an input fails.
    ///
    /// This thread reads each input and writes to SQLite; the workers hash, skip bytes
    /// already stored, decode and extract meanwhile, their results taken in input order. Each
    /// document is written (in its own savepoint) as soon as it is extracted; every
    /// `batchDocuments` documents the transaction commits, so an interrupted ingest keeps
    /// whole batches and nothing else.
    public func ingest(_ inputs: [Input], onFailure: (IngestReport.Failure) -> Void = { _ in }) throws -> IngestReport {
        var report = IngestReport()
        func fail(_ source: String, _ reason: String) {
            let failure = IngestReport.Failure(source: source, reason: reason)
            report.failures.append(failure)
            onFailure(failure)
        }
        // Only reading and writing stay on this thread, which measured as the busier one:
        // with hashing here too, the worker waited 1.6 s of a 5.3 s ingest of 2,000 articles.
        // Each worker has its own reader for stored digests; what the workers are handed
        // back (`discard`) is freed on their threads, not this one.
        let path = db.path == ":memory:" || db.path.isEmpty ? nil : db.path
        let seen = SeenDigests()
        let worker = OrderedWorker<Job, Outcome>(threads: options.workerThreads, niceness: 10) {
            let parser = Parser(path: path, seen: seen)
            return { parser.outcome(of: $0) }
        }
        defer { worker.finish() }
        // The log's pages are copied into the database file by a thread of its own
        // (Checkpointer); the writer's own automatic checkpoint is off meanwhile.
        let checkpointer = path.flatMap { path in
            (try? db.scalar("PRAGMA page_size")?.intValue).flatMap { Checkpointer(path: path, pageSize: Int($0)) }
        }
        if let checkpointer { db.onWALCommit { checkpointer.committed(logPages: $0) } }
        defer {
            if let checkpointer {
                db.onWALCommit(nil)
                checkpointer.finish()
                try? db.execute("PRAGMA wal_autocheckpoint = 1000")  // SQLite's own, as before
            }
        }
        var inFlightBytes = 0
        var open: OpenBatch?

        func commit() throws {
            guard let batch = open else { return }
            try Self.indexSentences(db, after: batch.indexedUpTo)
            if let ids = batch.factsUpTo { try Summaries.add(db, after: ids) }
            try db.execute("COMMIT")
            try db.execute("PRAGMA foreign_keys = ON")
            open = nil
        }
        func store(_ outcome: Outcome) throws {
            switch outcome {
            case .failed(let source, let byteCount, let reason):
                inFlightBytes -= byteCount
                fail(source, reason)
            case .known(let byteCount):
                inFlightBytes -= byteCount
                report.unchanged += 1
            case .repeated(let job, let digest):
                inFlightBytes -= job.byteCount
                guard case .success(let bytes) = job.bytes else { return }
                if try isKnown(digest) {
                    report.unchanged += 1
                } else {
                    // The earlier copy could not be stored: this one is parsed here, on its own.
                    inFlightBytes += job.byteCount
                    try store(Parser.parse(job.source, digest, bytes))
                }
            case .parsed(let parsed):
                inFlightBytes -= parsed.byteCount
                if open == nil {
                    // The batch's rows refer only to rows this writer made or found under its
                    // write lock, so SQLite's look-up of each parent (documents, blocks,
                    // sentences, people: 2.4% of an ingest's instructions) is skipped while the
                    // batch is written; the pragma only takes effect outside a transaction, and
                    // tests check `PRAGMA foreign_key_check` after ingests.
                    try db.execute("PRAGMA foreign_keys = OFF")
                    checkpointer?.catchUpIfLong()
                    try db.execute("BEGIN IMMEDIATE")
                    open = OpenBatch(indexedUpTo: try db.scalar("SELECT coalesce(max(id), 0) FROM sentences")?.intValue ?? 0,
                                     factsUpTo: summariesPerBatch ? try Summaries.Ids.current(db) : nil,
                                     stamp: ISO8601DateFormatter().string(from: now()))
                }
                open!.documents += 1
                open!.bytes += parsed.byteCount
                if let reason = try write(parsed, stamp: open!.stamp, into: &report) { fail(parsed.source, reason) }
                if open!.documents >= options.batchDocuments || open!.bytes >= options.batchBytes { try commit() }
            }
        }
        // Stores a worker's result, then hands it back for the workers to free.
        func take(_ outcome: Outcome) throws {
            try store(outcome)
            worker.discard(outcome)
        }
        do {
            for input in inputs {
                let job: Job
                do {
                    switch input {
                    case .unreadable(_, let reason):
                        job = Job(source: input.source, byteCount: 0, bytes: .failure(Failed(reason: reason)))
                    case .file(let path):
                        let bytes = try FileReader.read(path: path)
                        job = Job(source: input.source, byteCount: bytes.count, bytes: .success(bytes))
                    case .stdin:
                        let bytes = try FileReader.readStandardInput()
                        job = Job(source: input.source, byteCount: bytes.count, bytes: .success(bytes))
                    }
                } catch {
                    job = Job(source: input.source, byteCount: 0, bytes: .failure(Failed(reason: error.description)))
                }
                while worker.pending >= Self.inFlightDocuments || (worker.pending > 0 && inFlightBytes + job.byteCount > Self.inFlightBytes) {
                    if let outcome = worker.next() { try take(outcome) }
                }
                inFlightBytes += job.byteCount
                worker.submit(job)
                while let outcome = worker.nextIfReady() { try take(outcome) }
            }
            while let outcome = worker.next() { try take(outcome) }
            try commit()
        } catch {
            if db.isInTransaction { try? db.execute("ROLLBACK") }
            try? db.execute("PRAGMA foreign_keys = ON")
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
