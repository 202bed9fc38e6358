/// One line of normalized text, with the facts the block rules ask about.
///
/// A value-type reader over the line's bytes: each construct (list marker, table
/// separator, Markdown heading) reads itself and leaves the line unchanged when it
/// does not match.
struct Line {
    let bytes: [UInt8]
    let range: Range<Int>
    /// Space-separated words, counted once (every rule asks) and only up to
    /// `wordCountCap`: no rule looks at more than 40 words, so 41 means "more than 40".
    let wordCount: Int
    static let wordCountCap = 41

    init(bytes: [UInt8], range: Range<Int>) {
        self.init(bytes: bytes, range: range, wordCount: bytes.withUnsafeBufferPointer { Line.countWords($0, range) })
    }

    init(bytes: [UInt8], range: Range<Int>, wordCount: Int) {
        self.bytes = bytes
        self.range = range
        self.wordCount = wordCount
    }

    /// Words (runs of bytes other than space) in `range`, counted up to `wordCountCap`.
    static func countWords(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var words = 0
        var inWord = false
        var k = range.lowerBound
        if let base = p.baseAddress {
            // Eight bytes at a time: a word starts at a non-space after a space.
            let raw = UnsafeRawPointer(base)
            while k + 8 <= range.upperBound && words < wordCountCap {
                let spaces = SWAR.zeroBytes(raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) ^ 0x2020_2020_2020_2020)
                words += SWAR.countMarked(~spaces & SWAR.highs & (spaces << 8 | (inWord ? 0 : 0x80)))
                inWord = spaces >> 63 == 0
                k += 8
            }
        }
        while k < range.upperBound && words < wordCountCap {
            if p[k] == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
            k += 1
        }
        return min(words, wordCountCap)
    }

    var isEmpty: Bool { range.isEmpty }
    var count: Int { range.count }
    subscript(_ k: Int) -> UInt8 { bytes[range.lowerBound + k] }

    var text: String { String(decoding: bytes[range], as: UTF8.self) }

    func hasPrefixIgnoringCase(_ prefix: [UInt8]) -> Bool {
        guard prefix.count <= count else { return false }
        var k = range.lowerBound
        for b in prefix {
            guard asciiLower(bytes[k]) == b else { return false }
            k += 1
        }
        return true
    }

    /// Whether " > ", " › ", " » " or " / " occurs (the separators of a breadcrumb).
    var hasBreadcrumbSeparator: Bool {
        bytes.withUnsafeBufferPointer { p in
            var k = range.lowerBound + 1  // the separator's middle byte: >, /, or the lead byte of › or »
            let end = range.upperBound
            let raw = UnsafeRawPointer(p.baseAddress!)
            while k + 1 < end {
                if k + 8 <= end {
                    let x = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                    if !SWAR.hasByte(x, UInt8(ascii: ">")) && !SWAR.hasByte(x, UInt8(ascii: "/"))
                        && !SWAR.hasByte(x, 0xE2) && !SWAR.hasByte(x, 0xC2) { k += 8; continue }
                }
                if p[k - 1] == 0x20 {
                    let b = p[k]
                    if (b == UInt8(ascii: ">") || b == UInt8(ascii: "/")) && p[k + 1] == 0x20 { return true }
                    // › U+203A (E2 80 BA), » U+00BB (C2 BB)
                    if b == 0xE2, k + 3 < end, p[k + 1] == 0x80, p[k + 2] == 0xBA, p[k + 3] == 0x20 { return true }
                    if b == 0xC2, k + 2 < end, p[k + 1] == 0xBB, p[k + 2] == 0x20 { return true }
                }
                k += 1
            }
            return false
        }
    }

    /// The line's first byte, lower-cased (0 for an empty line).
    var firstLowerByte: UInt8 { isEmpty ? 0 : asciiLower(bytes[range.lowerBound]) }

    func contains(_ byte: UInt8) -> Bool { bytes[range].contains(byte) }

    /// Whether `needle` occurs in the line, ignoring ASCII case. Eight bytes at a time
    /// are skipped when they lack the needle's rarest letter.
    func containsIgnoringCase(_ needle: CaselessNeedle) -> Bool {
        let n = needle.bytes
        guard n.count <= count else { return false }
        let a = needle.anchor
        let lower = n[a], upper = isASCIILower(lower) ? lower - 0x20 : lower
        return bytes.withUnsafeBufferPointer { p in
            var i = range.lowerBound + a
            let last = range.upperBound - n.count + a  // the last place the anchor can be
            let raw = UnsafeRawPointer(p.baseAddress!)
            func matches(at i: Int) -> Bool {
                let start = i - a
                var k = 0
                while k < n.count, asciiLower(p[start + k]) == n[k] { k += 1 }
                return k == n.count
            }
            while i + 8 <= last + 1 {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                var m = SWAR.bytesEqual(x, lower) | SWAR.bytesEqual(x, upper)
                while m != 0 {
                    if matches(at: i + SWAR.firstMarked(m)) { return true }
                    m &= m &- 1
                }
                i += 8
            }
            while i <= last {
                if p[i] == lower || p[i] == upper, matches(at: i) { return true }
                i += 1
            }
            return false
        }
    }

    /// The last byte that is not a closing quote or bracket.
    var lastMeaningfulByte: UInt8? {
        var k = range.upperBound - 1
        while k >= range.lowerBound {
            let b = bytes[k]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") {
                k -= 1
                continue
            }
            // ” (E2 80 9D) and ’ (E2 80 99) close quotes.
            if b == 0x9D || b == 0x99, k >= range.lowerBound + 2, bytes[k - 1] == 0x80, bytes[k - 2] == 0xE2 {
                k -= 3
                continue
            }
            return b
        }
        return nil
    }

    /// The first scalar of the line.
    var firstScalar: Unicode.Scalar? {
        isEmpty ? nil : decodeScalar(bytes, at: range.lowerBound).0
    }

    // MARK: - Constructs

    /// A list marker: `- `, `* `, `+ `, `• `, `· `, `▪ `, `◦ `, `1. `, `1) `, `a) `.
    /// Returns the marker (without the space) and the offset where the content starts.
    func listMarker() -> (marker: String, contentOffset: Int)? {
        guard count >= 3 else { return nil }
        let b = self[0]
        if (b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "+")) && self[1] == 0x20 {
            // "- -" or "* * *" are rules, not items.
            return self[2] == b ? nil : (String(UnicodeScalar(b)), 2)
        }
        if b >= 0xC2 {  // every bullet below is a multi-byte character
            for (bullet, p) in Line.bullets {
                if count > p.count + 1, bytes[range.lowerBound..<(range.lowerBound + p.count)].elementsEqual(p) {
                    if self[p.count] == 0x20 { return (bullet, p.count + 1) }
                }
            }
        } else if !isASCIIDigit(b) && !isASCIILower(b) {
            return nil
        }
        // Numbered: 1–3 digits, then "." or ")", then a space and a non-digit.
        var k = 0
        while k < min(count, 4), isASCIIDigit(self[k]) { k += 1 }
        if k >= 1, k <= 3, k + 2 < count, self[k] == UInt8(ascii: ".") || self[k] == UInt8(ascii: ")"), self[k + 1] == 0x20,
           !isASCIIDigit(self[k + 2]) {
            return (String(decoding: bytes[range.lowerBound..<(range.lowerBound + k + 1)], as: UTF8.self), k + 2)
        }
        // Lettered: "a) ", "b) ".
        if count >= 4, isASCIILower(self[0]), self[1] == UInt8(ascii: ")"), self[2] == 0x20 {
            return (String(decoding: bytes[range.lowerBound..<(range.lowerBound + 2)], as: UTF8.self), 3)
        }
        return nil
    }

    static let bullets: [(String, [UInt8])] = ["•", "·", "▪", "◦", "‣", "●", "○", "■", "□", "➢", "►", "✓", "✔"].map { ($0, Array($0.utf8)) }

    /// `#`…`######` then a space: the level and the content offset.
    func markdownHeading() -> (level: Int, contentOffset: Int)? {
        var k = 0
        while k < min(count, 7), self[k] == UInt8(ascii: "#") { k += 1 }
        guard k >= 1, k <= 6, k + 1 < count, self[k] == 0x20 else { return nil }
        return (k, k + 1)
    }

    /// A Markdown table delimiter row: `---|---|`, `|:--|--:|`, `| --- |`.
    var isTableSeparator: Bool {
        // A delimiter row starts with |, - or : (after trimming): most lines fail at once.
        guard count >= 3 else { return false }
        let first = bytes[range.lowerBound]
        guard first == UInt8(ascii: "|") || first == UInt8(ascii: "-") || first == UInt8(ascii: ":") else { return false }
        var dashes = 0
        var pipes = 0
        for k in range {
            switch bytes[k] {
            case UInt8(ascii: "-"): dashes += 1
            case UInt8(ascii: "|"): pipes += 1
            case UInt8(ascii: ":"), 0x20: break
            default: return false
            }
        }
        return dashes >= 3 && pipes > 0
    }

    /// The last place where `needle` occurs in the line (a byte index of `bytes`).
    func lastIndex(of needle: [UInt8]) -> Int? {
        var k = range.upperBound - needle.count
        while k >= range.lowerBound {
            if bytes[k] == needle[0] && bytes[k..<(k + needle.count)].elementsEqual(needle) { return k }
            k -= 1
        }
        return nil
    }

    /// Cells of a pipe-table row, trimmed; the leading and trailing pipes are optional;
    /// `\|` is a pipe inside a cell.
    func tableCells() -> [String] {
        var cells: [String] = []
        forEachCell { r, escaped in
            var lo = r.lowerBound, hi = r.upperBound
            while lo < hi, bytes[lo] == 0x20 { lo += 1 }
            while hi > lo, bytes[hi - 1] == 0x20 { hi -= 1 }
            if escaped {
                var cell: [UInt8] = []
                var k = lo
                while k < hi {
                    if bytes[k] == UInt8(ascii: "\\"), k + 1 < hi, bytes[k + 1] == UInt8(ascii: "|") { k += 1 }
                    cell.append(bytes[k])
                    k += 1
                }
                cells.append(String(decoding: cell, as: UTF8.self))
            } else {
                cells.append(String(decoding: bytes[lo..<hi], as: UTF8.self))
            }
        }
        return cells
    }

    /// The byte range of each cell (untrimmed), and whether it holds an escaped pipe.
    /// The last cell counts unless the line ends with a pipe and nothing follows it.
    func forEachCell(_ body: (Range<Int>, Bool) -> Void) {
        var k = range.lowerBound
        let end = range.upperBound
        if k < end && bytes[k] == UInt8(ascii: "|") { k += 1 }
        var cellStart = k
        var escaped = false
        var lastWasPipe = false
        var blank = true  // the current cell is only spaces so far
        while k < end {
            let b = bytes[k]
            if b == UInt8(ascii: "\\"), k + 1 < end, bytes[k + 1] == UInt8(ascii: "|") {
                escaped = true
                blank = false
                k += 2
                continue
            }
            if b == UInt8(ascii: "|") {
                body(cellStart..<k, escaped)
                cellStart = k + 1
                escaped = false
                blank = true
                lastWasPipe = true
                k += 1
                continue
            }
            lastWasPipe = false
            if b != 0x20 { blank = false }
            k += 1
        }
        if !lastWasPipe || !blank { body(cellStart..<end, escaped) }
    }

    /// How many cells `tableCells()` would return.
    var cellCount: Int {
        var n = 0
        forEachCell { _, _ in n += 1 }
        return n
    }

    /// Whether the line holds at least one unescaped pipe between cells.
    var looksLikeTableRow: Bool { contains(UInt8(ascii: "|")) && cellCount >= 2 }
}

/// A lower-case ASCII phrase to look for ignoring case, with the index of its rarest
/// letter (by English letter frequency), which the search looks for first.
struct CaselessNeedle {
    let bytes: [UInt8]
    let anchor: Int

    init(_ text: String) {
        bytes = Array(text.lowercased().utf8)
        precondition(!bytes.isEmpty)
        let byFrequency = Array("etaoinsrhldcumfpgwybvkxjqz".utf8)
        var best = 0, bestRank = -1
        for (k, b) in bytes.enumerated() {
            let rank = byFrequency.firstIndex(of: b) ?? (isASCIIDigit(b) ? 26 : -1)
            if rank > bestRank { best = k; bestRank = rank }
        }
        anchor = best
    }
}
