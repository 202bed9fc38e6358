/// Phrases of a lexicon, matched against tokens without building strings: the first word
/// is hashed once, the other words are compared one by one, longest phrase first.
/// (`Lexicon.office(at:)` and `jurisdiction(at:)` built "prime", "prime minister", … and
/// hashed each: about 1,500 instructions a call, 3.7 % of all ingest instructions.)
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        /// The words after the first.
        var rest: [String]
        var value: Value
    }
    private let byFirst: [String: [Entry]]

    /// Each phrase is given as the words the tokens must show; the longest is tried first.
    init(_ phrases: [(words: [String], value: Value)]) {
        var table: [String: [Entry]] = [:]
        for (words, value) in phrases where !words.isEmpty {
            table[words[0], default: []].append(Entry(rest: Array(words.dropFirst()), value: value))
        }
        for key in table.keys { table[key]!.sort { $0.rest.count > $1.rest.count } }
        byFirst = table
    }

    /// The phrases that start with `word`, longest first.
    @inline(__always)
    func entries(startingWith word: String) -> [Entry]? { byFirst[word] }
}

extension Lexicon {
    /// Offices by their lower-case words; a hyphenated form also as separate tokens
    /// ("vice-president" and "vice", "-", "president"), as the tokenizer may give either.
    static let officePhrases: PhraseTable<Office> = {
        var phrases: [(words: [String], value: Office)] = []
        for (form, office) in offices {
            let words = form.split(separator: " ").map(String.init)
            phrases.append((words, office))
            if form.contains("-") {
                var split: [String] = []
                for w in words {
                    let parts = w.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
                    for (n, p) in parts.enumerated() {
                        if n > 0 { split.append("-") }
                        if !p.isEmpty { split.append(p) }
                    }
                }
                if split.count <= 6 { phrases.append((split, office)) }
            }
        }
        return PhraseTable(phrases.filter { $0.words.count <= 6 })
    }()

    /// Jurisdictions and bodies by their words as written (case counts).
    static let jurisdictionPhrases: PhraseTable<String> =
        PhraseTable(jurisdictionByName.map { (key, name) in (key.split(separator: " ").map(String.init), name) })
}
