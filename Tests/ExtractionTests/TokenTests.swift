import Testing
@testable import Extraction
import NewsText

@Suite struct TokenTests {
    /// A token's lexicon flags, packed from its bytes while its case is read, are the flags
    /// the lexicon gives its lower-cased text, for every lexicon word in any case, long words,
    /// words with accents and words the lexicon does not know.
    @Test func aTokensFlagsAreItsLowerCasedWordsFlags() {
        var words = Array(Lexicon.wordFlags.keys)
        words += words.map { $0.uppercased() } + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        words += ["Commissionerships", "internationalization", "Québec", "ÉCOLE", "Zemaj", "x", "McCain", "U.S.", "N.Y."]
        var checked = 0
        for w in words {
            let utf8 = Array(w.utf8)
            let tokens = Tokenizer.tokenize(utf8, 0..<utf8.count)
            // (Only words the tokenizer keeps whole: "b.c." and "co-chair" are split or trimmed.)
            guard tokens.count == 1, tokens[0].text == w, tokens[0].kind != .punctuation else { continue }
            #expect(tokens[0].flags == (Lexicon.wordFlags[w.lowercased()] ?? []), "\(w)")
            checked += 1
        }
        #expect(checked > 1_000, "\(checked)")
    }

    @Test func aProvinceOrStateIsReadOnlyFromItsFirstWord() {
        let text = Array("New South Wales Treasurer met Texas officials and the Ontario premier".utf8)
        let t = Tokenizer.tokenize(text, 0..<text.count)
        #expect(Lexicon.province(at: 0, in: t)?.name == "New South Wales")
        #expect(Lexicon.usState(at: 5, in: t)?.name == "Texas")
        #expect(Lexicon.province(at: 9, in: t)?.name == "Ontario")
        #expect(Lexicon.province(at: 3, in: t) == nil && Lexicon.usState(at: 3, in: t) == nil)
    }

    @Test func aWordPrefilterPassesItsWordsAndStopsWordsOfOtherLengthsOrFirstBytes() {
        var filter = PeopleExtractor.WordPrefilter()
        for w in ["Wullaert", "De", "Él"] { filter.insert(w) }
        let text = Array("Wullaert said De Wever and Él met Wallaert, Xullaert and Wullaerts today".utf8)
        let t = Tokenizer.tokenize(text, 0..<text.count)
        let passed = t.filter { filter.mayBe($0, in: text) }.map(\.text)
        // (Same length and first byte pass: the filter only spares the look-ups it can.)
        #expect(passed == ["Wullaert", "De", "Él", "Wallaert"], "\(passed)")
    }
}
