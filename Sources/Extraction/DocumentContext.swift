import NewsText

/// An article prepared for the extractors: each sentence's tokens, the table header a
/// table row belongs to, and the country the article is mostly about.
struct DocumentContext {
    let article: Article
    /// Tokens per sentence (empty for sentences of boilerplate, which have none).
    let tokens: [[Token]]
    /// For a table row's sentence: the header cells of its table.
    let headerCells: [Int: [String]]
    /// The country named most often, for offices that do not say whose they are.
    let dominantCountry: String?
    /// How often the article names `dominantCountry` (a dateline counts three, a headline two).
    let dominantCountryCount: Int
    /// The country named most often after `dominantCountry`, for an office the first cannot
    /// have ("Prime Minister" when the United States is named most).
    let runnerUpCountry: String?
    /// The month and day of a dateline without a year ("ISTANBUL, Oct 31 (Reuters) -").
    let datelineMonthDay: (month: Int, day: Int)?
    /// Whether `dominantCountry` is a US state, named in an article that names no country.
    let dominantIsUSState: Bool
    /// International bodies the article names ("European Commission", "NATO").
    let namedBodies: Set<String>
    /// The first sentence of a paragraph that is no byline: the one a dateline may open.
    let firstParagraphSentence: Int?
    /// What is read from the whole article on first use. Each is asked once per role; read
    /// afresh each time, a long article's cost grew with the square of its length.
    private let wholeArticle = WholeArticle()
    private final class WholeArticle {
        var province: (name: String, sentences: Int)??
        var ukNation: String??
        var usState: String??
        var devolved: Bool?
        var alone: Set<String>?
        var insideSentences: [String: (Int, Int?)]?
        var cities: Cities?
        var datelinePlace: String??
        var stateNamed: String??
    }

    /// The cities whose governments the article names ("the City of Cape Town", "Calgary city
    /// council"), the councils it writes with capitals ("Leeds City Council") and the large cities
    /// it names; one pass, on first use (only for articles with a mayor or a councillor, or an
    /// office with no country found).
    private struct Cities {
        var named = Set<String>()
        var councils = Set<String>()
        /// The large cities the article names (`Lexicon.cityCountry`), as written, and how often.
        var large: [String: Int] = [:]
        /// Cities written with "City" ("Jersey City", "Quezon City").
        var withCity = Set<String>()
    }

    private var cities: Cities {
        remembered(\.cities) {
            var found = Cities()
            for t in tokens {
                for k in t.indices where k + 2 < t.count && t[k].text == "City" && t[k + 1].lower == "of" && t[k + 2].isCapitalized {
                    var end = k + 2
                    while end < t.count, t[end].kind == .word, t[end].isCapitalized { end += 1 }
                    found.named.insert(article.string(t[k + 2].range.lowerBound..<t[end - 1].range.upperBound))
                }
                // (And capitals: "Wellington ratepayers will pay … Mayor Andrew Little".)
                var k = 0
                while k < t.count {
                    defer { k += 1 }
                    guard t[k].isCapitalized else { continue }
                    // ("the San Antonio Spurs", "of San Antonio": a city of two words.)
                    if k + 1 < t.count, t[k + 1].isCapitalized, case let pair = t[k].text + " " + t[k + 1].text,
                       Self.largeCityCountry(pair.uppercased()) != nil {
                        found.large[pair, default: 0] += 1
                        k += 1
                    } else if Self.largeCityCountry(t[k].text.uppercased()) != nil {
                        found.large[t[k].text, default: 0] += 1
                    }
                }
                // "the Anchorage Assembly": a city's assembly, named by a place of one word that is no
                // country or state ("National", "General" and the like are never names).
                for k in t.indices where k > 0 && t[k].text == "Assembly" && t[k - 1].kind == .word && t[k - 1].isCapitalized
                    && !t[k - 1].flags.contains(.neverName) && !t[k - 1].flags.contains(.jurisdictionStart)
                    && !t[k - 1].flags.contains(.jurisdictionAdjective) && Lexicon.usState(at: k - 1, in: t) == nil
                    && (k == 1 || !t[k - 2].isCapitalized || t[k - 2].lower == "the") {
                    found.named.insert(t[k - 1].text)
                }
                // "Calgary city council", "the Los Angeles City Council".
                for k in t.indices where k > 0 && k + 1 < t.count && t[k].lower == "city" && t[k + 1].lower == "council"
                    && t[k - 1].kind == .word && t[k - 1].isCapitalized {
                    var first = k - 1
                    while first > 0, t[first - 1].kind == .word, t[first - 1].isCapitalized { first -= 1 }
                    if t[first].lower == "the" { first += 1 }
                    guard first < k else { continue }
                    let city = article.string(t[first].range.lowerBound..<t[k - 1].range.upperBound)
                    found.named.insert(city)
                    if t[k].text == "City", t[k + 1].text == "Council" { found.councils.insert(city + " City Council") }
                }
                if let city = Self.cityWithCity(t) { found.withCity.insert(city) }
            }
            return found
        }
    }

    /// The country of a large city or a capital, by its name in capitals (not "WASHINGTON", also
    /// a state's); nil for none.
    static func largeCityCountry(_ upper: String) -> String? {
        Lexicon.cityCountry(upper) ?? (upper != "WASHINGTON" ? Lexicon.capitalCountries[upper] : nil)
    }

    /// The city whose government the article names, when it names one only.
    /// ("Auckland water bills to rise … Mayor Wayne Brown": failing that, the large city it
    /// names most, when it names one more than any other.)
    var cityOfName: String? {
        if cities.named.count == 1 { return cities.named.first }
        // ("Jersey City voters will choose a new mayor … Mayor Steven Fulop": or the one city
        // the article writes with "City".)
        return cities.named.isEmpty ? mostNamedLargeCity ?? (cities.withCity.count == 1 ? cities.withCity.first : nil) : nil
    }

    /// The large city the article names more often than any other, as written.
    private var mostNamedLargeCity: String? {
        guard let top = cities.large.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
              !cities.large.contains(where: { $0.key != top.key && $0.value == top.value }) else { return nil }
        return top.key
    }

    /// The country of the large city the article names most ("Auckland water bills to rise"),
    /// for a national office when nothing else gives its country.
    var largeCityCountry: String? {
        mostNamedLargeCity.flatMap { Self.largeCityCountry($0.uppercased()) }
    }

    /// The one large city sentence `s` names (as the article's large cities are written), or nil.
    func onlyLargeCity(inSentence s: Int) -> String? {
        let t = tokens[s]
        var found: String?
        // (Not the dateline's own: "ANKARA — Istanbul prosecutors …".)
        for i in t.indices.dropFirst(datelineEnd(sentence: s)) where t[i].kind == .word && t[i].isCapitalized {
            let name = i + 1 < t.count && t[i + 1].isCapitalized && cities.large[t[i].text + " " + t[i + 1].text] != nil
                ? t[i].text + " " + t[i + 1].text : t[i].text
            guard cities.large[name] != nil else { continue }
            if let found, found != name { return nil }
            found = name
        }
        return found
    }

    /// The council of `city` when the article writes its name capitalized: "Leeds City Council".
    func cityCouncil(of city: String) -> String? {
        let name = city + " City Council"
        return cities.councils.contains(name) ? name : nil
    }

    /// Whether the article writes the capitalized `word` somewhere with no capitalized word
    /// after it ("Manitoba will buy power" beside "Manitoba Hydro"). Gathered in one pass, on
    /// first use.
    func writesAlone(_ word: String) -> Bool {
        remembered(\.alone) {
            var alone = Set<String>()
            for t in tokens {
                for k in t.indices where t[k].isCapitalized && (k + 1 == t.count || !(t[k + 1].isCapitalized || t[k + 1].isAllCaps)) {
                    alone.insert(t[k].text)
                }
            }
            return alone
        }.contains(word)
    }

    /// Whether `word` stands, as written, in a sentence other than `s` and not as its first
    /// word. The first two such sentences of every capitalized word are gathered in one pass, on
    /// first use (a scan per question had made an article of many "X Y said" lines quadratic).
    func writtenInsideAnotherSentence(_ word: String, notIn s: Int) -> Bool {
        let table = remembered(\.insideSentences) {
            var table: [String: (Int, Int?)] = [:]
            for (n, t) in tokens.enumerated() {
                for k in t.indices.dropFirst() where t[k].isCapitalized || t[k].isAllCaps {
                    if let (first, second) = table[t[k].text] {
                        if second == nil, first != n { table[t[k].text] = (first, n) }
                    } else {
                        table[t[k].text] = (n, nil)
                    }
                }
            }
            return table
        }
        guard let (first, second) = table[word] else { return false }
        return first != s || second != nil
    }

    /// Sentences longer than this (bytes) are stored and searchable, but no facts are read
    /// from them: real sentences are far shorter, and the extractors' work grows with
    /// sentence length times reporting verbs, which a hostile input could make quadratic.
    static let longestSentence = 4_096

    init(_ article: Article) {
        self.article = article
        var tokens: [[Token]] = []
        tokens.reserveCapacity(article.sentences.count)
        for s in article.sentences {
            tokens.append(s.byteRange.count > Self.longestSentence ? [] : Tokenizer.tokenize(article.utf8, s.byteRange))
        }
        self.tokens = tokens

        var headers: [Int: [String]] = [:]
        var currentHeader: [String]?
        var blockHeader: [Int: [String]] = [:]
        for (index, block) in article.blocks.enumerated() {
            switch block.kind {
            case .tableHeader: currentHeader = block.block.cells
            case .tableRow: if let h = currentHeader { blockHeader[index] = h }
            default: currentHeader = nil
            }
        }
        for (index, s) in article.sentences.enumerated() {
            if let h = blockHeader[s.blockIndex] { headers[index] = h }
        }
        self.headerCells = headers

        var counts: [String: Int] = [:]
        // The order in which countries are first named, to break ties ("Uzbekistan signs deal to
        // double Russian gas imports": as often as Russia, but first), and the first country of
        // a headline ("Timor-Leste becomes ASEAN's 11th member", datelined "KUALA LUMPUR").
        var firstNamed: [String: Int] = [:]
        var headlineCountry: String?
        let opensWithHeadline = article.sentences.first.map { article.blocks[$0.blockIndex].kind == .heading } ?? false
        var bodies = Set<String>()
        for (n, sentence) in tokens.enumerated() {
            var i = 0
            while i < sentence.count {
                if let (name, length) = Lexicon.jurisdiction(at: i, in: sentence) {
                    if Self.endsAProvinceName(sentence, i, length) {
                        i += length
                        continue
                    }
                    if Lexicon.bodies[name] == nil {
                        let known = counts.count
                        counts[name, default: 0] += 1
                        if counts.count > known { firstNamed[name] = known }
                        if n == 0, opensWithHeadline, headlineCountry == nil {
                            headlineCountry = name
                        }
                    } else { bodies.insert(name) }
                    i += length
                } else if sentence[i].kind != .word, let country = Self.currencyCountry(sentence[i]) {
                    // "£20,000", "₹500 crore": a currency used by one country names it as well.
                    counts[country, default: 0] += 1
                    i += 1
                } else {
                    // "the new Dutch government": an adjective names its country too.
                    // (Adjectives are marked never-a-name: the flag rejects most tokens without a look-up.)
                    // ("Australian Capital Territory": a territory's name.)
                    // ("No New Mexican should have to drive": a state's people, not the country's.)
                    if sentence[i].isCapitalized, sentence[i].flags.contains(.neverName),
                       let name = Lexicon.jurisdictionAdjective(sentence[i]), Lexicon.bodies[name] == nil,
                       !(i > 0 && sentence[i - 1].text == "New"),
                       // ("South Australian Premier": a state's adjective of two words.)
                       !(i > 0 && Lexicon.provinceAdjectives[sentence[i - 1].text + " " + sentence[i].text] != nil),
                       !(i + 1 < sentence.count && sentence[i + 1].isCapitalized && Lexicon.provinceFirstWords.contains(sentence[i].text)
                         && Lexicon.province(at: i, in: sentence) != nil) {
                        counts[name, default: 0] += 1
                    }
                    // "on the NHS in England": the National Health Service is the United Kingdom's.
                    if sentence[i].isAllCaps, sentence[i].range.count == 3, sentence[i].text == "NHS" {
                        counts["United Kingdom", default: 0] += 1
                    }
                    i += 1
                }
            }
        }
        // With no country named, a story about one US state ("SACRAMENTO, Calif.", "California
        // Gov.") gives its state offices ("state Sen. Scott Wiener") to that state.
        // With neither, the capitals it names say the country ("addressing party workers in Delhi").
        var states: [String: Int] = [:], capitals: [String: Int] = [:]
        if counts.isEmpty {
            for sentence in tokens {
                for i in sentence.indices where sentence[i].isCapitalized {
                    if let (name, _) = Lexicon.usState(at: i, in: sentence) { states[name, default: 0] += 1 }
                    if let country = Lexicon.capitalCountries[sentence[i].text.uppercased()]
                        ?? (i + 1 < sentence.count ? Lexicon.capitalCountries[(sentence[i].text + " " + sentence[i + 1].text).uppercased()] : nil) {
                        capitals[country, default: 0] += 1
                    }
                }
            }
        }
        namedBodies = bodies
        // A dateline says where the story is reported from: its country counts as three mentions
        // ("MANILA —" in a story that names China as often as the Philippines, "OTTAWA —" in one
        // about US tariffs).
        let dateline = Self.datelineCountry(article, tokens)
        if let dateline, !counts.isEmpty { counts[dateline, default: 0] += 3 }
        if let headlineCountry { counts[headlineCountry, default: 0] += 2 }
        // (Most named; of those named as often, the first named.)
        let order: (Dictionary<String, Int>.Element, Dictionary<String, Int>.Element) -> Bool = { a, b in
            (a.value, firstNamed[b.key] ?? Int.max, b.key) < (b.value, firstNamed[a.key] ?? Int.max, a.key)
        }
        let top = counts.max(by: order)?.key
        runnerUpCountry = top.flatMap { top in counts.filter { $0.key != top }.max(by: order)?.key }
        dominantCountry = top ?? dateline
            ?? states.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            ?? capitals.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        dominantCountryCount = top.map { counts[$0] ?? 0 } ?? 0
        datelineMonthDay = article.published == nil
            ? article.blocks.prefix(4).first(where: { $0.kind == .paragraph }).flatMap { Dateline.monthDay(in: $0.text) } : nil
        dominantIsUSState = counts.isEmpty && dateline == nil && !states.isEmpty
        // (Not a line that is only the date: "2025.11.21 14:05" above "SEOUL, Nov. 21 (Yonhap) --".)
        firstParagraphSentence = article.sentences.indices.first {
            article.blocks[article.sentences[$0].blockIndex].kind == .paragraph && !Self.isByline(tokens[safe: $0])
                && !Self.isTopDateLine(article, $0)
        }
    }

    /// Whether sentence `s` is a line near the top that is only a date ("Tuesday 26 February
    /// 2025", "*Washington — March 19, 2025*", "2025.11.21 14:05"): it dates the article.
    static func isTopDateLine(_ article: Article, _ s: Int) -> Bool {
        let range = article.sentences[s].byteRange
        return article.sentences[s].blockIndex < 6 && range.count <= 80 && Article.holdsAYear(article.utf8[range])
            && Article.dateLine(Word.split(article.string(range))) != nil
    }

    /// The country whose currency sign a token starts with: "£" (United Kingdom), "₹" (India).
    static func currencyCountry(_ t: Token) -> String? {
        guard let first = t.text.utf8.first, first >= 0xC2 else { return nil }  // both signs are multi-byte
        if t.text.hasPrefix("£") { return "United Kingdom" }
        if t.text.hasPrefix("₹") { return "India" }
        return nil
    }

    /// The place a dateline opens with, as a name ("LOS ANGELES —" → "Los Angeles").
    /// ("**Rotterdam, 18 November 2025**": or the place of a short date line near the top.)
    var datelinePlace: String? {
        remembered(\.datelinePlace) {
            Self.datelineWords(article, tokens)?.map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
                ?? Self.dateLinePlace(article)
        }
    }

    /// The country of the capital a dateline opens with ("LONDON —", "MEXICO CITY, May 3 —").
    static func datelineCountry(_ article: Article, _ tokens: [[Token]]) -> String? {
        datelineWords(article, tokens).flatMap { words in
            let place = words.joined(separator: " ")
            return Lexicon.capitalCountries[place] ?? Lexicon.datelineCapitals[place]
        }
            ?? dateLinePlaceCountry(article)
    }

    /// The country of the capital that opens a short date line near the top: "Dublin, Tuesday
    /// 16 September 2025", "**Addis Ababa** — 2025-09-05", "*Dhaka · 17 November 2025*".
    static func dateLinePlaceCountry(_ article: Article) -> String? {
        dateLinePlaces(article).lazy.compactMap { line in
            let place = line.place.uppercased()
            return Lexicon.capitalCountries[place] ?? Lexicon.datelineCapitals[place]
        }.first
    }

    /// The place that opens a short date line near the top, in capitals or not, when its
    /// words are capitalized ones and the date follows it ("_Windhoek, 21 March 2025_"; not
    /// "CBC News · Posted: Nov 03, 2025").
    static func dateLinePlace(_ article: Article) -> String? {
        dateLinePlaces(article).first { place, rest in
            place.split(separator: " ").allSatisfy { $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) }
                && (rest.first?.isNumber == true || Self.dateWordOpenings.contains(String(rest.prefix(3)).lowercased()))
        }?.place
    }

    /// "*The Press* — Tuesday, 25 November 2025": a name in italics of its own before the date is
    /// the publication's, as titles of works are set (a place is bold, "**Hobart** |", or shares
    /// the date's emphasis, "_Windhoek, 21 March 2025_").
    static func italicTitle(_ lead: Substring) -> Bool {
        let trimmed = lead.trimmingCharacters(in: .whitespaces)
        for mark in ["*", "_"] where trimmed.count > 2 && trimmed.hasPrefix(mark) && trimmed.hasSuffix(mark)
            && !trimmed.hasPrefix(mark + mark) && !trimmed.hasSuffix(mark + mark) {
            return true
        }
        return false
    }

    /// The first three letters of months and weekdays.
    static let dateWordOpenings: Set<String> = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                                                "mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// What opens each short block near the top that holds a year, before its first comma or
    /// dash, and what follows that mark.
    static func dateLinePlaces(_ article: Article) -> [(place: String, rest: Substring)] {
        var places: [(place: String, rest: Substring)] = []
        for block in article.blocks.prefix(6) where block.block.byteRange.count <= 80 && block.kind != .tableRow && block.kind != .listItem {
            let text = block.text
            guard Article.holdsAYear(text.utf8) else { continue }
            let lead = text.prefix { $0 != "," && $0 != "—" && $0 != "–" && $0 != "|" && $0 != "·" }
            let place = Article.withoutEmphasis(lead)
            guard !place.isEmpty, place.count < text.count, place.count <= 24, !Self.italicTitle(lead) else { continue }
            // ("Thu, 20 Nov 2025", "Tuesday, 4 March 2025": a weekday, not a place.)
            let lower = place.lowercased()
            guard !DateWords.weekdays.contains(lower), !(lower.count == 3 && Self.dateWordOpenings.contains(lower)) else { continue }
            places.append((place, text[lead.endIndex...].drop { $0 == "," || $0 == "—" || $0 == "–" || $0 == "|" || $0 == "·" || $0 == " " || $0 == "*" || $0 == "_" }))
        }
        return places
    }

    /// The one to three words in capitals that open the first paragraph before a comma, a
    /// parenthesis or a dash: a dateline's place.
    static func datelineWords(_ article: Article, _ tokens: [[Token]]) -> [String]? {
        // (A byline, "By Karen Lema", may come first; or a line that is only the date: "2025-11-10 15:32".)
        guard let first = article.sentences.indices.first(where: {
                  article.blocks[article.sentences[$0].blockIndex].kind == .paragraph && !isByline(tokens[safe: $0])
                      && !isTopDateLine(article, $0) }),
              let t = tokens[safe: first] else { return nil }
        // "Bogotá, Nov 19 (EFE).-", "New Delhi, Sep 3 (PTI)": a place as written, a comma, the
        // month and day, and the agency in brackets.
        if let place = t.first, place.isCapitalized, !place.isAllCaps, let comma = t.prefix(4).firstIndex(where: { $0.isComma }),
           t[..<comma].allSatisfy({ $0.kind == .word && $0.isCapitalized }), comma + 4 < t.count,
           t[comma + 1].flags.contains(.month), t[comma + 1].isCapitalized,
           let open = t[(comma + 2)..<min(comma + 5, t.count - 2)].firstIndex(where: { $0.is("(") }),
           t[open + 1].kind == .word, t[open + 2].is(")") {
            return t[..<comma].map { $0.text.uppercased() }
        }
        var words: [String] = []
        for token in t.prefix(8) {
            // ("**MASERU** —": Markdown's bold around the place makes no token.)
            if token.kind == .word, token.isAllCaps { words.append(token.text); continue }
            guard words.count < 4 else { return nil }
            guard !words.isEmpty, token.isComma || token.is("(") || token.is("—") || token.is("–") || token.is("-") else { return nil }
            return words
        }
        return nil
    }

    /// "By Karen Lema", "By Hyonhee Shin and Ju-min Park": a short line naming the writers.
    static func isByline(_ t: [Token]?) -> Bool {
        guard let t, t.count >= 3, t.count <= 10, t[0].lower == "by" else { return false }
        return t.dropFirst().allSatisfy { $0.kind == .word && ($0.isCapitalized || $0.lower == "and") || $0.isComma || $0.is("-") || $0.is("|") }
    }

    /// The token index where the first sentence's dateline ends ("SKOPJE, March 4, 2024 —"),
    /// or 0 for every other sentence.
    func datelineEnd(sentence s: Int) -> Int {
        guard firstParagraphSentence == s else { return 0 }
        let t = tokens[s]
        // "New Delhi, Sep 3 (PTI) The GST Council …": a place, a date and the agency in parentheses, no dash.
        // (The agency in parentheses: "(PTI)", "(AFP)", "(Reuters)"; "(dpa)" writes itself in lower case.)
        func agency(within n: Int, between open: String = "(", and close: String = ")") -> Int? {
            guard let o = t.prefix(n).firstIndex(where: { $0.is(open) }), o + 2 < t.count, t[o + 2].is(close),
                  t[o + 1].kind == .word, t[o + 1].isCapitalized || t[o + 1].isAllCaps || t[o + 1].isLowercase && t[o + 1].text.utf8.count <= 4 else { return nil }
            return o
        }
        // ("Ulaanbaatar, November 21, 2025 /MONTSAME/. The State Great Khural …": or between slashes.)
        if let place = t.first, place.isCapitalized, let open = agency(within: 12) ?? agency(within: 12, between: "/", and: "/"), open >= 3,
           t[..<open].contains(where: { $0.isComma }), t[..<open].contains(where: { $0.flags.contains(.month) && $0.isCapitalized }) {
            // ("Bogotá, Nov 19 (EFE).- The first line …": a full stop and a dash may close it.)
            var end = open + 3
            while end < t.count, end < open + 5, t[end].is(".") || t[end].is("-") || t[end].is("—") || t[end].is("–") { end += 1 }
            return end
        }
        // "Abidjan (AFP) – Ivory Coast President …": a place as written, the agency, a dash.
        if let place = t.first, place.isCapitalized, let open = agency(within: 6), open >= 1, open + 3 < t.count,
           t[open + 3].is("—") || t[open + 3].is("–") || t[open + 3].is("-") {
            return open + 4
        }
        // ("**Geneva, 4 December 2025** — Malaria killed …": a place and date in Markdown's
        // emphasis, which makes no token, then the dash.)
        let mark = article.utf8[article.sentences[s].byteRange.lowerBound]
        let emphasized = mark == UInt8(ascii: "*") || mark == UInt8(ascii: "_")
        guard let place = t.first, emphasized || place.isAllCaps || place.text.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) else { return 0 }
        guard let dash = t.prefix(16).firstIndex(where: { $0.is("—") || $0.is("–") || $0.is("-") }) else { return 0 }
        return dash + 1
    }

    /// The last body named up to sentence `s` (eight sentences back at most) whose name ends
    /// with `noun` ("European Medicines Agency" for "the agency"): capitalized words before the
    /// capitalized noun, and a place or capitalized words after "of" ("Central Bank of Iceland",
    /// "Bank of England" for "the bank", "Chicago Board of Education" for "Board President").
    func namedBody(endingWith noun: String, upTo s: Int, where accept: (String) -> Bool = { _ in true }) -> String? {
        // The nearest sentences before, then the article's opening ones, where a story names the
        // bodies it is about ("… the Lesotho Textile Exporters Association says." and, after a
        // table, "The association's chairman, Teboho Kobeli,").
        let near = stride(from: s, through: max(0, s - 8), by: -1)
        let opening = s > 8 ? Array(0...min(2, s - 9)) : []
        for k in Array(near) + opening {
            let t = tokens[k]
            for e in t.indices.reversed() where t[e].isCapitalized && t[e].lower == noun {
                var b = e
                while b > 0, t[b - 1].kind == .word, t[b - 1].isCapitalized || t[b - 1].isAllCaps || ["of", "for", "and"].contains(t[b - 1].lower),
                      !TitleParser.isCapitalizedOpener(t[b - 1].text) { b -= 1 }
                while b < e, !t[b].isCapitalized && !t[b].isAllCaps { b += 1 }
                var last = e
                if e + 2 < t.count, t[e + 1].lower == "of", let (_, length) = Lexicon.jurisdiction(at: e + 2, in: t) {
                    last = e + 1 + length
                } else if e + 2 < t.count, t[e + 1].lower == "of", t[e + 2].kind == .word, t[e + 2].isCapitalized, t[e + 2].text != "The" {
                    // "Chicago Board of Education", "Ministry of Trade and Industry": capitalized words after "of".
                    last = e + 2
                    while last + 1 < t.count, t[last + 1].kind == .word, t[last + 1].isCapitalized
                            || last + 2 < t.count && ["and", "of", "for"].contains(t[last + 1].lower) && t[last + 2].isCapitalized {
                        last += t[last + 1].isCapitalized ? 1 : 2
                    }
                }
                guard b < e || last > e else { continue }
                let name = article.string(t[b].range.lowerBound..<t[last].range.upperBound)
                if accept(name) { return name }
            }
        }
        return nil
    }

    func blockKind(ofSentence s: Int) -> BlockKind { article.blocks[article.sentences[s].blockIndex].kind }

    /// A country's central bank the sentence names: "the Bank of Japan", "the Reserve Bank of
    /// Australia", "the Central Bank of Nigeria", "Bank Indonesia"; "Turkey's central bank" is not one (no name).
    func centralBank(inSentence s: Int) -> String? {
        let t = tokens[s]
        // "The Riksbank", "the Bundesbank": a central bank's one-word name.
        for b in t.indices where t[b].isCapitalized && Lexicon.centralBankNames.contains(t[b].text) { return t[b].text }
        // "Bank Indonesia", "Bank Negara"-style names: "Bank" and a country's name.
        for b in t.indices where t[b].text == "Bank" && b + 1 < t.count && t[b + 1].isCapitalized {
            guard let (_, length) = Lexicon.jurisdiction(at: b + 1, in: t), t[b + 1].lower != "the" else { continue }
            return article.string(t[b].range.lowerBound..<t[b + length].range.upperBound)
        }
        for b in t.indices where t[b].text == "Bank" && b + 2 < t.count && t[b + 1].lower == "of" {
            // ("the Bank of England": a nation's, not a country's, name.)
            guard let (_, length) = Lexicon.jurisdiction(at: b + 2, in: t) ?? (t[b + 2].text == "England" ? ("England", 1) : nil) else { continue }
            let first = b > 0 && ["Reserve", "Central", "National"].contains(t[b - 1].text) ? b - 1 : b
            return article.string(t[first].range.lowerBound..<t[b + 1 + length].range.upperBound)
        }
        return nil
    }

    /// The provinces and states (`Lexicon.provinces`) sentence `s` names, in order. With a
    /// `holder`, none written before an office another person holds: "signed by former
    /// premier Andrew Furey and Quebec Premier François Legault" names Quebec as Legault's, and
    /// a second premier beside him is another province's, wherever else the sentence names Quebec.
    func provinces(inSentence s: Int, holder: String? = nil) -> [String] {
        let t = tokens[s]
        let surname = holder.flatMap { $0.split(separator: " ").last }
        var result: [String] = [], othersOffices: [String] = []
        var i = 0
        while i < t.count {
            if t[i].isCapitalized, let (name, length) = Lexicon.province(at: i, in: t) {
                let office = i + length
                if let surname, office < t.count, t[office].isCapitalized, Lexicon.office(at: office, in: t) != nil,
                   !t[office..<min(t.count, office + 6)].contains(where: { $0.text == surname }) {
                    othersOffices.append(name)
                } else if !result.contains(name) {
                    result.append(name)
                }
                i += length
            } else {
                i += 1
            }
        }
        return othersOffices.isEmpty ? result : result.filter { !othersOffices.contains($0) }
    }

    /// The name met most often, the first met of a tie; nil for none.
    static func mostNamed(_ names: [String]) -> String? { tally(names)?.name }

    /// The name met most often (the first met of a tie) and how often; nil for none.
    static func tally(_ names: [String]) -> (name: String, count: Int)? {
        var counts: [String: Int] = [:], order: [String] = []
        for name in names {
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        return order.reduce(nil) { best, name in best.map { counts[name]! > counts[$0]! ? name : $0 } ?? name }
            .map { ($0, counts[$0]!) }
    }

    /// The province or state the article names most, when more sentences name it than the
    /// article names its dominant country ("Western Australia will require …" with "Australian"
    /// once); else nil.
    var provinceOutnamingCountry: String? {
        provinceTally.flatMap { $0.sentences > dominantCountryCount ? $0.name : nil }
    }

    /// The province or state the article names most (the first of a tie).
    var mostNamedProvince: String? { provinceTally?.name }

    /// That province and the number of sentences that name it.
    private var provinceTally: (name: String, sentences: Int)? {
        remembered(\.province) { Self.tally(tokens.indices.flatMap { provinces(inSentence: $0) }).map { ($0.name, $0.count) } }
    }

    /// What `slot` holds, computed on first use.
    private func remembered<T>(_ slot: ReferenceWritableKeyPath<WholeArticle, T?>, _ compute: () -> T) -> T {
        if let known = wholeArticle[keyPath: slot] { return known }
        let value = compute()
        wholeArticle[keyPath: slot] = value
        return value
    }

    /// Wales, Scotland or Northern Ireland, whichever the article names most (by name,
    /// adjective or legislature: "Welsh", "the Senedd", "Holyrood", "Stormont"); nil for none.
    var mostNamedUKNation: String? {
        remembered(\.ukNation) { Self.mostNamed(tokens.flatMap { sentence in
            sentence.indices.compactMap { i -> String? in
                guard sentence[i].isCapitalized else { return nil }
                if sentence[i].text == "Northern", i + 1 < sentence.count, sentence[i + 1].text == "Ireland" { return "Northern Ireland" }
                return Self.ukNationWords[sentence[i].text]
            }
        }) }
    }
    /// Whether the article names a devolved government ("the Scottish government", "the Welsh
    /// Government", "the Northern Ireland Executive") and no government of the whole United
    /// Kingdom ("the UK government", "Westminster", "Downing Street", "Whitehall").
    var namesOnlyADevolvedGovernment: Bool {
        remembered(\.devolved) {
            var devolved = false, whole = false
            for t in tokens {
                for i in t.indices.dropLast() where t[i].isCapitalized || t[i].isAllCaps {
                    if ["government", "executive", "ministers"].contains(t[i + 1].lower) {
                        if ["Scottish", "Welsh"].contains(t[i].text) || t[i].text == "Ireland" && i > 0 && t[i - 1].text == "Northern" { devolved = true }
                        if ["UK", "British"].contains(t[i].text) { whole = true }
                    }
                    if ["Westminster", "Whitehall"].contains(t[i].text) || t[i].text == "Downing" && t[i + 1].text == "Street" { whole = true }
                }
            }
            return devolved && !whole
        }
    }

    static let ukNationWords: [String: String] = ["Wales": "Wales", "Welsh": "Wales", "Senedd": "Wales", "Scotland": "Scotland",
                                                  "Scottish": "Scotland", "Holyrood": "Scotland", "Stormont": "Northern Ireland"]

    /// The US state the article names most (the first of a tie), a dateline's "Va." included;
    /// "Washington" is the capital as often as the state, and counts for neither.
    /// ("PITTSBURGH (AP) —" with no state named: the state of a city AP datelines stand alone.)
    var mostNamedUSState: String? {
        remembered(\.usState) { Self.mostNamed(tokens.flatMap { sentence in
            sentence.indices.compactMap { i -> String? in
                guard sentence[i].isCapitalized, let (name, _) = Lexicon.usState(at: i, in: sentence), name != "Washington" else { return nil }
                return name
            }
        }) ?? Self.datelineWords(article, tokens).flatMap { Lexicon.standAloneDatelineCities[$0.joined(separator: " ")] } }
    }

    /// Countries named in a sentence, in order.
    /// `outsideRelativeClauses`: not in ", who …," or ", which …," ("Vice Premier He Lifeng, who met
    /// U.S. officials in Kuala Lumpur," names no country of his office).
    func countries(inSentence s: Int, outsideRelativeClauses: Bool = false, holderAt: Int? = nil) -> [String] {
        var result: [String] = []
        let t = tokens[s]
        var i = 0
        while i < t.count {
            if outsideRelativeClauses, i > 0, t[i - 1].isComma, t[i].lower == "who" || t[i].lower == "which" {
                while i < t.count, !t[i].isComma, !t[i].is(".") { i += 1 }
                continue
            }
            // For an office's holder named at `holderAt`: not what the holder reports after the name
            // ("Economy Minister Vincent Karremans said … talks with China"), nor where the holder
            // is ("Prime Minister Narendra Modi, speaking in Bhutan,").
            if let holderAt, i > holderAt, t[i].isLowercase, t[i].flags.contains(.reportingForm), StatementExtractor.isReportingPast(t[i]) { break }
            // (Nor what someone reports in a participle after a comma: "indicted former President Yoon
            // Suk Yeol …, alleging that he ordered drone flights … to provoke North Korea".)
            if let holderAt, i > holderAt + 1, t[i - 1].isComma, t[i].isLowercase, t[i].flags.contains(.reportingForm), t[i].lower.hasSuffix("ing") { break }
            if holderAt != nil, i >= 2, t[i - 1].lower == "in" || t[i - 1].lower == "to", Self.isPlaceOfAVisit(t[i - 2]) {
                i += 1
                continue
            }
            if let (name, length) = Lexicon.jurisdiction(at: i, in: t), Lexicon.bodies[name] == nil {
                if !result.contains(name), !Self.endsAProvinceName(t, i, length) { result.append(name) }
                i += length
            } else {
                i += 1
            }
        }
        return result
    }

    /// "speaking (in)", "visiting", "a visit (to)", "trip (to)": a word before "in" or "to" and
    /// the place where a person is, not whose office the person holds.
    static func isPlaceOfAVisit(_ t: Token) -> Bool {
        t.isLowercase && (t.lower.hasSuffix("ing") || t.lower == "visit" || t.lower == "trip" || t.lower == "tour")
    }

    /// The first state the article names with "State" ("Lagos State", "Niger State"; not "Islamic
    /// State", "Secretary of State", "the State"), when no other is named so; else nil.
    var namedWithState: String? {
        remembered(\.stateNamed) {
            var found: String?
            for t in tokens {
                // ("Sao Paulo state will auction": in lower case too, after the whole name.)
                // (Not "the Republican-controlled state Senate": lower case, before no capital, after a name.)
                for k in t.indices.dropFirst() where t[k].text == "State" || t[k].text == "state"
                                                      && !(k + 1 < t.count && (t[k + 1].isCapitalized || t[k + 1].isAllCaps))
                                                      && !t[k - 1].text.containsUTF8("-") {
                    guard let words = Self.stateName(endingAt: k - 1, in: t) else { continue }
                    let name = t[words].map(\.text).joined(separator: " ")
                    if let f = found, f != name { return nil }
                    found = name
                }
            }
            return found
        }
    }

    /// The words of a state's name written before "State" and ending at token `e` ("Kano",
    /// "Akwa Ibom", "New York"), one or two; nil when the word at `e` names none ("Islamic",
    /// "BJP", "the", or a place after "of": "the Governor of Lagos State" names it after the office).
    static func stateName(endingAt e: Int, in t: [Token]) -> Range<Int>? {
        guard e >= 0, t[e].kind == .word, t[e].isCapitalized, !t[e].isAllCaps,  // (not "BJP State president")
              !Self.notStateNames.contains(t[e].lower), !(e >= 1 && t[e - 1].lower == "of") else { return nil }
        var j = e
        while j > 0, j > e - 2, t[j - 1].kind == .word, t[j - 1].isCapitalized, !Self.cityNameStops.contains(t[j - 1].lower),
              !Self.notStateNames.contains(t[j - 1].lower) || t[j - 1].lower == "new" { j -= 1 }
        return j..<(e + 1)
    }
    static let notStateNames: Set<String> = ["the", "islamic", "united", "free", "member", "nation", "deep", "welfare", "a", "this",
                                             "police", "one", "every", "each", "that", "in", "new"]

    /// Capitalized words that open a sentence, not a city's name: "In Salt Lake City".
    static let cityNameStops: Set<String> = ["the", "in", "at", "of", "from", "for", "on", "and", "to", "by", "with", "a"]

    /// The first city a sentence names with "City" ("Quezon City", "Salt Lake City"), not as the
    /// start of a longer name ("Quezon City Council"); nil for none.
    static func cityWithCity(_ t: [Token]) -> String? {
        for k in t.indices.dropFirst() where t[k].text == "City" && t[k - 1].isCapitalized && !Self.cityNameStops.contains(t[k - 1].lower) {
            if k + 1 < t.count, t[k + 1].isCapitalized || t[k + 1].isAllCaps { continue }
            var first = k - 1
            while first > 0, k - first < 3, t[first - 1].isCapitalized, !Self.cityNameStops.contains(t[first - 1].lower) { first -= 1 }
            return t[first..<k].map(\.text).joined(separator: " ") + " City"
        }
        return nil
    }

    /// Whether the country's name at token `i` (of `length` tokens) ends a state's or a
    /// province's: "Western Australia", "South Australia" name no country.
    static func endsAProvinceName(_ t: [Token], _ i: Int, _ length: Int) -> Bool {
        guard i > 0, t[i - 1].isCapitalized, Lexicon.provinceEndings.contains(t[i].text),
              let (_, n) = Lexicon.province(at: i - 1, in: t) else { return false }
        return n > length
    }

    /// Offices only a country holds, never a US state.
    /// A city's offices: of the city the story is about.
    static let cityOffices: Set<String> = ["Mayor", "Councilmember", "City Manager", "City Treasurer", "City Clerk", "City Auditor"]

    static let nationalOffices: Set<String> = ["President", "Vice President", "Press Secretary", "Chief of Staff", "Justice",
                                               "Chief Justice", "Ambassador"]

    /// The organization of an office that does not name one: the only country in the
    /// sentence, else the country the article is mostly about. `excluding`: bodies the
    /// sentence gives the holder's other offices.
    func inferredOrganization(sentence s: Int, title: String? = nil, holder: String? = nil, asWritten: String? = nil,
                              excluding: Set<String> = []) -> String? {
        // "Mayor Karen Bass" in a story datelined "LOS ANGELES —": a city's offices are the city's.
        // ("Quezon City will file charges …, Mayor Joy Belmonte said" in a story datelined "MANILA":
        // a city named with "City" in the mayor's sentence is the mayor's.)
        if title == "Mayor", let city = Self.cityWithCity(tokens[s]) { return city }
        // ("Istanbul prosecutors … indicted jailed Mayor Ekrem Imamoglu" in a story datelined Ankara:
        // a mayor is the one large city's the sentence names, rather than the date line's.)
        if title == "Mayor", datelinePlace != nil, let city = onlyLargeCity(inSentence: s), city != datelinePlace { return city }
        if let title, Self.cityOffices.contains(title), let city = datelinePlace { return city }
        // The one office whose body is always the same.
        if title == "Pope" { return "Catholic Church" }
        // (And the offices of one country, named in its own language: "then taoiseach Enda Kenny".)
        // (The first letter first: comparing with a name written with an accent is slow.)
        if let title, title.utf8.first == UInt8(ascii: "T"), title == "Taoiseach" || title == "Tánaiste" { return "Ireland" }
        // "Trade Commissioner Maroš Šefčovič" in a story that names the European Commission.
        if title == "Commissioner", let commission = namedBodies.filter({ $0.hasSuffix("Commission") }).min() { return commission }
        // "Climate Commissioner Wopke Hoekstra said the agreement kept the EU on course": the
        // Union's commissioners are its Commission's.
        if title == "Commissioner", namedBodies.contains("European Union") { return "European Commission" }
        // "The Bank of Japan kept rates unchanged, but Governor Kazuo Ueda said": a governor is
        // the central bank's the sentence names.
        // ("The Reserve Bank of India cut its key rate … Governor Sanjay Malhotra said": the
        // sentence before may name it.)
        // ("Sweden's central bank kept its rate … Governor Erik Thedéen told … The Riksbank, which
        // cut rates eight times, said": or the sentence after.)
        if title == "Governor" || title == "Deputy Governor",
           let bank = stride(from: s, through: max(0, s - 2), by: -1).lazy.compactMap({ self.centralBank(inSentence: $0) }).first
            ?? (s + 1 < tokens.count ? centralBank(inSentence: s + 1) : nil) {
            return bank
        }
        // "Lagos State will raise tolls … Governor Babajide Sanwo-Olu": a state named with "State"
        // (as Nigeria's and Malaysia's are) has the governor and the commissioners.
        if let title, title == "Governor" || title == "Deputy Governor" || title.hasPrefix("Commissioner for"),
           let state = namedWithState { return state }
        // "Chief Minister Nitish Kumar" in a story about Bihar: a state's office is the state's the
        // sentence names, else the one the article names most.
        if title == "Chief Minister", let state = provinces(inSentence: s).first ?? mostNamedProvince { return state }
        // "Premier Jacinta Allan" in a story about Victoria that names no country: a state's
        // government and opposition are the state's.
        // ("Prime Minister Mark Carney …, while B.C. Premier David Eby": written so, the country's.)
        if dominantCountry == nil, let title, TitleParser.provinceOffices.contains(title) || title == "Leader of the Opposition",
           !(title == "Prime Minister" && asWritten?.lowercased().hasSuffix("prime minister") == true),
           let state = provinces(inSentence: s, holder: holder).first ?? mostNamedProvince {
            return state
        }
        // "Premier Danielle Smith" in a Canadian story about Alberta: a premier in Canada or
        // Australia heads a province's or state's government (China's premier is the country's).
        // ("Saskatchewan will lower royalties …, Premier Scott Moe announced" in a story that names
        // Russia more often: a premier beside a province is the province's.)
        if let asWritten, title == "Prime Minister", asWritten.lowercased().hasSuffix("premier"),
           let state = provinces(inSentence: s, holder: holder).first
            ?? (dominantCountry == nil || dominantCountry == "Canada" || dominantCountry == "Australia" ? mostNamedProvince : nil) {
            return state
        }
        // "First Minister Eluned Morgan" in a story about the Senedd: the head of a devolved
        // government of the United Kingdom is the nation's the article names most.
        if title == "First Minister", let nation = mostNamedUKNation { return nation }
        // "Health Secretary Neil Gray said …" in a story about the Scottish government's pay offer:
        // a devolved government's secretaries and ministers are the nation's, when the article names
        // that government and not the UK's.
        if let title, title.hasPrefix("Secretary of") || title.hasPrefix("Minister of") || title == "Cabinet Secretary",
           namesOnlyADevolvedGovernment, let nation = mostNamedUKNation { return nation }
        // (Not the holder's surname: "Prime Minister Luís Montenegro" is Portugal's, "Health
        // Minister Mark Holland" no minister of the Netherlands; a given name may well be the
        // country's, as "Israel Katz" is Israel's minister.)
        var names = Set((holder ?? "").split(separator: " ").suffix(1).map(String.init))
        if let surname = names.first, let country = Lexicon.jurisdictionByName[surname] { names.insert(country) }
        // ("Prime Minister Sam Matekane … has asked Washington for a new trade deal": the United
        // States has no prime minister and no ministers; its cabinet has secretaries.)
        if let title, title == "Prime Minister" || title.hasPrefix("Minister") { names.insert("United States") }
        // (Where the holder is named: the first word of the holder's surname.)
        let holderAt = holder.flatMap { h in h.split(separator: " ").last.flatMap { last in tokens[s].firstIndex { $0.text == last } } }
        let here = countries(inSentence: s, outsideRelativeClauses: true, holderAt: holderAt).filter { !names.contains($0) && !excluding.contains($0) }
        let dominant = dominantCountry.flatMap { names.contains($0) ? runnerUpCountry.flatMap { names.contains($0) ? nil : $0 } : $0 }
        // "Outgoing Gov. Glenn Youngkin" in a story about Virginia: a governor of the United
        // States is a state's.
        // ("Secretary of the Commonwealth Al Schmidt": the office of the four states called commonwealths.)
        if title == "Governor" || title == "Lieutenant Governor" || title == "Assemblymember" || title == "Secretary of the Commonwealth",
           here.isEmpty || here == ["United States"],
           dominant == nil || dominant == "United States" || dominantIsUSState, let state = mostNamedUSState {
            return state
        }
        if here.count == 1 { return here[0] }
        // "President Donald Trump" in a "NEW YORK (AP)" story: a national office is the country's, not the state's.
        if dominantIsUSState, let title, Self.nationalOffices.contains(title) || title.hasPrefix("Secretary of ") && title != "Secretary of State" {
            return "United States"
        }
        return dominant
    }
}
