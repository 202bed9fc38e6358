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
        var bytes = Array(input)
        if bytes.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") }) {
            // Tags and entities are read on unified line breaks.
            bytes = decodeHTML(unifyLineBreaks(bytes))
        }
        // Line breaks (CR, CRLF, U+2028/9) are unified while spaces are normalized.
        bytes = normalizeSpaces(bytes)
        bytes = composeNFC(bytes)
        bytes = restoreMissingSpaces(bytes)
        return bytes
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

    static func normalizeSpaces(_ s: [UInt8]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: s.count + 1) { out, written in
            s.withUnsafeBufferPointer { p in written = normalizeSpaces(p, into: out) }
        }
    }

    private static func normalizeSpaces(_ s: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var o = 0
        var i = 0
        let n = s.count
        var pendingSpace = false      // a space seen since the last visible byte on this line
        var lineHasText = false
        var pendingNewlines = 0       // line breaks seen since the last line with text
        while i < n {
            let b = s[i]
            // ASCII letters, digits and punctuation: the common case, copied at once.
            if b > 0x20 && b < 0x7F && lineHasText && !pendingSpace {
                out[o] = b; o += 1; i += 1
                continue
            }
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

    static func restoreMissingSpaces(_ s: [UInt8]) -> [UInt8] {
        // Most texts need no change: look for a candidate before copying anything.
        var candidate = false
        s.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count - 1
            while i < n {
                let b = p[i], c = p[i + 1]
                if (b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: "!")
                    || b == UInt8(ascii: "?")) && c != 0x20 && c != 0x0A && !(c >= 0x30 && c <= 0x39) {
                    candidate = true
                    return
                }
                i += 1
            }
        }
        guard candidate else { return s }
        var out = [UInt8]()
        out.reserveCapacity(s.count + s.count / 64)
        let n = s.count
        var tokenStart = 0  // index in `s` where the current whitespace-delimited token began
        var i = 0
        while i < n {
            let b = s[i]
            out.append(b)
            if b == 0x20 || b == 0x0A { tokenStart = i + 1; i += 1; continue }
            guard i + 1 < n else { i += 1; continue }
            switch b {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                if needsSpaceAfterTerminal(s, at: i, tokenStart: tokenStart) {
                    out.append(0x20)
                    tokenStart = i + 1
                }
            case UInt8(ascii: ","), UInt8(ascii: ";"):
                if isLetterBefore(s, i), isLetterAt(s, i + 1), !tokenLooksLikeAddress(s, tokenStart, i) {
                    out.append(0x20)
                    tokenStart = i + 1
                }
            default:
                break
            }
            i += 1
        }
        return out
    }

    /// Whether a space belongs after the `.`, `!` or `?` at `i`.
    static func needsSpaceAfterTerminal(_ s: [UInt8], at i: Int, tokenStart: Int) -> Bool {
        if tokenLooksLikeAddress(s, tokenStart, i) { return false }
        let token = s[tokenStart..<i]
        guard let last = token.last else { return false }
        if s[i] == UInt8(ascii: ".") && isDottedAbbreviation(token) {
            // "U.S.is", "U.S.military": the abbreviation is complete, a word follows.
            return wordLength(s, from: i + 1) >= 2
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

    static func wordLength(_ s: [UInt8], from i: Int) -> Int {
        var k = i
        var count = 0
        while k < s.count {
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
