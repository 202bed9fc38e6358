import NewsText

/// A personal name found in tokens: "Scott M. Oudkirk", "Ursula von der Leyen",
/// "Recep Tayyip Erdoğan", "Jean-Claude Juncker", "Mohammed al-Sisi".
struct NameSpan: Equatable {
    var tokens: Range<Int>
    /// The name as written (tokens joined as the text has them).
    var text: String
    var surname: String
    var givenNames: String?
    /// Byte range in the article.
    var range: Range<Int>
}

/// Reads a personal name starting at a token: capitalized words, initials and the
/// particles of surnames, two to five words, none of them a place, an institution, a
/// month or an office.
enum NameParser {
    /// Lower-case particles inside names: "von der Leyen", "de Gaulle", "al-Assad", "ap Iorwerth".
    static let particles: Set<String> = ["van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das",
                                         "du", "des", "do", "le", "la", "al", "el", "bin", "ibn", "ben", "ter", "zu", "y",
                                         // Portuguese surnames joined by "e": "Henrique Gouveia e Melo".
                                         "e",
                                         // Welsh patronymics: "Rhun ap Iorwerth".
                                         "ap"]

    /// A capitalized particle that opens a name as its first word: "Ben Stokes", and before
    /// two more name words "Le Hoai Trung", "Do Duc Duy" (not "Le Monde", "El Salvador").
    static func opensName(at i: Int, in tokens: [Token]) -> Bool {
        let t = tokens[i]
        guard t.isCapitalized, t.flags.contains(.particle), i + 1 < tokens.count, isNameWord(tokens[i + 1]) else { return false }
        if t.lower == "ben" { return true }
        return i + 2 < tokens.count && isNameWord(tokens[i + 2])
    }

    /// "To Lam", "An Nguyen": right after an office, a capitalized word of two letters that is
    /// otherwise a small word of English opens a name when a name word follows it.
    static func opensNameAfterOffice(at i: Int, in tokens: [Token]) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.isCapitalized, !t.isAllCaps, t.text.utf8.count == 2, i + 1 < tokens.count,
              isNameWord(tokens[i + 1]), !tokens[i + 1].flags.contains(.particle) else { return false }
        return true
    }

    /// "Finance Minister Sultan bin Salem Al Habsi", "Sultan Al Jaber": a monarch's title right
    /// before "bin" or "Al" is a given name (a monarch's title stands before the monarch's own
    /// name: "Sultan Haitham bin Tariq").
    @inline(never)
    static func royalWordAsGivenName(at i: Int, in tokens: [Token]) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.isCapitalized, t.flags.contains(.officeStart), i + 2 < tokens.count,
              tokens[i + 1].flags.contains(.particle), royalTitles.contains(t.lower), isNameWord(tokens[i + 2]) else { return false }
        return true
    }
    static let royalTitles: Set<String> = ["sultan", "emir", "amir"]

    /// "Travis Head", "John Major", "Stephen King", "Andy Lord": an office word or honorific that is also a surname ends a
    /// name after a given name, when no name or "of" follows it ("Meta Head Jane Doe", "Acme
    /// Head of AI" keep the office).
    static func endsNameAsSurname(at i: Int, in tokens: [Token], after words: [Int]) -> Bool {
        guard words.count == 1, tokens[i].isCapitalized, tokens[i].flags.contains(.officeStart) || tokens[i].flags.contains(.honorific), !tokens[i].isAllCaps,
              let given = words.first, !tokens[given].flags.contains(.particle), !tokens[given].isInitial,
              officeSurnames.contains(tokens[i].lower) else { return false }
        guard i + 1 < tokens.count else { return true }
        let next = tokens[i + 1]
        return !(next.kind == .word && (next.isCapitalized || next.isAllCaps || next.lower == "of"))
    }
    static let officeSurnames: Set<String> = ["head", "king", "major", "lord", "bishop"]

    /// One capital letter, no period, other than the words "A" and "I".
    static func isBareInitial(_ t: Token) -> Bool {
        guard t.kind == .word, t.text.utf8.count == 1, let b = t.text.utf8.first else { return false }
        return b >= UInt8(ascii: "B") && b <= UInt8(ascii: "Z") && b != UInt8(ascii: "I")
    }

    /// Honorifics that are part of a name of one word: "Sheikh Hasina".
    static let sheikhs: Set<String> = ["sheikh", "sheikha", "shaikh", "shaikha"]
    /// (The flag first: most words are no honorific, and cost no look-up.)
    static func isSheikh(_ t: Token) -> Bool { t.flags.contains(.honorific) && sheikhs.contains(t.lower) }

    /// Country names that are also given names.
    static let givenNamePlaces: Set<String> = ["jordan", "chad", "israel", "georgia", "india"]

    /// Words of `notNames` that are also syllables of names, inside one: "Tan See Leng".
    static let innerNameWords: Set<String> = ["see", "more", "key"]

    /// "Zaw Min Tun", "Khin Maung Tun Oo": a Malay honorific that is also a Burmese name's
    /// syllable, after two name words (an honorific opens a name, never ends or splits one).
    @inline(never)
    static func honorificAsSyllable(at i: Int, in tokens: [Token], after words: [Int]) -> Bool {
        words.count >= 2 && tokens[i].flags.contains(.honorific) && tokens[i].isCapitalized && syllableHonorifics.contains(tokens[i].lower)
    }
    static let syllableHonorifics: Set<String> = ["tun"]

    /// Written after a full name as part of it: "Jr.", "Sr.", "III".
    static let generationalSuffixes: Set<String> = ["Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"]

    /// Capitalized words that open sentences and headings but never names.
    static let notNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "as", "by", "for", "with", "from", "to", "of", "and", "but", "or",
        // ("David Alvarez, a San Diego Democrat,": a party's member, no name.)
        "democrat", "republican", "democrats", "republicans", "democratic",
        // ("a meeting of Liberal and Nationals MPs": legislators by their letters, in the plural.)
        "mps", "meps", "msps", "mlas", "mpps", "tds",
        "this", "that", "these", "those", "it", "its", "his", "her", "their", "our", "we", "they", "he", "she",
        "i", "you", "if", "when", "while", "after", "before", "since", "during", "although", "however",
        "moreover", "furthermore", "additionally", "meanwhile", "also", "both", "all", "some", "many", "most",
        "several", "each", "every", "other", "another", "such", "no", "not", "yes", "according", "despite",
        "under", "over", "between", "among", "through", "about", "against", "without", "within", "into",
        "recent", "recently", "key", "new", "former", "current", "senior", "local", "regional", "national",
        "international", "official", "officials", "experts", "analysts", "leaders", "mr", "mrs", "ms", "dr",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tomorrow", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        // ("jan" is no month here: "National president Jan Simpson", "Jan Lipavský"; written as a
        // month it stands before a day or a year, which no name takes.)
        "october", "november", "december", "sept", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "oct", "nov", "dec", "said", "says", "told", "here", "there", "what", "why", "how", "who", "whom",
        "which", "where", "opinion", "analysis", "editorial", "updated", "published", "read", "see", "more",
        "one", "two", "three", "first", "second", "third", "last", "next", "then", "now", "so", "yet", "still",
        "god", "allah", "lord", "president", "minister", "ambassador", "general", "secretary", "chancellor", "treasurer", "speaker",
        "mayor", "governor", "senator", "prime", "deputy", "vice", "acting", "chief", "head", "director",
        "commander", "colonel", "captain", "major", "admiral", "lieutenant", "sergeant", "king", "queen",
        "prince", "princess", "pope", "saint", "st", "sir", "dame", "lady", "madam", "mister", "datuk", "dato", "datin", "tun", "seri", "officer", "pontiff", "spokesperson",
        "spokesman", "spokeswoman", "chair", "chairman", "chairwoman", "chairperson", "commissioner", "premier", "leader", "councilmember", "councilman",
        "councilwoman", "councillor", "councilor", "coun.", "auditor", "sultan", "emir", "crown", "envoy", "representative", "judge", "assistant", "majority", "minority", "whip", "cabinet", "treasury", "foreign", "defense", "defence", "interior",
        "finance", "justice", "affairs", "ministry", "european", "eu", "us", "u.s.", "un", "nato",
    ]

    /// A name at token `start`, or nil.
    /// `afterOffice`: the name follows an office, where a short capitalized word that is
    /// otherwise no name may open it ("General Secretary To Lam").
    static func parse(at start: Int, in tokens: [Token], utf8: [UInt8], afterOffice: Bool = false) -> NameSpan? {
        // ("army chief Field Marshal Asim Munir": a rank of several words after an office is the
        // rank's, which `PeopleExtractor` reads next, not the name's.)
        if afterOffice, start < tokens.count, tokens[start].flags.contains(.officeStart),
           let (_, n) = Lexicon.office(at: start, in: tokens), n >= 2 { return nil }
        // An honorific is not part of the name: "Sheikh Mohammed bin Abdulrahman Al Thani", "Sir Keir Starmer".
        var i = start
        // (Several: "Datuk Seri Anwar Ibrahim".)
        while i + 1 < tokens.count, tokens[i].flags.contains(.honorific) { i += 1 }
        // "Sheikh Hasina": before a single name, Sheikh is a part of it.
        if i == start + 1, isSheikh(tokens[start]), isNameWord(tokens[i]),
           i + 1 >= tokens.count || !(isNameWord(tokens[i + 1]) || tokens[i + 1].flags.contains(.particle)) {
            i = start
        }
        var words: [Int] = []          // token indices of name words
        var nickname: Range<Int>?      // a quoted nickname skipped between them
        var surnameStart = -1          // index into `words` where the surname begins
        while i < tokens.count, words.count < 6 {
            let t = tokens[i]
            if t.kind != .word { break }
            // "Jordan Bardella", "Israel Katz", "Chad Smith": a country that is also a given name,
            // first and before a name word.
            if words.isEmpty, t.isCapitalized, givenNamePlaces.contains(t.lower), i + 1 < tokens.count, isNameWord(tokens[i + 1]),
               !tokens[i + 1].flags.contains(.neverName) {
                surnameStart = 0
                words.append(i)
                i += 1
                continue
            }
            if isNameWord(t) || words.isEmpty && (isSheikh(t) || opensName(at: i, in: tokens)
                                                  || afterOffice && i == start && opensNameAfterOffice(at: i, in: tokens)
                                                  || i == start && royalWordAsGivenName(at: i, in: tokens))
                || endsNameAsSurname(at: i, in: tokens, after: words) {
                if surnameStart < 0 || !tokens[words[max(0, surnameStart)]].flags.contains(.particle) { surnameStart = words.count }
                words.append(i)
                i += 1
                // "Jorge "Tuto" Quiroga": a nickname in quotation marks between name words is no part of the name.
                if nickname == nil, i + 3 < tokens.count, isQuote(tokens[i]), isNameWord(tokens[i + 1]), isQuote(tokens[i + 2]),
                   isNameWord(tokens[i + 3]) {
                    nickname = i..<(i + 3)
                    i += 3
                }
                continue
            }
            // "Michael D Higgins", "George W Bush": a capital letter without a period after a
            // given name and before a name word is a middle initial.
            if words.count == 1, tokens[words[0]].flags.contains(.givenName), isBareInitial(t),
               i + 1 < tokens.count, isNameWord(tokens[i + 1]), !tokens[i + 1].isInitial {
                words.append(i)
                i += 1
                continue
            }
            // "Deputy Chief Minister D K Shivakumar", "Managing Director M Maheshwar Rao": initials
            // without periods, a letter each, open a name right after an office (two at most).
            if afterOffice, words.count < 2, words.allSatisfy({ isBareInitial(tokens[$0]) }), i == start + words.count,
               isBareInitial(t), i + 1 < tokens.count, isNameWord(tokens[i + 1]) || words.isEmpty && isBareInitial(tokens[i + 1]) {
                words.append(i)
                i += 1
                continue
            }
            // "Chief Justice BR Gavai", "Chief Minister MK Stalin": initials without periods, in
            // capitals, open a name right after an office (two letters: "NHS", "BBC" are bodies').
            if afterOffice, words.isEmpty, i == start, t.isAllCaps, t.text.utf8.count == 2,
               i + 1 < tokens.count, isNameWord(tokens[i + 1]), Lexicon.jurisdiction(at: i + 1, in: tokens) == nil,
               !t.flags.contains(.neverName), !t.flags.contains(.jurisdictionStart),
               Lexicon.bodies[t.text] == nil {
                words.append(i)
                i += 1
                continue
            }
            // "Tan See Leng": an English word kept from names only where it opens a line ("See
            // more") is a name word between two others.
            if !words.isEmpty, t.isCapitalized, Self.innerNameWords.contains(t.lower), i + 1 < tokens.count, isNameWord(tokens[i + 1]) {
                words.append(i)
                i += 1
                continue
            }
            if honorificAsSyllable(at: i, in: tokens, after: words) {
                words.append(i)
                i += 1
                continue
            }
            // Particles only between name words: "Ursula von der Leyen".
            if t.flags.contains(.particle), !words.isEmpty, i + 1 < tokens.count,
               isNameWord(tokens[i + 1]) || tokens[i + 1].flags.contains(.particle) {
                surnameStart = words.count
                words.append(i)
                i += 1
                while i < tokens.count, tokens[i].flags.contains(.particle) { words.append(i); i += 1 }
                continue
            }
            break
        }
        // Trailing initials are not part of a name ("… met John F." is cut).
        while let last = words.last, tokens[last].isInitial { words.removeLast() }
        // (A particle that opens the name is a name word of its own: "Ben Stokes".)
        // ("Secretary of the Commonwealth Al Schmidt": or a short one right after an office.)
        let openedByParticle = words.first.map { tokens[$0].flags.contains(.particle)
            && (opensName(at: $0, in: tokens) || afterOffice && $0 == start && opensNameAfterOffice(at: $0, in: tokens)) } ?? false
        var nameWordCount = openedByParticle ? 1 : 0
        for (n, w) in words.enumerated() where !(n == 0 && openedByParticle) && !tokens[w].flags.contains(.particle) { nameWordCount += 1 }
        guard nameWordCount >= 2, nameWordCount <= 5, let first = words.first, let last = words.last else { return nil }
        // The first and last words are real name words, not initials only.
        // ("D.K. Shivakumar": initials written together stand for given names.)
        // ("State Election Commissioner A. Shajahan": after an office, one initial and a surname.)
        guard !tokens[first].isInitial || nameWordCount >= 3 || tokens[first].text.utf8.count >= 4 || afterOffice && first == start,
              !tokens[last].isInitial else { return nil }
        // "Social Democrats", "Young Republicans", "Scottish Nationalists": members of a party or
        // movement, not a person.
        guard !isGroupPlural(tokens[last].lower) else { return nil }
        // ("the Nigeria Labour Congress": a body's last word, as no surname is; not marked as never
        // a name, as "Congress leader" must still be read.)
        guard !(tokens[last].text.utf8.first == UInt8(ascii: "C") && tokens[last].text == "Congress") else { return nil }
        // Surname: the last word with the particles right before it.
        var s = words.count - 1
        while s > (openedByParticle ? 1 : 0), tokens[words[s - 1]].flags.contains(.particle) { s -= 1 }
        // A generational suffix belongs to the name, not to the surname: "Robert F. Kennedy Jr.".
        var end = last
        if last + 1 < tokens.count, tokens[last + 1].kind == .word, generationalSuffixes.contains(tokens[last + 1].text) { end = last + 1 }
        let range = tokens[first].range.lowerBound..<tokens[end].range.upperBound
        var text = String(decoding: utf8[range], as: UTF8.self)
        if let nickname {
            // The name without the nickname: the words before it, a space, the words after it.
            guard nickname.lowerBound > first, nickname.upperBound <= last else { return nil }
            let before = tokens[first].range.lowerBound..<tokens[nickname.lowerBound - 1].range.upperBound
            let after = tokens[nickname.upperBound].range.lowerBound..<tokens[end].range.upperBound
            text = String(decoding: utf8[before], as: UTF8.self) + " " + String(decoding: utf8[after], as: UTF8.self)
        }
        let surnameRange = tokens[words[s]].range.lowerBound..<tokens[last].range.upperBound
        let surname = String(decoding: utf8[surnameRange], as: UTF8.self)
        var given = s > 0 ? String(decoding: utf8[tokens[first].range.lowerBound..<tokens[words[s - 1]].range.upperBound], as: UTF8.self) : nil
        if nickname != nil, s > 0 { given = words[..<s].map { tokens[$0].text }.joined(separator: " ") }
        _ = surnameStart
        return NameSpan(tokens: first..<(end + 1), text: text, surname: surname, givenNames: given, range: range)
    }

    /// "al-Sudani", "el-Sisi", "bin-Salman": a lower-case particle joined by a hyphen to a
    /// capitalized name, which is a name word although it starts in lower case.
    static func hasParticlePrefix(_ text: String) -> Bool {
        // (A particle has two to five letters: the hyphen is looked for there only, and only in
        // a word that opens with a lower-case letter.)
        let u = text.utf8
        guard u.count >= 4, let lead = u.first, lead >= 0x61, lead <= 0x7A,
              let hyphen = u.prefix(6).firstIndex(of: UInt8(ascii: "-")) else { return false }
        let after = text.utf8.index(after: hyphen)
        guard after < text.utf8.endIndex, (0x41...0x5A).contains(text.utf8[after]) || text.utf8[after] >= 0x80 else { return false }
        return particles.contains(String(text[..<hyphen]))
    }

    /// The name a particle-prefixed surname goes by alone: "Sudani" for "al-Sudani".
    static func withoutParticlePrefix(_ surname: String) -> String? {
        guard hasParticlePrefix(surname), let hyphen = surname.firstIndex(of: "-") else { return nil }
        let rest = surname[surname.index(after: hyphen)...]
        return rest.first?.isUppercase == true ? String(rest) : nil
    }

    static func isQuote(_ t: Token) -> Bool { t.is("\"") || t.is("“") || t.is("”") }

    /// "Jae-myung", "Duck-soo", "Ing-wen": two syllables of two to six ASCII letters, the
    /// first capitalized and no English prefix ("Anti-war", "Co-founder", "Long-term").
    static func isSyllablePair(_ first: Substring, _ second: Substring) -> Bool {
        guard (2...6).contains(first.utf8.count), (2...6).contains(second.utf8.count),
              first.utf8.dropFirst().allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), second.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        return !englishPrefixes.contains(first.lowercased()) && !englishPrefixes.contains(second.lowercased())
    }
    static let englishPrefixes: Set<String> = ["anti", "pro", "co", "ex", "non", "re", "pre", "post", "self", "well", "long", "short",
                                               "high", "low", "full", "part", "mid", "multi", "semi", "vice", "over", "under",
                                               "cross", "half", "all", "one", "two", "three", "four", "five", "six", "ten", "year",
                                               "day", "far", "left", "right", "old", "new", "up", "down", "out", "in", "on", "off",
                                               "top", "last", "first", "next", "hard", "soft", "big", "small", "much", "ill", "so",
                                               "war", "led", "based", "run", "made", "term", "time", "wide", "free", "like",
                                               "wing", "back", "end", "side", "line", "owned", "level", "scale", "style", "born",
                                               "way", "to", "by", "as", "at", "of", "or", "and", "the", "per", "bye",
                                               "stop", "paid", "known", "front", "runner", "elect", "law", "ups", "eyed"]
    /// Plural nouns of party or movement members, which end no name.
    static func isGroupPlural(_ lower: String) -> Bool {
        lower.hasSuffix("ists") || lower.hasSuffix("crats") || groupPlurals.contains(lower)
    }
    static let groupPlurals: Set<String> = ["republicans", "conservatives", "liberals", "greens", "tories", "progressives",
                                            "moderates", "independents", "unionists", "loyalists", "labourites"]

    /// A capitalized word that can be part of a name: not all capitals (except short
    /// initials), not a known place, institution, month or office word.
    static func isNameWord(_ t: Token) -> Bool {
        guard t.kind == .word else { return false }
        if t.isInitial { return true }
        guard t.isCapitalized || hasParticlePrefix(t.text) else { return false }
        if t.isAllCaps { return false }
        if t.flags.contains(.neverName) { return false }
        if t.text.containsUTF8(".") { return false }  // "U.S", abbreviations
        // Hyphenated parts must all be capitalized or particles: "Jean-Claude", "al-Sisi", not "US-led" —
        // or a Korean or Chinese given name of two short syllables: "Jae-myung", "Ching-te".
        if t.text.containsUTF8("-") {
            let parts = t.text.split(separator: "-")
            // "Matt Hall, R-Richland Township,": a legislator's party and home, no name.
            if parts.count == 2, parts[0].utf8.count == 1, let p = parts[0].utf8.first,
               p == UInt8(ascii: "R") || p == UInt8(ascii: "D") || p == UInt8(ascii: "I") { return false }
            for (k, p) in parts.enumerated() {
                guard let f = p.first else { return false }
                if f.isUppercase { continue }
                if k == 0 && particles.contains(p.lowercased()) { continue }
                if k == 1, parts.count == 2, isSyllablePair(parts[0], p) { continue }
                return false
            }
        }
        return t.hasLowercase
    }
}
