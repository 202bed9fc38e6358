import Foundation

/// One background thread that applies `work` to submitted items in order, so that the
/// caller's thread can do something else meanwhile (kb ingest: the worker decodes and
/// extracts articles while the caller writes earlier ones to SQLite, which must stay on
/// one thread). Results come back in submission order. The caller bounds how far the
/// worker may run ahead by taking results before submitting more.
final class OrderedWorker<In: Sendable, Out: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [In] = []
    private var queueHead = 0
    private var results: [Out] = []
    private var resultsHead = 0
    private var stopping = false
    private let work: @Sendable (In) -> Out
    /// Items submitted and not yet taken with `next()`.
    private(set) var pending = 0

    init(work: @escaping @Sendable (In) -> Out) {
        self.work = work
        // The thread holds the worker until `finish()` lets its loop end.
        let thread = Thread { self.loop() }
        thread.stackSize = 8 << 20  // as much stack as the main thread has
        thread.name = "kb-worker"
        thread.start()
    }

    func submit(_ item: In) {
        condition.lock()
        queue.append(item)
        pending += 1
        condition.broadcast()
        condition.unlock()
    }

    /// The oldest result not yet taken, waiting for it if needed; nil when nothing is pending.
    func next() -> Out? {
        condition.lock()
        defer { condition.unlock() }
        guard pending > 0 else { return nil }
        while resultsHead == results.count { condition.wait() }
        return takeLocked()
    }

    /// The oldest result not yet taken if it is ready, without waiting.
    func nextIfReady() -> Out? {
        condition.lock()
        defer { condition.unlock() }
        return resultsHead < results.count ? takeLocked() : nil
    }

    /// Takes the oldest ready result; the lock is held.
    private func takeLocked() -> Out {
        let out = results[resultsHead]
        resultsHead += 1
        if resultsHead == results.count {
            results.removeAll(keepingCapacity: true)
            resultsHead = 0
        }
        pending -= 1
        return out
    }

    /// Stops the thread once the queue is empty.
    func finish() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while queueHead == queue.count && !stopping { condition.wait() }
            if queueHead == queue.count {
                condition.unlock()
                return
            }
            let item = queue[queueHead]
            queueHead += 1
            if queueHead == queue.count {
                queue.removeAll(keepingCapacity: true)
                queueHead = 0
            }
            condition.unlock()
            let out = work(item)
            condition.lock()
            results.append(out)
            condition.broadcast()
            condition.unlock()
        }
    }
}
