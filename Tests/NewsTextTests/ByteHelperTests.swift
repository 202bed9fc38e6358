import Testing
import TestSupport
@testable import NewsText

/// The eight-bytes-at-a-time helpers and the word-key set, against plain loops.
struct ByteHelperTests {
    /// Chunks biased towards the bytes the scanners look for.
    static func chunks(_ count: Int) -> [[UInt8]] {
        var g = SeededGenerator(state: 42)
        let alphabet: [UInt8] = [0x00, 0x0A, 0x20, 0x21, 0x2E, 0x2C, 0x3F, 0x61, 0x41, 0x7F, 0x80, 0xE2, 0xFF]
        return (0..<count).map { _ in
            (0..<8).map { _ in Bool.random(using: &g) ? alphabet.randomElement(using: &g)! : UInt8.random(in: 0...255, using: &g) }
        }
    }

    static func load(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    }

    @Test func byteMasksMarkExactlyTheEqualBytes() {
        for chunk in Self.chunks(5_000) {
            let x = Self.load(chunk)
            for b: UInt8 in [0x00, 0x20, 0x2E, 0xE2, 0xFF] {
                let mask = SWAR.bytesEqual(x, b)
                let expected = chunk.enumerated().reduce(UInt64(0)) { $0 | ($1.element == b ? 0x80 << (8 * UInt64($1.offset)) : 0) }
                #expect(mask == expected, "\(chunk) \(b)")
                #expect(SWAR.hasByte(x, b) == chunk.contains(b), "\(chunk) \(b)")
                if let first = chunk.firstIndex(of: b) { #expect(SWAR.firstMarked(mask) == first) }
            }
            #expect(SWAR.hasZero(x) == chunk.contains(0), "\(chunk)")
            #expect(SWAR.zeroBytes(x) == SWAR.bytesEqual(x, 0))
        }
    }

    @Test func wordKeySetHoldsItsWordsIgnoringCaseAndNothingElse() {
        let words = ["gen", "maj", "e.g", "messrs", "approx", "·", "x", "nevertheless"]
        let set = WordKeySet(words)
        for w in words {
            #expect(set.contains(WordKey(w)!), "\(w)")
            #expect(set.contains(WordKey(w.uppercased())!), "\(w)")
        }
        var g = SeededGenerator(state: 7)
        for _ in 0..<5_000 {
            let length = Int.random(in: 1...15, using: &g)
            let w = String(decoding: (0..<length).map { _ in UInt8.random(in: 0x61...0x7A, using: &g) }, as: UTF8.self)
            #expect(set.contains(WordKey(w)!) == words.contains(w), "\(w)")
        }
        #expect(WordKey(String(repeating: "a", count: 16)) == nil)
    }

    @Test func rangeUTF8FindsTheFirstByteSubsequence() {
        var g = SeededGenerator(state: 13)
        let pieces = ["a", "b", "é", "e\u{301}", " ", " — ", "-", "Kosovo", "’s"]
        for _ in 0..<2_000 {
            let hay = (0..<Int.random(in: 0...12, using: &g)).map { _ in pieces.randomElement(using: &g)! }.joined()
            let needle = (1...Int.random(in: 1...2, using: &g)).map { _ in pieces.randomElement(using: &g)! }.joined()
            let bytes = Array(hay.utf8), n = Array(needle.utf8)
            let expected = n.count <= bytes.count ? (0...(bytes.count - n.count)).first { Array(bytes[$0..<($0 + n.count)]) == n } : nil
            let found = hay.rangeUTF8(of: needle)
            #expect(found.map { hay.utf8.distance(from: hay.utf8.startIndex, to: $0.lowerBound) } == expected, "\(hay) / \(needle)")
            #expect(found.map { String(hay[$0]) == needle } ?? true, "\(hay) / \(needle)")
            // (A slice's range is in the slice's indices.)
            let tail = hay.dropFirst()
            #expect(tail.rangeUTF8(of: needle).map { String(tail[$0]) } == String(tail).rangeUTF8(of: needle).map { String(String(tail)[$0]) },
                    "\(hay) / \(needle)")
        }
    }

    @Test func containsUTF8FindsExactlyTheByteSubsequences() {
        var g = SeededGenerator(state: 11)
        let pieces = ["a", "b", "é", "e\u{301}", " ", ".", "Kosovo", "’s"]
        for _ in 0..<2_000 {
            let hay = (0..<Int.random(in: 0...12, using: &g)).map { _ in pieces.randomElement(using: &g)! }.joined()
            let needle = (0..<Int.random(in: 0...3, using: &g)).map { _ in pieces.randomElement(using: &g)! }.joined()
            let bytes = Array(hay.utf8), n = Array(needle.utf8)
            let expected = n.isEmpty || (n.count <= bytes.count && (0...(bytes.count - n.count)).contains { Array(bytes[$0..<($0 + n.count)]) == n })
            #expect(hay.containsUTF8(needle) == expected, "\(hay) / \(needle)")
            #expect(hay.dropFirst().containsUTF8(needle) == String(hay.dropFirst()).containsUTF8(needle), "\(hay) / \(needle)")
        }
        #expect("e\u{301}".containsUTF8("é") == false)  // bytes, not canonical equivalence
    }
}
