import NewsText

/// Finds the people of an article, every place they are named, and the offices the
/// article says they hold.
///
/// A capitalized sequence counts as a person's name only when the sentence confirms
/// it: an office before it ("Ambassador Geoffrey Pyatt", "Albania's Defence Minister
/// Niko Peleshi"), an honorific or rank ("Dr.", "Maj. Gen."), an apposition after or
/// before it ("Scott M. Oudkirk, the Head of …", "Mayor of Pristina, Shpend Ahmeti,"),
/// a reporting verb ("Zemaj emphasized"), a middle initial, or a Leader/Name column of
/// a table. No list of known people is used.
struct PeopleExtractor {
    /// A province's, a territory's or a UK nation's legislators: of the province the story names.
    static let provincialLegislators: Set<String> = ["Member of the Legislative Assembly", "Member of Provincial Parliament"]
    struct Found {
        var name: NameSpan
        var sentence: Int
    }

    struct RoleFound {
        var person: String
        var sentence: Int
        var phrase: TitlePhrase
        var evidence: Range<Int>
        var asWritten: String
        /// "Premier Tim Houston": the Prime Minister a province's or state's government has.
        var writtenAsPremier: Bool { phrase.title == "Prime Minister" && asWritten.lowercased().hasSuffix("premier") }
    }

    let context: DocumentContext
    private(set) var confirmed: [String: NameSpan] = [:]   // full name → an example span
    private(set) var order: [String] = []                  // first-confirmation order
    /// The surnames of the confirmed names, for look-ups that would otherwise scan them all.
    private var confirmedSurnames: Set<String> = []
    private(set) var roles: [RoleFound] = []
    /// The sentence each name was first confirmed in.
    private var confirmedIn: [String: Int] = [:]
    /// Confirmed names that end or begin a longer confirmed name, and that name ("Boni Yayi" →
    /// "Thomas Boni Yayi", "Abang Johari" → "Abang Johari Openg").
    private var shorterNames: [String: String] = [:]
    /// Names seen without confirmation, for a later surname-only speaker to confirm.
    private var candidates: [Found] = []

    init(_ context: DocumentContext) { self.context = context }

    mutating func run() -> (people: [PersonName], mentions: [ArticleFacts.Mention], roles: [ArticleFacts.Role]) {
        for s in context.tokens.indices where !context.tokens[s].isEmpty {
            if let header = context.headerCells[s] { confirmTableRow(s, header: header) } else { confirmSentence(s) }
            // (Only where the sentence left a name unconfirmed, next to a comma or "and".)
            if let last = candidates.last, last.sentence == s, Self.mayBeListed(last.name, context.tokens[s]) { confirmListedNames(s) }
        }
        confirmBySurnameSpeakers()
        dropHeadingOnlyNames()
        mergeShorterNames()
        // (Built once: no name is confirmed after this point.)
        let byShortForm = namesByShortForm()
        addRolesOfShortNames(byShortForm)
        let people = order.map { name -> PersonName in
            let span = confirmed[name]!
            return PersonName(name: name.precomposedNFC, surname: span.surname, givenNames: span.givenNames)
        }
        let index = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        let mentions = findMentions(index, byShortForm)
        var factsRoles: [ArticleFacts.Role] = []
        var seen = Set<String>()
        // An office written without its organization takes the one the article gives the
        // same person's same office elsewhere, before any guess from context.
        var stated: [String: String] = [:]
        // "Finance Minister Jens Stoltenberg, the former NATO secretary general": a body that names
        // the holder's other office in the same sentence is not the one the first office is guessed from.
        var statedInSentence: [Int: [Int]] = [:]  // sentence → indices in `roles` of offices with their body
        for (n, r) in roles.enumerated() {
            guard let org = r.phrase.organization, TitlePhrase.ownerNoun(org) == nil else { continue }
            stated[r.person + "|" + r.phrase.title] = org
            statedInSentence[r.sentence, default: []].append(n)
        }
        let found = roles
        func otherOffices(_ r: RoleFound) -> Set<String> {
            Set((statedInSentence[r.sentence] ?? []).filter { found[$0].person == r.person }.compactMap { found[$0].phrase.organization })
        }
        // "Soraya Martinez Ferrada has been elected mayor of Montreal … Outgoing mayor Valérie
        // Plante": a mayor named with no city is of the one city the article gives a mayor
        // (with no dateline to say otherwise).
        // ("Mayor Geordin Hill-Lewis" in a story that names "the City of Cape Town": that city.)
        // (Read only when the article has a mayor or a councillor: the date line is read anew.)
        var onlyMayorsCity: String?
        let hasCityOffices = roles.contains(where: { DocumentContext.cityOffices.contains($0.phrase.title) })
        if hasCityOffices {
            let mayorsCities = Set(roles.lazy.filter { $0.phrase.title == "Mayor" }
                .compactMap { $0.phrase.organization.flatMap { TitlePhrase.ownerNoun($0) == nil ? $0 : nil } })
            if mayorsCities.count <= 1, context.datelinePlace == nil { onlyMayorsCity = mayorsCities.first ?? context.cityOfName }
        }
        // "Premier Tim Houston … Housing Minister John Lohr" in a story that names a province and
        // no country: the ministers are the premier's government's.
        let hasPremier = context.dominantCountry == nil && roles.contains(where: \.writtenAsPremier)
        let provincialGovernment = hasPremier ? context.mostNamedProvince : nil
        // ("Premier Roger Cook … Energy Minister Amber-Jade Sanderson" in a story that names
        // Western Australia more often than Australia: the same, where a sentence names no country.)
        let premiersState = context.dominantCountry != nil && roles.contains(where: \.writtenAsPremier)
            ? context.provinceOutnamingCountry : nil
        func statesOffice(_ r: RoleFound) -> String? {
            guard let premiersState, r.phrase.title.hasPrefix("Minister") || r.phrase.title == "Leader of the Opposition"
                || r.phrase.title == "Treasurer" || r.phrase.title == "Attorney General",
                  context.countries(inSentence: r.sentence).isEmpty else { return nil }
            return premiersState
        }
        // "Nunavut Premier John Main … Main, a former housing minister": a premier's own ministries
        // are of the premier's province.
        func premiersProvince(_ person: String) -> String? {
            guard let premier = roles.first(where: { $0.person == person && $0.writtenAsPremier }),
                  let o = premier.phrase.organization else { return nil }
            return Lexicon.jurisdictionByName[o] == nil && context.provinces(inSentence: premier.sentence).contains(o) ? o : nil
        }
        // "Iqaluit MLA Adam Arreak Lightstone": a provincial legislator's province.
        func provincialOrganization(_ r: RoleFound) -> String? {
            if Self.provincialLegislators.contains(r.phrase.title) {
                return context.provinces(inSentence: r.sentence).first ?? context.mostNamedProvince ?? context.mostNamedUKNation
            }
            return r.phrase.title.hasPrefix("Minister") ? premiersProvince(r.person) : nil
        }
        // The city whose offices a story's mayor, councillors and city bodies hold, when asked.
        func articleCity() -> String? { onlyMayorsCity ?? context.datelinePlace }
        // The courts the article names, read once when a justice asks: the one US state whose
        // supreme court it names ("the Texas Supreme Court", "Pennsylvania's Supreme Court"; none
        // when it names another country's or state's too), and the one court it names by its rank
        // ("the High Court", "the Supreme Court of Canada"; none when it names two).
        var courts: (state: String?, ranked: String?)?
        func namedCourts() -> (state: String?, ranked: String?) {
            if let courts { return courts }
            var state: String?, ranked: String?
            var otherState = false, otherRanked = false
            for t in context.tokens {
                for k in t.indices.dropFirst() where t[k].text == "Court" && Self.courtRanks.contains(t[k - 1].text) {
                    var court = t[k - 1].text + " Court"
                    if k + 2 < t.count, t[k + 1].lower == "of", let (country, _) = Lexicon.jurisdiction(at: k + 2, in: t) { court += " of " + country }
                    if ranked != nil && ranked != court { otherRanked = true }
                    ranked = ranked ?? court
                    guard t[k - 1].text == "Supreme", k >= 2 else { continue }
                    let before = t[k - 2].kind == .possessive && k >= 3 ? k - 3 : k - 2
                    // (A two-word state's last word: "New Mexico Supreme Court".)
                    let first = before > 0 && Lexicon.usState(at: before - 1, in: t)?.length == 2 ? before - 1 : before
                    if let (name, _) = Lexicon.usState(at: first, in: t) {
                        if state != nil && state != name { otherState = true }
                        state = state ?? name
                    } else if Lexicon.jurisdiction(at: before, in: t) != nil || t[before].text == "U.S." || t[before].text == "US" {
                        // ("the U.S. Supreme Court", "Pakistan's Supreme Court": another court.)
                        otherState = true
                    }
                }
            }
            let found = (state: otherState ? nil : state, ranked: otherRanked ? nil : ranked)
            courts = found
            return found
        }
        for r in roles {
            guard let person = index[r.person] else { continue }
            // "the agency's executive director": the body the article names with that noun, if any.
            let owned = r.phrase.organization.flatMap { o -> String? in
                guard let owner = TitlePhrase.ownerNoun(o) else { return o }
                // ("the electoral commission's chief": the noun is the last word.)
                let space = owner.utf8.lastIndex(of: UInt8(ascii: " "))
                let noun = space.map { String(owner[owner.index(after: $0)...]) } ?? owner
                if TitleParser.regionNouns.contains(noun) {
                    return context.provinces(inSentence: r.sentence).first ?? context.mostNamedProvince
                        ?? (noun == "state" ? context.mostNamedUSState : nil)
                }
                // With no body of that noun named, the modifier and noun are its name: "Electoral Commission".
                return context.namedBody(endingWith: noun, upTo: r.sentence)
                    ?? (space == nil ? nil : owner.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " "))
                    ?? (noun == "board" ? governedBody(upTo: r.sentence) : nil)
                    ?? chamberOpening(r, noun)
            }
            var organization = owned ?? stated[r.person + "|" + r.phrase.title] ?? spokespersonsBody(r)
                ?? (r.phrase.title != "Councilmember" && DocumentContext.cityOffices.contains(r.phrase.title) ? onlyMayorsCity
                    : r.phrase.title == "Councilmember" ? onlyMayorsCity.map { context.cityCouncil(of: $0) ?? $0 } : nil)
                ?? provincialOrganization(r)
                ?? (statesOffice(r) ?? membersBody(r))
                ?? context.inferredOrganization(sentence: r.sentence, title: r.phrase.title, holder: r.person, asWritten: r.asWritten,
                                                excluding: otherOffices(r))
                ?? (r.phrase.title.hasPrefix("Minister") && hasPremier ? provincialGovernment : nil)
            // "Independent senator Jacqui Lambie", "Greens senator David Shoebridge": the party a
            // legislator belongs to is no body the legislator sits for; the jurisdiction is.
            if let o = organization, ["Senator", "Member of Parliament", "Representative"].contains(r.phrase.title),
               Self.partyLabels.contains(o) || NameParser.isGroupPlural(o.lowercased()) {
                organization = stateLegislatorsState(r) ?? context.inferredOrganization(sentence: r.sentence, title: r.phrase.title, holder: r.person,
                                                            asWritten: r.asWritten, excluding: otherOffices(r))
            }
            // "Opposition ANC councillor Banele Majingo" in a story about the City of Cape Town: a
            // councillor's party is not the council, which is the city's.
            // ("DENVER (AP) — … Councilmember Sarah Parady": the council the article names, "Denver
            // City Council", if it does.)
            if r.phrase.title == "Councilmember", let o = organization, !o.hasSuffix("Council"),
               let city = articleCity() {
                organization = context.cityCouncil(of: city) ?? city
            }
            // "Police Chief Brian O'Hara" in a story that names "the Minneapolis Police Department":
            // a police chief heads the police body the article names, not the country.
            // ("Delhi Police Commissioner Satish Golcha": or the force named by the place before the office.)
            if r.phrase.title == "Chief", r.asWritten.lowercased().hasPrefix("police"), owned == nil,
               let force = placesPolice(r) ?? policeBody(upTo: r.sentence) {
                organization = force
            }
            // "City Council President Sara Nelson" in a story datelined "SEATTLE (AP)" or about
            // Seattle's mayor: the council is that city's.
            if organization == "City Council", let city = articleCity() {
                organization = city + " City Council"
            }
            // "ECB President Christine Lagarde … Vice-President Luis de Guindos": a vice president
            // with no body found is the body's whose president the article named before.
            if organization == nil, r.phrase.title == "Vice President" {
                // (A body's, not a country's: "European Central Bank", not "France".)
                organization = factsRoles.last(where: { r in
                    guard r.title == "President", let o = r.organization else { return false }
                    return Lexicon.jurisdictionByName[o] == nil || Lexicon.bodies[o] != nil
                })?.organization
            }
            // "Pennsylvania Chief Justice Debra Todd … Justice Kevin Dougherty, in a dissent,": a justice
            // or judge with no court found sits on the state's court the article named before.
            // ("U.S. District Judge Xavier Rodriguez": not one whose office names its country.)
            if organization == nil || organization == "United States", r.phrase.organization == nil, r.phrase.title == "Justice" || r.phrase.title == "Judge",
               let court = factsRoles.last(where: { ["Chief Justice", "Justice", "Judge"].contains($0.title) })?.organization,
               court != "United States", Lexicon.usStates[court] != nil {
                organization = court
            }
            // "Two Supreme Court judges, Justice Mansoor Ali Shah and Justice Athar Minallah,": a
            // justice in a sentence that names the Supreme Court sits on it.
            if r.phrase.title == "Justice", organization.map({ Lexicon.jurisdictionByName[$0] != nil }) ?? true,
               case let t = context.tokens[r.sentence], t.indices.dropLast().contains(where: { t[$0].text == "Supreme" && t[$0 + 1].text == "Court" }) {
                organization = "Supreme Court"
            }
            // "The Texas Supreme Court on Friday upheld … Justice Brett Busby": a justice with no
            // court found sits on the one state's supreme court the article names (and no other).
            if r.phrase.title == "Justice" || r.phrase.title == "Chief Justice",
               organization == nil || organization == "United States" || organization == "Supreme Court",
               r.phrase.organization == nil || r.phrase.organization == "Supreme Court", let state = namedCourts().state {
                organization = state
            }
            // "The High Court has suspended … Justice Lawrence Mugambi issued the orders": or on the
            // one court the article names.
            if r.phrase.title == "Justice", r.phrase.organization == nil, organization.map({ Lexicon.jurisdictionByName[$0] != nil }) ?? true,
               let court = namedCourts().ranked {
                organization = court
            }
            // "Democratic Senator Chris Murphy criticised the sale, saying it risked Israel's military
            // edge": an American party's legislator sits for the United States, whatever country the
            // sentence names.
            if r.phrase.title == "Senator" || r.phrase.title == "Representative", let o = organization, o != "United States",
               Lexicon.jurisdictionByName[o] != nil, case let k = r.phrase.tokens.lowerBound, k > 0,
               ["Democratic", "Republican", "Democrat"].contains(context.tokens[r.sentence][k - 1].text) {
                organization = "United States"
            }
            // "House Speaker Mike Johnson" in an American story: the House of Representatives.
            if organization == "House", context.dominantCountry == "United States" || context.dominantIsUSState {
                organization = "House of Representatives"
            }
            // "Commission President Ursula von der Leyen" in a story that names the European
            // Commission: a body written by its last word alone is the one the article names in full.
            if let o = organization, !o.containsUTF8(" "), let full = context.namedBodies.filter({ $0.hasSuffix(" " + o) }).min() {
                organization = full
            } else if hasCityOffices, let o = organization, !o.containsUTF8(" "), Lexicon.jurisdictionByName[o] == nil,
                      let city = articleCity(),
                      context.namedBody(endingWith: o.lowercased(), upTo: r.sentence, where: { $0 == city + " " + o }) != nil {
                // ("Winnipeg Transit will replace its routes … Transit director Björn Radstrom" in a
                // story about Winnipeg's mayor: or the city's body the article names before.)
                organization = city + " " + o
            } else if let o = organization, o.containsUTF8(" "), Lexicon.jurisdictionByName[o] == nil,
                      let space = o.lastIndex(of: " "), case let noun = o[o.index(after: space)...].lowercased(), Lexicon.namesABody(noun),
                      let full = context.namedBody(endingWith: noun, upTo: r.sentence, where: { $0.hasSuffix(" " + o) && Self.isPlaceName($0.dropLast(o.utf8.count + 1)) }) {
                // ("School Board Chair Sandy Anderson" in a story that names the Fairfax County School
                // Board: a body of several words too, the place's it adds; not "Two Supreme Court judges".)
                organization = full
            }
            // "Local Government Minister Simon Watts" in a story that names Auckland and no country:
            // a government's office is the country of the large city the article names most
            // (in Canada or Australia, of the province the story names, if it names one).
            if organization == nil, r.phrase.title.hasPrefix("Minister") || r.phrase.title == "Prime Minister"
                || r.phrase.title == "President" || r.phrase.title == "Treasurer", let country = context.largeCityCountry {
                organization = country == "Canada" || country == "Australia" ? context.mostNamedProvince ?? country : country
            }
            // "Keller's spokesperson, Ava Montoya", "Putin's spokesman": an aide named by the person
            // served serves the body of that person's office.
            if let o = organization, let owner = people.firstIndex(where: { $0.surname == o || $0.name == o }), owner != person,
               let served = factsRoles.first(where: { $0.person == owner && $0.qualifier == nil && $0.organization != nil }) {
                organization = served.organization
            }
            // A company's chief executive holds no public office; a government's does ("Hong Kong's
            // Chief Executive John Lee", written with capitals, of a jurisdiction).
            // ("Cricket Australia's Chief Executive": a body named with a country's name is none.)
            if r.phrase.title == "Chief Executive",
               !(r.asWritten.hasSuffix("Chief Executive") && TitleParser.governmentsChiefExecutive(r.phrase.title, organization)
                 && (r.phrase.tokens.lowerBound == 0 || !context.tokens[r.sentence][r.phrase.tokens.lowerBound - 1].isCapitalized)) { continue }
            // "Chairman Pablo Isla" in a story about a company: a chair presides over a body, which
            // no country is; with no body written, the article gives no office to file.
            // ("commission chairman Danny Lucas" names the body by its noun: that one is kept.)
            if r.phrase.title == "Chair", owned == nil, !r.asWritten.containsUTF8(" "), let o = organization,
               Lexicon.jurisdictionByName[o] != nil, case let k = r.phrase.tokens.lowerBound,
               k == 0 || context.tokens[r.sentence][k - 1].kind != .word || !context.tokens[r.sentence][k - 1].isLowercase { continue }
            // "European Commissioner for Fisheries and Oceans Costas Kadis", "EU Commissioner Maroš
            // Šefčovič": the Union's commissioners sit on its Commission, with a portfolio or without.
            if r.phrase.title == "Commissioner" || r.phrase.title.hasPrefix("Commissioner for "), isEuropeanCommissioner(r, organization) {
                organization = "European Commission"
            }
            let key = "\(person)|\(r.sentence)|\(r.phrase.title)|\(organization ?? "")"
            guard seen.insert(key).inserted else { continue }
            factsRoles.append(ArticleFacts.Role(person: person, sentence: r.sentence, title: r.phrase.title,
                                                organization: organization, qualifier: r.phrase.qualifier ?? leftOffice(r),
                                                asWritten: r.asWritten, byteRange: r.evidence))
        }
        // "Secretary Rollins" after "U.S. Secretary of Agriculture Brooke L. Rollins": an office
        // written short, alone, is the one the same person holds in full.
        // (Lengths first: most roles are none of these.)
        let held = factsRoles
        factsRoles.removeAll { r in
            r.asWritten.utf8.count == r.title.utf8.count && !r.title.containsUTF8(" ") && held.contains { q in
                q.person == r.person && q.title.utf8.count > r.title.utf8.count + 4 && q.organization == r.organization && q.qualifier == r.qualifier
                    && (q.title.hasPrefix(r.title + " of ") || q.title.hasPrefix(r.title + " for "))
            } && r.asWritten.lowercased() == r.title.lowercased()
        }
        return (people, mentions, factsRoles)
    }

    /// Whether a commissioner is the European Commission's: written after "European" or "EU", or
    /// found to be the Union's or its Commission's.
    @inline(never)
    private func isEuropeanCommissioner(_ r: RoleFound, _ organization: String?) -> Bool {
        if organization == "European Commission" || organization == "European Union" { return true }
        let k = r.phrase.tokens.lowerBound
        guard k > 0 else { return false }
        let before = context.tokens[r.sentence][k - 1].text
        return before == "European" || before == "EU"
    }

    /// "Economy Senator Melanie Leonhard" in a story about Hamburg: a senator with a portfolio sits
    /// in a city-state's government (a legislature's senators have none), the city's the story is about.
    private func citySenatorsCity(_ r: RoleFound) -> String? {
        guard r.phrase.title == "Senator", case let k = r.phrase.tokens.lowerBound, k > 0,
              case let t = context.tokens[r.sentence], t[k - 1].isCapitalized, t[k - 1].lower != "state",
              Lexicon.portfolios[t[k - 1].lower] != nil else { return nil }
        return context.datelinePlace ?? context.cityOfName
    }

    /// "State Sen. George Muñoz", "state Rep. Jane Doe": a US state's legislator sits for the
    /// state the article names most.
    private func stateLegislatorsState(_ r: RoleFound) -> String? {
        guard r.phrase.title == "Senator" || r.phrase.title == "Representative", case let k = r.phrase.tokens.lowerBound,
              case let t = context.tokens[r.sentence],
              // (Or inside the phrase, after its party: "Democratic state Rep. Gene Wu".)
              k > 0 && t[k - 1].lower == "state" || t[r.phrase.tokens].contains(where: { $0.text == "state" }) else { return nil }
        return context.mostNamedUSState
    }

    /// "Assembly Speaker Craig Coughlin did not respond": a chamber's name opening the sentence
    /// before a capitalized office is the chamber as written, as "The Assembly Speaker" is.
    @inline(never)
    private func chamberOpening(_ r: RoleFound, _ noun: String) -> String? {
        guard noun == "assembly" || noun == "senate", r.phrase.tokens.lowerBound == 1,
              case let t = context.tokens[r.sentence], t[0].isCapitalized, t[1].isCapitalized else { return nil }
        return t[0].text
    }

    /// "Kebbi State Governor Nasir Idris" in a story that also names Borno State: a state written
    /// by its name and "State" right before its office (Nigeria's usage) is the office's, when no
    /// lexicon knows the name (`DocumentContext.namedWithState` answers only for one such state).
    /// (Only a state's offices: "Islamic State leader" is none.)
    @inline(never)
    private func stateNamedBefore(_ r: RoleFound) -> String? {
        guard Self.statesNamedOffices.contains(r.phrase.title), case let k = r.phrase.tokens.lowerBound, k >= 2,
              case let t = context.tokens[r.sentence], t[k - 1].text == "State",
              let words = DocumentContext.stateName(endingAt: k - 2, in: t) else { return nil }
        return context.article.string(t[words.lowerBound].range.lowerBound..<t[words.upperBound - 1].range.upperBound)
    }
    static let statesNamedOffices: Set<String> = ["Governor", "Commissioner", "Attorney General", "Chief Judge"]

    /// "The White House said it would appeal. Spokeswoman Abigail Jackson said …": a spokesperson
    /// named with no body, opening the sentence after one in which a named body spoke, speaks for it.
    /// ("The Canadian Union of Postal Workers called the plan an attack … National president Jan
    /// Simpson said": so does the head of a body, the office written in lower case — "President"
    /// capitalized is a country's — after at most one capitalized word that names no country.)
    private func spokespersonsBody(_ r: RoleFound) -> String? {
        guard r.sentence > 0, case let k = r.phrase.tokens.lowerBound,
              r.phrase.title == "Spokesperson" ? k == 0
                : Self.bodyHeadTitles.contains(r.phrase.title) && (k == 0 || k == 1 && Self.opensWithoutACountry(context.tokens[r.sentence]))
                    && context.tokens[r.sentence][r.phrase.tokens].contains(where: { $0.isLowercase && $0.kind == .word }),
              context.article.sentences[r.sentence - 1].blockIndex == context.article.sentences[r.sentence].blockIndex else { return nil }
        let t = context.tokens[r.sentence - 1]
        // (The previous sentence opens with the body and its reporting verb.)
        guard t.count > 3, let verb = t.prefix(8).firstIndex(where: { $0.flags.contains(.reportingForm) && $0.isLowercase }), verb >= 2,
              let body = bodyNamed(inSentence: r.sentence - 1) else { return nil }
        let opening = context.article.string(t[0].range.lowerBound..<t[verb - 1].range.upperBound)
        return opening.hasSuffix(body) ? body : nil
    }

    /// Offices that head a body: written in lower case after a sentence in which a named body
    /// spoke, they are that body's (`spokespersonsBody`).
    static let bodyHeadTitles: Set<String> = ["President", "Chair", "Leader", "Secretary General", "General Secretary", "Director"]
    /// Whether a sentence opens with one capitalized word that is neither a country's nor a
    /// place's name nor its adjective ("National president …", not "Kenyan president …").
    static func opensWithoutACountry(_ t: [Token]) -> Bool {
        !t.isEmpty && t[0].isCapitalized && !t[0].isAllCaps && Lexicon.jurisdiction(at: 0, in: t) == nil
            && Lexicon.jurisdictionByAdjective[t[0].text] == nil && !t[0].flags.contains(.jurisdictionStart)
    }

    // MARK: - Confirmation

    private mutating func confirm(_ name: NameSpan, sentence: Int) {
        if confirmed[name.text] == nil {
            confirmed[name.text] = name
            confirmedIn[name.text] = sentence
            order.append(name.text)
            confirmedSurnames.insert(name.surname)
        }
    }

    /// Whether a comma or "and" stands right before or after `name`.
    static func mayBeListed(_ name: NameSpan, _ t: [Token]) -> Bool {
        func joiner(_ k: Int) -> Bool { k >= 0 && k < t.count && (t[k].isComma || t[k].text.utf8.count == 3 && t[k].lower == "and") }
        return joiner(name.tokens.lowerBound - 1) || joiner(name.tokens.upperBound)
    }

    /// "The four members who voted for a cut were Swati Dhingra, Alan Taylor, Sarah Breeden and Dave
    /// Ramsden": in a list of three names or more, two of them people's, the others are people too.
    @inline(never)
    private mutating func confirmListedNames(_ s: Int) {
        let t = context.tokens[s]
        let utf8 = context.article.utf8
        var list: [NameSpan] = []
        var i = 0
        func close() {
            if list.count >= 3, list.filter({ confirmed[$0.text] != nil }).count >= 2 {
                for name in list where confirmed[name.text] == nil { confirm(name, sentence: s) }
            }
            list = []
        }
        while i < t.count {
            guard t[i].isCapitalized, let name = NameParser.parse(at: i, in: t, utf8: utf8) else { close(); i += 1; continue }
            list.append(name)
            i = name.tokens.upperBound
            // (Joined by a comma, "and" or ", and"; anything else ends the list.)
            if i < t.count, t[i].isComma { i += 1 }
            if i < t.count, t[i].lower == "and" { i += 1 }
            if i == name.tokens.upperBound { close() }
        }
        close()
    }

    /// "Ohio Governor Vetoes Bill Limiting Local Property Taxes": a name read only in a headline
    /// written in title case, whose surname the article's text never uses, is the headline's
    /// capitals, not a person.
    private mutating func dropHeadingOnlyNames() {
        // (A headline in title case: every word of four letters or more capitalized.)
        let inHeadings = order.filter { name in
            guard let s = confirmedIn[name], context.blockKind(ofSentence: s) == .heading else { return false }
            return !context.tokens[s].contains { $0.kind == .word && $0.range.count >= 4 && $0.isLowercase }
        }
        guard !inHeadings.isEmpty else { return }
        var dropped = Set<String>()
        for name in inHeadings {
            // (The surname's last word: "XIV" of "Leo XIV", "Júnior" of "Costa Júnior".)
            let surname = confirmed[name]!.surname
            let last = surname.split(separator: " ").last.map(String.init) ?? surname
            let used = context.tokens.indices.contains { s in
                context.blockKind(ofSentence: s) != .heading && context.tokens[s].contains { $0.text == last }
            }
            if !used { dropped.insert(name) }
        }
        guard !dropped.isEmpty else { return }
        order.removeAll { dropped.contains($0) }
        for name in dropped { confirmed[name] = nil }
        roles.removeAll { dropped.contains($0.person) }
    }

    /// ", Crown Prince and Prime Minister,": a second capitalized office after "and" that closes
    /// the apposition `phrase` opens.
    private func secondOfficeInApposition(after phrase: TitlePhrase, in t: [Token]) -> TitlePhrase? {
        guard let second = Self.officeAfterAnd(phrase, in: t), t[second.tokens.lowerBound].isCapitalized,
              let end = phraseEnd(from: second.tokens.upperBound, in: t), closesApposition(end, t) else { return nil }
        return second
    }

    /// The office after "and" that follows `phrase`, and the name after it.
    private func secondOfficeAndName(after phrase: TitlePhrase, sentence s: Int) -> (TitlePhrase, NameSpan)? {
        let t = context.tokens[s]
        guard let second = Self.officeAfterAnd(phrase, in: t),
              let name = NameParser.parse(at: second.tokens.upperBound, in: t, utf8: context.article.utf8, afterOffice: true) else { return nil }
        return (second, name)
    }

    /// A clear office ("Prime Minister") right after the "and" that follows `phrase`.
    static func officeAfterAnd(_ phrase: TitlePhrase, in t: [Token]) -> TitlePhrase? {
        let j = phrase.tokens.upperBound
        guard j + 2 < t.count, t[j].lower == "and", let second = TitleParser.parse(at: j + 1, in: t),
              second.tokens.lowerBound == j + 1, second.isProper else { return nil }
        return second
    }

    static let generationalSuffixes: Set<String> = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]

    /// "Thomas Boni Yayi … Boni Yayi told AFP by telephone": a name of two words or more that
    /// ends or begins a longer confirmed name is that person, and its offices are the longer name's.
    private mutating func mergeShorterNames() {
        guard order.count > 1 else { return }
        var longer: [String: String] = [:]
        // (Only a name of three words or more holds a shorter one of two or more.)
        for name in order where name.utf8.lazy.filter({ $0 == 0x20 }).count >= 2 {
            var rest = Substring(name)
            while let space = rest.utf8.firstIndex(of: UInt8(ascii: " ")) {
                rest = rest[rest.index(after: space)...]
                guard rest.utf8.contains(UInt8(ascii: " ")) else { break }
                let tail = String(rest)
                if confirmed[tail] != nil, longer[tail] == nil { longer[tail] = name }
            }
            // ("Premier Abang Johari Openg … Abang Johari said": so does its beginning, but not a
            // father's name before a son's "Jr.", "II".)
            var head = Substring(name)
            guard let lastSpace = name.utf8.lastIndex(of: UInt8(ascii: " ")),
                  !Self.generationalSuffixes.contains(String(name[name.index(after: lastSpace)...])) else { continue }
            while let space = head.utf8.lastIndex(of: UInt8(ascii: " ")) {
                head = head[..<space]
                guard head.utf8.contains(UInt8(ascii: " ")) else { break }
                let start = String(head)
                if confirmed[start] != nil, longer[start] == nil { longer[start] = name }
            }
        }
        guard !longer.isEmpty else { return }
        shorterNames = longer
        order.removeAll { longer[$0] != nil }
        for tail in longer.keys { confirmed[tail] = nil }
        for k in roles.indices { if let name = longer[roles[k].person] { roles[k].person = name } }
    }

    private mutating func addRole(_ name: NameSpan, _ phrase: TitlePhrase, sentence s: Int, from: Int, to: Int) {
        var phrase = phrase
        // "the shadow environment secretary": the opposition's spokesperson for the office is an
        // office of its own, not the office (whose holder the government names).
        if phrase.qualifier == "shadow" {
            phrase.title = "Shadow " + phrase.title
            phrase.qualifier = nil
        }
        let t = context.tokens[s]
        // ("Industry Minister Sultan Al Jaber": "Sultan" is his given name, no office.)
        if phrase.tokens.count == 1, NameParser.royalWordAsGivenName(at: phrase.tokens.lowerBound, in: t) { return }
        let evidence = t[from].range.lowerBound..<t[to - 1].range.upperBound
        let titleRange = t[phrase.tokens.lowerBound].range.lowerBound..<t[phrase.tokens.upperBound - 1].range.upperBound
        roles.append(RoleFound(person: name.text, sentence: s, phrase: phrase, evidence: evidence,
                               asWritten: context.article.string(titleRange)))
    }

    private mutating func confirmSentence(_ s: Int) {
        let t = context.tokens[s]
        let utf8 = context.article.utf8
        // "The Panama Canal Authority will begin …, its administrator said Thursday. Ricaurte
        // Vásquez told a news conference …": the person who opens the next report holds the office.
        if s > 0, t.count > 3, t[0].isCapitalized, let phrase = officeReportingAtEnd(of: s - 1),
           let name = NameParser.parse(at: 0, in: t, utf8: utf8), name.tokens.count >= 2, name.tokens.upperBound < t.count,
           t[name.tokens.upperBound].isLowercase, Lexicon.reportingForms[t[name.tokens.upperBound].lower] != nil {
            confirm(name, sentence: s)
            addRole(name, phrase, sentence: s - 1, from: phrase.tokens.lowerBound - 1, to: phrase.tokens.upperBound)
        }
        if let (phrase, name) = labelledHolder(t) {
            confirm(name, sentence: s)
            addRole(name, phrase, sentence: s, from: phrase.tokens.lowerBound, to: name.tokens.upperBound)
        }
        var i = 0
        while i < t.count {
            // "Its chairperson, Roseline Odede, urged restraint": the office of the body the sentence
            // before named ("The Kenya National Commission on Human Rights said …").
            // ("Its transport spokesperson, Thomas Turrell,": a portfolio before a spokesperson.)
            if t[i].lower == "its" || t[i].lower == "their",
               case let p = i + 2 < t.count && t[i + 1].isLowercase && t[i + 1].flags.contains(.portfolioStart) ? 1 : 0,
               let (office, n) = Lexicon.office(at: i + 1 + p, in: t), p == 0 || office.canonical == "Spokesperson",
               i + 1 + p + n < t.count, t[i + 1 + p + n].isComma, let name = NameParser.parse(at: i + 2 + p + n, in: t, utf8: utf8),
               closesApposition(name.tokens.upperBound, t) {
                // ("…, and its chairman, Akio Toyoda, apologised": with no body named before, still a person.)
                confirm(name, sentence: s)
                if let body = bodyNamed(inSentence: s - 1) ?? bodyNamed(inSentence: s - 2) {
                    addRole(name, TitlePhrase(tokens: (i + 1)..<(i + 1 + p + n), title: office.canonical, organization: body, qualifier: nil, isProper: true),
                            sentence: s, from: i, to: name.tokens.upperBound)
                }
                i = name.tokens.upperBound
                continue
            }
            // An office, then a name: "Minister of Foreign Affairs Donika Zemaj", "Maj. Gen. Özkan Ulutaş".
            if let phrase = TitleParser.parse(at: i, in: t) {
                let j = phrase.tokens.upperBound
                let nameAfter = NameParser.parse(at: j, in: t, utf8: utf8, afterOffice: true)
                // "Junta leader General Assimi Goïta", "Prime Minister Gen. Abdoulaye Maïga": an office,
                // then a military rank, then the name: both are held (the rank is read next).
                if nameAfter == nil, j < t.count, let rank = TitleParser.parse(at: j, in: t),
                   rank.tokens.lowerBound == j, Self.militaryRanks.contains(rank.title),
                   let name = NameParser.parse(at: rank.tokens.upperBound, in: t, utf8: utf8) {
                    confirm(name, sentence: s)
                    addRole(name, phrase, sentence: s, from: phrase.tokens.lowerBound, to: name.tokens.upperBound)
                    i = j
                    continue
                }
                // "First Deputy Prime Minister and Interior Minister Sheikh Fahad Yousef al-Sabah": two
                // offices joined by "and" before one name are both held.
                if nameAfter == nil, let (second, name) = secondOfficeAndName(after: phrase, sentence: s) {
                    confirm(name, sentence: s)
                    addRole(name, phrase, sentence: s, from: phrase.tokens.lowerBound, to: name.tokens.upperBound)
                    addRole(name, second, sentence: s, from: second.tokens.lowerBound, to: name.tokens.upperBound)
                    i = name.tokens.upperBound
                    continue
                }
                if let name = nameAfter ?? countrySurnamed(at: j, sentence: s) ?? regnalName(at: j, sentence: s)
                    ?? mononym(at: j, sentence: s) {
                    var phrase = phrase
                    var end = name.tokens.upperBound
                    if phrase.organization == nil, let party = Self.partyLabelBefore(phrase, in: t) { phrase.organization = party }
                    // "Sen. Maria Cantwell of Washington": a legislator's or governor's state ("Washington"
                    // names the country's government too, but a senator's is a state).
                    if end + 1 < t.count, t[end].lower == "of", Self.statesOwnOffices.contains(phrase.title),
                       phrase.organization == nil || phrase.organization == "United States",
                       let (state, length) = Lexicon.usState(at: end + 1, in: t) {
                        phrase.organization = state
                        end += 1 + length
                    } else if end + 1 < t.count, t[end].lower == "of", let (country, length) = Lexicon.jurisdiction(at: end + 1, in: t) {
                        // "… Kyriakos Mitsotakis of Greece".
                        if phrase.organization == nil { phrase.organization = country }
                        end += 1 + length
                    } else if end + 1 < t.count, t[end].lower == "of", phrase.organization == nil,
                              let (place, length) = TitleParser.stateOffices.contains(phrase.title) ? Lexicon.usState(at: end + 1, in: t) : nil
                                ?? (TitleParser.provinceOffices.contains(phrase.title) ? Lexicon.province(at: end + 1, in: t) : nil) {
                        // "Gov. Greg Abbott of Texas", "Premier Doug Ford of Ontario".
                        phrase.organization = place
                        end += 1 + length
                    } else if end + 2 < t.count, t[end].lower == "of", t[end + 1].lower == "the", phrase.organization == nil,
                              Lexicon.offices[phrase.title.lowercased()]?.complement == .organization,
                              let (body, length) = TitleParser.readOrganization(at: end + 1, in: t) {
                        // "Chief Prosecutor Mohammad Tajul Islam of the International Crimes Tribunal": the
                        // body of an office that heads one.
                        phrase.organization = body
                        end += 1 + length
                    }
                    // "Sen. Chuck Schumer, D-N.Y.,": a legislator's party and state, AP style.
                    // ("U.S. Senator Lisa Murkowski (R-Alaska)": the state says more than the country.)
                    if let (state, _) = Self.partyState(after: end, in: t), phrase.organization == nil || phrase.organization == "United States",
                       ["Senator", "Representative", "Assemblymember"].contains(phrase.title) {
                        phrase.organization = state
                    }
                    // "Sen. Ted Cruz, the Texas Republican who chairs the Senate Commerce Committee,".
                    if let chaired = Self.bodyChaired(after: end, in: t) {
                        addRole(name, chaired, sentence: s, from: phrase.tokens.lowerBound, to: chaired.tokens.upperBound)
                    }
                    confirm(name, sentence: s)
                    // "Maj. Gen. Özkan Ulutaş, the commander of KFOR,": a second office in apposition.
                    // (Not an office held before: "Finance Minister Jens Stoltenberg, the former NATO
                    // secretary general," is no minister of NATO.)
                    if let second = appositionAfter(name, in: t) {
                        if phrase.organization == nil, second.qualifier != "former", Self.militaryRanks.contains(phrase.title) { phrase.organization = second.organization }
                        addRole(name, second, sentence: s, from: i, to: second.tokens.upperBound)
                    }
                    addRole(name, phrase, sentence: s, from: phrase.tokens.lowerBound, to: end)
                    if let (led, from) = partyLedBy(before: phrase.tokens.lowerBound, in: t) {
                        addRole(name, led, sentence: s, from: from, to: name.tokens.upperBound)
                    }
                    // "Bhumjaithai Party leader Anutin Charnvirakul was elected Thailand's 32nd prime minister".
                    if let appointed = appointment(after: name, in: t) {
                        addRole(name, appointed, sentence: s, from: name.tokens.lowerBound, to: appointed.tokens.upperBound)
                    } else if let appointed = appointedAs(name, in: t) {
                        // "the junta swore in Gen. Horta N'Tam as transitional president": a rank, then the office given.
                        addRole(name, appointed, sentence: s, from: name.tokens.lowerBound, to: appointed.tokens.upperBound)
                    }
                    i = name.tokens.upperBound
                    continue
                }
                // "the head of the American mission to NATO, Ambassador Geoffrey Pyatt" and
                // "The EU special envoy for the dialogue, Miroslav Lajčák,": an office (and a
                // short phrase after it), a comma, then the holder.
                if let comma = phraseEnd(from: j, in: t), comma < t.count, t[comma].isComma {
                    var k = comma + 1
                    var second = TitleParser.parse(at: k, in: t)
                    if let s2 = second { k = s2.tokens.upperBound }
                    if let name = NameParser.parse(at: k, in: t, utf8: utf8), closesApposition(name.tokens.upperBound, t) {
                        confirm(name, sentence: s)
                        addRole(name, phrase, sentence: s, from: phrase.tokens.lowerBound, to: name.tokens.upperBound)
                        // "the Minister of Finance and Coordinating Minister of the Economy, Mr Wale Edun,": both offices.
                        if j < comma, t[j].lower == "and", var other = TitleParser.parse(at: j + 1, in: t), other.tokens.upperBound <= comma {
                            if other.organization == nil { other.organization = phrase.organization }
                            addRole(name, other, sentence: s, from: phrase.tokens.lowerBound, to: name.tokens.upperBound)
                        }
                        if second != nil {
                            if second!.organization == nil { second!.organization = phrase.organization }
                            addRole(name, second!, sentence: s, from: second!.tokens.lowerBound, to: name.tokens.upperBound)
                        }
                        // "swore in the head of Congress, José Jerí, as president": and the office after "as".
                        if let appointed = appointedAs(name, in: t) {
                            addRole(name, appointed, sentence: s, from: phrase.tokens.lowerBound, to: appointed.tokens.upperBound)
                        }
                        i = name.tokens.upperBound
                        continue
                    }
                }
            }
            // "NASA astronauts Reid Wiseman, Victor Glover and Christina Koch": a plural occupation,
            // then the names it lists.
            if t[i].isLowercase, i + 1 < t.count, t[i + 1].isCapitalized, let end = listedByOccupation(i, t, sentence: s) {
                i = end
                continue
            }
            // An honorific, rank abbreviation or occupation, then a name: "Dr. Anna Weber", "Coach Montse Tomé".
            var honorifics = 0
            while i + honorifics < t.count, t[i + honorifics].flags.contains(.honorific) { honorifics += 1 }
            let lead = honorifics > 0 ? honorifics : (Lexicon.occupation(at: i, in: t) ?? 0)
            // "Ms Paetongtarn's father", "Mr Anutin": an honorific before one word of a name seen
            // earlier without a cue confirms that name.
            if honorifics > 0, i + honorifics < t.count, t[i + honorifics].isCapitalized,
               NameParser.parse(at: i + honorifics, in: t, utf8: utf8) == nil,
               let found = candidates.last(where: { c in confirmed[c.name.text] == nil
                   && (c.name.surname == t[i + honorifics].text || c.name.givenNames?.split(separator: " ").first.map(String.init) == t[i + honorifics].text) }) {
                confirm(found.name, sentence: found.sentence)
            }
            if lead > 0, let name = NameParser.parse(at: i + lead, in: t, utf8: utf8) {
                confirm(name, sentence: s)
                // "Mr Lecornu, his former armed forces minister,": an office in apposition.
                if let phrase = appositionAfter(name, in: t) {
                    addRole(name, phrase, sentence: s, from: i, to: phrase.tokens.upperBound)
                    if let second = secondOfficeInApposition(after: phrase, in: t) {
                        addRole(name, second, sentence: s, from: i, to: second.tokens.upperBound)
                    }
                    i = max(name.tokens.upperBound, phrase.tokens.upperBound)
                    continue
                }
                // "Dr Vivian Balakrishnan remains Minister for Foreign Affairs"; "Mr Chan Chun Sing, who
                // has been Education Minister …, will become Defence Minister": both offices.
                if let appointed = appointment(after: name, in: t) {
                    addRole(name, appointed, sentence: s, from: i, to: appointed.tokens.upperBound)
                }
                if let main = appointment(after: name, in: t, pastRelativeClause: true) {
                    addRole(name, main, sentence: s, from: i, to: main.tokens.upperBound)
                }
                i = name.tokens.upperBound
                continue
            }
            // "Republican Curtis Sliwa finished third": a party written before a name, as news writes a politician's.
            // (Not when the capitalized words go on past the name: "the Independent High Electoral Commission".)
            if t[i].isCapitalized, i + 1 < t.count, t[i + 1].isCapitalized, Self.partyLabels.contains(t[i].text),
               let name = NameParser.parse(at: i + 1, in: t, utf8: utf8), t[safe: name.tokens.upperBound]?.isCapitalized != true {
                confirm(name, sentence: s)
                i = name.tokens.upperBound
                continue
            }
            if t[i].isCapitalized, let name = NameParser.parse(at: i, in: t, utf8: utf8) {
                let j = name.tokens.upperBound
                // "Eli Lilly's drug", "Morgan Stanley said": a company with a person's name.
                if Lexicon.personNamedCompanies.contains(name.text) {
                    i = j
                    continue
                }
                // "The Buffalo Bills said", "the Harbor Lights": the definite article does not open a
                // person's name (the team, band or firm speaks; its people are named without it).
                if i > 0, t[i - 1].lower == "the" {
                    i = j
                    continue
                }
                // "the John F. Kennedy Center", "Jomo Kenyatta International Airport": a name given to a place or thing.
                if let next = t[safe: j], next.isCapitalized, Self.namedForNouns.contains(next.lower) || next.lower == "international" {
                    i = j + 1
                    continue
                }
                // "the group Save Leeds Libraries", "the rights group Amnesty International", "their union
                // Vereinigung Cockpit": a body's name.
                // ("Passenger group Pro Bahn said": a sentence may open with the description.)
                if (max(0, i - 4)..<i).last(where: { Self.bodyDescriptionOpeners.contains(t[$0].lower) })
                    .map({ TitleParser.describedBody(at: $0 + 1, in: t) == i }) ?? false
                    || i >= 2 && TitleParser.bodyDescribedAtSentenceStart(t) == i {
                    i = j
                    continue
                }
                // "Scott M. Oudkirk, the Head of the US Mission to NATO," / "Olaf Scholz, Germany's chancellor,".
                var next = j
                if let phrase = appositionAfter(name, in: t) {
                    confirm(name, sentence: s)
                    addRole(name, phrase, sentence: s, from: i, to: phrase.tokens.upperBound)
                    // (", Crown Prince and Prime Minister,": a second office joined by "and".)
                    if let second = secondOfficeInApposition(after: phrase, in: t) {
                        addRole(name, second, sentence: s, from: i, to: second.tokens.upperBound)
                    }
                    // The apposition's words ("the leader of the opposition Christian Democrats") name no one.
                    next = max(j, phrase.tokens.upperBound)
                } else if let phrase = appointment(after: name, in: t) ?? appointedAs(name, in: t) {
                    // "Sanae Takaichi was elected prime minister", "named Toshimitsu Motegi as foreign minister".
                    confirm(name, sentence: s)
                    addRole(name, phrase, sentence: s, from: i, to: phrase.tokens.upperBound)
                } else if insideOrganizationName(i, t) {
                    // "The Office for Budget Responsibility said": the end of a body's name.
                } else if placeOpensABody(i, t) {
                    // "Manitoba Hydro has warned" in a story that names Manitoba on its own too: a
                    // place's name opens a body's, unless an office or apposition says a person
                    // ("Jordan Bardella, president of the National Rally"; "Jordan Peterson" in a
                    // story that names no Jordan).
                } else if reportingVerbFollows(j, t) && !objectOfPreposition(i, t) || reportingVerbPrecedes(i, t) || hasMiddleInitial(name, t)
                            || occupationFollows(j, t) || confirmed[name.text] != nil || relationPrecedes(i, t) || partyMemberFollows(j, t)
                            || Self.ageFollows(j, t)
                            || opensWithGivenName(name, sentence: s, t) || succeedsAPerson(i, t) {
                    // "John Smith said", "…,” said Marija Petrovska", "Thomas Müller, an analyst at …, said".
                    confirm(name, sentence: s)
                    if let (led, from) = partyLedBy(before: i, in: t) { addRole(name, led, sentence: s, from: from, to: j) }
                    if let (office, from) = counterpartsOffice(before: i, in: t, sentence: s) { addRole(name, office, sentence: s, from: from, to: j) }
                    // "who replaced Ranj Pillai as premier": whom a person replaced held the office before.
                    if j + 1 < t.count, t[j].lower == "as", succeedsAPerson(i, t), var office = TitleParser.parse(at: j + 1, in: t) {
                        office.qualifier = office.qualifier ?? "former"
                        addRole(name, office, sentence: s, from: i, to: office.tokens.upperBound)
                    } else if i >= 2, t[i - 2].isComma, t[i - 1].lower == "replacing" || t[i - 1].lower == "succeeding",
                              var office = roles.last(where: { $0.sentence == s && $0.person != name.text })?.phrase {
                        // ("was sworn in as mayor of Lima on Monday, replacing Rafael López Aliaga": whom
                        // a participle after an office replaces held that office before.)
                        office.qualifier = "former"
                        addRole(name, office, sentence: s, from: i, to: j)
                    }
                } else {
                    // ("Striking Boeing machinists voted": a participle that opens the sentence, or
                    // follows a dateline's dash, opens no name a later "Boeing's" could confirm.)
                    if !Self.participleOpens(i, t) { candidates.append(Found(name: name, sentence: s)) }
                }
                i = next
                continue
            }
            i += 1
        }
    }

    /// Whether the name at `i` opens with a place's name that is no given name, and the article
    /// writes that place on its own somewhere ("Manitoba will buy power" beside "Manitoba Hydro").
    @inline(never)
    private func placeOpensABody(_ i: Int, _ t: [Token]) -> Bool {
        guard i + 1 < t.count, !t[i].flags.contains(.givenName), t[i].isCapitalized,
              Lexicon.jurisdiction(at: i, in: t) != nil || Lexicon.usState(at: i, in: t) != nil || Lexicon.province(at: i, in: t) != nil
        else { return false }
        return context.writesAlone(t[i].text)
    }

    /// "Pope Leo XIV", "King Charles III": after an office, a name and a Roman numeral.
    private func regnalName(at j: Int, sentence s: Int) -> NameSpan? {
        let t = context.tokens[s]
        guard j + 1 < t.count, NameParser.isNameWord(t[j]), !t[j].isInitial, Self.isRomanNumeral(t[j + 1].text),
              !(j + 2 < t.count && t[j + 2].isCapitalized) else { return nil }
        let range = t[j].range.lowerBound..<t[j + 1].range.upperBound
        return NameSpan(tokens: j..<(j + 2), text: context.article.string(range), surname: context.article.string(range),
                        givenNames: t[j].text, range: range)
    }

    /// "Chief Minister Siddaramaiah said": after an office, one capitalized word right before a
    /// reporting verb, no given name or place, and no word of a longer name the article gives, is
    /// a person known by one name.
    private func mononym(at j: Int, sentence s: Int) -> NameSpan? {
        let t = context.tokens[s]
        guard j + 1 < t.count, context.blockKind(ofSentence: s) != .heading, NameParser.isNameWord(t[j]), !t[j].isInitial,
              t[j].range.count >= 5, !t[j].flags.contains(.givenName), !t[j].flags.contains(.officeStart),
              Lexicon.jurisdiction(at: j, in: t) == nil,
              t[j + 1].isLowercase, t[j + 1].flags.contains(.reportingForm) || Self.datedPastVerb(after: j, in: t),
              !confirmedSurnames.contains(t[j].text),
              !candidates.contains(where: { $0.name.text.hasSuffix(" " + t[j].text) }) else { return nil }
        return NameSpan(tokens: j..<(j + 1), text: t[j].text, surname: t[j].text, givenNames: nil, range: t[j].range)
    }

    /// "Karnataka Chief Minister Siddaramaiah on Thursday inaugurated": a weekday after "on", then
    /// a verb's past in "-ed", right after token `j`.
    static func datedPastVerb(after j: Int, in t: [Token]) -> Bool {
        guard j + 3 < t.count, t[j + 1].lower == "on", Weekday.number(t[j + 2].lower) != nil, t[j + 2].isCapitalized else { return false }
        return t[j + 3].isLowercase && t[j + 3].lower.hasSuffix("ed")
    }

    static func isRomanNumeral(_ s: String) -> Bool {
        (1...6).contains(s.utf8.count) && s.utf8.allSatisfy { "IVXL".utf8.contains($0) }
    }

    /// "Prime Minister Luís Montenegro's": after an office, a given name and a surname that is
    /// also a country's name (not in a heading, whose capitals say nothing).
    private func countrySurnamed(at j: Int, sentence s: Int) -> NameSpan? {
        let t = context.tokens[s]
        guard j + 1 < t.count, context.blockKind(ofSentence: s) != .heading, NameParser.isNameWord(t[j]),
              !t[j].isInitial, Lexicon.jurisdiction(at: j, in: t) == nil,
              t[j + 1].isCapitalized, !t[j + 1].isAllCaps, let (_, n) = Lexicon.jurisdiction(at: j + 1, in: t), n == 1,
              !(j + 2 < t.count && t[j + 2].isCapitalized) else { return nil }
        let range = t[j].range.lowerBound..<t[j + 1].range.upperBound
        return NameSpan(tokens: j..<(j + 2), text: context.article.string(range), surname: t[j + 1].text,
                        givenNames: t[j].text, range: range)
    }

    /// Whose board a "board chair" chairs when no body named "… Board" is: the body one of the
    /// three sentences before names ("The Southeastern Pennsylvania Transportation Authority, known
    /// as SEPTA, faces … Board chair Kenneth Lawrence Jr."), by the short name the article gives it.
    /// (Not the chair's own sentence, whose capitals are "Board Chair Nick Serrano".)
    func governedBody(upTo s: Int) -> String? {
        for k in stride(from: s - 1, through: max(0, s - 3), by: -1) {
            guard let body = bodyNamed(inSentence: k), !body.lowercased().hasSuffix("board"), !body.hasPrefix("Board"),
                  Lexicon.jurisdictionByName[body] == nil else { continue }
            return shortName(of: body, inSentence: k) ?? body
        }
        return nil
    }

    /// The short name written right after a body's full one: "…, known as SEPTA," or "… (SEPTA)".
    func shortName(of body: String, inSentence k: Int) -> String? {
        let t = context.tokens[k]
        let lastWord = body.split(separator: " ").last.map(String.init) ?? body
        for e in t.indices where t[e].text == lastWord {
            var n = e + 1
            if n + 2 < t.count, t[n].isComma, t[n + 1].lower == "known", t[n + 2].lower == "as" { n += 3 }
            else if n < t.count, t[n].is("(") { n += 1 }
            else { continue }
            if n < t.count, t[n].kind == .word, t[n].isAllCaps || t[n].isCapitalized { return t[n].text }
        }
        return nil
    }

    /// The words before "Court" that name a court by its rank.
    static let courtRanks: Set<String> = ["High", "Supreme", "Constitutional", "Federal", "Appeals", "Appellate"]

    /// "former" when the holder's name is followed by a relative clause that says the holder left:
    /// "Chief Justice B R Gavai, who retired on Sunday", "…, who resigned in March"; else nil.
    func leftOffice(_ r: RoleFound) -> String? {
        let t = context.tokens[r.sentence]
        guard let k = t[r.phrase.tokens.lowerBound...].firstIndex(where: { $0.range.lowerBound >= r.evidence.upperBound }), k + 2 < t.count,
              t[k].isComma, t[k + 1].lower == "who" else { return nil }
        var j = k + 2
        if j + 1 < t.count, t[j].lower == "has" || t[j].lower == "had" { j += 1 }
        let left = ["retired", "resigned", "quit"].contains(t[j].lower) || t[j].lower == "stepped" && j + 1 < t.count && t[j + 1].lower == "down"
        return left ? "former" : nil
    }

    /// Whether `name` names a place: a country, a US state, a province, a large city, or a
    /// county's, city's or borough's name ("Fairfax County", "New Mexico", "Leeds City").
    static func isPlaceName(_ name: Substring) -> Bool {
        let p = String(name)
        if Lexicon.jurisdictionByName[p] != nil || Lexicon.usStates[p] != nil || Lexicon.provinces.contains(p) { return true }
        if Lexicon.cityCountry(p.uppercased()) != nil || Lexicon.capitalCountries[p.uppercased()] != nil { return true }
        return [" County", " City", " Borough", " Parish", " Township"].contains { p.hasSuffix($0) }
    }

    /// "Labour-run", "Kremlin-backed", "Tory-led": a capitalized word joined by a hyphen to a
    /// lower-case participle.
    static func isCompoundModifier(_ w: Token) -> Bool {
        guard let hyphen = w.text.utf8.lastIndex(of: UInt8(ascii: "-")) else { return false }
        let rest = w.text.utf8[w.text.utf8.index(after: hyphen)...]
        guard let first = rest.first, first >= 0x61 && first <= 0x7A else { return false }
        return compoundParticiples.contains(String(w.text[w.text.index(after: hyphen)...]))
    }
    static let compoundParticiples: Set<String> = ["run", "led", "controlled", "backed", "owned", "based", "linked", "aligned",
                                                  "funded", "dominated", "allied", "leaning", "majority"]

    /// The body a sentence opens with ("The African Union suspended Madagascar's membership"), else
    /// the last it names by name: capitalized words ending in a body's noun ("the Kenya National
    /// Commission on Human Rights"), a country or international body, or "the" and a common
    /// noun of a body ("the central bank") when it names none.
    func bodyNamed(inSentence s: Int) -> String? {
        guard s >= 0, s < context.tokens.count else { return nil }
        let t = context.tokens[s]
        func bodyNoun(_ w: Token) -> Bool {
            Lexicon.namesABody(w.lower) || TitleParser.organizationNouns.contains(w.lower)
        }
        var found: String?, common: String?, opening: String?
        // (After the dateline: "PANAMA CITY (AP) — The Panama Canal Authority will …".)
        let start = context.datelineEnd(sentence: s)
        var j = start
        while j < t.count {
            if t[j].kind == .word, t[j].isCapitalized || t[j].isAllCaps, t[j].lower != "the" {
                var end = j + 1
                while end < t.count {
                    if t[end].kind == .word, t[end].isCapitalized || t[end].isAllCaps { end += 1; continue }
                    if ["of", "for", "on", "and"].contains(t[end].lower), end + 1 < t.count, t[end + 1].isCapitalized { end += 1; continue }
                    // "the People's Party for Reconstruction and Democracy": a group's possessive inside the name.
                    if TitleParser.isGroupsPossessive(end, in: t), end + 1 < t.count, t[end + 1].kind == .word, t[end + 1].isCapitalized {
                        end += 2
                        continue
                    }
                    break
                }
                let opens = j == start || j == start + 1 && t[start].lower == "the"
                // ("The Labour-run authority": a party's compound adjective names no body.)
                if end == j + 1, Self.isCompoundModifier(t[j]) {
                    j = end
                    continue
                }
                if t[j..<end].contains(where: { $0.isCapitalized && bodyNoun($0) }) {
                    found = context.article.string(t[j].range.lowerBound..<t[end - 1].range.upperBound)
                    if opens { opening = found }
                    j = end
                    continue
                }
                if let (name, length) = Lexicon.jurisdiction(at: j, in: t) {
                    found = name
                    if opens { opening = found }
                    j += length
                    continue
                }
                // "The populist Sanseito party, …": a name, then a lower-case noun of a body.
                // ("The Conservative group on the London Assembly criticised …": the opening one.)
                if end < t.count, t[end].kind == .word, t[end].isLowercase, bodyNoun(t[end]), j > 0, !t[j - 1].isClauseBreak {
                    found = context.article.string(t[j].range.lowerBound..<t[end - 1].range.upperBound)
                    if opens { opening = found }
                    j = end + 1
                    continue
                }
                j = end
                continue
            }
            if t[j].lower == "the" {
                // "the central bank", "the police union": the last body noun of up to three lower-case words.
                var end = j + 1
                while end < t.count, end <= j + 3, t[end].kind == .word, t[end].isLowercase { end += 1 }
                if let last = (j + 1..<end).last(where: { bodyNoun(t[$0]) }) {
                    common = context.article.string(t[j + 1].range.lowerBound..<t[last].range.upperBound)
                    j = last + 1
                    continue
                }
            }
            j += 1
        }
        // ("The opposition Popular Party accused the government of neglecting the network. Its
        // leader, …": a body the sentence names outranks one it only calls by a common noun.)
        return opening ?? found ?? common
    }

    /// Past participles that give a person an office: "was elected prime minister", "has been
    /// named as envoy", "was sworn in as president".
    static let appointmentParticiples: Set<String> = ["elected", "re-elected", "reelected", "appointed", "named",
                                                      "nominated", "chosen", "confirmed", "installed", "sworn",
                                                      "designated", "selected", "reappointed", "re-appointed", "inaugurated"]
    /// Verbs that give the person after them an office "as" something: "named Toshimitsu Motegi as
    /// foreign minister and Shinjiro Koizumi as defense minister".
    static let appointingVerbs: Set<String> = ["named", "names", "name", "appointed", "appoints", "appoint",
                                               "nominated", "nominates", "nominate", "picked", "picks", "chose",
                                               "chooses", "tapped", "taps", "selected", "selects", "designated",
                                               "reappointed", "elected", "elects", "re-elected", "reelected",
                                               "swore", "sworn", "swears", "installed", "confirmed",
                                               "re-elects", "reelects", "approved", "approves", "approve"]
    /// Ranks that may follow an office before the name: "Prime Minister General …".
    static let militaryRanks: Set<String> = ["General", "Lieutenant General", "Major General", "Brigadier General", "Colonel",
                                             "Lieutenant Colonel", "Admiral", "Vice Admiral", "Rear Admiral", "Field Marshal", "Marshal",
                                             "Air Marshal", "Air Chief Marshal"]

    /// Nouns for a body's people: "one of two board members", "a party official".
    static let memberNouns: Set<String> = ["member", "members", "official", "officials", "executive", "executives",
                                           "lawmaker", "lawmakers", "employee", "employees", "founder", "veteran"]
    /// Nouns of relation that put a person's name in apposition: "Her predecessor, Andrés Manuel
    /// López Obrador,", "his deputy Anna Weber".
    static let relationNouns: Set<String> = ["predecessor", "successor", "rival", "opponent", "challenger", "wife",
                                             "husband", "widow", "son", "daughter", "father", "mother", "brother",
                                             "sister", "lawyer", "attorney", "aide", "adviser", "advisor", "deputy",
                                             "colleague", "ally", "counterpart", "running mate", "partner",
                                             // Kin: "the legacy of his grandfather Dan Rooney".
                                             "grandfather", "grandmother", "grandson", "granddaughter", "uncle", "aunt",
                                             "nephew", "niece", "cousin", "stepfather", "stepmother", "stepson", "stepdaughter",
                                             "fiancé", "fiancée", "fiance", "fiancee"]

    /// Offices won, by the noun of the office: "won the presidency", "won the governorship".
    static let officesWon: [String: String] = ["presidency": "President", "premiership": "Prime Minister", "mayoralty": "Mayor",
                                               "governorship": "Governor", "chancellorship": "Chancellor"]

    /// Verbs of an office kept: "remains Minister for Foreign Affairs", "will stay on as …".
    static let keepingVerbs: Set<String> = ["remain", "remains", "remained", "stay", "stays", "stayed"]

    /// The office a name is given by a passive appointment or "became" right after it.
    /// `pastRelativeClause`: the main clause's, after a "who" clause set off by commas ("Mr Chan
    /// Chun Sing, who has been Education Minister since 2021, will become Defence Minister").
    private func appointment(after name: NameSpan, in t: [Token], pastRelativeClause: Bool = false) -> TitlePhrase? {
        var k = name.tokens.upperBound
        if pastRelativeClause {
            guard k + 1 < t.count, t[k].isComma, t[k + 1].lower == "who",
                  let close = t[(k + 2)...].prefix(14).firstIndex(where: { $0.isComma }) else { return nil }
            k = close + 1
        }
        // (After an apposition: "Zohran Mamdani, a 34-year-old democratic socialist, was elected mayor".)
        if k < t.count, t[k].isComma, let close = t[(k + 1)...].prefix(10).firstIndex(where: { $0.isComma }),
           close + 1 < t.count, ["was", "is", "has", "had", "became", "becomes"].contains(t[close + 1].lower),
           // ("Frederick Go, a businessman who has advised Marcos on investment, was named": a noun's
           // own relative clause inside the apposition is part of it, whatever its verb.)
           t[k + 1].lower != "who", case let clause = t[(k + 1)..<close].firstIndex(where: { $0.lower == "who" }) ?? close,
           !t[(k + 1)..<clause].contains(where: { $0.lower == "which" || Lexicon.reportingForms[$0.lower] != nil }) {
            k = close + 1
        }
        // ("Stuart Young, who became prime minister in March": a relative clause says it too.)
        if k + 2 < t.count, t[k].isComma, t[k + 1].lower == "who" { k += 2 }
        var passive = false
        let group = k
        while k < t.count, Lexicon.verbGroupWords.contains(t[k].lower) {
            if ["was", "is", "been", "were", "be"].contains(t[k].lower) { passive = true }
            k += 1
        }
        // ("Surya Kant was on Monday sworn in as …": a day between the verb's parts.)
        if passive, k + 2 < t.count, t[k].lower == "on", Weekday.number(t[k + 1].lower) != nil { k += 2 }
        guard k < t.count else { return nil }
        // "Mr Chan Chun Sing, who has been Education Minister since 2021": an office after "is",
        // "has been" or "was" is held ("was" and "had been": before).
        if passive, k > group, ["is", "been", "was"].contains(t[k - 1].lower), t[k].isCapitalized,
           var office = TitleParser.parse(at: k, in: t), office.tokens.lowerBound == k {
            if t[k - 1].lower == "was" || k - 2 >= group && t[k - 2].lower == "had" { office.qualifier = office.qualifier ?? "former" }
            return office
        }
        // "Dr Vivian Balakrishnan remains Minister for Foreign Affairs", "will stay on as Minister
        // for Trade and Industry": an office kept.
        if Self.keepingVerbs.contains(t[k].lower) {
            k += 1
            if k < t.count, t[k].lower == "on" { k += 1 }
            if k < t.count, t[k].lower == "as" { k += 1 }
            guard let office = TitleParser.parse(at: k, in: t), office.tokens.lowerBound == k else { return nil }
            return office
        }
        if passive, Self.appointmentParticiples.contains(t[k].lower) {
            k += 1
            // ("was appointed a judge of the Punjab and Haryana High Court": an office given with its article.)
            if k + 1 < t.count, t[k].lower == "a" || t[k].lower == "an", t[k + 1].isLowercase { k += 1 }
            if k < t.count, t[k].lower == "in", t[k - 1].lower == "sworn" { k += 1 }
            // ("was sworn in Friday as prime minister": AP's bare weekday, or "on Friday".)
            if k + 1 < t.count, t[k].lower == "on", Weekday.number(t[k + 1].lower) != nil { k += 2 }
            else if k < t.count, Weekday.number(t[k].lower) != nil { k += 1 }
            if k < t.count, t[k].lower == "as" { k += 1 }
            // ("sworn in as the 53rd Chief Justice of India": which holder.)
            if k + 2 < t.count, t[k].lower == "the", TitleParser.isOrdinal(t[k + 1]) { k += 2 }
        } else if ["became", "becomes", "become"].contains(t[k].lower) {
            k += 1
        } else if ["won", "wins"].contains(t[k].lower), k + 2 < t.count, t[k + 1].lower == "the", let title = Self.officesWon[t[k + 2].lower] {
            // "Roberto Fico won the presidency of Campania": the office a vote gave.
            var end = k + 3
            var organization: String?
            if end + 1 < t.count, t[end].lower == "of", let (body, n) = TitleParser.readOrganization(at: end + 1, in: t) {
                organization = body
                end += 1 + n
            }
            return TitlePhrase(tokens: (k + 2)..<end, title: title, organization: organization, qualifier: nil, isProper: true)
        } else if k + 1 < t.count, t[k].lower == "served" || t[k].lower == "serves", t[k + 1].lower == "as" {
            // "Cheney served as vice president under George W. Bush": an office held ("served": before).
            guard var office = TitleParser.parse(at: k + 2, in: t), office.tokens.lowerBound == k + 2 else { return nil }
            if t[k].lower == "served", !(k > 0 && ["has", "have"].contains(t[k - 1].lower)) { office.qualifier = office.qualifier ?? "former" }
            return office
        } else {
            return nil
        }
        return TitleParser.parse(at: k, in: t) ?? Self.firstOfAKindOffice(at: k, in: t)
    }

    /// ", its administrator said Thursday": an office of the body the sentence opens with, whose
    /// holder reports it unnamed; the office with that body, or nil.
    @inline(never)
    private func officeReportingAtEnd(of s: Int) -> TitlePhrase? {
        let t = context.tokens[s]
        // (The comma first, which is cheap to ask; the clause may stand anywhere: "…, its
        // administrator said Thursday, as the waterway tries …".)
        guard t.count > 2, let k = t.indices.dropFirst().first(where: { t[$0 - 1].isComma && t[$0].lower == "its" }),
              let (office, n) = Lexicon.office(at: k + 1, in: t), k + 1 + n < t.count,
              StatementExtractor.isReportingPast(t[k + 1 + n]), let body = bodyNamed(inSentence: s) else { return nil }
        return TitlePhrase(tokens: (k + 1)..<(k + 1 + n), title: office.canonical, organization: body, qualifier: nil, isProper: true)
    }

    /// "Delhi Police" of "Delhi Police Commissioner": the capitalized place words right before an
    /// office that opens with a capitalized "Police", and that word.
    private func placesPolice(_ r: RoleFound) -> String? {
        let t = context.tokens[r.sentence], k = r.phrase.tokens.lowerBound
        guard k > 0, t[k].text == "Police" else { return nil }
        var b = k
        while b > 0, k - b < 3, t[b - 1].kind == .word, t[b - 1].isCapitalized, !t[b - 1].isAllCaps,
              !TitleParser.isCapitalizedOpener(t[b - 1].text), !t[b - 1].flags.contains(.qualifier) { b -= 1 }
        guard b < k else { return nil }
        return context.article.string(t[b].range.lowerBound..<t[k].range.upperBound)
    }

    /// The police body the article names near sentence `s`: "the Minneapolis Police Department".
    private func policeBody(upTo s: Int) -> String? {
        for noun in ["department", "service", "force"] {
            if let body = context.namedBody(endingWith: noun, upTo: s, where: { $0.containsUTF8("Police") }) { return body }
        }
        return nil
    }

    /// "Suriname's first female president", "Japan's first woman prime minister": a country's
    /// office, with an ordinal and words that say what kind of holder came between.
    @inline(never)
    static func firstOfAKindOffice(at k: Int, in t: [Token]) -> TitlePhrase? {
        var i = k
        guard k + 3 < t.count, t[k..<min(t.count, k + 5)].contains(where: { $0.kind == .possessive }) else { return nil }
        if t[i].lower == "the" { i += 1 }
        guard let (country, n) = Lexicon.jurisdiction(at: i, in: t), i + n + 2 < t.count, t[i + n].kind == .possessive,
              TitleParser.isOrdinal(t[i + n + 1]) || ["youngest", "oldest"].contains(t[i + n + 1].lower) else { return nil }
        var j = i + n + 2
        while j < t.count, j < i + n + 6, Self.holderKinds.contains(t[j].lower) { j += 1 }
        guard j > i + n + 2 || !TitleParser.isOrdinal(t[i + n + 1]), var phrase = TitleParser.parse(at: j, in: t),
              phrase.tokens.lowerBound == j else { return nil }
        if phrase.organization == nil { phrase.organization = country }
        return phrase
    }

    static let holderKinds: Set<String> = ["female", "woman", "black", "ever", "democratically", "elected", "civilian",
                                           "openly", "gay", "muslim", "catholic", "jewish", "hindu", "indigenous", "non-white"]

    /// "… named Toshimitsu Motegi as foreign minister": the office after "as" when an
    /// appointing verb comes before the name in the same clause (or list of names).
    private func appointedAs(_ name: NameSpan, in t: [Token]) -> TitlePhrase? {
        // (After an apposition too: "swore in the head of Congress, José Jerí, as president".)
        var j = name.tokens.upperBound + (name.tokens.upperBound < t.count && t[name.tokens.upperBound].isComma ? 1 : 0)
        // ("approved Alexandru Munteanu, an economist and former investment banker, as prime
        // minister": or past the name's own apposition.)
        if j > name.tokens.upperBound, j < t.count, t[j].lower == "a" || t[j].lower == "an",
           let close = t[j...].prefix(10).firstIndex(where: { $0.isComma }), close + 1 < t.count, t[close + 1].lower == "as" {
            j = close + 1
        }
        guard j + 1 < t.count, t[j].lower == "as" else { return nil }
        // ("as the country's interim president": the owner is the country the article is about.)
        var at = j + 1
        if at + 3 < t.count, t[at].lower == "the", ["country", "nation"].contains(t[at + 1].lower), t[at + 2].kind == .possessive { at += 3 }
        guard let phrase = TitleParser.parse(at: at, in: t) else { return nil }
        var k = name.tokens.lowerBound - 1
        while k >= 0, name.tokens.lowerBound - k <= 14 {
            if Self.appointingVerbs.contains(t[k].lower) && t[k].isLowercase { return phrase }
            if t[k].is(".") || t[k].is(";") { return nil }
            k -= 1
        }
        return nil
    }

    /// "**Foreign Minister:** Mihai Popșoi": a line (a list item, a caption) that is an office,
    /// a colon and a name (Markdown's emphasis marks make no tokens); the office and the name.
    @inline(never)
    private func labelledHolder(_ t: [Token]) -> (TitlePhrase, NameSpan)? {
        let utf8 = context.article.utf8
        guard t.count >= 4, let colon = t.prefix(12).firstIndex(where: { $0.range.count == 1 && utf8[$0.range.lowerBound] == UInt8(ascii: ":") }),
              colon >= 1, colon + 1 < t.count, let phrase = TitleParser.parse(at: 0, in: t), phrase.tokens.upperBound == colon,
              let name = NameParser.parse(at: colon + 1, in: t, utf8: utf8, afterOffice: true),
              t[name.tokens.upperBound...].allSatisfy({ $0.kind == .punctuation }) else { return nil }
        return (phrase, name)
    }

    /// "Prime Minister James Marape and his Australian counterpart, Anthony Albanese": a
    /// counterpart holds the office the owner holds in the sentence, in the country the adjective
    /// names. Returns the office and where its words begin ("his").
    @inline(never)
    private func counterpartsOffice(before i: Int, in t: [Token], sentence s: Int) -> (TitlePhrase, Int)? {
        var k = i - 1
        if k >= 0, t[k].isComma { k -= 1 }
        guard k >= 2, t[k].lower == "counterpart", t[k - 1].isCapitalized,
              let country = Lexicon.jurisdictionAdjective(t[k - 1]),
              ["his", "her", "their"].contains(t[k - 2].lower),
              let owners = roles.last(where: { $0.sentence == s && $0.phrase.tokens.upperBound <= k - 2 }),
              owners.phrase.organization != country else { return nil }
        return (TitlePhrase(tokens: (k - 1)..<(k + 1), title: owners.phrase.title, organization: country, qualifier: nil, isProper: false), k - 2)
    }

    /// "Her predecessor, NAME" or "his deputy NAME": a noun of relation right before the name.
    private func relationPrecedes(_ i: Int, _ t: [Token]) -> Bool {
        // "The central bank, led by Gabriel Galípolo,": whoever leads a body is a person.
        if i >= 2, t[i - 1].lower == "by", Self.leadingParticiples.contains(t[i - 2].lower) { return true }
        // "after the death of Hage Geingob": only a person dies, is buried or assassinated.
        if i >= 2, t[i - 1].lower == "of", Self.deathNouns.contains(t[i - 2].lower) { return true }
        var k = i - 1
        if k >= 0, t[k].isComma { k -= 1 }
        return k >= 0 && Self.relationNouns.contains(t[k].lower) && t[k].isLowercase
    }

    /// "Purbaya Yudhi Sadewa replaced Sri Mulyani Indrawati", "he succeeded Jane Doe": whom a
    /// person replaces in office is a person.
    @inline(never)
    private func succeedsAPerson(_ i: Int, _ t: [Token]) -> Bool {
        guard i >= 2, Self.successionVerbs.contains(t[i - 1].lower) else { return false }
        let subject = t[i - 2]
        // (", who replaced …": a relative clause about the person before it.)
        if subject.lower == "who" { return i >= 3 && t[i - 3].isComma }
        // ("was appointed on September 9 to replace Nuno Espirito Santo": an infinitive's.)
        if subject.lower == "to" { return true }
        // ("He won the presidency at his fourth attempt, defeating Goodluck Jonathan": a participle's,
        // whose subject opens the sentence and is a person.)
        if subject.isComma, t[i - 1].lower.hasSuffix("ing") {
            return Lexicon.personalPronouns.contains(t[0].lower) || confirmedSurnames.contains(t[0].text)
        }
        if subject.isLowercase { return Lexicon.personalPronouns.contains(subject.lower) }
        return confirmedSurnames.contains(subject.text)
    }
    /// Whether the word at `i` is an -ing form that opens the sentence (or follows a dateline's
    /// dash) and is no given name: "Striking Boeing machinists", "Leading economists".
    static func participleOpens(_ i: Int, _ t: [Token]) -> Bool {
        guard i == 0 || t[i - 1].kind == .punctuation && StatementExtractor.openingMarks.contains(t[i - 1].text) else { return false }
        let w = t[i]
        return w.lower.hasSuffix("ing") && w.text.utf8.count > 5 && !w.flags.contains(.givenName)
    }
    static let bodyDescriptionOpeners: Set<String> = ["the", "its", "their", "his", "her"]
    static let successionVerbs: Set<String> = ["replaced", "replaces", "succeeded", "succeeds", "ousted", "unseated", "defeated",
                                               "replace", "succeed", "replacing", "succeeding", "ousting", "unseating", "defeating"]

    /// A party written before a name, as news writes a politician's: "Republican Curtis Sliwa".
    static let partyLabels: Set<String> = ["Republican", "Democrat", "Democratic", "Conservative", "Labour", "Liberal",
                                           "Socialist", "Communist", "Green", "Independent", "Tory", "Republicans", "Democrats"]

    /// Nouns after a person's name that make the whole a place's or a thing's name.
    static let namedForNouns: Set<String> = ["center", "centre", "airport", "stadium", "university", "college", "school",
                                             "hospital", "library", "museum", "foundation", "institute", "prize", "award",
                                             "street", "avenue", "boulevard", "bridge", "memorial", "park", "square",
                                             "station", "hall", "building", "tower", "arena", "highway", "doctrine",
                                             "act", "trophy", "cup", "medal", "lecture", "fellowship", "scholarship"]

    /// Nouns before "of" and a name that make the name a person's: "the death of".
    static let deathNouns: Set<String> = ["death", "funeral", "burial", "assassination", "murder", "widow", "widower"]
    /// Participles before "by" and a name that make the name a person's: "led by", "headed by".
    static let leadingParticiples: Set<String> = ["led", "headed", "chaired", "founded", "co-founded", "directed",
                                                  "coached", "commanded", "presided"]

    /// Offices that a US state's people elect to the state's seat or government: "Sen. X of Washington".
    static let statesOwnOffices: Set<String> = ["Senator", "Representative", "Governor", "Lieutenant Governor"]

    /// ", the commander of KFOR," after a name: the office in apposition, if any.
    private func appositionAfter(_ name: NameSpan, in t: [Token]) -> TitlePhrase? {
        // (After the party and state, if any: "Sen. Chuck Schumer, D-N.Y., the minority leader".)
        var j = Self.partyState(after: name.tokens.upperBound, in: t)?.comma ?? name.tokens.upperBound
        // (After an age: "Takaichi, 64, a former internal affairs minister,".)
        if j + 3 < t.count, t[j].isComma, t[j + 1].kind == .number, t[j + 1].text.utf8.count == 2, t[j + 2].isComma { j += 2 }
        guard j + 1 < t.count, t[j].isComma else { return nil }
        // ", who is also finance minister,": an office in a relative clause that only says what the holder is.
        var k = j + 1
        // (", a 39-year-old former minister of the presidency,", ", an 86-year-old former minister": the age before the office.)
        if k + 2 < t.count, t[k].lower == "a" || t[k].lower == "an", t[k + 1].text.hasSuffix("-year-old") { k += 2 }
        var held: String?
        var inRelativeClause = false
        if k + 2 < t.count, t[k].lower == "who", t[k + 1].lower == "is" || t[k + 1].lower == "was" {
            held = t[k + 1].lower == "was" ? "former" : nil
            inRelativeClause = true
            k += 2
            while k < t.count, ["also", "now", "currently", "still", "then"].contains(t[k].lower) { k += 1 }
            guard k < t.count, t[k].isLowercase || t[k].isCapitalized else { return nil }
        }
        if k == j + 1, let led = partyLed(at: k, in: t) { return led }
        // ", a Democrat and former congresswoman,": the party, then the office.
        if k == j + 1, k + 3 < t.count, t[k].lower == "a" || t[k].lower == "an", Self.partyLabels.contains(t[k + 1].text), t[k + 2].lower == "and" {
            k += 3
        }
        var office = TitleParser.parse(at: k, in: t) ?? Self.officeOfAPublicBody(at: k, in: t) ?? Self.firstOfAKindOffice(at: k, in: t)
        // ", Tisza's leader,": an office after a possessive that is no jurisdiction.
        if office == nil, k == j + 1 {
            var m = k
            while m < t.count, m < k + 3, t[m].kind == .word, t[m].isCapitalized || t[m].isAllCaps { m += 1 }
            if m > k, m + 1 < t.count, t[m].kind == .possessive {
                // (", Fidesz's parliamentary group leader,": past where the leader leads.)
                office = TitleParser.parse(at: TitleParser.pastLeadershipScope(m + 1, in: t), in: t)
                // ("Bavaria's transport minister": the owner is the office's organization, unless a
                // person named before owns it, as in "Trump's chief of staff".)
                if office?.organization == nil, !confirmedSurnames.contains(t[m - 1].text) {
                    office?.organization = context.article.string(t[k].range.lowerBound..<t[m - 1].range.upperBound)
                }
            }
        }
        guard var phrase = office else { return nil }
        // ("Jared Isaacman, President Donald Trump's pick to lead NASA,", ", the President's chief of
        // staff,": an office whose holder, or the bare office itself, owns what follows is not the
        // apposition's — a body's does: ", director of the Pew Charitable Trusts' Antarctic work,".)
        var owner = phrase.tokens.upperBound
        while owner < t.count, owner < phrase.tokens.upperBound + 4, t[owner].kind == .word, t[owner].isCapitalized { owner += 1 }
        if owner < t.count, t[owner].kind == .possessive, owner > phrase.tokens.upperBound || phrase.organization == nil { return nil }
        // (", who was premier when the project was announced in 2022,": a time clause may follow
        // the office a relative clause says was held.)
        let whenHeld = inRelativeClause && t[safe: phrase.tokens.upperBound]?.lower == "when"
        let end = phraseEnd(from: phrase.tokens.upperBound, in: t)
        guard whenHeld || end.map({ closesApposition($0, t) }) == true else { return nil }
        // ", president and CEO of the Seattle Metropolitan Chamber of Commerce,": the body after a
        // second title joined by "and" is the first one's too.
        if phrase.organization == nil, let end, let body = Self.bodyAfterSecondTitle(phrase, end: end, in: t) { phrase.organization = body }
        if inRelativeClause {
            // Only the office: "who is also finance minister," not "who is the minister's brother".
            let after = phrase.tokens.upperBound
            guard whenHeld || after < t.count && (t[after].isComma || t[after].is(".")) else { return nil }
            phrase.qualifier = phrase.qualifier ?? held
        }
        return phrase
    }

    /// "president and CEO of the Chamber of Commerce": the body named after "of" when the office
    /// (one that heads a body) is followed by "and", a title of one to three words, and "of".
    @inline(never)
    static func bodyAfterSecondTitle(_ phrase: TitlePhrase, end: Int, in t: [Token]) -> String? {
        let j = phrase.tokens.upperBound
        guard j + 3 < end, t[j].lower == "and", Lexicon.offices[phrase.title.lowercased()]?.complement == .organization,
              let of = (j + 2...min(j + 4, end - 1)).first(where: { t[$0].lower == "of" }),
              t[(j + 1)..<of].allSatisfy({ $0.kind == .word && !$0.flags.contains(.neverName) || $0.isAllCaps }),
              let (body, _) = TitleParser.readOrganization(at: of + 1, in: t) else { return nil }
        return body
    }

    /// ", who leads the United Seychelles party,": the party's leader ("who led": its former one),
    /// when the relative clause is nothing else.
    @inline(never)
    private func partyLed(at k: Int, in t: [Token]) -> TitlePhrase? {
        guard k + 3 < t.count, t[k].lower == "who", t[k + 1].lower == "leads" || t[k + 1].lower == "led", t[k + 2].lower == "the" else { return nil }
        var first = k + 3
        while first < t.count, t[first].isLowercase, TitleParser.bodyAdjectives.contains(t[first].lower) || t[first].lower == "opposition" { first += 1 }
        var m = first
        // ("the CDU/CSU bloc": two parties' names joined by a slash are one bloc's.)
        while m < t.count, t[m].kind == .word && (t[m].isCapitalized || t[m].isAllCaps) || m > first && Self.gluedSlash(m, t) { m += 1 }
        guard m > first else { return nil }
        // (Its noun in lower case after the name, or the name's last word: "party", "Party", "coalition";
        // or a plural of its members: "who leads the Social Democrats".)
        var end = m < t.count && Self.partyNouns.contains(t[m].lower) ? m + 1 : m
        // ("who leads the Left's parliamentary group": a party's group in parliament, led for the party.)
        if end == m, m + 2 < t.count, t[m].kind == .possessive {
            let g = t[m + 1].lower == "parliamentary" ? m + 2 : m + 1
            if g < t.count, ["group", "faction", "caucus"].contains(t[g].lower) { end = g + 1 }
        }
        guard end > m || Self.partyNouns.contains(t[m - 1].lower) || NameParser.isGroupPlural(t[m - 1].lower) else { return nil }
        // (Where it leads them may follow: "the CDU/CSU bloc in the Bundestag,".)
        var close = end
        if close + 2 < t.count, t[close].lower == "in" {
            var c = close + 1
            if t[c].lower == "the" { c += 1 }
            let start = c
            while c < t.count, c < start + 3, t[c].kind == .word, t[c].isCapitalized { c += 1 }
            if c > start { close = c }
        }
        guard close < t.count, t[close].isComma || t[close].is(".") else { return nil }
        let name = context.article.string(t[first].range.lowerBound..<t[m - 1].range.upperBound)
        return TitlePhrase(tokens: (k + 1)..<end, title: "Leader", organization: name,
                           qualifier: t[k + 1].lower == "led" ? "former" : nil, isProper: false)
    }

    /// A slash at `m` glued between two words written in capitals: "CDU/CSU".
    static func gluedSlash(_ m: Int, _ t: [Token]) -> Bool {
        m > 0 && m + 1 < t.count && t[m].is("/") && t[m - 1].isAllCaps && t[m + 1].isAllCaps
            && t[m - 1].range.upperBound == t[m].range.lowerBound && t[m].range.upperBound == t[m + 1].range.lowerBound
    }

    /// ", the Texas Republican who chairs the Senate Commerce Committee,": the body a relative
    /// clause in the apposition after a name says the person chairs ("chaired": chaired before).
    @inline(never)
    static func bodyChaired(after j: Int, in t: [Token]) -> TitlePhrase? {
        guard j + 4 < t.count, t[j].isComma,
              let who = (j + 1..<min(t.count - 3, j + 6)).first(where: { t[$0].lower == "who" }),
              t[(j + 1)..<who].allSatisfy({ $0.kind == .word }),
              t[who + 1].lower == "chairs" || t[who + 1].lower == "chaired", t[who + 2].lower == "the",
              let (body, n) = TitleParser.readOrganization(at: who + 2, in: t), who + 2 + n <= t.count,
              who + 2 + n == t.count || t[who + 2 + n].isComma || t[who + 2 + n].is(".") else { return nil }
        return TitlePhrase(tokens: (who + 1)..<(who + 2 + n), title: "Chair", organization: body,
                           qualifier: t[who + 1].lower == "chaired" ? "former" : nil, isProper: false)
    }

    /// "the Human Rights Protection Party, led by former prime minister Tuilaepa …": the leader of
    /// the party named before ", led by" (capitalized words ending on a party's noun or its
    /// members' plural, "The Conservatives"), and where that name begins.
    @inline(never)
    private func partyLedBy(before start: Int, in t: [Token]) -> (TitlePhrase, Int)? {
        guard start >= 4, t[start - 1].lower == "by", t[start - 2].lower == "led", t[start - 3].isComma else { return nil }
        let end = start - 3
        var first = end
        while first > 0, t[first - 1].kind == .word, t[first - 1].isCapitalized || t[first - 1].isAllCaps, t[first - 1].lower != "the" { first -= 1 }
        guard first < end, Self.partyNouns.contains(t[end - 1].lower) || StatementExtractor.partyMembers.contains(t[end - 1].lower) else { return nil }
        let party = context.article.string(t[first].range.lowerBound..<t[end - 1].range.upperBound)
        return (TitlePhrase(tokens: (start - 2)..<(start - 1), title: "Leader", organization: party, qualifier: nil, isProper: false), first)
    }
    /// Nouns that end a party's name: "Human Rights Protection Party", "Pakatan Harapan coalition".
    static let partyNouns: Set<String> = ["party", "alliance", "coalition", "movement", "front", "bloc",
                                          // "who leads the Somali Salvation Forum", "the Awami League"
                                          "forum", "league", "congress"]

    /// "Liberal Leader Mike Pemberton": a party's label right before "Leader" is whose leader.
    @inline(never)
    static func partyLabelBefore(_ phrase: TitlePhrase, in t: [Token]) -> String? {
        let k = phrase.tokens.lowerBound
        guard phrase.title == "Leader", k > 0, partyLabels.contains(t[k - 1].text),
              k == 1 || !t[k - 2].isCapitalized else { return nil }
        return t[k - 1].text
    }

    /// ", deputy leader of the council,": an office (qualifiers first) of a public body the story
    /// names with that noun, read by `run` as for "the council's leader". (Not in
    /// `TitleParser.parse`: a case there made the compiler stop inlining it, 4–7% more instructions.)
    @inline(never)
    static func officeOfAPublicBody(at k: Int, in t: [Token]) -> TitlePhrase? {
        var i = k
        var qualifier: String?
        while i < t.count, let q = Lexicon.qualifier(t[i]) { qualifier = qualifier ?? q; i += 1 }
        guard i < t.count, t[i].isLowercase, let (office, n) = Lexicon.office(at: i, in: t), office.complement == .organization,
              i + n < t.count, t[i + n].lower == "of", TitleParser.ofAPublicBodysNoun(i + n, in: t) else { return nil }
        return TitlePhrase(tokens: k..<(i + n + 3), title: office.canonical, organization: TitlePhrase.ownedBy(t[i + n + 2].lower),
                           qualifier: qualifier, isProper: false)
    }

    /// "Council Delegate Shaandiin Parrish": a member of the council the story names.
    private func councilDelegatesCouncil(_ r: RoleFound) -> String? {
        r.phrase.title == "Council Delegate" ? context.namedBody(endingWith: "council", upTo: r.sentence) : nil
    }

    /// A city-state's senator's city, or a council delegate's council.
    private func membersBody(_ r: RoleFound) -> String? {
        stateLegislatorsState(r) ?? citySenatorsCity(r) ?? councilDelegatesCouncil(r) ?? stateNamedBefore(r)
    }

    /// ", R-S.D.," or ", D-N.Y.," right after token `j`: the state of a legislator's party and
    /// state, and the index of the comma that closes them.
    static func partyState(after j: Int, in t: [Token]) -> (state: String, comma: Int)? {
        // (Or in brackets: "U.S. Senator Lisa Murkowski (R-Alaska)"; `comma` is then the closing one.)
        guard j + 1 < t.count, t[j].isComma || t[j].is("(") else { return nil }
        // (Or in words: "Sen. Ted Cruz, the Texas Republican,", ", a Nevada Democrat,"; `comma` is
        // then the word after the party's.)
        if t[j].isComma, j + 3 < t.count, t[j + 1].lower == "the" || t[j + 1].lower == "a",
           let (state, n) = Lexicon.usState(at: j + 2, in: t), j + 2 + n < t.count,
           ["Republican", "Democrat", "Independent"].contains(t[j + 2 + n].text) {
            return (state, j + 3 + n)
        }
        let bracket = t[j].is("(")
        var text = t[j + 1].text
        var k = j + 2
        while k < t.count, !t[k].isComma, !t[k].is(")"), t[k].range.lowerBound == t[k - 1].range.upperBound, k < j + 8 {
            text += t[k].text
            k += 1
        }
        guard k < t.count, bracket ? t[k].is(")") : t[k].isComma, text.count >= 4, ["R-", "D-", "I-"].contains(String(text.prefix(2))),
              let state = Lexicon.usStates[String(text.dropFirst(2))] else { return nil }
        return (state, k)
    }

    /// Where a phrase that started with an office ends: at once, or after a short tail
    /// without verbs ("for the dialogue", "at Camp Bondsteel"), at a comma or period.
    private func phraseEnd(from j: Int, in t: [Token]) -> Int? {
        var k = j
        // ("the chief executive of the publicity firm Rogers & Cowan PMK.": up to ten words.)
        var limit = j + 10
        while k < t.count, k < limit {
            let w = t[k]
            if w.isComma || w.is(".") || w.is(";") || w.is(":") || w.is(")") { return k }
            // ("Rogers & Cowan", "Procter & Gamble": an ampersand inside a firm's name.)
            if w.is("&"), k > j, t[k - 1].isCapitalized, k + 1 < t.count, t[k + 1].isCapitalized { k += 1; continue }
            // "the Independent National Electoral Commission (INEC),": a short form in parentheses.
            if w.is("("), k + 2 < t.count, t[k + 1].isAllCaps, t[k + 2].is(")") { k += 3; limit += 3; continue }
            // "the assistant attorney general who leads the department's antitrust division": a
            // relative clause about the holder, however long, follows a complete office.
            if w.lower == "who" { return k }
            // ("a former interior minister appointed to explore possible coalitions,": so is a
            // participle of appointment right after the office.)
            if k == j, k > 0, Self.holderClauseParticiples.contains(w.lower) { return k }
            if w.kind == .punctuation && !w.is("-") && !w.is("'") { return nil }
            // "the mayor of Uruapan in Michoacán state,": "state" after a place's name is the noun.
            if w.lower == "state", k > j, t[k - 1].isCapitalized { k += 1; continue }
            // ("chair of the state ministers' conference": after a determiner, a noun.)
            if k > j, t[k - 1].kind == .possessive || Lexicon.articles.contains(t[k - 1].lower), w.isLowercase { k += 1; continue }
            if Lexicon.reportingForms[w.lower] != nil || (Lexicon.verbGroupWords.contains(w.lower) && k > j) { return k == j ? k : nil }
            if w.isLowercase && StatementExtractor.isVerbLike(w) { return nil }
            k += 1
        }
        return k == t.count ? k : (k == j ? j : nil)
    }

    /// ", an analyst at UBS," or ", the captain," after a name: an occupation in apposition.
    /// "The man, Darnell Hayes, 41, spent …": an age in apposition after a name says a person.
    static func ageFollows(_ j: Int, _ t: [Token]) -> Bool {
        guard j + 2 < t.count, t[j].isComma, t[j + 1].kind == .number, (1...3).contains(t[j + 1].text.utf8.count),
              let age = Int(t[j + 1].text), age >= 10, age <= 120 else { return false }
        return t[j + 2].isComma || t[j + 2].is(".") || t[j + 2].is(")")
    }

    /// "Rixi Moncada of the ruling Libre party", "Nasry Asfura of the National Party": a party's
    /// candidate or member, named with the party after "of the", is a person.
    private func partyMemberFollows(_ j: Int, _ t: [Token]) -> Bool {
        guard j + 3 < t.count, t[j].lower == "of", t[j + 1].lower == "the" else { return false }
        var k = j + 2
        while k < t.count, k < j + 5, t[k].isLowercase, TitleParser.bodyAdjectives.contains(t[k].lower) || t[k].lower == "opposition" { k += 1 }
        let first = k
        while k < t.count, k < first + 4, t[k].kind == .word, t[k].isCapitalized || t[k].isAllCaps { k += 1 }
        guard k > first else { return false }
        return k < t.count && t[k].lower == "party" || t[k - 1].text == "Party"
    }

    private func occupationFollows(_ j: Int, _ t: [Token]) -> Bool {
        guard j + 1 < t.count, t[j].isComma else { return false }
        var k = j + 1
        if k < t.count, ["the", "a", "an", "its", "their"].contains(t[k].lower) { k += 1 }
        // "Nvidia's chief executive", "the company's chief economist": an employer's possessive first.
        var owner = k
        while owner < t.count, owner < k + 3, t[owner].kind == .word, t[owner].isCapitalized || t[owner].isAllCaps || t[owner].isLowercase,
              Lexicon.occupation(at: owner, in: t) == nil { owner += 1 }
        if owner > k, owner < t.count, t[owner].kind == .possessive { k = owner + 1 }
        // ("the former Undertones singer": a name may describe the occupation.)
        while k < t.count, k < j + 7, t[k].kind == .word, t[k].isLowercase || t[k].isCapitalized && k > j + 1,
              Lexicon.occupation(at: k, in: t) == nil { k += 1 }
        guard k < t.count, let n = Lexicon.occupation(at: k, in: t) else { return false }
        return phraseEnd(from: k + n, in: t) != nil
    }

    /// An apposition ends at a comma, a period, a colon, "and", a verb or the sentence end.
    private func closesApposition(_ k: Int, _ t: [Token]) -> Bool {
        guard k < t.count else { return true }
        let next = t[k]
        if next.kind == .punctuation { return [",", ".", ";", ":", ")", "—", "–"].contains(next.text) }
        if next.lower == "and" || next.lower == "who" || Self.holderClauseParticiples.contains(next.lower) { return true }
        return Lexicon.reportingForms[next.lower] != nil || Lexicon.verbGroupWords.contains(next.lower)
    }

    /// Participles that open a clause about an office's holder after the office: "a former
    /// minister appointed to explore …", "the envoy named last month".
    static let holderClauseParticiples = appointmentParticiples.union(["tasked", "charged", "hired"])

    /// Whether the capitalized words at `i` continue a body's name: "Office for Budget
    /// Responsibility", "Institute of International Finance", "Bank of England".
    @inline(never)
    private func insideOrganizationName(_ i: Int, _ t: [Token]) -> Bool {
        // ("Congress of South African Trade Unions": capitalized words that open no name may stand
        // between the joiner and the name.)
        var i = i
        while i >= 3, t[i - 1].kind == .word, t[i - 1].isCapitalized, t[i - 1].flags.contains(.neverName) || Lexicon.jurisdiction(at: i - 1, in: t) != nil { i -= 1 }
        guard i >= 2, ["of", "for", "on", "and", "&"].contains(t[i - 1].lower), t[i - 1].isLowercase || t[i - 1].is("&") else { return false }
        // ("Department of Health and Social Care": the body's noun may stand a few words before.)
        var k = i - 2
        while k >= 0, k >= i - 7 {
            let before = t[k]
            if before.isCapitalized && (Lexicon.namesABody(before.lower) || TitleParser.organizationNouns.contains(before.lower)) { return true }
            guard before.isCapitalized || ["of", "for", "on", "and", "&"].contains(before.lower) else { return false }
            k -= 1
        }
        return false
    }

    private func reportingVerbFollows(_ j: Int, _ t: [Token]) -> Bool {
        var k = j
        // "Walt Meier of the National Snow and Ice Data Center called": the body the person is of, between.
        if k + 2 < t.count, t[k].lower == "of" {
            var e = t[k + 1].lower == "the" ? k + 2 : k + 1
            let first = e
            var body = false
            while e < t.count, e < first + 10, t[e].kind == .word,
                  t[e].isCapitalized || t[e].isAllCaps || e > first && ["and", "of", "for", "on"].contains(t[e].lower) {
                if Lexicon.namesABody(t[e].lower) { body = true }
                e += 1
            }
            if body { k = e }
        }
        // "Meta's chief global affairs officer, Joel Kaplan, said": the apposition closes right before the verb.
        if k + 1 < t.count, t[k].isComma, t[k + 1].isLowercase, Lexicon.reportingForms[t[k + 1].lower] != nil { return true }
        // ", for his part," or ", the captain,": a short parenthetical between commas — but not one
        // that says the name is a company or body (", a Berlin-based startup,").
        if k < t.count, t[k].isComma {
            // ", whose party stayed out of the coalition, denounced …": a relative clause may be longer.
            let opener = k + 1 < t.count ? t[k + 1].lower : ""
            let personal = opener == "who" || opener == "whose"
            // ("Paramount Skydance, which had made a rival bid, said": "which" is said of a thing or a body.)
            if opener == "which" { return false }
            guard let close = t[(k + 1)...].prefix(personal || opener == "which" ? 16 : 8).firstIndex(where: { $0.isComma }) else { return false }
            // (A clause on "who" or "whose" is about a person, whatever nouns it holds.)
            // (Nor is one that makes the name one of a body's people: ", one of two board members who dissented,".)
            if !personal, t[(k + 1)..<close].contains(where: { Lexicon.organizationNouns.contains($0.lower) }),
               !t[(k + 1)..<close].contains(where: { Self.memberNouns.contains($0.lower) }) { return false }
            k = close + 1
        }
        while k < t.count, Lexicon.verbGroupWords.contains(t[k].lower) { k += 1 }
        return k < t.count && Lexicon.reportingForms[t[k].lower] != nil && t[k].isLowercase && !Lexicon.stateAsNoun(t, k)
    }

    /// "speaking on Fox Business, said", "Economists at Goldman Sachs forecast": words after a
    /// preposition are not the subject of the verb that follows them.
    private func objectOfPreposition(_ i: Int, _ t: [Token]) -> Bool {
        i > 0 && t[i - 1].isLowercase && Self.objectPrepositions.contains(t[i - 1].lower)
    }
    static let objectPrepositions: Set<String> = ["on", "at", "in", "from", "with", "for", "to", "into", "onto", "about", "of", "via", "against"]

    /// "…,” said Marija Petrovska": a reporting verb right after a quotation or comma, then the name.
    private func reportingVerbPrecedes(_ i: Int, _ t: [Token]) -> Bool {
        guard i >= 2, Lexicon.reportingForms[t[i - 1].lower] != nil, t[i - 1].isLowercase else { return false }
        let before = t[i - 2]
        return before.isComma || StatementExtractor.closesQuote(before)
    }

    /// "Lindsay Whittle won 47% of the vote", "after François Bayrou lost": a name whose first
    /// word is a common given name is a person's, outside a heading (whose capitals say nothing)
    /// and unless another capitalized word goes on past it ("the Justin Trudeau Foundation").
    private func opensWithGivenName(_ name: NameSpan, sentence s: Int, _ t: [Token]) -> Bool {
        guard t[name.tokens.lowerBound].flags.contains(.givenName), context.blockKind(ofSentence: s) != .heading else { return false }
        if let next = t[safe: name.tokens.upperBound], next.kind == .word, next.isCapitalized || next.isAllCaps { return false }
        // "the Elizabeth Line", "Sarah Lawrence College", "the Peter Principle": things named for a person.
        return !name.tokens.dropFirst().contains { Self.namedForNouns.contains(t[$0].lower) || Self.namedForThings.contains(t[$0].lower) }
    }
    /// Nouns of things named for a person, besides `namedForNouns`: "the Elizabeth Line", "the Peter Principle".
    static let namedForThings: Set<String> = ["line", "principle", "effect", "syndrome", "rule", "law", "index", "hub",
                                              "disease", "theorem", "method", "test", "day", "clinic"]

    private func hasMiddleInitial(_ name: NameSpan, _ t: [Token]) -> Bool {
        name.tokens.dropFirst().dropLast().contains { t[$0].isInitial }
    }

    /// "Belgium's Tessa Wullaert scored … “We gave everything,” Wullaert said.": a full name
    /// seen once is confirmed when its surname alone speaks later in the article.
    ///
    /// One pass over the article finds where the candidates' surnames speak, then each candidate
    /// is looked up there: scanning the article once per candidate made a long document cost the
    /// square of its length (a 4 MB file spent 79% of its ingest here).
    private mutating func confirmBySurnameSpeakers() {
        // The surnames of unconfirmed candidates, each with the first sentence a candidate of it is in.
        var firstSentence: [String: Int] = [:]
        var surnames = WordPrefilter()
        for candidate in candidates where confirmed[candidate.name.text] == nil {
            let surname = candidate.name.surname
            guard !surname.containsUTF8(" "), !surname.isEmpty else { continue }
            firstSentence[surname] = min(firstSentence[surname] ?? candidate.sentence, candidate.sentence)
            surnames.insert(surname)
        }
        guard !firstSentence.isEmpty else { return }
        // Where each surname alone speaks ("Wullaert said") or owns something ("Head's innings").
        let utf8 = context.article.utf8
        var uses: [String: [(sentence: Int, speaks: Bool)]] = [:]
        for s in context.tokens.indices {
            let t = context.tokens[s]
            for i in t.indices where surnames.mayBe(t[i], in: utf8) {
                guard let first = firstSentence[t[i].text], s >= first, !partOfLongerName(i, t) else { continue }
                if reportingVerbFollows(i + 1, t) || reportingVerbPrecedes(i, t) {
                    uses[t[i].text, default: []].append((s, true))
                } else if i + 2 < t.count && t[i + 1].kind == .possessive && t[i + 2].isLowercase {
                    uses[t[i].text, default: []].append((s, false))
                }
            }
        }
        for candidate in candidates where confirmed[candidate.name.text] == nil {
            guard let found = uses[candidate.name.surname] else { continue }
            // (The possessive only after the sentence that names it in full.)
            if found.contains(where: { $0.speaks ? $0.sentence >= candidate.sentence : $0.sentence > candidate.sentence }) {
                confirm(candidate.name, sentence: candidate.sentence)
            }
        }
    }

    /// Offices given to a person named by one word alone, when the article names one person
    /// so: in apposition after it ("Jara, a former labour minister,", "Mr Lecornu, his former
    /// armed forces minister,", "Datuk Seri Anwar, who is also finance minister,") or right
    /// before it ("President-elect Paz will be sworn in"; the longest office first).
    private mutating func addRolesOfShortNames(_ byShortForm: [String: [String]]) {
        // (The short forms' first words: "De" of "De Wever".)
        var firstWords = WordPrefilter()
        for form in byShortForm.keys { firstWords.insertFirstWord(of: form) }
        let utf8 = context.article.utf8
        for s in context.tokens.indices where context.headerCells[s] == nil {
            let t = context.tokens[s]
            for i in t.indices where t[i].isCapitalized && firstWords.mayBe(t[i], in: utf8) {
                // (A surname that opens with a capitalized particle is two words: "De Wever, the leader of …".)
                var length = 1
                var names = byShortForm[t[i].text]
                if names == nil, t[i].flags.contains(.particle), i + 1 < t.count, t[i + 1].isCapitalized {
                    names = byShortForm[t[i].text + " " + t[i + 1].text]
                    length = 2
                }
                // ("Cheney served as vice president …" before the story names Liz Cheney: of two people
                // who share the surname, the one named so far.)
                guard let names, let only = names.count == 1 ? names[0] : Self.onlyOneNamedBy(s, names, confirmedIn) else { continue }
                var alone = confirmed[only]!
                alone.tokens = i..<(i + length)
                let after = i + length - 1  // the surname's last word
                // Not inside a longer name ("Jeannette Jara, …" is read with the full name); honorifics may precede.
                if after + 2 < t.count, t[after + 1].isComma, !(i > 0 && NameParser.isNameWord(t[i - 1]) && !t[i - 1].flags.contains(.honorific)),
                   let phrase = appositionAfter(alone, in: t) {
                    var from = i
                    while from > 0, t[from - 1].flags.contains(.honorific) { from -= 1 }
                    addRole(alone, phrase, sentence: s, from: from, to: phrase.tokens.upperBound)
                } else if after + 3 < t.count, ["served", "serves", "was", "has", "had"].contains(t[after + 1].lower),
                          !(i > 0 && NameParser.isNameWord(t[i - 1])), let phrase = appointment(after: alone, in: t) {
                    // "Cheney served as vice president under George W. Bush"; "Kant was appointed a
                    // judge of the Punjab and Haryana High Court in January 2004".
                    addRole(alone, phrase, sentence: s, from: i, to: phrase.tokens.upperBound)
                }
                guard i > 0, !(after + 1 < t.count && (t[after + 1].isCapitalized || t[after + 1].isAllCaps)) else { continue }
                for k in max(0, i - 5)..<i {
                    guard let phrase = TitleParser.parse(at: k, in: t), phrase.tokens.upperBound == i, phrase.isProper else { continue }
                    addRole(alone, phrase, sentence: s, from: k, to: after + 1)
                    break
                }
            }
        }
    }

    /// A quick test that a token may be one of a few words, asked before a dictionary look-up so
    /// that few tokens are hashed: bit n of `lengths` is set when some word is n bytes long, and
    /// `initials[b]` when one starts with byte b.
    struct WordPrefilter {
        private var lengths: UInt64 = 0
        private var initials = [Bool](repeating: false, count: 256)

        mutating func insert(_ word: String) {
            guard let byte = word.utf8.first else { return }
            lengths |= 1 << UInt64(min(word.utf8.count, 63))
            initials[Int(byte)] = true
        }

        /// The first word of `phrase` ("De" of "De Wever").
        mutating func insertFirstWord(of phrase: String) {
            insert(phrase.utf8.firstIndex(of: UInt8(ascii: " ")).map { String(phrase[..<$0]) } ?? phrase)
        }

        /// Whether `token` (of the text `utf8`) may be one of the words.
        func mayBe(_ token: Token, in utf8: [UInt8]) -> Bool {
            lengths & (1 << UInt64(min(token.range.count, 63))) != 0 && initials[Int(utf8[token.range.lowerBound])]
        }
    }

    /// The one of `names` confirmed at or before sentence `s`, if only one was.
    static func onlyOneNamedBy(_ s: Int, _ names: [String], _ confirmedIn: [String: Int]) -> String? {
        let named = names.filter { (confirmedIn[$0] ?? Int.max) <= s }
        return named.count == 1 ? named[0] : nil
    }

    /// Table rows under a Leader/Name column, with the office in a Position/Role column.
    private mutating func confirmTableRow(_ s: Int, header: [String]) {
        let lowered = header.map { $0.lowercased() }
        guard let personColumn = lowered.firstIndex(where: { Self.personColumns.contains($0) }) else { return }
        let titleColumn = lowered.firstIndex(where: { Self.titleColumns.contains($0) })
        let t = context.tokens[s]
        let cells = Self.cellRanges(t)
        guard personColumn < cells.count else { return }
        let personCell = cells[personColumn]
        guard let name = NameParser.parse(at: personCell.lowerBound, in: t, utf8: context.article.utf8),
              name.tokens.upperBound == personCell.upperBound else { return }
        confirm(name, sentence: s)
        if let titleColumn, titleColumn < cells.count {
            let cell = cells[titleColumn]
            if let phrase = TitleParser.parse(at: cell.lowerBound, in: t), phrase.tokens.upperBound == cell.upperBound {
                addRole(name, phrase, sentence: s, from: personCell.lowerBound, to: cell.upperBound)
            } else if let phrase = Self.memberFor(cell, in: t) {
                addRole(name, phrase, sentence: s, from: personCell.lowerBound, to: cell.upperBound)
            }
        }
    }

    /// "Member for Central Bougainville": a legislator, as Westminster parliaments name one by
    /// the seat, of the place the seat lies in (a compass word before it names only the seat).
    static func memberFor(_ cell: Range<Int>, in t: [Token]) -> TitlePhrase? {
        guard cell.count >= 3, t[cell.lowerBound].text == "Member", t[cell.lowerBound + 1].lower == "for",
              t[(cell.lowerBound + 2)..<cell.upperBound].allSatisfy({ $0.kind == .word && $0.isCapitalized }) else { return nil }
        var first = cell.lowerBound + 2
        if first + 1 < cell.upperBound, Self.compassWords.contains(t[first].lower) { first += 1 }
        let place = t[first..<cell.upperBound].map(\.text).joined(separator: " ")
        return TitlePhrase(tokens: cell, title: "Member of Parliament", organization: place, qualifier: nil, isProper: true)
    }

    static let compassWords: Set<String> = ["north", "south", "east", "west", "central", "northern", "southern", "eastern",
                                            "western", "upper", "lower", "greater", "inner", "outer"]

    static let personColumns: Set<String> = ["leader", "leaders", "name", "person", "official", "who", "speaker",
                                             "figure", "politician", "minister", "representative", "holder",
                                             // Results tables: "| Constituency | Winner | Votes |".
                                             "winner", "candidate", "nominee", "incumbent", "challenger", "runner-up",
                                             "member", "mp", "senator", "appointee", "successor", "predecessor"]
    static let titleColumns: Set<String> = ["position", "role", "title", "office", "post", "function", "portfolio", "job"]

    /// Token ranges of the cells of a pipe-table row.
    static func cellRanges(_ t: [Token]) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = 0
        if let first = t.first, first.is("|") { start = 1 }
        var k = start
        while k < t.count {
            if t[k].is("|") {
                cells.append(start..<k)
                start = k + 1
            }
            k += 1
        }
        if start < t.count { cells.append(start..<t.count) }
        return cells
    }

    // MARK: - Mentions

    /// The confirmed names by the one word that names each alone: the surname, and the first
    /// word when it is no one's surname — a family name written first ("Yoon Suk Yeol" …
    /// "Yoon said"), or a given name in familiar use ("Mr Anutin").
    private func namesByShortForm() -> [String: [String]] {
        var bySurname: [String: [String]] = [:]
        for name in order { bySurname[confirmed[name]!.surname, default: []].append(name) }
        // "Sudani" for "Mohammed Shia al-Sudani", unless it is some other person's surname.
        for name in order {
            if let short = NameParser.withoutParticlePrefix(confirmed[name]!.surname), bySurname[short] == nil || bySurname[short] == [name] {
                bySurname[short] = [name]
            }
        }
        // "Oligui" for "Brice Clotaire Oligui Nguema", "López" for "Andrés Manuel López Obrador": in
        // a name of four words or more the first of two surnames stands for the whole, unless it
        // is some other person's surname (or a particle, as "da" in "Luiz Inácio Lula da Silva").
        // (Read by bytes: this runs for every name, several times per article.)
        for name in order {
            let bytes = name.utf8
            var spaces: [String.Index] = []
            for i in bytes.indices where bytes[i] == 0x20 { spaces.append(i) }
            guard spaces.count >= 3 else { continue }
            let word = name[bytes.index(after: spaces[spaces.count - 2])..<spaces[spaces.count - 1]]
            guard word.utf8.count > 2, let b = word.utf8.first, b >= 0x41 && b <= 0x5A || b >= 0xC0 else { continue }
            let short = String(word)
            if bySurname[short] == nil { bySurname[short] = [name] }
        }
        // "Frostadottir told …" for "Kristrún Frostadóttir": wire copy often drops the accents.
        for name in order {
            let surname = confirmed[name]!.surname
            guard surname.utf8.contains(where: { $0 >= 0x80 }) else { continue }
            let plain = Self.withoutAccents(surname)
            if plain != surname, bySurname[plain] == nil { bySurname[plain] = [name] }
        }
        var byFirstWord: [String: [String]] = [:]
        for name in order {
            let span = confirmed[name]!
            guard let given = span.givenNames, let first = given.split(separator: " ").first, first.utf8.count >= 2,
                  !first.hasSuffix("."), bySurname[String(first)] == nil else { continue }
            byFirstWord[String(first), default: []].append(name)
        }
        bySurname.merge(byFirstWord) { a, _ in a }
        return bySurname
    }

    /// The word with its combining accents taken off ("Frostadóttir" → "Frostadottir").
    static func withoutAccents(_ word: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in word.decomposedStringWithCanonicalMapping.unicodeScalars where s.properties.generalCategory != .nonspacingMark {
            scalars.append(s)
        }
        return String(scalars)
    }

    private func findMentions(_ index: [String: Int], _ bySurname: [String: [String]]) -> [ArticleFacts.Mention] {
        guard !order.isEmpty else { return [] }
        let utf8 = context.article.utf8
        // Pass 1: full-name mentions, and surname mentions waiting for resolution.
        struct Pending { var sentence: Int; var range: Range<Int>; var surname: String; var possessive: Bool; var order: Int }
        var mentions: [(ArticleFacts.Mention, Int)] = []   // with a running order number
        var pending: [Pending] = []
        var fullPositions: [String: [Int]] = [:]            // name → order numbers of its full mentions
        // The names' first words, asked before a name is parsed (or an honorific, which the
        // parse skips): most capitalized words open no known name.
        var firstWords = WordPrefilter()
        for name in index.keys { firstWords.insertFirstWord(of: name) }
        for name in shorterNames.keys { firstWords.insertFirstWord(of: name) }
        var counter = 0
        for s in context.tokens.indices {
            let t = context.tokens[s]
            var i = 0
            while i < t.count {
                counter += 1
                // ("A. Shajahan", "Al Schmidt", confirmed after an office: an initial or a particle opens it as there.)
                if t[i].isCapitalized, t[i].flags.contains(.honorific) || firstWords.mayBe(t[i], in: utf8),
                   let name = NameParser.parse(at: i, in: t, utf8: utf8,
                                               afterOffice: t[i].isInitial || t[i].flags.contains(.particle) || NameParser.isBareInitial(t[i])) {
                    // The longest known full name inside the span ("Minister Armend Mehaj" is parsed at "Armend").
                    // ("Boni Yayi told AFP": the end or beginning of a longer name is that name's person.)
                    if let person = index[name.text] ?? shorterNames[name.text].flatMap({ index[$0] }) {
                        let possessive = name.tokens.upperBound < t.count && t[name.tokens.upperBound].kind == .possessive
                        mentions.append((ArticleFacts.Mention(person: person, sentence: s, byteRange: name.range,
                                                              form: possessive ? "possessive" : "full", ambiguous: false), counter))
                        fullPositions[shorterNames[name.text] ?? name.text, default: []].append(counter)
                        i = name.tokens.upperBound
                        continue
                    }
                }
                // "Leo XIV": a regnal name, which the name parser does not read.
                if t[i].isCapitalized, i + 1 < t.count, Self.isRomanNumeral(t[i + 1].text),
                   case let regnal = t[i].text + " " + t[i + 1].text, let person = index[regnal] {
                    let range = t[i].range.lowerBound..<t[i + 1].range.upperBound
                    mentions.append((ArticleFacts.Mention(person: person, sentence: s, byteRange: range, form: "full", ambiguous: false), counter))
                    fullPositions[regnal, default: []].append(counter)
                    i += 2
                    continue
                }
                if t[i].isCapitalized, bySurname[t[i].text] != nil, !partOfLongerName(i, t) {
                    let possessive = i + 1 < t.count && t[i + 1].kind == .possessive
                    pending.append(Pending(sentence: s, range: t[i].range, surname: t[i].text, possessive: possessive, order: counter))
                } else if t[i].isCapitalized, i > 0, t[i - 1].flags.contains(.particle),
                          !(i + 1 < t.count && NameParser.isNameWord(t[i + 1])) {
                    // "Mr ap Iorwerth", "von der Leyen said", "De Wever, the leader of …": a surname that
                    // opens with particles.
                    var first = i - 1
                    while first > 0, t[first - 1].flags.contains(.particle) { first -= 1 }
                    if first == 0 || !NameParser.isNameWord(t[first - 1]) {
                        let surname = String(decoding: utf8[t[first].range.lowerBound..<t[i].range.upperBound], as: UTF8.self)
                        if bySurname[surname] != nil {
                            let possessive = i + 1 < t.count && t[i + 1].kind == .possessive
                            pending.append(Pending(sentence: s, range: t[first].range.lowerBound..<t[i].range.upperBound, surname: surname,
                                                   possessive: possessive, order: counter))
                        }
                    }
                }
                i += 1
            }
        }
        for p in pending {
            let candidates = bySurname[p.surname] ?? []
            // The nearest preceding full mention; failing that, the nearest following one.
            var best: (name: String, distance: Int)?
            for name in candidates {
                for position in fullPositions[name] ?? [] {
                    let distance = position <= p.order ? p.order - position : 1_000_000 + position - p.order
                    if best == nil || distance < best!.distance { best = (name, distance) }
                }
            }
            guard let chosen = best?.name ?? candidates.first, let person = index[chosen] else { continue }
            mentions.append((ArticleFacts.Mention(person: person, sentence: p.sentence, byteRange: p.range,
                                                  form: p.possessive ? "possessive" : "surname",
                                                  ambiguous: candidates.count > 1), p.order))
        }
        return mentions.sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// After a plural occupation at `i` ("astronauts", "lawyers"), the full names it lists, each
    /// confirmed; where the list ends, or nil when no name follows.
    @inline(never)
    private mutating func listedByOccupation(_ i: Int, _ t: [Token], sentence s: Int) -> Int? {
        guard t[i].range.count > 4, context.article.utf8[t[i].range.upperBound - 1] == UInt8(ascii: "s"),
              Lexicon.occupations.contains(String(t[i].lower.dropLast())) else { return nil }
        var names: [NameSpan] = []
        var j = i + 1
        while let name = NameParser.parse(at: j, in: t, utf8: context.article.utf8), name.tokens.count >= 2 {
            names.append(name)
            j = name.tokens.upperBound
            // (", ", " and ", ", and ")
            guard j + 1 < t.count, t[j].isComma || t[j].lower == "and" else { break }
            j += t[j].isComma && t[j + 1].lower == "and" ? 2 : 1
        }
        guard let last = names.last else { return nil }
        for name in names { confirm(name, sentence: s) }
        return last.tokens.upperBound
    }

    /// Whether token `i` sits inside a longer capitalized name ("Zemaj" in "Donika Zemaj").
    private func partOfLongerName(_ i: Int, _ t: [Token]) -> Bool {
        // ("Cllr Boyle": an honorific before it is none.)
        (i > 0 && NameParser.isNameWord(t[i - 1]) && !t[i - 1].flags.contains(.honorific)) || (i + 1 < t.count && NameParser.isNameWord(t[i + 1]))
    }
}

import Foundation

extension String {
    /// NFC; ASCII text already is, and skips Foundation's normalization (about 11,000
    /// instructions a name).
    var precomposedNFC: String {
        utf8.allSatisfy { $0 < 0x80 } ? self : precomposedStringWithCanonicalMapping
    }
}
