import Foundation
import Testing
@testable import KnowledgeBase

@Suite struct OrderedWorkerTests {
    @Test func resultsComeBackInSubmissionOrderWhateverTheWorkTakes() {
        // Uneven work: later items often finish "sooner" in a naive pool; here there is one
        // thread, and results must come back in order whether taken eagerly or not.
        let worker = OrderedWorker<Int, Int> { n in
            var x = n
            for _ in 0..<(n % 7) * 1_000 { x = (x &* 31) &+ 1 }
            return n * 2 + (x == -1 ? 1 : 0)
        }
        defer { worker.finish() }
        var taken: [Int] = []
        for n in 0..<2_000 {
            worker.submit(n)
            if n % 3 == 0, let r = worker.nextIfReady() { taken.append(r) }
            if worker.pending > 50, let r = worker.next() { taken.append(r) }
        }
        while let r = worker.next() { taken.append(r) }
        #expect(taken == (0..<2_000).map { $0 * 2 })
        #expect(worker.pending == 0)
        #expect(worker.next() == nil)
        #expect(worker.nextIfReady() == nil)
    }

    @Test func severalThreadsStillHandResultsBackInSubmissionOrder() {
        // Three threads and uneven work: item n + 1 often finishes before item n. Each
        // thread's function counts its own items, so the test also sees that more than one
        // thread did work.
        let counters = (0..<3).map { _ in Counter() }
        var made = 0
        let worker = OrderedWorker<Int, Int>(threads: 3) {
            let counter = counters[made]
            made += 1
            return { n in
                counter.add()
                var x = n
                for _ in 0..<((n * 7919) % 13) * 2_000 { x = (x &* 31) &+ 1 }
                return n * 2 + (x == -1 ? 1 : 0)
            }
        }
        defer { worker.finish() }
        var taken: [Int] = []
        for n in 0..<3_000 {
            worker.submit(n)
            while worker.pending > 40, let r = worker.next() {
                taken.append(r)
                worker.discard(r)
            }
            if let r = worker.nextIfReady() { taken.append(r) }
        }
        while let r = worker.next() { taken.append(r) }
        #expect(made == 3)
        #expect(taken == (0..<3_000).map { $0 * 2 })
        #expect(worker.pending == 0)
        #expect(counters.map(\.value).reduce(0, +) == 3_000)
        #expect(counters.filter { $0.value > 0 }.count >= 2)
    }
}

extension OrderedWorkerTests {
    @Test func workerThreadsRunAtALowerPriorityThanTheCaller() {
        errno = 0
        let mine = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        let worker = OrderedWorker<Int, Int32>(threads: 2, niceness: 5) {
            { _ in getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }
        }
        defer { worker.finish() }
        worker.submit(0)
        worker.submit(1)
        #expect(worker.next() == min(19, mine + 5))
        #expect(worker.next() == min(19, mine + 5))
        // The caller's own thread is as it was.
        #expect(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) == mine)
    }
}

/// A count a worker thread adds to and the test reads after the threads are done with it.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
