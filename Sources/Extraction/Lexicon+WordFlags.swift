import NewsText

/// What the lexicons say about one word, read with a single look-up per token: the
/// extractors test these flags at every position instead of hashing the word again
/// for each lexicon.
public struct WordFlags: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    static let titleOpening = WordFlags(rawValue: 1 << 0)
    static let officeStart = WordFlags(rawValue: 1 << 1)
    static let occupationStart = WordFlags(rawValue: 1 << 2)
    static let jurisdictionStart = WordFlags(rawValue: 1 << 3)
    static let dateOpening = WordFlags(rawValue: 1 << 4)
    static let reportingForm = WordFlags(rawValue: 1 << 5)
    static let neverName = WordFlags(rawValue: 1 << 6)
    static let honorific = WordFlags(rawValue: 1 << 7)
    static let qualifier = WordFlags(rawValue: 1 << 8)
    /// Lower-cased, a jurisdiction adjective ("german"): `jurisdictionAdjective` then asks
    /// the case-sensitive table.
    static let jurisdictionAdjective = WordFlags(rawValue: 1 << 9)
    /// A month name or abbreviation ("sept.", "october").
    static let month = WordFlags(rawValue: 1 << 10)
    /// "two", "a": counts in "two weeks later".
    static let numberWord = WordFlags(rawValue: 1 << 11)
    /// "through", "by", "until": opens a bound or range.
    static let boundWord = WordFlags(rawValue: 1 << 12)
    /// "von", "al", "de": lower-case particles inside names.
    static let particle = WordFlags(rawValue: 1 << 13)
    /// "commerce", "foreign", "home": the first word of a portfolio ("home affairs").
    static let portfolioStart = WordFlags(rawValue: 1 << 14)
    /// "heather", "françois": a common given name (`Lexicon.givenNames`).
    static let givenName = WordFlags(rawValue: 1 << 15)
    /// "ontario", "new", "victorian", "b.c.": the first word of a province's or state's name,
    /// adjective or abbreviation (`Lexicon.province`).
    static let provinceStart = WordFlags(rawValue: 1 << 16)
    /// "texas", "new", "n.y.": the first word of a US state's name (`Lexicon.usState`).
    static let usStateStart = WordFlags(rawValue: 1 << 17)
    /// "at", "in", "around": what opens a part of a period ("at the end of the year").
    static let partOpener = WordFlags(rawValue: 1 << 18)
}

extension Lexicon {
    /// Lower-case word → its flags.
    static let wordFlags: [String: WordFlags] = {
        var table: [String: WordFlags] = [:]
        func mark<S: Sequence>(_ words: S, _ flag: WordFlags) where S.Element == String {
            for w in words { table[w.lowercased(), default: []].insert(flag) }
        }
        mark(TitleParser.openingWords, .titleOpening)
        mark(officeFirstWords, .officeStart)
        mark(occupationFirstWords, .occupationStart)
        mark(jurisdictionFirstWords, .jurisdictionStart)
        mark(DateReader.openingWords, .dateOpening)
        mark(reportingForms.keys, .reportingForm)
        mark(honorifics, .honorific)
        mark(NameParser.notNames, .neverName)
        mark(institutionWords, .neverName)
        mark(placeWords, .neverName)
        mark(bodyFinalWords, .neverName)
        mark(jurisdictionByName.keys.filter { !$0.contains(" ") }, .neverName)
        mark(jurisdictionByAdjective.keys, .neverName)
        mark(qualifiers.keys, .qualifier)
        mark(jurisdictionByAdjective.keys, .jurisdictionAdjective)
        mark(DateWords.months.keys, .month)
        mark(DateReader.numberWords.keys, .numberWord)
        mark(DateReader.boundWords.keys, .boundWord)
        mark(NameParser.particles, .particle)
        mark(givenNames, .givenName)
        mark(portfolios.keys.map { String($0.split(separator: " ")[0]) }, .portfolioStart)
        func firstWords<S: Sequence>(_ names: S) -> [String] where S.Element == String { names.map { String($0.split(separator: " ")[0]) } }
        mark(firstWords(provinces) + firstWords(provinceAdjectives.keys) + firstWords(provinceAbbreviations.keys), .provinceStart)
        mark(firstWords(usStates.keys), .usStateStart)
        mark(DateReader.partOpeners, .partOpener)
        return table
    }()
}

extension Lexicon {
    /// `wordFlags` for the words that fit a `WordKey`, looked up without hashing a String.
    static let wordFlagKeys = WordKeyTable(wordFlags.map { ($0.key, $0.value.rawValue) })

    /// `wordFlags` for the other words (not ASCII, or longer than 15 bytes), by their NFC bytes:
    /// a String that is not ASCII is hashed and compared through Unicode normalization, about
    /// 7,000 instructions a look-up. (The text is NFC already: `Normalizer`.)
    static let otherWordFlags: [[UInt8]: WordFlags] = {
        var table: [[UInt8]: WordFlags] = [:]
        for (word, flags) in wordFlags where word.utf8.count > 15 || !word.utf8.allSatisfy({ $0 < 0x80 }) {
            table[Array(word.precomposedNFC.utf8), default: []].formUnion(flags)
        }
        return table
    }()

    /// The flags of a short ASCII word by its key (`Token` packs it; other words ask
    /// `otherWordFlags` by their lower-cased bytes).
    @inline(__always)
    static func flags(of key: WordKey) -> WordFlags { WordFlags(rawValue: wordFlagKeys[key] ?? 0) }
}

extension Lexicon {
    /// The qualifier a token is ("former", "acting"), if any: the flag first, so most
    /// tokens cost no dictionary look-up.
    static func qualifier(_ token: Token) -> String? {
        token.flags.contains(.qualifier) ? qualifiers[token.lower] : nil
    }

    /// The jurisdiction a token names as an adjective ("German" → Germany), case as written.
    static func jurisdictionAdjective(_ token: Token) -> String? {
        token.flags.contains(.jurisdictionAdjective) ? jurisdictionByAdjective[token.text] : nil
    }
}
