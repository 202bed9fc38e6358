import Foundation

/// Background threads that apply a work function to submitted items, handing the results
/// back in submission order, so that the caller's thread can do something else meanwhile
/// (kb ingest: workers decode and extract articles while the caller writes earlier ones to
/// SQLite, which must stay on one thread). Items go to whichever thread is free; a result
/// that is ready before an earlier one waits for it. The caller bounds how far the workers
/// may run ahead by taking results before submitting more.
final class OrderedWorker<In: Sendable, Out: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [(sequence: Int, item: In)] = []
    private var queueHead = 0
    /// Finished results by sequence number, until taken.
    private var results: [Int: Out] = [:]
    private var submitted = 0
    private var taken = 0
    private var stopping = false
    /// Results the caller is done with, freed by a worker thread.
    private var discarded: [Out] = []
    /// Items submitted and not yet taken with `next()`.
    var pending: Int {
        condition.lock()
        defer { condition.unlock() }
        return submitted - taken
    }

    private let niceness: Int32

    /// One thread applying `work`.
    convenience init(work: @escaping @Sendable (In) -> Out) {
        self.init(threads: 1) { work }
    }

    /// `threads` threads; `makeWork` is called once per thread, on the caller's thread, for
    /// the function that thread applies (so that each may keep state of its own, such as a
    /// database connection, which is then used by that thread only). `niceness` lowers the
    /// threads' scheduling priority below the caller's (see `lowerThreadPriority`).
    init(threads: Int, niceness: Int32 = 0, makeWork: () -> @Sendable (In) -> Out) {
        self.niceness = niceness
        for index in 0..<max(1, threads) {
            let work = makeWork()
            // Each thread holds the worker until `finish()` lets its loop end.
            let thread = Thread { self.loop(work) }
            thread.stackSize = 8 << 20  // as much stack as the main thread has
            thread.name = "kb-worker-\(index + 1)"
            thread.start()
        }
    }

    func submit(_ item: In) {
        condition.lock()
        queue.append((submitted, item))
        submitted += 1
        condition.broadcast()
        condition.unlock()
    }

    /// The oldest result not yet taken, waiting for it if needed; nil when nothing is pending.
    func next() -> Out? {
        condition.lock()
        defer { condition.unlock() }
        guard submitted > taken else { return nil }
        while results[taken] == nil { condition.wait() }
        return takeLocked()
    }

    /// The oldest result not yet taken if it is ready, without waiting.
    func nextIfReady() -> Out? {
        condition.lock()
        defer { condition.unlock() }
        return results[taken] != nil ? takeLocked() : nil
    }

    /// Takes the oldest result, which is ready; the lock is held.
    private func takeLocked() -> Out {
        let out = results.removeValue(forKey: taken)!
        taken += 1
        return out
    }

    /// Hands a result the caller is done with to the workers, which free it (with all it
    /// holds) before their next item, instead of the caller's thread.
    func discard(_ result: __owned Out) {
        condition.lock()
        discarded.append(result)
        condition.unlock()
    }

    /// Stops the threads once the queue is empty.
    func finish() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    private func loop(_ work: @Sendable (In) -> Out) {
        if niceness > 0 { lowerThreadPriority(by: niceness) }
        while true {
            condition.lock()
            while queueHead == queue.count && !stopping { condition.wait() }
            if queueHead == queue.count {
                condition.unlock()
                return
            }
            var garbage: [Out] = []
            swap(&garbage, &discarded)
            let (sequence, item) = queue[queueHead]
            queueHead += 1
            if queueHead == queue.count {
                queue.removeAll(keepingCapacity: true)
                queueHead = 0
            }
            condition.unlock()
            garbage = []
            let out = work(item)
            condition.lock()
            results[sequence] = out
            condition.broadcast()
            condition.unlock()
        }
    }
}

/// Raises the calling thread's nice value by `amount` (at most 19): on Linux the nice value
/// belongs to each thread, and `setpriority(PRIO_PROCESS, 0, …)` sets the caller's.
///
/// kb ingest gives its extraction and checkpoint threads a lower priority than the writing
/// thread, whose work is the one that cannot be shared: on two cores, two workers at the
/// writer's priority made an ingest of 2,000 articles slower than one worker (3.1–3.5 s
/// against 2.8 s), the writer waiting for a core; at +10 it was faster (BENCHMARKS.md).
func lowerThreadPriority(by amount: Int32) {
    errno = 0
    let current = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
    guard errno == 0 else { return }
    _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, min(19, current + amount))
}
