/// One line of normalized text, with the facts the block rules ask about.
///
/// A value-type reader over the line's bytes: each construct (list marker, table
/// separator, Markdown heading) reads itself and leaves the line unchanged when it
/// does not match.
struct Line {
    let bytes: [UInt8]
    let range: Range<Int>

    var isEmpty: Bool { range.isEmpty }
    var count: Int { range.count }
    subscript(_ k: Int) -> UInt8 { bytes[range.lowerBound + k] }

    var text: String { String(decoding: bytes[range], as: UTF8.self) }

    func hasPrefix(_ prefix: String) -> Bool {
        let p = Array(prefix.utf8)
        return p.count <= count && bytes[range.lowerBound..<(range.lowerBound + p.count)].elementsEqual(p)
    }

    func hasPrefixIgnoringCase(_ prefix: String) -> Bool {
        var k = range.lowerBound
        for b in prefix.utf8 {
            guard k < range.upperBound, asciiLower(bytes[k]) == asciiLower(b) else { return false }
            k += 1
        }
        return true
    }

    /// The first space-delimited word, lower-cased (ASCII), without trailing ":" or ",".
    var firstWordLowercased: String {
        var end = range.lowerBound
        while end < range.upperBound, bytes[end] != 0x20 { end += 1 }
        var word = bytes[range.lowerBound..<end].map(asciiLower)
        while let last = word.last, last == UInt8(ascii: ":") || last == UInt8(ascii: ",") { word.removeLast() }
        return String(decoding: word, as: UTF8.self)
    }

    /// The line's first byte, lower-cased (0 for an empty line).
    var firstLowerByte: UInt8 { isEmpty ? 0 : asciiLower(bytes[range.lowerBound]) }

    /// Whether the line contains `needle` bytes exactly.
    func contains(bytes needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= count else { return false }
        var i = range.lowerBound
        let hi = range.upperBound - needle.count
        while i <= hi {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    func contains(_ byte: UInt8) -> Bool { bytes[range].contains(byte) }

    /// Whether an ASCII `needle` occurs in the line, ignoring ASCII case.
    func containsIgnoringCase(_ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first, n.count <= count else { return false }
        let lo = range.lowerBound, hi = range.upperBound - n.count
        var i = lo
        while i <= hi {
            if asciiLower(bytes[i]) == first {
                var k = 1
                while k < n.count, asciiLower(bytes[i + k]) == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }

    func count(of byte: UInt8) -> Int { bytes[range].reduce(0) { $0 + ($1 == byte ? 1 : 0) } }

    var wordCount: Int {
        var words = 0
        var inWord = false
        for b in bytes[range] {
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        return words
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
        guard contains(UInt8(ascii: "|")) || hasPrefix("---") else { return false }
        var dashes = 0
        for b in bytes[range] {
            switch b {
            case UInt8(ascii: "-"): dashes += 1
            case UInt8(ascii: "|"), UInt8(ascii: ":"), 0x20: break
            default: return false
            }
        }
        return dashes >= 3 && contains(UInt8(ascii: "|"))
    }

    /// Cells of a pipe-table row, trimmed; the leading and trailing pipes are optional.
    func tableCells() -> [String] {
        var cells: [String] = []
        var current: [UInt8] = []
        var k = range.lowerBound
        let end = range.upperBound
        if k < end && bytes[k] == UInt8(ascii: "|") { k += 1 }
        var sawClosingPipe = false
        while k < end {
            let b = bytes[k]
            if b == UInt8(ascii: "\\"), k + 1 < end, bytes[k + 1] == UInt8(ascii: "|") {
                current.append(UInt8(ascii: "|"))
                k += 2
                continue
            }
            if b == UInt8(ascii: "|") {
                cells.append(Line.trimmed(current))
                current.removeAll(keepingCapacity: true)
                sawClosingPipe = true
                k += 1
                continue
            }
            sawClosingPipe = false
            current.append(b)
            k += 1
        }
        if !sawClosingPipe || !Line.trimmed(current).isEmpty { cells.append(Line.trimmed(current)) }
        return cells
    }

    static func trimmed(_ bytes: [UInt8]) -> String {
        var lo = 0, hi = bytes.count
        while lo < hi, bytes[lo] == 0x20 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 { hi -= 1 }
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// Whether the line holds at least one unescaped pipe between cells.
    var looksLikeTableRow: Bool { count(of: UInt8(ascii: "|")) >= 1 && tableCells().count >= 2 }
}
