import Foundation

/// Turns decoded article bytes into the normalized text that `documents.text`
/// stores and every offset points into.
///
/// In order: line breaks unified (CRLF, CR, U+2028/2029 → LF); HTML leftovers
/// (character references decoded, stray tags removed, block tags turned into line
/// breaks); spaces (no-break and other Unicode spaces → space, zero-width characters
/// and soft hyphens and control characters dropped, runs collapsed, lines trimmed,
/// blank lines collapsed to one); NFC, line by line and only where a combining mark
/// occurs; and the space a careless editor left out after a sentence end or comma
/// ("unfounded.The", "However,officials", "U.S.is") put back, without touching
/// abbreviations, initials, decimals or domains.
public enum Normalizer {
    public static func normalize<C: Collection>(_ input: C) -> [UInt8] where C.Element == UInt8 {
        // Tags and entities are read on unified line breaks, before spaces are touched.
        let plain = input.withContiguousStorageIfAvailable { p -> ([UInt8], Bool)? in
            containsHTMLMarkup(p) ? nil : normalizeSpaces(p)
        } ?? nil
        var (bytes, mayNeedNFC) = plain ?? normalizeSpaces(decodeHTML(unifyLineBreaks(Array(input))))
        if mayNeedNFC { bytes = composeNFC(bytes) }
        return restoreMissingSpaces(bytes)
    }

    /// Whether `&` or `<` occurs: eight bytes at a time, since most articles have neither.
    static func containsHTMLMarkup(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = p.count
        if let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if SWAR.hasByte(x, UInt8(ascii: "&")) || SWAR.hasByte(x, UInt8(ascii: "<")) { break }
                i += 8
            }
        }
        while i < n {
            if p[i] == UInt8(ascii: "&") || p[i] == UInt8(ascii: "<") { return true }
            i += 1
        }
        return false
    }

    static func normalizeSpaces(_ s: [UInt8]) -> ([UInt8], Bool) {
        s.withUnsafeBufferPointer { normalizeSpaces($0) }
    }

    /// Convenience for tests and callers holding a String.
    public static func normalize(_ text: String) -> String {
        String(decoding: normalize(Array(text.utf8)), as: UTF8.self)
    }

    // MARK: - Line breaks

    static func unifyLineBreaks(_ s: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(s.count)
        var i = 0
        let n = s.count
        while i < n {
            let b = s[i]
            switch b {
            case 0x0D:
                out.append(0x0A)
                if i + 1 < n && s[i + 1] == 0x0A { i += 1 }
            case 0x0B, 0x0C:
                out.append(0x0A)
            case 0xE2 where i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9):
                out.append(0x0A)  // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
                i += 2
            default:
                out.append(b)
            }
            i += 1
        }
        return out
    }

    // MARK: - HTML leftovers

    static func decodeHTML(_ s: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(s.count)
        var i = 0
        let n = s.count
        while i < n {
            let b = s[i]
            if b == UInt8(ascii: "&"), let (replacement, length) = characterReference(s, at: i) {
                out.append(contentsOf: replacement)
                i += length
                continue
            }
            if b == UInt8(ascii: "<"), let (replacement, length) = tag(s, at: i) {
                out.append(contentsOf: replacement)
                i += length
                continue
            }
            out.append(b)
            i += 1
        }
        return out
    }

    /// Windows-1252 meanings of the C1 code points, which pages often emit as `&#146;`.
    private static let cp1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x85: 0x2026, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D,
        0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x99: 0x2122,
    ]

    /// `&name;`, `&#NNN;` or `&#xHHH;` at `i`: the UTF-8 replacement and the length consumed.
    static func characterReference(_ s: [UInt8], at i: Int) -> ([UInt8], Int)? {
        let n = s.count
        var j = i + 1
        let limit = min(n, i + 34)
        while j < limit, s[j] != UInt8(ascii: ";") {
            let c = s[j]
            let ok = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "#")
            if !ok { return nil }
            j += 1
        }
        guard j < limit, j > i + 1 else { return nil }
        let body = s[(i + 1)..<j]
        if body.first == UInt8(ascii: "#") {
            var digits = body.dropFirst()
            var radix: UInt32 = 10
            if let x = digits.first, x == UInt8(ascii: "x") || x == UInt8(ascii: "X") {
                radix = 16
                digits = digits.dropFirst()
            }
            guard !digits.isEmpty, digits.count <= 8 else { return nil }
            var value: UInt32 = 0
            for d in digits {
                let v: UInt32
                switch d {
                case 0x30...0x39: v = UInt32(d - 0x30)
                case 0x41...0x46 where radix == 16: v = UInt32(d - 0x41 + 10)
                case 0x61...0x66 where radix == 16: v = UInt32(d - 0x61 + 10)
                default: return nil
                }
                value = value * radix + v
            }
            value = cp1252[value] ?? value
            guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (Array(String(Character(scalar)).utf8), j - i + 1)
        }
        let name = String(decoding: body, as: UTF8.self)
        guard let text = HTMLEntities.named[name] else { return nil }
        return (Array(text.utf8), j - i + 1)
    }

    /// A tag or comment at `i`: what replaces it (a line break for block elements,
    /// nothing for inline ones) and the length consumed. Unknown tags stay as text.
    static func tag(_ s: [UInt8], at i: Int) -> ([UInt8], Int)? {
        let n = s.count
        var j = i + 1
        guard j < n else { return nil }
        if s[j] == UInt8(ascii: "!") {
            // <!-- comment -->
            guard j + 2 < n, s[j + 1] == UInt8(ascii: "-"), s[j + 2] == UInt8(ascii: "-") else { return nil }
            var k = j + 3
            while k + 2 < n {
                if s[k] == UInt8(ascii: "-") && s[k + 1] == UInt8(ascii: "-") && s[k + 2] == UInt8(ascii: ">") {
                    return ([], k + 3 - i)
                }
                k += 1
            }
            return nil
        }
        var closing = false
        if s[j] == UInt8(ascii: "/") { closing = true; j += 1 }
        let nameStart = j
        while j < n, isASCIIAlnum(s[j]) { j += 1 }
        guard j > nameStart, isASCIILetter(s[nameStart]) else { return nil }
        let name = String(decoding: s[nameStart..<j], as: UTF8.self).lowercased()
        guard j < n, s[j] == UInt8(ascii: ">") || s[j] == UInt8(ascii: " ") || s[j] == UInt8(ascii: "/")
                || s[j] == 0x0A || s[j] == 0x09 else { return nil }
        // Find the end of the tag, skipping quoted attribute values.
        var k = j
        var quote: UInt8 = 0
        let limit = min(n, i + 2_000)
        while k < limit {
            let c = s[k]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                quote = c
            } else if c == UInt8(ascii: ">") {
                break
            } else if c == UInt8(ascii: "<") {
                return nil
            }
            k += 1
        }
        guard k < limit else { return nil }
        let length = k + 1 - i
        if HTMLEntities.droppedWithContent.contains(name) {
            if closing { return ([], length) }
            // Skip to the matching end tag.
            let endTag = Array("</\(name)".utf8)
            var m = k + 1
            while m + endTag.count <= n {
                if s[m] == UInt8(ascii: "<") && s[m..<(m + endTag.count)].elementsEqual(endTag, by: { asciiLower($0) == $1 }) {
                    var e = m + endTag.count
                    while e < n, s[e] != UInt8(ascii: ">") { e += 1 }
                    return ([], min(n, e + 1) - i)
                }
                m += 1
            }
            return ([], n - i)
        }
        if HTMLEntities.blockTags.contains(name) {
            if !closing && name == "li" { return (Array("\n- ".utf8), length) }
            if !closing, name.count == 2, name.first == "h", let level = Int(name.dropFirst()), (1...6).contains(level) {
                return ([0x0A] + Array(repeating: UInt8(ascii: "#"), count: level) + [0x20], length)
            }
            return ([0x0A], length)
        }
        if HTMLEntities.inlineTags.contains(name) {
            // Cells and images separate words; other inline tags sit inside words.
            return (name == "td" || name == "th" || name == "img" ? [0x20] : [], length)
        }
        return nil
    }

    // MARK: - Spaces

    /// Unicode spaces that become a plain space.
    @inline(__always)
    static func spaceWidth(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = s[i]
        if b == 0x20 || b == 0x09 { return 1 }
        if b == 0xC2, i + 1 < s.count, s[i + 1] == 0xA0 { return 2 }  // U+00A0
        if b == 0xE2, i + 2 < s.count {
            let b1 = s[i + 1], b2 = s[i + 2]
            if b1 == 0x80 && (b2 >= 0x80 && b2 <= 0x8A || b2 == 0xAF) { return 3 }  // U+2000–200A, U+202F
            if b1 == 0x81 && b2 == 0x9F { return 3 }  // U+205F
        }
        if b == 0xE3, i + 2 < s.count, s[i + 1] == 0x80, s[i + 2] == 0x80 { return 3 }  // U+3000
        return 0
    }

    /// Invisible characters that are dropped: zero-width space, word joiner, BOM, soft hyphen.
    @inline(__always)
    static func invisibleWidth(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = s[i]
        if b < 0x20 && b != 0x0A && b != 0x0D { return 1 }  // C0 controls other than line breaks (tabs were spaces)
        if b == 0x7F { return 1 }
        if b == 0xC2, i + 1 < s.count, s[i + 1] == 0xAD { return 2 }  // U+00AD soft hyphen
        if b == 0xE2, i + 2 < s.count, s[i + 1] == 0x80, s[i + 2] == 0x8B { return 3 }  // U+200B
        if b == 0xE2, i + 2 < s.count, s[i + 1] == 0x81, s[i + 2] == 0xA0 { return 3 }  // U+2060
        if b == 0xEF, i + 2 < s.count, s[i + 1] == 0xBB, s[i + 2] == 0xBF { return 3 }  // U+FEFF
        return 0
    }

    /// Spaces normalized and line breaks unified; the flag says whether a character that
    /// NFC might change can occur (a lead byte from U+0300 on, other than the punctuation
    /// block U+2000–U+20CF of curly quotes and dashes).
    static func normalizeSpaces(_ p: UnsafeBufferPointer<UInt8>) -> ([UInt8], Bool) {
        var mayNeedNFC = false
        let bytes = [UInt8](unsafeUninitializedCapacity: p.count + 1) { out, written in
            written = normalizeSpaces(p, into: out, mayNeedNFC: &mayNeedNFC)
        }
        return (bytes, mayNeedNFC)
    }

    private static func normalizeSpaces(_ s: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
                                        mayNeedNFC: inout Bool) -> Int {
        var o = 0
        var i = 0
        let n = s.count
        var pendingSpace = false      // a space seen since the last visible byte on this line
        var lineHasText = false
        var pendingNewlines = 0       // line breaks seen since the last line with text
        let raw = UnsafeRawPointer(s.baseAddress)
        let rawOut = UnsafeMutableRawPointer(out.baseAddress)
        while i < n {
            // Eight bytes of words with single spaces between them, in the middle of a line:
            // copied as they are.
            if lineHasText && !pendingSpace, let raw, let rawOut {
                let start = i
                while i + 8 <= n {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    // No byte below 0x20 (x - 0x20 borrows) or from 0x7F on (x + 1 or x itself
                    // has the high bit). A borrow or carry only starts at such a byte.
                    guard ((x &- 0x2020_2020_2020_2020) | (x &+ SWAR.ones) | x) & SWAR.highs == 0 else { break }
                    // Single spaces only, and one in the last byte only before a visible character.
                    // Spaces are now the only bytes below 0x21 (a "!" right after a space is
                    // marked too, which only sends the chunk to the byte path).
                    let spaces = (x &- 0x2121_2121_2121_2121) & SWAR.highs
                    guard spaces & (spaces >> 8) == 0 else { break }
                    if spaces >> 56 != 0 {
                        guard i + 8 < n, s[i + 8] > 0x20 && s[i + 8] < 0x7F else { break }
                    }
                    rawOut.storeBytes(of: x, toByteOffset: o + i - start, as: UInt64.self)
                    i += 8
                }
                if i > start {
                    o += i - start
                    continue
                }
            }
            let b = s[i]
            if lineHasText && !pendingSpace {
                // ASCII letters, digits and punctuation: the common case, copied at once.
                if b > 0x20 && b < 0x7F {
                    out[o] = b; o += 1; i += 1
                    continue
                }
                // Bytes of characters that are neither spaces, breaks nor invisible: the
                // continuation bytes, lead bytes other than C2, E2, E3 and EF, and the
                // dashes, quotes and ellipsis of E2 80 90–A7.
                if b >= 0x80 {
                    if b < 0xC2 {
                        out[o] = b; o += 1; i += 1
                        continue
                    }
                    if b == 0xE2 {
                        if i + 2 < n && s[i + 1] == 0x80 && s[i + 2] >= 0x90 && s[i + 2] <= 0xA7 {
                            out[o] = b; out[o + 1] = 0x80; out[o + 2] = s[i + 2]; o += 3; i += 3
                            continue
                        }
                    } else if b != 0xC2 && b != 0xE3 && b != 0xEF {
                        if b >= 0xCC { mayNeedNFC = true }
                        out[o] = b; o += 1; i += 1
                        continue
                    }
                }
            }
            // A single space between words: the next most common case.
            if b == 0x20 && lineHasText && !pendingSpace && i + 1 < n && s[i + 1] > 0x20 && s[i + 1] < 0x7F {
                out[o] = 0x20; out[o + 1] = s[i + 1]; o += 2; i += 2
                continue
            }
            if b >= 0xCC && !(b == 0xE2 && i + 1 < n && s[i + 1] < 0x83) { mayNeedNFC = true }
            var isBreak = b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C
            var breakWidth = 1
            if b == 0x0D, i + 1 < n, s[i + 1] == 0x0A { breakWidth = 2 }
            if b == 0xE2, i + 2 < n, s[i + 1] == 0x80, s[i + 2] == 0xA8 || s[i + 2] == 0xA9 { isBreak = true; breakWidth = 3 }
            if isBreak {
                if lineHasText { pendingNewlines = 1 } else if pendingNewlines > 0 { pendingNewlines = 2 }
                lineHasText = false
                pendingSpace = false
                i += breakWidth
                continue
            }
            let sw = spaceWidth(s, i)
            if sw > 0 { pendingSpace = lineHasText; i += sw; continue }
            let iw = invisibleWidth(s, i)
            if iw > 0 { i += iw; continue }
            if !lineHasText {
                if o > 0 {
                    out[o] = 0x0A; o += 1
                    if pendingNewlines > 1 { out[o] = 0x0A; o += 1 }
                }
                pendingNewlines = 0
                lineHasText = true
            } else if pendingSpace {
                out[o] = 0x20; o += 1
            }
            pendingSpace = false
            out[o] = b; o += 1
            i += 1
        }
        return o
    }

    // MARK: - NFC

    /// NFC applied line by line, and only to lines holding a character that NFC can
    /// change (a combining mark, or a Hangul vowel or final jamo). Whole-document NFC
    /// is slower than linear on long strings full of decomposed accents.
    static func composeNFC(_ s: [UInt8]) -> [UInt8] {
        var out: [UInt8]? = nil
        var lineStart = 0
        var i = 0
        let n = s.count
        var needs = false
        func flushLine(_ end: Int) {
            if needs {
                if out == nil { out = Array(s[0..<lineStart]) }
                let line = String(decoding: s[lineStart..<end], as: UTF8.self)
                out!.append(contentsOf: line.precomposedStringWithCanonicalMapping.utf8)
            } else if out != nil {
                out!.append(contentsOf: s[lineStart..<end])
            }
        }
        while i < n {
            let b = s[i]
            if b == 0x0A {
                flushLine(i)
                out?.append(0x0A)
                lineStart = i + 1
                needs = false
                i += 1
                continue
            }
            if b >= 0xCC && !needs {
                // Lead bytes from 0xCC on start scalars ≥ U+0300, where combining marks begin.
                let (scalar, length) = decodeScalar(s, at: i)
                if scalar.properties.canonicalCombiningClass != .notReordered
                    || (0x1160...0x11FF).contains(scalar.value) {
                    needs = true
                }
                i += length
                continue
            }
            i += 1
        }
        flushLine(n)
        return out ?? s
    }

    // MARK: - Missing spaces

    /// The longest token (bytes) in which a missing space is looked for.
    static let longestToken = 128

    static func restoreMissingSpaces(_ s: [UInt8]) -> [UInt8] {
        // Most texts need no change: find the places first, copy only when there are some.
        var inserts: [Int] = []
        s.withUnsafeBufferPointer { p in
            let n = p.count
            var lastInsert = -1
            // Whether a space goes in after the mark at `i` (one of . , ; ! ?).
            func check(_ i: Int) {
                guard i + 1 < n else { return }
                let b = p[i], c = p[i + 1]
                guard c != 0x20, c != 0x0A, !isASCIIDigit(c) else { return }
                // The whitespace-delimited token the mark ends (a space put in starts a new one).
                // A token longer than `longestToken` is not prose (a URL, a run of symbols)
                // and is left alone, which also keeps the work per mark bounded.
                var tokenStart = i
                let floor = max(lastInsert + 1, i - longestToken)
                while tokenStart > floor, p[tokenStart - 1] != 0x20, p[tokenStart - 1] != 0x0A { tokenStart -= 1 }
                if tokenStart == i - longestToken { return }
                let insert: Bool
                if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") {
                    insert = isLetterBefore(s, i) && isLetterAt(s, i + 1) && !tokenLooksLikeAddress(s, tokenStart, i)
                } else {
                    insert = needsSpaceAfterTerminal(s, at: i, tokenStart: tokenStart)
                }
                if insert {
                    inserts.append(i + 1)
                    lastInsert = i
                }
            }
            var i = 0
            if let raw = UnsafeRawPointer(p.baseAddress) {
                // Eight bytes at a time: marks followed by a space or line break are skipped
                // without a look (the mark in the last byte of a chunk is always looked at).
                while i + 8 <= n {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    // x | 2 is "." for "," and "."; x | 4 is "?" for ";" and "?".
                    let marks = SWAR.bytesEqual(x | 0x0202_0202_0202_0202, UInt8(ascii: "."))
                        | SWAR.bytesEqual(x | 0x0404_0404_0404_0404, UInt8(ascii: "?"))
                        | SWAR.bytesEqual(x, UInt8(ascii: "!"))
                    if marks != 0 {
                        let gaps = SWAR.bytesEqual(x, 0x20) | SWAR.bytesEqual(x, 0x0A)
                        var m = marks & ~(gaps &>> 8)
                        while m != 0 {
                            check(i + SWAR.firstMarked(m))
                            m &= m &- 1
                        }
                    }
                    i += 8
                }
            }
            let marks: UInt64 = 1 << 0x2E | 1 << 0x2C | 1 << 0x3B | 1 << 0x21 | 1 << 0x3F
            while i < n {
                let b = p[i]
                if b < 0x40, marks >> UInt64(b) & 1 != 0 { check(i) }
                i += 1
            }
        }
        guard !inserts.isEmpty else { return s }
        var out = [UInt8]()
        out.reserveCapacity(s.count + inserts.count)
        var from = 0
        for at in inserts {
            out.append(contentsOf: s[from..<at])
            out.append(0x20)
            from = at
        }
        out.append(contentsOf: s[from...])
        return out
    }

    /// Whether a space belongs after the `.`, `!` or `?` at `i`.
    static func needsSpaceAfterTerminal(_ s: [UInt8], at i: Int, tokenStart: Int) -> Bool {
        if tokenLooksLikeAddress(s, tokenStart, i) { return false }
        let token = s[tokenStart..<i]
        guard let last = token.last else { return false }
        if s[i] == UInt8(ascii: ".") && isDottedAbbreviation(token) {
            // "U.S.is", "U.S.military": the abbreviation is complete, a word follows.
            return wordLength(s, from: i + 1, upTo: 2) >= 2
        }
        if token.contains(UInt8(ascii: ".")) { return false }  // "nytimes.com", "3.5.The"
        // "unfounded.The": a word ends, a capitalized word follows without a space.
        guard isASCIILetter(last) || last >= 0x80 else { return false }
        let (next, length) = decodeScalar(s, at: i + 1)
        guard next.properties.isUppercase, i + 1 + length < s.count else { return false }
        let (after, _) = decodeScalar(s, at: i + 1 + length)
        guard after.properties.isLowercase else { return false }
        // A single capital before the period is an initial ("M.Oudkirk" → "M. Oudkirk").
        return token.count >= 2 || isASCIIUpper(last)
    }

    /// Letters separated by periods: "U.S", "e.g", "J.R.R" (the final period not included).
    static func isDottedAbbreviation(_ token: ArraySlice<UInt8>) -> Bool {
        guard token.count >= 3 else { return false }
        var expectLetter = true
        for b in token {
            if expectLetter {
                guard isASCIILetter(b) else { return false }
            } else {
                guard b == UInt8(ascii: ".") else { return false }
            }
            expectLetter.toggle()
        }
        return !expectLetter
    }

    /// URLs, e-mail addresses and paths are left alone.
    static func tokenLooksLikeAddress(_ s: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var k = start
        while k < end {
            let c = s[k]
            if c == UInt8(ascii: "@") || c == UInt8(ascii: "/") || c == UInt8(ascii: ":") || c == UInt8(ascii: "_") { return true }
            k += 1
        }
        return false
    }

    /// Letters in a row from `i`, counted up to `limit`.
    static func wordLength(_ s: [UInt8], from i: Int, upTo limit: Int) -> Int {
        var k = i
        var count = 0
        while k < s.count && count < limit {
            let (scalar, length) = decodeScalar(s, at: k)
            guard scalar.properties.isAlphabetic else { break }
            count += 1
            k += length
        }
        return count
    }

    static func isLetterAt(_ s: [UInt8], _ i: Int) -> Bool {
        guard i < s.count else { return false }
        if s[i] < 0x80 { return isASCIILetter(s[i]) }
        return decodeScalar(s, at: i).0.properties.isAlphabetic
    }

    static func isLetterBefore(_ s: [UInt8], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        var k = i - 1
        if s[k] < 0x80 { return isASCIILetter(s[k]) }
        while k > 0, s[k] & 0xC0 == 0x80 { k -= 1 }
        return decodeScalar(s, at: k).0.properties.isAlphabetic
    }
}

// MARK: - Byte helpers shared by the scanners

/// Eight bytes at a time (SIMD within a register).
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// 0x80 in each byte of `x` that is zero, 0 elsewhere (exact).
    @inline(__always) static func zeroBytes(_ x: UInt64) -> UInt64 {
        ~(((x & ~highs) &+ ~highs) | x | ~highs)
    }

    /// Whether some byte of `x` is zero. Exact as a whole (the lowest zero byte always
    /// marks itself; only bytes above it can be marked wrongly), in three operations.
    @inline(__always) static func hasZero(_ x: UInt64) -> Bool {
        (x &- ones) & ~x & highs != 0
    }

    /// Whether some byte of `x` equals `b`.
    @inline(__always) static func hasByte(_ x: UInt64, _ b: UInt8) -> Bool { hasZero(x ^ (ones &* UInt64(b))) }

    /// 0x80 in each byte of `x` that equals `b`, 0 elsewhere (exact).
    @inline(__always) static func bytesEqual(_ x: UInt64, _ b: UInt8) -> UInt64 { zeroBytes(x ^ (ones &* UInt64(b))) }

    /// The index (0–7, in memory order) of the first marked byte of a non-zero mask.
    @inline(__always) static func firstMarked(_ mask: UInt64) -> Int { mask.trailingZeroBitCount &>> 3 }

    /// Whether some byte of `x` is below `n` (n ≤ 128; exact when no byte is ≥ 0x80).
    @inline(__always) static func hasLess(_ x: UInt64, _ n: UInt8) -> Bool {
        (x &- ones &* UInt64(n)) & ~x & highs != 0
    }

    /// How many bytes of `mask` (0x80 or 0 in each byte) are marked. A multiply, as
    /// the baseline x86-64 target has no popcount instruction.
    @inline(__always) static func countMarked(_ mask: UInt64) -> Int {
        Int(truncatingIfNeeded: ((mask >> 7) &* ones) >> 56)
    }

    /// How many bytes of `x` start a UTF-8 sequence (are not 10xxxxxx).
    @inline(__always) static func scalarStarts(_ x: UInt64) -> Int {
        8 - countMarked(x & ~(x << 1) & highs)
    }
}

@inline(__always) func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
@inline(__always) func isASCIIUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
@inline(__always) func isASCIILower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
@inline(__always) func isASCIIDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
@inline(__always) func isASCIIAlnum(_ b: UInt8) -> Bool { isASCIILetter(b) || isASCIIDigit(b) }
@inline(__always) func asciiLower(_ b: UInt8) -> UInt8 { isASCIIUpper(b) ? b | 0x20 : b }

/// Decodes the scalar starting at `i` of valid UTF-8; returns it and its length in bytes.
@inline(__always)
func decodeScalar(_ s: [UInt8], at i: Int) -> (Unicode.Scalar, Int) {
    let b0 = UInt32(s[i])
    if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
    let n = s.count
    if b0 < 0xE0, i + 1 < n {
        return (Unicode.Scalar(((b0 & 0x1F) << 6) | (UInt32(s[i + 1]) & 0x3F)) ?? "\u{FFFD}", 2)
    }
    if b0 < 0xF0, i + 2 < n {
        let v = ((b0 & 0x0F) << 12) | ((UInt32(s[i + 1]) & 0x3F) << 6) | (UInt32(s[i + 2]) & 0x3F)
        return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
    }
    if i + 3 < n {
        let v = ((b0 & 0x07) << 18) | ((UInt32(s[i + 1]) & 0x3F) << 12) | ((UInt32(s[i + 2]) & 0x3F) << 6) | (UInt32(s[i + 3]) & 0x3F)
        return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
    }
    return ("\u{FFFD}", 1)
}
