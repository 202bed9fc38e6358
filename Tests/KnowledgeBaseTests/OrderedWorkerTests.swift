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
}
