import Foundation
import SQLite

/// Copies the write-ahead log back into the database file on a thread and connection of its
/// own, while kb ingest writes the next batch.
///
/// SQLite's automatic checkpoint runs inside the writer's COMMIT once the log passes 1,000
/// pages: the writing thread then reads every page of the log back and writes it into the
/// database file, about a tenth of its time in an ingest (BENCHMARKS.md, session 10). The
/// ingest replaces it (the writer's WAL hook calls `committed(logPages:)`) with a PASSIVE
/// checkpoint on this thread after each commit, which copies what is committed without
/// waiting for, or blocking, the writer and readers.
/// See <https://www.sqlite.org/wal.html#checkpointing>.
///
/// A log is only started over when a write transaction begins with every frame copied, which
/// a checkpoint running beside the writer never quite achieves; so once the log passes
/// `logLimitBytes`, the writer waits for one checkpoint to catch up before its next batch
/// (`catchUpIfLong`), which keeps the log within the limit and one batch.
final class Checkpointer: @unchecked Sendable {
    /// Beyond this, the writer lets the checkpoint catch up before the next batch.
    static let logLimitBytes = 32 << 20

    private let condition = NSCondition()
    private var requested = 0
    private var served = 0
    private var stopping = false
    private var running = true
    /// Pages in the log after the writer's last commit.
    private var logPages = 0
    private let limitPages: Int
    /// Used by the checkpoint thread only.
    private let db: Connection

    /// Opens a second connection to `path`; nil when it cannot (the writer then checkpoints
    /// as SQLite does by itself).
    init?(path: String, pageSize: Int, logLimitBytes: Int = Checkpointer.logLimitBytes) {
        guard let connection = try? Connection(path: path, mode: .readWrite) else { return nil }
        db = connection
        limitPages = logLimitBytes / max(512, pageSize)
        let thread = Thread { self.loop() }
        thread.name = "kb-checkpoint"
        thread.start()
    }

    /// After a commit that left `logPages` pages in the log: asks for a checkpoint of what
    /// is committed, without waiting for it.
    func committed(logPages: Int) {
        condition.lock()
        self.logPages = logPages
        requested += 1
        condition.broadcast()
        condition.unlock()
    }

    /// When the log has grown past the limit: waits for a checkpoint that starts now (the
    /// writer is between transactions, so it can copy everything), so that the next write
    /// transaction starts the log over.
    func catchUpIfLong() {
        condition.lock()
        defer { condition.unlock() }
        guard logPages > limitPages, running else { return }
        requested += 1
        let target = requested
        condition.broadcast()
        while served < target && running { condition.wait() }
    }

    /// Makes the checkpoint asked for last, if not yet made, and stops the thread (an ingest
    /// ends with its log copied, as SQLite's own checkpoint at a commit would leave it).
    func finish() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
    }

    private func loop() {
        // The writer's thread matters more: this one only copies pages.
        lowerThreadPriority(by: 10)
        while true {
            condition.lock()
            while served == requested && !stopping { condition.wait() }
            if served == requested {  // and stopping
                running = false
                condition.broadcast()
                condition.unlock()
                return
            }
            let target = requested
            condition.unlock()
            // An error (another process's checkpoint holding the lock, say) only leaves the
            // copy to the next request.
            _ = try? db.rows("PRAGMA wal_checkpoint(PASSIVE)")
            condition.lock()
            served = target
            condition.broadcast()
            condition.unlock()
        }
    }
}
