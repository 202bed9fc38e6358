import NewsText

/// A word or punctuation mark of a sentence, with its byte range in the article.
///
/// Possessive endings are tokens of their own ("Kosovo’s" → "Kosovo", "’s"), so that
/// rules can see both the name and the possessive.
public struct Token: Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable { case word, number, punctuation, possessive }

    public var text: String
    public var kind: Kind
    public var range: Range<Int>

    /// Lower-cased text, for lexicon look-ups.
    public var lower: String
    /// Starts with a capital letter ("Zemaj", "U.S.", "McCain").
    public let isCapitalized: Bool
    /// Starts with a lower-case letter.
    public let isLowercase: Bool
    /// Every letter is a capital and there are at least two ("NATO", "KFOR").
    public let isAllCaps: Bool
    /// Has at least one lower-case letter.
    public let hasLowercase: Bool
    /// What the lexicons say about the word.
    public let flags: WordFlags
    /// Starts with an ASCII digit ("2024", "3rd", "1990s"): only such tokens are read as numbers.
    public let startsWithDigit: Bool

    public var description: String { text }

    /// The token of `utf8[range]`.
    init(_ utf8: [UInt8], _ kind: Kind, _ range: Range<Int>) {
        let bytes = utf8[range]
        let text = String(decoding: bytes, as: UTF8.self)
        self.text = text
        self.startsWithDigit = bytes.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
        self.kind = kind
        self.range = range
        // Case facts are read once here; Unicode property look-ups are slow in loops.
        var upper = 0, lowerCount = 0, letters = 0
        var firstUpper = false, firstLower = false, seenFirst = false
        var ascii = true
        for u in bytes where u >= 0x80 { ascii = false; break }
        // The lexicons' key of a short ASCII word, packed on the way (`WordKey`).
        var keyLow: UInt64 = 0, keyHigh: UInt64 = 0, n: UInt64 = 0
        if ascii {
            for b in bytes {
                let isUp = b >= 0x41 && b <= 0x5A, isLow = b >= 0x61 && b <= 0x7A
                if isUp || isLow {
                    letters += 1
                    if isUp { upper += 1 } else { lowerCount += 1 }
                }
                if !seenFirst { seenFirst = true; firstUpper = isUp; firstLower = isLow }
                let v = UInt64(isUp ? b | 0x20 : b)
                if n < 8 { keyLow |= v << (8 * n) } else if n < 15 { keyHigh |= v << (8 * (n - 8)) }
                n += 1
            }
            // Lower-cased in place of a copy, and only when there is a capital to lower.
            self.lower = upper == 0 ? text : String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var k = 0
                for b in bytes {
                    buffer[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    k += 1
                }
                return k
            }
        } else {
            for scalar in text.unicodeScalars {
                let p = scalar.properties
                let isUp = p.isUppercase, isLow = p.isLowercase
                if p.isAlphabetic { letters += 1 }
                if isUp { upper += 1 }
                if isLow { lowerCount += 1 }
                if !seenFirst { seenFirst = true; firstUpper = isUp; firstLower = isLow }
            }
            self.lower = text.lowercased()
        }
        self.isCapitalized = kind == .word && firstUpper
        self.isLowercase = kind == .word && firstLower
        self.isAllCaps = kind == .word && letters >= 2 && lowerCount == 0
        self.hasLowercase = lowerCount > 0
        self.flags = kind == .punctuation ? []
            : ascii && n > 0 && n <= 15 ? Lexicon.flags(of: WordKey(packedLow: keyLow, high: keyHigh, count: Int(n)))
            : Lexicon.otherWordFlags[Array(lower.utf8)] ?? []
    }

    /// A single capital with a period: an initial ("M.").
    var isInitial: Bool {
        // (The length first: most words are longer, and the last byte is dear to reach.)
        kind == .word && isCapitalized && text.utf8.count <= 4 && text.utf8.last == UInt8(ascii: ".")
            && (text.unicodeScalars.count == 2 || isJoinedInitials)
    }

    /// "D.K.", "B.Y.": two initials written together (not a place's, "U.S.", "D.C.").
    @inline(never)
    private var isJoinedInitials: Bool {
        guard text.utf8.count == 4, !flags.contains(.neverName), !flags.contains(.jurisdictionStart) else { return false }
        for (k, b) in text.utf8.enumerated() where k % 2 == 0 ? !(b >= 0x41 && b <= 0x5A) : b != UInt8(ascii: ".") { return false }
        return true
    }
    func `is`(_ punctuation: String) -> Bool { kind == .punctuation && text == punctuation }
    var isComma: Bool { self.is(",") }
    /// Ends a clause: , ; : ( ) — –
    var isClauseBreak: Bool {
        // A punctuation token is one scalar.
        guard kind == .punctuation, let scalar = text.unicodeScalars.first else { return false }
        switch scalar {
        case ",", ";", ":", "(", ")", "—", "–", "-", "|", "\"", "“", "”": return true
        default: return false
        }
    }
}

/// Splits sentences into tokens.
public enum Tokenizer {
    /// Apostrophes that can open a possessive: ' and ’.
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "’" }

    public static func tokenize(_ utf8: [UInt8], _ range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 4 + 4)  // about one token per five bytes of English
        var i = range.lowerBound
        let end = range.upperBound
        var sawPostNominal = false
        while i < end {
            let (scalar, length) = scalar(utf8, i)
            // (Markdown's emphasis, "**Gbenga Omotoso**, the commissioner, said" or "__…__", is no
            // part of a sentence's grammar: no token.)
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "*" || scalar == "_" { i += length; continue }
            if isWordScalar(scalar) {
                let start = i
                var j = i
                var hasLetter = false
                var allDigits = true
                while j < end {
                    let b = utf8[j]
                    if b < 0x80 {
                        if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) { hasLetter = true; allDigits = false; j += 1; continue }
                        if b >= 0x30 && b <= 0x39 { j += 1; continue }
                    }
                    let (c, l) = Tokenizer.scalar(utf8, j)
                    if b >= 0x80 && isWordScalar(c) {
                        if c.properties.isAlphabetic { hasLetter = true; allDigits = false }
                        else { allDigits = false }
                        j += l
                        continue
                    }
                    // Inner hyphens, apostrophes and periods stay in the word when a letter
                    // or digit follows: "Secretary-General", "O'Brien", "U.S", "3.5", "al-Sisi".
                    // "then-President", "ex-minister": the qualifier is a word of its own, and the hyphen a mark.
                    if c == "-", Self.isQualifierPrefix(utf8, start..<j) || Self.isCoOffice(utf8, start..<j, end) { break }
                    // "President-elect": the office is a word of its own, "elect" its qualifier.
                    if c == "-", Self.endsElect(utf8, j, end) { break }
                    if (c == "-" || c == "." || c == "," && allDigits || isApostrophe(c)) && j + l < end {
                        let (next, _) = Tokenizer.scalar(utf8, j + l)
                        if isWordScalar(next) {
                            // A possessive is a token of its own: "Kosovo’s", "Scholz's".
                            if isApostrophe(c), next == "s" || next == "S" {
                                let after = j + l + 1
                                if after >= end || !isWordScalar(Tokenizer.scalar(utf8, after).0) { break }
                            }
                            if c == "," {
                                // 1,200: a digit group of three.
                                var k = j + l, digits = 0
                                while k < end, utf8[k] >= 0x30 && utf8[k] <= 0x39 { k += 1; digits += 1 }
                                if digits != 3 { break }
                            }
                            j += l
                            continue
                        }
                    }
                    break
                }
                // A trailing period stays on initials and dotted abbreviations: "M.", "U.S.", "Gen.".
                if j < end, utf8[j] == UInt8(ascii: "."), hasLetter {
                    let word = String(decoding: utf8[start..<j], as: UTF8.self)
                    // ("No. 10", but "said no." ends the sentence.)
                    let number = word.lowercased() == "no" || word.lowercased() == "nos"
                    // ("Hun Sen." ends a sentence: "Sen" after a capitalized word is a surname.)
                    // ("Republican Sen. Lisa Murkowski": not after a party or a word of the office.)
                    let surname = word == "Sen" && tokens.last.map { $0.isCapitalized && !$0.text.containsUTF8(".") && $0.range.upperBound + 1 == start
                        && !SentenceSplitter.leadsARank($0.text.utf8) } == true
                    if surname { tokens.append(Token(utf8, .word, start..<j)); i = j; continue }
                    if Lexicon.keepsPeriod(word), !number || j + 2 < end && utf8[j + 1] == 0x20 && utf8[j + 2] >= 0x30 && utf8[j + 2] <= 0x39 { j += 1 }
                }
                tokens.append(Token(utf8, hasLetter ? .word : .number, start..<j))
                if j - start <= 3, tokens[tokens.count - 1].isAllCaps { sawPostNominal = sawPostNominal || postNominals.contains(tokens[tokens.count - 1].text) }
                i = j
                continue
            }
            if isApostrophe(scalar), let last = tokens.last, last.range.upperBound == i, i + length < end,
               utf8[i + length] == UInt8(ascii: "s") || utf8[i + length] == UInt8(ascii: "S") {
                let after = i + length + 1
                if after >= end || !isWordScalar(Tokenizer.scalar(utf8, after).0) {
                    tokens.append(Token(utf8, .possessive, i..<after))
                    i = after
                    continue
                }
            }
            // "Kosovos’" style plural possessive: an apostrophe glued after an s.
            if isApostrophe(scalar), let last = tokens.last, last.range.upperBound == i, last.lower.hasSuffix("s"),
               i + length >= end || !isWordScalar(Tokenizer.scalar(utf8, i + length).0) {
                tokens.append(Token(utf8, .possessive, i..<(i + length)))
                i += length
                continue
            }
            tokens.append(Token(utf8, .punctuation, i..<(i + length)))
            i += length
        }
        if sawPostNominal { dropPostNominals(&tokens) }
        return tokens
    }

    /// Letters after a name that say what the person is a member of or was honoured with:
    /// "James Evans MS", "Kate Forbes MSP", "Sarah Owen MP".
    static let postNominals: Set<String> = ["MP", "MS", "MSP", "MLA", "MEP", "MHK", "TD", "KC", "QC", "OBE", "MBE", "CBE",
                                            "KBE", "DBE", "FRS"]

    /// Drops post-nominal letters right after a capitalized word and before no other capitalized
    /// word, so that the name ends where the rules expect it to: "James Evans MS, said" reads as
    /// "James Evans, said" (offsets are the tokens' own, so evidence still quotes the letters).
    /// "Labour MP Sarah Owen" and "the MP said" keep theirs.
    static func dropPostNominals(_ tokens: inout [Token]) {
        var k = 1
        while k < tokens.count {
            let t = tokens[k], before = tokens[k - 1]
            if t.kind == .word, t.isAllCaps, postNominals.contains(t.text),
               NameParser.isNameWord(before), !before.isAllCaps,
               k + 1 == tokens.count || !(tokens[k + 1].kind == .word && (tokens[k + 1].isCapitalized || tokens[k + 1].isAllCaps)) {
                tokens.remove(at: k)
                continue
            }
            k += 1
        }
    }

    /// Whether "-elect" (and nothing more of the word) follows at `j`, the hyphen.
    static func endsElect(_ utf8: [UInt8], _ j: Int, _ end: Int) -> Bool {
        guard j + 6 <= end, utf8[(j + 1)..<(j + 6)].elementsEqual("elect".utf8) else { return false }
        if j + 6 == end { return true }
        let next = utf8[j + 6]
        return !(next >= 0x61 && next <= 0x7A || next >= 0x41 && next <= 0x5A || next >= 0x30 && next <= 0x39)
    }

    /// "then" or "ex", in any case: words that qualify an office through a hyphen.
    static func isQualifierPrefix(_ utf8: [UInt8], _ range: Range<Int>) -> Bool {
        switch range.count {
        case 2: return utf8[range.lowerBound] | 0x20 == UInt8(ascii: "e") && utf8[range.lowerBound + 1] | 0x20 == UInt8(ascii: "x")
        case 4:
            let w = utf8[range].map { $0 | 0x20 }
            return w == Array("then".utf8)
        default: return false
        }
    }

    /// "co-president", "co-leader": "co" before an office that two people share is a qualifier
    /// of its own ("co-operation", "co-founder" stay one word).
    static func isCoOffice(_ utf8: [UInt8], _ range: Range<Int>, _ end: Int) -> Bool {
        guard range.count == 2, utf8[range.lowerBound] | 0x20 == UInt8(ascii: "c"), utf8[range.lowerBound + 1] | 0x20 == UInt8(ascii: "o") else { return false }
        var k = range.upperBound + 1
        while k < end, utf8[k] >= 0x41 && utf8[k] <= 0x5A || utf8[k] >= 0x61 && utf8[k] <= 0x7A { k += 1 }
        let word = String(decoding: utf8[(range.upperBound + 1)..<k], as: UTF8.self).lowercased()
        return sharedOffices.contains(word)
    }
    static let sharedOffices: Set<String> = ["president", "chair", "chairman", "chairwoman", "chairperson", "leader", "director", "spokesperson"]

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func scalar(_ s: [UInt8], _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(s[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        if b0 < 0xE0 { return (Unicode.Scalar(((b0 & 0x1F) << 6) | (UInt32(s[i + 1]) & 0x3F)) ?? " ", 2) }
        if b0 < 0xF0 {
            return (Unicode.Scalar(((b0 & 0x0F) << 12) | ((UInt32(s[i + 1]) & 0x3F) << 6) | (UInt32(s[i + 2]) & 0x3F)) ?? " ", 3)
        }
        let v = ((b0 & 0x07) << 18) | ((UInt32(s[i + 1]) & 0x3F) << 12) | ((UInt32(s[i + 2]) & 0x3F) << 6) | (UInt32(s[i + 3]) & 0x3F)
        return (Unicode.Scalar(v) ?? " ", 4)
    }
}
