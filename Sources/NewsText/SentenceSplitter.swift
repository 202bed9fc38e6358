/// Splits a block's text into sentences.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis, with any closing quotes and
/// brackets after it, when a space follows — unless the period belongs to an
/// honorific or rank ("Gen.", "Dr."), an initial ("Scott M. Oudkirk"), a dotted
/// abbreviation ("U.S. troops", "e.g."), or a month before a number ("Sept. 2023").
/// A dotted abbreviation still ends a sentence when a word that usually opens one
/// follows ("… with the U.S. This partnership …"). Never splits across blocks.
public enum SentenceSplitter {
    // MARK: - Lexicon

    /// Honorifics, ranks and other abbreviations that never end a sentence.
    static let neverFinal: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "maj", "lt", "col", "capt", "cpt", "sgt", "cpl",
        "pvt", "adm", "cmdr", "cdr", "brig", "gov", "sen", "rep", "rev", "hon", "st", "mt", "ft",
        "vs", "messrs", "mme", "mlle", "pres", "supt", "insp", "det", "amb", "sec", "gens",
        "lieut", "cmdt", "coun", "fr", "sr", "jr", "e.g", "i.e", "cf", "viz", "approx", "ca", "fig", "vol",
        "pp", "art", "para", "ch", "sect", "dept", "esp", "incl",
    ]

    /// Abbreviations that may end a sentence; they do when a sentence opener follows.
    static let mayBeFinal: Set<String> = [
        "etc", "inc", "ltd", "co", "corp", "plc", "llc", "al", "bros", "ave", "blvd", "rd", "govt",
        "intl", "min", "max", "est", "a.m", "p.m",
    ]

    /// Abbreviations of "number": no sentence end before a digit ("No. 10"), an end before a
    /// word ("Kast said no. The count …").
    static let numberAbbreviations: Set<String> = ["no", "nos"]

    /// Months abbreviated with a period: no sentence end before a number.
    static let monthAbbreviations: Set<String> = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                                  "oct", "nov", "dec"]

    /// Words that usually open a sentence; after a dotted abbreviation or an initial
    /// they mark a sentence end ("… with the U.S. This partnership").
    static let sentenceOpeners: Set<String> = [
        "the", "this", "that", "these", "those", "it", "its", "in", "on", "at", "as", "but", "and", "or",
        "however", "he", "she", "they", "we", "i", "you", "a", "an", "there", "such", "while", "with",
        "for", "by", "after", "before", "since", "during", "meanwhile", "moreover", "furthermore",
        "additionally", "also", "yet", "still", "although", "though", "if", "when", "what", "why",
        "how", "who", "our", "their", "his", "her", "my", "one", "both", "many", "some", "most", "all",
        "officials", "critics", "experts", "analysts", "according", "despite", "under", "from", "to",
        "nevertheless", "instead", "indeed", "thus", "then", "now", "today", "earlier", "later",
    ]

    /// Lower-case offices and occupations written right before a name: "chairman V. Narayanan".
    static let nameOpeningNouns: Set<String> = [
        "chairman", "chairwoman", "chairperson", "chair", "chief", "minister", "secretary", "president", "director",
        "governor", "mayor", "leader", "spokesman", "spokeswoman", "spokesperson", "commissioner", "judge", "justice",
        "head", "founder", "coach", "captain", "ambassador", "envoy", "deputy", "adviser", "advisor", "aide",
        "lawmaker", "senator", "legislator", "councillor", "councilor", "economist", "analyst", "professor",
    ]

    /// The lexicons above as word keys, so the word before each period is looked up
    /// without building a String.
    static let neverFinalKeys = WordKeySet(neverFinal)
    static let mayBeFinalKeys = WordKeySet(mayBeFinal)
    static let monthKeys = WordKeySet(monthAbbreviations)
    static let numberAbbreviationKeys = WordKeySet(numberAbbreviations)
    static let sentenceOpenerKeys = WordKeySet(sentenceOpeners)
    static let nameOpeningNounKeys = WordKeySet(nameOpeningNouns)
    static let longestAbbreviation = neverFinal.union(mayBeFinal).union(monthAbbreviations).map(\.utf8.count).max()!

    /// Whether the word before the one starting at `w` is capitalized and has no period ("Hun" in "Hun Sen").
    static func followsCapitalizedWord(_ text: [UInt8], _ w: Int) -> Bool {
        // ("A Republican, Sen. Maria Cantwell": a word that a comma or other mark ends is no part of a name.)
        guard w >= 2, text[w - 1] == 0x20, isASCIIUpper(text[w - 2]) || isASCIILower(text[w - 2]) || text[w - 2] >= 0x80 else { return false }
        var p = w - 1
        while p > 0, text[p - 1] != 0x20 && text[p - 1] != 0x0A { p -= 1 }
        guard p < w - 1, isASCIIUpper(text[p]) else { return false }
        // ("Republican Sen. Lisa Murkowski", "State Sen. Jane Doe": a party or a word of the office before the rank.)
        if leadsARank(text[p..<(w - 1)]) { return false }
        return !text[p..<(w - 1)].contains(UInt8(ascii: "."))
    }

    /// Whether `word` is a capitalized word that stands before "Sen." as part of the office
    /// ("Republican Sen. Lisa Murkowski"), not as the given name of a "Sen" ("Hun Sen").
    public static func leadsARank<C: Collection>(_ word: C) -> Bool where C.Element == UInt8 {
        WordKey(word).map { rankLeaderKeys.contains($0) } ?? false
    }

    /// Capitalized words that stand before "Sen." as part of the office, not as a given name.
    static let rankLeaderKeys = WordKeySet(["Republican", "Democrat", "Democratic", "GOP", "Independent", "Liberal",
                                            "Labor", "Labour", "Conservative", "Green", "Greens", "State", "Former",
                                            "Veteran", "Senior", "Junior", "Then"])

    // MARK: - Splitting

    /// Sentence byte ranges inside `range` of `text` (trimmed, non-empty).
    public static func split(_ text: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            // Skip to the next `.`, `!`, `?` or ellipsis (a line break inside a block, in
            // hard-wrapped text, is a space, not an end).
            i = nextTerminal(text, from: i, end: end)
            guard i < end else { break }
            // Run of terminal marks and closing quotes or brackets.
            var j = i
            var periods = 0
            var strong = false  // ! ? or …
            while j < end {
                let c = text[j]
                if c == UInt8(ascii: ".") { periods += 1; j += 1; continue }
                if c == UInt8(ascii: "!") || c == UInt8(ascii: "?") { strong = true; j += 1; continue }
                if c == 0xE2, j + 2 < end, text[j + 1] == 0x80, text[j + 2] == 0xA6 { strong = true; j += 3; continue }
                if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: ")") || c == UInt8(ascii: "]") {
                    j += 1
                    continue
                }
                if c == 0xE2, j + 2 < end, text[j + 1] == 0x80, text[j + 2] == 0x9D || text[j + 2] == 0x99 {
                    j += 3
                    continue
                }
                break
            }
            if j >= end { break }
            guard text[j] == 0x20 || text[j] == 0x0A else { i = j; continue }
            if isBoundary(text, terminal: i, after: j, end: end, periods: periods, strong: strong) {
                if let r = trim(text, start..<j) { sentences.append(r) }
                start = j + 1
            }
            i = j + 1
        }
        if let r = trim(text, start..<end) { sentences.append(r) }
        return sentences
    }

    /// The first `.`, `!`, `?` or `…` in `text[from..<end]`, or `end`: eight bytes at a
    /// time, going straight to the first candidate byte of a chunk.
    static func nextTerminal(_ text: [UInt8], from: Int, end: Int) -> Int {
        guard from < end else { return end }
        return text.withUnsafeBufferPointer { p in
            var i = from
            let raw = UnsafeRawPointer(p.baseAddress!)
            while i + 8 <= end {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                var m = SWAR.bytesEqual(x, UInt8(ascii: ".")) | SWAR.bytesEqual(x, UInt8(ascii: "!"))
                    | SWAR.bytesEqual(x, UInt8(ascii: "?")) | SWAR.bytesEqual(x, 0xE2)
                while m != 0 {
                    let k = i + SWAR.firstMarked(m)
                    if p[k] != 0xE2 || isEllipsis(p, k, end) { return k }
                    m &= m &- 1
                }
                i += 8
            }
            while i < end {
                let b = p[i]
                if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") { return i }
                if b == 0xE2, isEllipsis(p, i, end) { return i }
                i += 1
            }
            return end
        }
    }

    /// Whether `…` (E2 80 A6) starts at `k`.
    @inline(__always)
    static func isEllipsis(_ p: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> Bool {
        k + 2 < end && p[k + 1] == 0x80 && p[k + 2] == 0xA6
    }

    static func isBoundary(_ text: [UInt8], terminal i: Int, after j: Int, end: Int, periods: Int, strong: Bool) -> Bool {
        // What follows: skip the space and any opening quote or bracket.
        var k = j + 1
        while k < end, text[k] == 0x20 || text[k] == UInt8(ascii: "\"") || text[k] == UInt8(ascii: "(")
                || text[k] == UInt8(ascii: "'") { k += 1 }
        if k + 2 < end, text[k] == 0xE2, text[k + 1] == 0x80, text[k + 2] == 0x9C || text[k + 2] == 0x98 { k += 3 }
        guard k < end else { return false }
        let nextIsUpper: Bool, nextIsLower: Bool
        let nextIsDigit = isASCIIDigit(text[k])
        if text[k] < 0x80 {
            nextIsUpper = isASCIIUpper(text[k])
            nextIsLower = isASCIILower(text[k])
        } else {
            let next = decodeScalar(text, at: k).0
            nextIsUpper = next.properties.isUppercase
            nextIsLower = next.properties.isLowercase
        }

        if strong || periods >= 2 {
            // "?", "!", "…": a lower-case word goes on the same sentence ("“Why?” he asked").
            return !nextIsLower
        }
        // A single period: look at the word before it.
        // (Markdown's emphasis before it is no part of it: "**Oct. 26, 2025**", "_Sept._".)
        var w = i
        while w > 0, text[w - 1] != 0x20 && text[w - 1] != 0x0A
                && text[w - 1] != UInt8(ascii: "(") && text[w - 1] != UInt8(ascii: "\"")
                && text[w - 1] != UInt8(ascii: "*") && text[w - 1] != UInt8(ascii: "_") && text[w - 1] != UInt8(ascii: "[") { w -= 1 }
        let word = text[w..<i]
        if word.isEmpty { return true }
        // A word longer than every abbreviation, and not dotted: an ordinary sentence end.
        if word.count > longestAbbreviation && !(word.count <= 8 && word.contains(UInt8(ascii: "."))) { return true }
        let key = WordKey(word)
        // "… with Cambodia's former leader Hun Sen. Mr Anutin …": after a capitalized word, "Sen"
        // is a surname, not the rank of "Sen. Chuck Schumer".
        if word.count == 3, word.first! | 0x20 == UInt8(ascii: "s"), word[word.startIndex + 1] == UInt8(ascii: "e"),
           word[word.startIndex + 2] == UInt8(ascii: "n"), Self.followsCapitalizedWord(text, w) {
            return nextIsUpper
        }
        if let key, neverFinalKeys.contains(key) { return false }
        if let key, numberAbbreviationKeys.contains(key) { return !nextIsDigit }
        let firstIsUpper = isASCIIUpper(word.first!)
        if let key, firstIsUpper, monthKeys.contains(key) {
            return nextIsUpper && !nextIsDigit && isOpener(text, k, end)
        }
        var isInitial = word.count == 1 && firstIsUpper
        // "wrote on X. Colombia's …": a capital letter after a lower-case word is no initial
        // (initials stand before or after a name's capitalized words: "Scott M. Oudkirk").
        // ("ISRO chairman V. Narayanan": but after an office or occupation written in lower
        // case, a capital letter and a period open the holder's name.)
        if isInitial, w >= 2, text[w - 1] == 0x20 {
            var p = w - 1
            while p > 0, text[p - 1] != 0x20 && text[p - 1] != 0x0A { p -= 1 }
            if p < w - 1, isASCIILower(text[p]), !(nextIsUpper && WordKey(text[p..<(w - 1)]).map { nameOpeningNounKeys.contains($0) } == true) {
                isInitial = false
            }
        }
        // "U.S", "e.g", "Ph.D": letters in groups of one or two between periods (not a number:
        // "turnout was 70.4%. Oligui's rival …").
        var isDotted = false
        if word.count <= 8, !isASCIIDigit(word.first!), word.contains(UInt8(ascii: ".")) {
            isDotted = word.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).allSatisfy { $0.count <= 2 }
        }
        if isInitial || isDotted || (key.map { mayBeFinalKeys.contains($0) } ?? false) {
            if nextIsLower || nextIsDigit { return false }
            return isOpener(text, k, end)
        }
        return true
    }

    static func isOpener(_ text: [UInt8], _ k: Int, _ end: Int) -> Bool {
        var e = k
        while e < end, isASCIILetter(text[e]) { e += 1 }
        guard e > k, let key = WordKey(text[k..<e]) else { return false }
        return sentenceOpenerKeys.contains(key)
    }

    static func trim(_ text: [UInt8], _ r: Range<Int>) -> Range<Int>? {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, text[lo] == 0x20 || text[lo] == 0x0A { lo += 1 }
        while hi > lo, text[hi - 1] == 0x20 || text[hi - 1] == 0x0A { hi -= 1 }
        return lo < hi ? lo..<hi : nil
    }
}
