/// A short word as a value (ASCII lower-cased, up to 15 bytes, its length in the last
/// byte), so lexicon look-ups need no String and no SipHash.
public struct WordKey: Hashable, Sendable {
    @usableFromInline var low: UInt64 = 0
    @usableFromInline var high: UInt64 = 0

    /// The key of `bytes`, or nil when empty or longer than 15 bytes.
    @inlinable
    public init?<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        var count = 0
        for b in bytes {
            guard count < 15 else { return nil }
            let v = UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            if count < 8 { low |= v << (8 * UInt64(count)) } else { high |= v << (8 * UInt64(count - 8)) }
            count += 1
        }
        guard count > 0 else { return nil }
        high |= UInt64(count) << 56
    }

    public init?(_ word: String) { self.init(word.utf8) }

    /// The key of a word already packed by the caller: its first eight bytes, ASCII
    /// lower-cased, in `packedLow` (first byte lowest), the next seven in `high`, and its
    /// length (1…15). (`Token` packs it while reading the word's case.)
    @inlinable
    public init(packedLow: UInt64, high: UInt64, count: Int) {
        low = packedLow
        self.high = high | UInt64(count) << 56
    }

    /// No word: the empty slot of a `WordKeyTable` (every word's key has its length in `high`).
    static let none = WordKey(low: 0, high: 0)
    private init(low: UInt64, high: UInt64) { self.low = low; self.high = high }
}

/// A fixed table from words (ASCII case ignored, at most 15 bytes each) to small values,
/// looked up with a multiplication and a probe or two. Built once; `Set<WordKey>` and
/// `[String: …]` spent more on SipHash than the rules that ask spend on everything else.
public struct WordKeyTable: Sendable {
    private let keys: [WordKey]
    private let values: [UInt32]
    private let shift: UInt64
    private let mask: Int

    /// Words that do not fit a key (longer than 15 bytes) are left out: callers fall back
    /// to their own dictionary for those.
    public init<S: Sequence>(_ pairs: S) where S.Element == (String, UInt32) {
        var unique: [WordKey: UInt32] = [:]
        for (word, value) in pairs {
            if let key = WordKey(word) { unique[key] = value }
        }
        var bits: UInt64 = 3
        while (1 << bits) < unique.count * 4 { bits += 1 }
        shift = 64 - bits
        mask = (1 << Int(bits)) - 1
        var keys = Array(repeating: WordKey.none, count: mask + 1)
        var values = Array(repeating: UInt32(0), count: mask + 1)
        for (key, value) in unique {
            var h = Self.slot(key, shift)
            while keys[h] != .none { h = (h + 1) & mask }
            keys[h] = key
            values[h] = value
        }
        self.keys = keys
        self.values = values
    }

    @inline(__always)
    private static func slot(_ key: WordKey, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key.low &+ key.high &* 0x2545_F491_4F6C_DD1D) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    public subscript(_ key: WordKey) -> UInt32? {
        var h = Self.slot(key, shift)
        while true {
            let k = keys[h]
            if k == key { return values[h] }
            if k == .none { return nil }
            h = (h + 1) & mask
        }
    }
}

/// A fixed set of words, ASCII case ignored (see `WordKeyTable`).
struct WordKeySet {
    private let table: WordKeyTable

    init<S: Sequence>(_ words: S) where S.Element == String {
        table = WordKeyTable(words.map { ($0, UInt32(1)) })
    }

    func contains(_ key: WordKey) -> Bool { table[key] != nil }
}
