import NewsText

/// An office as a sentence writes it: "Kosovo’s Minister of Defense", "former President",
/// "the head of the American mission to NATO", "German Ambassador to Serbia".
struct TitlePhrase: Equatable {
    /// Tokens the phrase spans (half-open).
    var tokens: Range<Int>
    /// The office in its one spelling: "Minister of Defense", "Head of the US Mission to NATO".
    var title: String
    /// The jurisdiction or body, when the phrase names it.
    var organization: String?
    var qualifier: String?
    /// Whether the office word was capitalized (or completed), i.e. clearly an office.
    var isProper: Bool

    /// The organization of an office owned by a body the sentence names only by a common
    /// noun ("the agency's executive director", "commission chairman"): a placeholder that
    /// `PeopleExtractor` replaces with the body the article names so, if any.
    static func ownedBy(_ noun: String) -> String { "the " + noun }

    /// The common noun of such a placeholder, or nil for a named organization.
    static func ownerNoun(_ organization: String) -> String? {
        organization.hasPrefix("the ") ? String(organization.dropFirst(4)) : nil
    }
}

/// Reads title phrases from tokens, using the office lexicon.
///
/// Grammar: [the|a] QUALIFIER* [JURISDICTION ('s)? | ADJECTIVE] QUALIFIER* [PORTFOLIO] OFFICE
/// [of PORTFOLIO | of ORGANIZATION | to DESTINATION | for PORTFOLIO].
enum TitleParser {
    /// Offices whose "of X" names the jurisdiction they govern, not part of the title:
    /// "Mayor of Pristina" is the Mayor of the organization Pristina.
    static let governingOffices: Set<String> = ["President", "Vice President", "Prime Minister",
                                                "Chancellor", "Governor", "Mayor", "City Manager", "City Treasurer", "City Clerk", "City Auditor",
                                                "Councilmember", "King", "Queen",
                                                "Majority Leader", "Minority Leader", "Majority Whip", "Minority Whip",
                                                // ("Sara Rodriguez, the lieutenant governor,"; "a retired chief justice".)
                                                "Lieutenant Governor", "Chief Justice"]

    /// Offices that say little without their body, so "of X" stays in the title: "Head of
    /// the US Mission to NATO". Other offices keep the body as their organization only:
    /// "leader of the National Action Party" is the Leader of that party.
    static let headOffices: Set<String> = ["Head", "Chief"]

    static let smallWords: Set<String> = ["of", "the", "to", "for", "and", "on", "in", "at", "a", "an"]

    /// Lower-case nouns that can sit inside an organization's name: "the American mission to NATO".
    static let organizationNouns: Set<String> = ["mission", "delegation", "office", "embassy", "committee", "council",
                                                 "ministry", "force", "forces", "command", "staff", "army", "navy",
                                                 "party", "bank", "commission", "agency", "government", "cabinet",
                                                 "parliament", "assembly", "department", "service", "police",
                                                 "guard", "corps", "alliance", "union", "administration", "house",
                                                 "senate", "congress"]

    /// "the survivors' group Grenfell United", "the rights group Amnesty International", "the
    /// far-right party Reform UK": common nouns that describe a body, then its name. Where the name starts.
    /// ("the Dutch water authority Rijkswaterstaat": a country's adjective may open the description.)
    static func describedBody(at i: Int, in tokens: [Token]) -> Int? {
        var i = i
        if i + 1 < tokens.count, tokens[i].isCapitalized, tokens[i + 1].isLowercase, Lexicon.jurisdictionAdjective(tokens[i]) != nil { i += 1 }
        var d = i
        while d < tokens.count, d < i + 4, tokens[d].kind == .word && tokens[d].isLowercase || tokens[d].kind == .possessive && d > i { d += 1 }
        guard d > i, d < tokens.count, tokens[d].kind == .word, tokens[d].isCapitalized || tokens[d].isAllCaps else { return nil }
        // "the far-right National Rally", "the ruling Labour Party": adjectives of politics only.
        if describingNouns.contains(tokens[d - 1].lower) || tokens[i..<d].allSatisfy({ bodyAdjectives.contains($0.lower) }) { return d }
        return nil
    }

    /// "Passenger group Pro Bahn said": a description that opens the sentence (its first word
    /// capitalized for that reason), then the body's name; where the name starts. Nouns only
    /// between: "Campaigners from the group Save Leeds Libraries" are the campaigners.
    static func bodyDescribedAtSentenceStart(_ tokens: [Token]) -> Int? {
        guard tokens.count > 2, tokens[0].isCapitalized, tokens[1].kind == .word, tokens[1].isLowercase,
              let named = describedBody(at: 1, in: tokens),
              !tokens[1..<named].contains(where: { StatementExtractor.prepositions.contains($0.lower) || StatementExtractor.determiners.contains($0.lower) })
        else { return nil }
        return named
    }

    /// Adjectives that describe a party or movement before its name.
    static let bodyAdjectives: Set<String> = ["far-right", "far-left", "hard-right", "hard-left", "right-wing", "left-wing",
                                              "centre-right", "center-right", "centre-left", "center-left", "centrist",
                                              "ruling", "governing", "conservative", "liberal", "nationalist", "populist",
                                              "radical", "green", "socialist", "communist", "islamist", "separatist",
                                              "main", "rival", "junior", "breakaway", "anti-immigration", "pro-european",
                                              "pro-russian", "pro-western", "pro-government", "anti-government", "powerful"]

    /// Offices a US state has, which its name before them owns.
    static let stateOffices: Set<String> = ["Governor", "Lieutenant Governor", "Senator", "Representative", "Assemblymember", "Attorney General",
                                            "Chief Justice", "Justice", "Judge",
                                            "Secretary of State", "Treasurer", "Speaker"]
    /// Offices a Canadian province or an Australian state holds ("Premier" is the Prime Minister's spelling).
    static let provinceOffices: Set<String> = ["Prime Minister", "Minister", "Treasurer", "Attorney General", "Speaker", "Chief Minister",
                                               "Leader of the Opposition", "Lieutenant Governor", "Governor", "Member of Parliament",
                                               "Member of the Legislative Assembly", "Member of Provincial Parliament"]

    /// Common nouns that describe a body before its name: "the survivors' group Grenfell United",
    /// "the chipmaker Nvidia" — the nouns of bodies, and a few that only describe one.
    static let describingNouns: Set<String> = Lexicon.organizationNouns.union(
        ["bloc", "faction", "militia", "campaign", "lobby", "league", "nonprofit", "office", "service", "commission",
         // ("The opposition Patriotic Bloc, led by …, said".)
         "opposition"])

    /// Words a title phrase can open with; any other token is rejected at once.
    static let openingWords: Set<String> = {
        var words = Lexicon.officeFirstWords.union(Lexicon.qualifiers.keys).union(["the", "a", "an", "ex", "his", "her", "their"])
        for w in Lexicon.jurisdictionFirstWords { words.insert(w.lowercased()) }
        for w in Lexicon.jurisdictionByAdjective.keys { words.insert(w.lowercased()) }
        for w in Lexicon.usStates.keys { words.insert(String(w.split(separator: " ")[0]).lowercased()) }
        for w in Lexicon.provinces { words.insert(String(w.split(separator: " ")[0]).lowercased()) }
        for w in Lexicon.provinceAbbreviations.keys { words.insert(w.lowercased()) }
        return words
    }()

    static func parse(at start: Int, in tokens: [Token]) -> TitlePhrase? {
        guard var phrase = parseOffice(at: start, in: tokens) else { return nil }
        if phrase.title == "Prime Minister", phrase.organization != nil { phrase = withoutDeputysPortfolio(phrase, in: tokens) }
        return phrase.organization == nil || phrase.title == "Senator" ? withCityOrSenatorsComplement(phrase, in: tokens) : phrase
    }

    /// "Deputy Prime Minister for Reintegration": what follows "for" is a deputy's portfolio, no
    /// body (kept out of `parseOffice`, whose inlining a new case there upsets).
    @inline(never)
    static func withoutDeputysPortfolio(_ phrase: TitlePhrase, in tokens: [Token]) -> TitlePhrase {
        guard phrase.tokens.dropFirst().contains(where: { tokens[$0].lower == "for" && tokens[$0 - 1].lower == "minister" }) else { return phrase }
        var phrase = phrase
        phrase.organization = nil
        return phrase
    }

    /// The office phrase at `start`, before a city's or a senator's complement is read.
    static func parseOffice(at start: Int, in tokens: [Token]) -> TitlePhrase? {
        guard start < tokens.count, tokens[start].kind == .word else { return nil }
        if !tokens[start].flags.contains(.titleOpening) {
            // "Agriculture Minister", "Commerce Secretary", "foreign ministry spokesperson": a portfolio first.
            guard start + 1 < tokens.count,
                  tokens[start].isCapitalized && tokens[start + 1].lower == "minister" || prefixPortfolio(at: start, in: tokens) != nil
                    || tokens[start].flags.contains(.portfolioStart) && isMinistryWord(tokens[start + 1])
            else { return nil }
        }
        var i = start
        var qualifier: String?
        var organization: String?
        // ("his former armed forces minister": a possessive pronoun stands for the body too.)
        if i < tokens.count, isDeterminer(tokens[i].lower) { i += 1 }
        // "the agency's executive director": a body named by a common noun owns the office; its name
        // is looked up in the article later (`PeopleExtractor`).
        if i > start, tokens[start].lower == "the", i + 2 < tokens.count, tokens[i].isLowercase, let (owner, next) = ownerPhrase(at: i, in: tokens) {
            organization = owner
            i = next
        }
        func readQualifiers() {
            while i < tokens.count, let q = Lexicon.qualifier(tokens[i]), !beginsAPlaceName(i, in: tokens) {
                // "ex-President": the hyphen belongs to the qualifier.
                qualifier = qualifier ?? q
                i += 1
                if i < tokens.count, tokens[i].is("-") { i += 1 }
            }
        }
        readQualifiers()
        // Jurisdiction: "Kosovo’s", "Albania's", "the United States'", "German", "EU", "Kosovo" (as a modifier).
        if i < tokens.count {
            if let (name, length) = Lexicon.jurisdiction(at: i, in: tokens), i + length < tokens.count {
                // "Central Bank of Kenya Governor Kamau Thugge": a country that ends a body's name is no
                // modifier of the office after it (the body is read where the office begins).
                if i == start, endsABodysName(start, in: tokens) { return nil }
                let after = i + length
                if tokens[after].kind == .possessive {
                    // ("Reform UK's deputy leader": a body whose name ends in the country's.)
                    organization = bodyEndingInCountry(i, length, in: tokens) ?? name
                    i = after + 1
                } else if Lexicon.office(at: after, in: tokens) != nil || Lexicon.qualifier(tokens[after]) != nil
                            || Self.prefixPortfolio(at: after, in: tokens) != nil {  // "the US Treasury Secretary"
                    // "Amnesty International's EU director": the owner before is the body, the
                    // jurisdiction only says which part of it.
                    organization = owner(before: start, in: tokens) ?? name
                    i = after
                }
            } else if let (name, length) = Lexicon.usState(at: i, in: tokens), i + length < tokens.count,
                      let (office, _) = Lexicon.office(at: i + length, in: tokens), Self.stateOffices.contains(office.canonical) {
                // "California Gov. Gavin Newsom", "Texas Attorney General Ken Paxton".
                organization = name
                i += length
            } else if let (name, length) = Lexicon.province(at: i, in: tokens), i + length < tokens.count {
                if i + length + 1 < tokens.count, tokens[i + length].kind == .possessive, length > 1 || !tokens[i].isAllCaps {
                    // "Ontario's chief medical officer of health": a province or state owns the office.
                    organization = name
                    i += length + 1
                } else if let (office, _) = Lexicon.office(at: i + length, in: tokens), Self.provinceOffices.contains(office.canonical) {
                    // "Ontario Premier Doug Ford", "New South Wales Treasurer".
                    organization = name
                    i += length
                } else if portfolioMinisterFollows(i + length, in: tokens) {
                    // "Alberta Finance Minister Nate Horner", "B.C. Housing Minister Christine Boyle".
                    organization = name
                    i += length
                }
            } else if let name = Lexicon.jurisdictionAdjective(tokens[i]) {
                // "German Ambassador", "Bosnian Serb leader": one or two adjectives, the first names the jurisdiction.
                var k = i + 1
                if let force = forceBefore(office: k, in: tokens) {
                    // "Thai army spokesman": a country's armed or police body owns the office.
                    organization = tokens[i].text + " " + force
                    i = k + 1
                } else {
                    if k < tokens.count, Lexicon.jurisdictionAdjective(tokens[k]) != nil { k += 1 }
                    if k < tokens.count, Lexicon.office(at: k, in: tokens) != nil || Lexicon.qualifier(tokens[k]) != nil {
                        organization = name
                        i = k
                    }
                }
            }
        }
        // "the Commission's executive vice-president", "the COP30 president", "the White House
        // press secretary": a capitalized body, possessive or not, right before the office.
        if organization == nil, i > start, i < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalized || tokens[i].isAllCaps,
           !tokens[i].flags.contains(.officeStart), Lexicon.qualifier(tokens[i]) == nil,
           Self.prefixPortfolio(at: i, in: tokens) == nil,  // "The Treasury Secretary": a portfolio, read below
           Lexicon.occupation(at: i, in: tokens) == nil {  // "the Managing Director of Optimus": a post in a company
            var k = i
            while k < tokens.count, k < i + 4, tokens[k].kind == .word, tokens[k].isCapitalized || tokens[k].isAllCaps,
                  Lexicon.office(at: k, in: tokens) == nil { k += 1 }
            var after = k
            if after < tokens.count, tokens[after].kind == .possessive { after = Self.pastLeadershipScope(after + 1, in: tokens) }
            if after < tokens.count, Lexicon.office(at: after, in: tokens) != nil || Lexicon.qualifier(tokens[after]) != nil {
                organization = bodyName(tokens[i..<k])
                i = after
            }
        }
        readQualifiers()
        // "Thailand's 32nd prime minister", "the tenth president of Ireland": an ordinal counts
        // holders, it names no office.
        if i + 1 < tokens.count, organization != nil || i > start && tokens[start].lower == "the",
           Self.isOrdinal(tokens[i]), Lexicon.office(at: i, in: tokens) == nil { i += 1 }
        // "China's foreign ministry spokesperson", "Defence Ministry official": the ministry is
        // skipped, the office after it is read, and the jurisdiction stays its organization.
        if i + 2 < tokens.count, tokens[i].flags.contains(.portfolioStart),
           isMinistryWord(tokens[i + 1]) || i + 3 < tokens.count && isMinistryWord(tokens[i + 2]),
           let (_, n) = readKnownPortfolio(at: i, in: tokens), i + n + 1 < tokens.count,
           isMinistryWord(tokens[i + n]), Lexicon.office(at: i + n + 1, in: tokens) != nil {
            i += n + 1
        }
        // "Agriculture Minister", "Commerce Secretary": a portfolio before "Minister" or "Secretary".
        var prefixPortfolio: String?
        if i + 1 < tokens.count, tokens[i].isCapitalized, tokens[i + 1].lower == "minister",
           !opensOffice(at: i, in: tokens), !Lexicon.institutionWords.contains(tokens[i].lower) {
            prefixPortfolio = Lexicon.portfolios[tokens[i].lower] ?? titleCase(tokens[i].text)
            i += 1
        } else if let (portfolio, n) = Self.prefixPortfolio(at: i, in: tokens) {
            prefixPortfolio = portfolio
            i += n
        }
        // "a former government spokesman", "the army spokesman": the body's common noun before the office.
        // ("commission chairman": a body's own noun is read where the office begins, below.)
        if i + 1 < tokens.count, tokens[i].isLowercase, Lexicon.office(at: i + 1, in: tokens) != nil,
           Self.bodyModifiers.contains(tokens[i].lower), Lexicon.office(at: i, in: tokens) == nil {
            i += 1
        }
        guard let (office, length) = Lexicon.office(at: i, in: tokens) else { return nil }
        // "Chief Executive", "head coach": an occupation, not a public office.
        // (But "U.S. Attorney": a jurisdiction's attorney is its prosecutor; alone, a lawyer.)
        if office.canonical == "Attorney", organization == nil || Lexicon.jurisdictionByName[organization!] == nil { return nil }
        if Self.isAnOccupation(at: i, length, office.canonical, organization, in: tokens) { return nil }
        let officeTokens = tokens[i..<(i + length)]
        let capitalized = officeTokens.first!.isCapitalized
        i += length
        // "the president's office", "the minister's spokesman": the office owns what follows; it
        // is no title of the name after.
        if i < tokens.count, tokens[i].kind == .possessive { return nil }
        // "President-elect Paz": the office, not yet held.
        if i + 1 < tokens.count, tokens[i].is("-"), tokens[i + 1].lower == "elect", tokens[i].range.lowerBound == tokens[i - 1].range.upperBound {
            qualifier = qualifier ?? "elect"
            i += 2
        }
        var title = office.canonical
        if let prefixPortfolio { title = office.canonical + " of " + prefixPortfolio }
        // "the leader of the opposition Christian Democrats": "opposition" describes the party
        // named after it, whose Leader the person is. ("Leader of the Opposition Matthew Wale":
        // capitalized, it is the office, and a name follows.)
        if title == "Leader of the Opposition", tokens[i - 1].lower == "opposition", tokens[i - 1].isLowercase, i < tokens.count, tokens[i].isCapitalized,
           let (party, n) = readOrganization(at: i, in: tokens) {
            title = "Leader"
            organization = party
            i += n
        }
        // "Leader of Opposition in Parliament Simplex Chithyola Banda": the chamber where the
        // office sits, no part of its name.
        if title == "Leader of the Opposition", let n = chamberAfter(i, in: tokens) { i += n }
        var completed = false

        // The complement.
        // (A capitalized "To" is a name's, not the preposition: "General Secretary To Lam".)
        if i + 1 < tokens.count, tokens[i].lower == "of" || tokens[i].lower == "for" || tokens[i].lower == "to" && !tokens[i].isCapitalized {
            let preposition = tokens[i].lower
            switch (office.complement, preposition) {
            case (.portfolio, "of"), (.portfolio, "for"):
                if let (portfolio, n) = readPortfolio(at: i + 1, in: tokens) {
                    title = office.canonical + " " + preposition + " " + portfolio
                    // ("Minister for Housing, Local Government and Heritage": a list too.)
                    if let of = Self.ofForm(office.canonical, preposition, portfolio) { title = of }
                    i += 1 + n
                    completed = true
                }
            case (.organization, "of") where i + 4 < tokens.count && tokens[i + 1].lower == "the" && tokens[i + 3].kind == .possessive
                    && tokens[i + 4].kind == .word && Self.ownedBodyNouns.contains(tokens[i + 4].lower)
                    && Lexicon.office(at: i + 2, in: tokens)?.1 == 1:
                // "The head of the president's office": a body named by its owner's office.
                organization = tokens[i + 2].lower + tokens[i + 3].text + " " + tokens[i + 4].lower
                i += 5
                completed = true
            case (.organization, "of") where i + 2 < tokens.count && tokens[i + 1].kind == .word && tokens[i + 1].isLowercase
                    && !["the", "a", "an", "this", "that", "its", "his", "her", "their"].contains(tokens[i + 1].lower):
                // "Google's president of global affairs", "head of communications": an office of
                // a lower-case field is a post inside a body, not a public office.
                return nil
            case (.organization, "of"), (.destination, "to"), (.organization, "to"), (.organization, "for"), (.destination, "for"):
                if let (org, n) = readOrganization(at: i + 1, in: tokens) {
                    let known = Lexicon.knownOrganizations.contains(org)
                    if office.complement == .destination || preposition == "to" {
                        title = office.canonical + " " + (preposition == "for" ? "for" : "to") + " " + org
                    } else if preposition == "for", organization != nil {
                        // "The IMF's mission chief for Zambia": the owner before the office is its body;
                        // what follows "for" is its field.
                    } else if governingOffices.contains(office.canonical) || known || !Self.headOffices.contains(office.canonical) {
                        // One office, one spelling: "Secretary General of NATO" is the Secretary
                        // General of the organization NATO, as "NATO Secretary General" is.
                        organization = org
                    } else {
                        // "Head of the US Mission to NATO" as written; "head of the rights group
                        // Amnesty International" is Head of Amnesty International.
                        let described = describedBody(at: tokens[i + 1].lower == "the" ? i + 2 : i + 1, in: tokens) != nil
                        title = office.canonical + " of " + (tokens[i + 1].lower == "the" && !described ? "the " : "") + org
                        organization = org
                    }
                    i += 1 + n
                    completed = true
                }
            default:
                break
            }
        }
        // "the labour secretary": a portfolio before the office completes it.
        if prefixPortfolio != nil { completed = true }
        // "commission chairman Ibrahime Kuibiert Coulibaly": a body's common noun right before the office.
        // ("Council leader Tony Dyer said": capitalized only because it opens the sentence.)
        if organization == nil, start > 0, start == officeTokens.startIndex, tokens[start - 1].isLowercase || start == 1,
           Self.ownedOfficeNouns.contains(tokens[start - 1].lower),
           modifyingBody(before: start, in: tokens) == nil {  // ("CGIL union leader" is CGIL's)
            organization = TitlePhrase.ownedBy(tokens[start - 1].lower)
        }
        // Whose a lower-case office is, when nothing else says: "Conservative leader".
        // ("Tisza's leader", "Hamas's leader": a leader's body in the possessive — a party or group,
        // as no person has a leader.)
        let modifier = organization == nil && !completed && !capitalized
            ? modifyingBody(before: start, in: tokens) ?? partysPossessive(before: start, office.canonical, in: tokens) : nil
        // An ambiguous office word ("head", "leader") is an office only when capitalized, completed,
        // or preceded by whose it is ("Bosnian Serb leader", "Conservative leader").
        // ("Junta leader Assimi Goïta", "army chief …": a country's body's common noun says it too.)
        let bodyNounBefore = start > 0 && tokens[start - 1].kind == .word && bodyModifiers.contains(tokens[start - 1].lower)
        if office.ambiguous && !completed && !capitalized && organization == nil && modifier == nil && !bodyNounBefore { return nil }
        if office.complement == .organization && !completed && !capitalized && organization == nil
            && !governingOffices.contains(office.canonical) && office.canonical != "Spokesperson" && modifier == nil && !bodyNounBefore {
            return nil
        }
        var first = start
        // "Valencia's regional president", "Bavaria's state premier": the office of a region,
        // named in the possessive before the word that says it is one.
        if organization == nil, start >= 3, Self.regionalModifiers.contains(tokens[start - 1].lower),
           tokens[start - 2].kind == .possessive, tokens[start - 3].kind == .word, tokens[start - 3].isCapitalized {
            var k = start - 3
            while k > 0, k > start - 5, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized { k -= 1 }
            organization = bodyName(tokens[k..<(start - 2)])
            first = k
        } else if organization == nil, let (region, k) = regionBefore(start, in: tokens) {
            // "Madrid regional president Isabel Díaz Ayuso": the region named right before the word.
            organization = region
            first = k
        }
        // "Bank of England Governor Andrew Bailey": the body is named right before the office.
        if organization == nil, capitalized, let (body, bodyStart) = precedingBody(before: start, in: tokens) {
            organization = body
            first = bodyStart
        } else if organization == nil, capitalized, let (name, nameStart) = institutionBefore(start, office.canonical, in: tokens) {
            // "Harvard President Alan Garber": one capitalized word, no country's, names the body it heads.
            organization = name
            first = nameStart
        } else if organization == nil, capitalized, office.canonical == "Governor" || office.canonical == "Mayor" || office.canonical.hasPrefix("County "),
                  let (place, placeStart) = placeBefore(start, in: tokens) {
            // "Akita Governor Kenta Suzuki", "Istanbul Mayor Ekrem İmamoğlu": a place's own offices;
            // "Erie County Executive Mark Poloncarz", "Bexar County Judge Peter Sakai": the county's
            // ("County" is the office's first word).
            organization = office.canonical.hasPrefix("County ") ? place + " County" : place
            first = placeStart
        } else if let (body, bodyStart) = modifier {
            // "Conservative leader Kemi Badenoch", "UN climate chief Simon Stiell".
            organization = body
            first = bodyStart
        }
        return TitlePhrase(tokens: first..<i, title: title, organization: organization, qualifier: qualifier,
                           isProper: capitalized || completed)
    }

    /// "in Parliament", "in the National Assembly", "in the House of Representatives" at `i`,
    /// before a capitalized word: how many tokens. (Kept out of `parse` so that it stays inlined.)
    @inline(never)
    static func chamberAfter(_ i: Int, in tokens: [Token]) -> Int? {
        guard i + 2 < tokens.count, tokens[i].lower == "in", tokens[i].isLowercase else { return nil }
        var k = i + 1
        if tokens[k].lower == "the" { k += 1 }
        // Up to two capitalized words before the chamber's noun ("the National Assembly").
        var c = k
        while c < tokens.count, c < k + 3, tokens[c].kind == .word, tokens[c].isCapitalized, !chamberWords.contains(tokens[c].lower) { c += 1 }
        guard c < tokens.count, tokens[c].isCapitalized, chamberWords.contains(tokens[c].lower) else { return nil }
        var end = c + 1
        // "the House of Representatives".
        if end + 1 < tokens.count, tokens[end].lower == "of", tokens[end + 1].isCapitalized { end += 2 }
        guard end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized else { return nil }
        return end - i
    }

    /// A legislature's chambers: "Parliament", "the National Assembly", "the House of Commons".
    static let chamberWords: Set<String> = ["parliament", "assembly", "senate", "house", "congress", "chamber", "legislature"]

    /// The name of a body written as capitalized words: a known jurisdiction or body's one
    /// spelling, else the words as written.
    static func bodyName(_ words: ArraySlice<Token>) -> String {
        let text = words.map(\.text).joined(separator: " ")
        // "House Speaker Mike Johnson", "Former House Speaker Martin Romualdez": the lower house's
        // short name.
        if text == "House" { return "House of Representatives" }
        return Lexicon.jurisdictionByName[text] ?? text
    }

    /// Whose leader or spokesperson an office is, by the possessive before it: "Tisza's leader",
    /// "Sinn Féin's finance spokesman" (a party's; no person has a leader). (Kept out of `parse`
    /// so that it stays inlined.)
    @inline(never)
    static func partysPossessive(before start: Int, _ office: String, in tokens: [Token]) -> (String, Int)? {
        if office == "Leader" {
            // ("the RN's parliamentary leader", "Fidesz's parliamentary group leader": where the
            // party's leadership sits, between.)
            var k = start
            while k > start - 2, k >= 3, tokens[k - 1].isLowercase, Self.leadershipScopes.contains(tokens[k - 1].lower) { k -= 1 }
            return possessiveBody(before: k, in: tokens)
        }
        // ("finance spokesman": a portfolio word may stand between.)
        guard office == "Spokesperson" else { return nil }
        if let found = possessiveBody(before: start, in: tokens) { return found }
        guard start >= 3, tokens[start - 1].isLowercase, tokens[start - 1].flags.contains(.portfolioStart) else { return nil }
        return possessiveBody(before: start - 1, in: tokens)
    }

    /// Where a body's name that ends at `end` starts when "of", "for" or "and" joins
    /// capitalized words before `k` ("Independent Commission for Infrastructure"): up to six
    /// words in all, and one of them names a body; else `k`.
    @inline(never)
    static func bodyNameStartOverJoiners(_ k: Int, _ end: Int, in tokens: [Token]) -> Int {
        var m = k
        while m >= 2, end - m < 6, tokens[m - 1].kind == .word, ["of", "for", "and"].contains(tokens[m - 1].text),
              tokens[m - 2].kind == .word, tokens[m - 2].isCapitalized {
            var j = m - 2
            while j > 0, end - j < 6, tokens[j - 1].kind == .word, tokens[j - 1].isCapitalized, !isCapitalizedOpener(tokens[j - 1].text) { j -= 1 }
            guard tokens[j..<(m - 1)].contains(where: { Lexicon.namesABody($0.lower) }) else { break }
            m = j
        }
        return m
    }

    /// Whether token `k` is a group's possessive, as inside a body's name: "People's", "Women's",
    /// "Longshoremen's", "Workers'" (not a person's or a place's: "Kabila's", "Britain's").
    static func isGroupsPossessive(_ k: Int, in tokens: [Token]) -> Bool {
        guard k > 0, k < tokens.count, tokens[k].kind == .possessive, tokens[k - 1].kind == .word else { return false }
        let word = tokens[k - 1].lower
        if word == "people" || word == "children" || word.hasSuffix("men") { return true }
        // A plural's bare apostrophe: "Workers'", "Farmers'".
        return tokens[k].text.utf8.count <= 3 && !tokens[k].text.contains("s") && word.hasSuffix("s")
    }

    /// Capitalized words that open a sentence or a name's phrase and are no part of a body's
    /// name: "The", and a conjunction ("But Nairobi County Assembly Speaker Ken Ng'ang'a").
    static let capitalizedOpeners: Set<String> = ["The", "A", "An", "But", "And", "Or", "Yet", "So"]
    /// (None is longer than three letters: most words are told apart by their length alone.)
    static func isCapitalizedOpener(_ text: String) -> Bool { text.utf8.count <= 3 && capitalizedOpeners.contains(text) }

    /// The index of "(" when "(UWP)" ends right before `end`, after a capitalized word.
    @inline(never)
    static func shortFormInBrackets(endingAt end: Int, in tokens: [Token]) -> Int? {
        let n = StatementExtractor.shortFormLength(tokens, end)
        guard n > 0, end - n >= 1, tokens[end - n - 1].kind == .word, tokens[end - n - 1].isCapitalized else { return nil }
        return end - n
    }

    /// A city's own office, capitalized after the city's possessive ("London's Mayor Sadiq Khan"),
    /// and a senator's complement after "for": a German city-state's portfolio ("Berlin's Senator
    /// for Urban Development") or the place represented ("Senator for Victoria Jane Hume").
    /// (Read after `parseOffice`, out of it, so that it stays inlined.)
    @inline(never)
    static func withCityOrSenatorsComplement(_ phrase: TitlePhrase, in tokens: [Token]) -> TitlePhrase {
        var p = phrase
        let start = p.tokens.lowerBound
        // (A city's offices, a Japanese city's Governor and a German city-state's senators.)
        if p.organization == nil, DocumentContext.cityOffices.contains(p.title) || p.title == "Governor" || p.title == "Senator",
           tokens[start].isCapitalized,
           let (city, cityStart) = cityPossessive(before: start, in: tokens) {
            p.organization = city
            p.tokens = cityStart..<p.tokens.upperBound
        }
        if p.title == "Senator", let (portfolio, place, n) = senatorsComplement(after: p.tokens.upperBound, in: tokens) {
            if let portfolio { p.title = "Senator for " + portfolio } else { p.organization = p.organization ?? place }
            p.tokens = p.tokens.lowerBound..<(p.tokens.upperBound + n)
            p.isProper = true
        }
        return p
    }

    /// "for Urban Development" or "for Victoria" at `i` after "Senator": the portfolio of a German
    /// city-state's senator, or the place a senator represents; and how many tokens.
    @inline(never)
    static func senatorsComplement(after i: Int, in tokens: [Token]) -> (portfolio: String?, place: String?, length: Int)? {
        guard i + 1 < tokens.count, tokens[i].lower == "for", tokens[i + 1].isCapitalized else { return nil }
        if let (name, n) = Lexicon.jurisdiction(at: i + 1, in: tokens) ?? Lexicon.province(at: i + 1, in: tokens) ?? Lexicon.usState(at: i + 1, in: tokens) {
            return (nil, name, n + 1)
        }
        // ("the senator for Siaya County": a county a senator represents.)
        var j = i + 1
        while j < tokens.count, j < i + 4, tokens[j].kind == .word, tokens[j].isCapitalized, tokens[j].text != "County" { j += 1 }
        if j > i + 1, j < tokens.count, tokens[j].text == "County" {
            return (nil, tokens[(i + 1)...j].map(\.text).joined(separator: " "), j - i + 1)
        }
        guard let (portfolio, n) = readPortfolio(at: i + 1, in: tokens) else { return nil }
        return (portfolio, nil, n + 1)
    }

    /// A large city's name (one or two words) in the possessive right before `start`: "Berlin's",
    /// "Kuala Lumpur's". Its name and first token.
    @inline(never)
    static func cityPossessive(before start: Int, in tokens: [Token]) -> (String, Int)? {
        guard start >= 2, tokens[start - 1].kind == .possessive, tokens[start - 2].kind == .word, tokens[start - 2].isCapitalized else { return nil }
        for k in [start - 2, start - 3] where k >= 0 && tokens[k].kind == .word && tokens[k].isCapitalized {
            let name = tokens[k..<(start - 1)].map(\.text).joined(separator: " ")
            let upper = name.uppercased()
            if Lexicon.capitalCountries[upper] != nil || Lexicon.cityCountry(upper) != nil { return (name, k) }
        }
        return nil
    }

    /// Past the words at `i` that say where a party's leader leads, when "leader" follows them:
    /// "the RN's parliamentary leader". (Kept out of `parse` so that it stays inlined.)
    @inline(never)
    static func pastLeadershipScope(_ i: Int, in tokens: [Token]) -> Int {
        var k = i
        while k < tokens.count, k < i + 2, tokens[k].isLowercase, leadershipScopes.contains(tokens[k].lower) { k += 1 }
        return k > i && k < tokens.count && tokens[k].lower == "leader" ? k : i
    }

    /// Lower-case words that say where a party's leader leads: "parliamentary group leader".
    static let leadershipScopes: Set<String> = ["parliamentary", "legislative", "group", "caucus", "senate", "assembly"]

    /// The capitalized words (one to three) of a possessive right before `start`: "Tisza's".
    static func possessiveBody(before start: Int, in tokens: [Token]) -> (String, Int)? {
        guard start >= 2, tokens[start - 1].kind == .possessive else { return nil }
        var k = start - 1
        while k > 0, start - 1 - k < 3, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized || tokens[k - 1].isAllCaps { k -= 1 }
        guard k < start - 1, !(k == 0 && tokens[0].flags.contains(.neverName) && start - 1 - k == 1) else { return nil }
        // ("The Welsh Conservatives' finance spokesman": the article that opens the sentence is no part of the name.)
        let first = k + 1 < start - 1 && isCapitalizedOpener(tokens[k].text) ? k + 1 : k
        return (bodyName(tokens[first..<(start - 1)]), k)
    }

    /// Whose a lower-case office is, from the capitalized words right before it (one to
    /// three, not at the start of the sentence unless they are a known body): "Conservative
    /// leader", "Hamas leader", "Kosovo Security Force commander"; with up to two lower-case
    /// words between when the body is a known one: "UN climate chief".
    static func modifyingBody(before start: Int, in tokens: [Token]) -> (String, Int)? {
        guard start > 0 else { return nil }
        var end = start
        var skipped = 0
        while end > 0, skipped < 2, tokens[end - 1].kind == .word, tokens[end - 1].isLowercase,
              !smallWords.contains(tokens[end - 1].lower), Lexicon.office(at: end - 1, in: tokens) == nil {
            end -= 1
            skipped += 1
        }
        guard end > 0 else { return nil }
        // "United Workers Party (UWP) leader": the short form in brackets after the name.
        if skipped == 0, let open = shortFormInBrackets(endingAt: end, in: tokens) { end = open }
        var k = end
        // ("Birmingham City Council leader": a word that may open an office, "Council", is the
        // body's when it opens none here and ends a longer name; not "Opposition senator".)
        // ("State House spokesman": nor one that opens no office here before another word of the
        // name — "State" opens "State Forester".)
        while k > 0, end - k < 3, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized || tokens[k - 1].isAllCaps,
              !tokens[k - 1].flags.contains(.officeStart)
                || (k >= 2 && tokens[k - 2].kind == .word && tokens[k - 2].isCapitalized || k < end) && Lexicon.office(at: k - 1, in: tokens) == nil,
              Lexicon.qualifier(tokens[k - 1]) == nil,
              !isCapitalizedOpener(tokens[k - 1].text) { k -= 1 }
        guard k < end else { return nil }
        // ("The Independent Commission for Infrastructure (ICI) chairman": "of", "for" or "and"
        // inside the name.)
        k = bodyNameStartOverJoiners(k, end, in: tokens)
        // ("BJP State president": a party's state unit; the party is the body.)
        if end - k >= 2, tokens[end - 1].text == "State", tokens[end - 2].isAllCaps { end -= 1 }
        let known = Lexicon.jurisdiction(at: k, in: tokens).map { $0.length == end - k } ?? false
        // "CGIL union leader", "Likud party leader": the lower-case word says the name is a body's.
        // ("MSP parliamentary group chairman": or a word before that noun.)
        let described = skipped == 1 && Lexicon.organizationNouns.contains(tokens[end].lower)
            || skipped == 2 && Lexicon.organizationNouns.contains(tokens[end + 1].lower)
        if skipped > 0 && !known && !described { return nil }
        // A capital at the start of a sentence may be a common word ("Many leaders …"): those the
        // lexicons know as never part of a name are not a body.
        if k == 0 && !known && end - k == 1 && tokens[0].flags.contains(.neverName) { return nil }
        // Nor is a common noun of a country's bodies that opens it ("Junta leader …", "Army chief …").
        if k == 0 && !known && end - k == 1 && bodyModifiers.contains(tokens[0].lower) { return nil }
        return (bodyName(tokens[k..<end]), k)
    }

    /// The one capitalized word before the head of an institution ("Harvard President", "Oxfam
    /// Director"): its name, and where it starts. (Kept out of `parse` so that it stays inlined.)
    @inline(never)
    static func institutionBefore(_ start: Int, _ office: String, in tokens: [Token]) -> (String, Int)? {
        guard start > 0, tokens[start - 1].isCapitalized, start < 2 || !tokens[start - 2].isCapitalized && !tokens[start - 2].isAllCaps,
              !tokens[start - 1].flags.contains(.givenName), institutionHeads.contains(office), Lexicon.jurisdiction(at: start - 1, in: tokens) == nil,
              let found = placeBefore(start, in: tokens) else { return nil }
        return found
    }
    static let institutionHeads: Set<String> = ["President", "Chair", "Director General", "Director", "Rector", "Dean", "Provost"]

    /// One or two capitalized words right before `start` that can be a place's name: not
    /// "The", a qualifier, an office, or a word the lexicons know as never part of a name.
    static func placeBefore(_ start: Int, in tokens: [Token]) -> (String, Int)? {
        var k = start
        while k > 0, start - k < 2, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized, !tokens[k - 1].isAllCaps,
              !isCapitalizedOpener(tokens[k - 1].text), !tokens[k - 1].flags.contains(.neverName),
              !tokens[k - 1].flags.contains(.officeStart), Lexicon.qualifier(tokens[k - 1]) == nil { k -= 1 }
        guard k < start else { return nil }
        return (bodyName(tokens[k..<start]), k)
    }

    /// The words that end a company's or a corporation's name.
    static let companySuffixes: Set<String> = ["inc.", "inc", "ltd.", "ltd", "llc", "plc", "corp.", "corp", "corporation", "limited"]

    /// A body named by capitalized words right before `start` ("Bank of England", "European
    /// Central Bank", "Kosovo Security Force"), with "of", "for" or "and" between them, at most
    /// six words, one of them a body noun. Its name and first token.
    static func precedingBody(before start: Int, in tokens: [Token]) -> (String, Int)? {
        // "IAEA Director General": an acronym of two to six capitals right before the office; and
        // "Africa CDC Director General": one capitalized word (not a country's) and the acronym.
        if start > 0, tokens[start - 1].isAllCaps, (2...6).contains(tokens[start - 1].range.count),
           !tokens[start - 1].text.containsUTF8(".") {
            let acronym = tokens[start - 1].text
            guard start >= 2, tokens[start - 2].isCapitalized else { return (acronym, start - 1) }
            let word = tokens[start - 2]
            if word.kind == .word, !word.isAllCaps, !word.text.containsUTF8("."), !isCapitalizedOpener(word.text),
               start < 3 || !tokens[start - 3].isCapitalized, Lexicon.jurisdiction(at: start - 2, in: tokens) == nil {
                return (word.text + " " + acronym, start - 2)
            }
        }
        var k = start
        while k > 0, start - k < 6 {
            let t = tokens[k - 1]
            let joiner = t.kind == .word && ["of", "for", "and"].contains(t.lower)
            guard t.kind == .word, t.isCapitalized && !isCapitalizedOpener(t.text) || joiner else { break }
            k -= 1
        }
        // ("Senate President Don Harmon and House Speaker Emanuel Welch": not across another
        // office and its holder.)
        if start - k >= 3, let and = (k..<start).last(where: { tokens[$0].lower == "and" }),
           tokens[k..<and].contains(where: { $0.flags.contains(.givenName) || $0.flags.contains(.officeStart) && !Lexicon.namesABody($0.lower) }) {
            k = and + 1
        }
        while k < start, !tokens[k].isCapitalized { k += 1 }  // a body starts with a capital
        guard k < start, tokens[start - 1].isCapitalized,
              tokens[k..<start].contains(where: { organizationNouns.contains($0.lower) || Lexicon.organizationNouns.contains($0.lower) })
                || companySuffixes.contains(tokens[start - 1].lower)  // "Nunavut Tunngavik Inc. President"
                || start - k >= 2 && tokens[k].text == "World"  // "World Athletics President Sebastian Coe"
        else { return nil }
        // ("Chief of Defence Staff Gen. Olufemi Oluyede": an office before a rank is no body.)
        if let (_, n) = Lexicon.office(at: k, in: tokens), k + n == start { return nil }
        return (tokens[k..<start].map(\.text).joined(separator: " "), k)
    }

    /// The body whose possessive ends right before `start`: "Amnesty International's".
    static func owner(before start: Int, in tokens: [Token]) -> String? {
        guard start >= 2, tokens[start - 1].kind == .possessive else { return nil }
        var k = start - 1
        while k > 0, start - 1 - k < 5, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized || tokens[k - 1].isAllCaps { k -= 1 }
        guard k < start - 1 else { return nil }
        let words = tokens[k..<(start - 1)]
        let text = words.map(\.text).joined(separator: " ")
        guard words.contains(where: { Lexicon.namesABody($0.lower) }) || Lexicon.knownOrganizations.contains(text) else { return nil }
        return Lexicon.jurisdictionByName[text] ?? text
    }

    /// Whether an office of the lexicon starts at `i` — not a one-word office that is also a
    /// portfolio ("Justice" in "Justice Minister").
    @inline(__always)
    static func opensOffice(at i: Int, in tokens: [Token]) -> Bool {
        guard let (_, n) = Lexicon.office(at: i, in: tokens) else { return false }
        return n > 1 || Lexicon.portfolios[tokens[i].lower] == nil
    }

    /// "of the council" at `i` ("deputy leader of the council,"): "the" and a public body's noun
    /// that no lower-case word continues.
    @inline(never)
    static func ofAPublicBodysNoun(_ i: Int, in tokens: [Token]) -> Bool {
        i + 2 < tokens.count && tokens[i + 1].lower == "the" && tokens[i + 2].isLowercase && publicBodyNouns.contains(tokens[i + 2].lower)
            && (i + 3 == tokens.count || tokens[i + 3].kind != .word || !tokens[i + 3].isLowercase || tokens[i + 3].lower == "and")
    }

    /// Public bodies a lower-case "of the …" after an office names: "leader of the council".
    static let publicBodyNouns: Set<String> = ["council", "assembly", "commission", "committee", "senate", "parliament",
                                               "party", "authority", "agency", "legislature", "board", "tribunal"]

    /// Words that make an office a region's: "Valencia's regional president".
    static let regionalModifiers: Set<String> = ["regional", "provincial", "state", "municipal", "county", "territorial"]

    // (The helpers below are functions of their own, out of `parse`, which runs at every
    // token: inside it they had made the compiler stop inlining its token reads, 6% more
    // instructions in all.)

    /// "New York Gov. Kathy Hochul", "New South Wales Premier": a capitalized "New" that begins
    /// a place's name is no qualifier ("the new governor").
    @inline(never)
    static func beginsAPlaceName(_ i: Int, in tokens: [Token]) -> Bool {
        guard tokens[i].isCapitalized, tokens[i].lower == "new", i + 1 < tokens.count, tokens[i + 1].isCapitalized else { return false }
        return Lexicon.usState(at: i, in: tokens) != nil || Lexicon.jurisdiction(at: i, in: tokens) != nil
            || Lexicon.province(at: i, in: tokens) != nil
    }

    /// "Central Bank of Kenya Governor": a country at `start` that ends a body's name.
    @inline(never)
    static func endsABodysName(_ start: Int, in tokens: [Token]) -> Bool {
        start >= 2 && tokens[start - 1].lower == "of" && tokens[start - 2].isCapitalized && Lexicon.namesABody(tokens[start - 2].lower)
    }

    /// "Reform UK's deputy leader": one capitalized word right before a country's short name in
    /// capitals, with the possessive after both, names a body. (Kept out of `parse` so that it
    /// stays inlined.)
    @inline(never)
    static func bodyEndingInCountry(_ i: Int, _ length: Int, in tokens: [Token]) -> String? {
        guard i > 0, tokens[i].isAllCaps, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized, !tokens[i - 1].isAllCaps,
              !tokens[i - 1].flags.contains(.neverName), !tokens[i - 1].flags.contains(.officeStart),
              Lexicon.qualifier(tokens[i - 1]) == nil, !isCapitalizedOpener(tokens[i - 1].text),
              i == 1 || !tokens[i - 2].isCapitalized && !tokens[i - 2].isAllCaps else { return nil }
        return tokens[i - 1].text + " " + tokens[i..<(i + length)].map(\.text).joined(separator: " ")
    }

    /// Whether a portfolio and "Minister" start at `k`: "Finance Minister", "Housing Minister",
    /// "Agriculture Minister".
    /// (Kept out of `parse` so that it stays inlined.)
    @inline(never)
    static func portfolioMinisterFollows(_ k: Int, in tokens: [Token]) -> Bool {
        guard k + 1 < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized else { return false }
        if prefixPortfolio(at: k, in: tokens) != nil { return true }
        // ("Health Minister" is an office of the lexicon itself: "Minister of Health".)
        if let (office, _) = Lexicon.office(at: k, in: tokens), office.canonical.hasPrefix("Minister of") { return true }
        return tokens[k + 1].lower == "minister" && !opensOffice(at: k, in: tokens) && !Lexicon.institutionWords.contains(tokens[k].lower)
    }

    /// "Thai army spokesman": the force's noun at `k` when an office follows it.
    @inline(never)
    static func forceBefore(office k: Int, in tokens: [Token]) -> String? {
        guard k + 1 < tokens.count, tokens[k].isLowercase, forceNouns.contains(tokens[k].lower),
              Lexicon.office(at: k + 1, in: tokens) != nil else { return nil }
        return tokens[k].lower
    }

    /// "Madrid regional president": the capitalized words before "regional", "provincial", …
    /// right before the office at `start`, and where they begin.
    @inline(never)
    static func regionBefore(_ start: Int, in tokens: [Token]) -> (String, Int)? {
        guard start >= 2, tokens[start - 1].isLowercase, regionalModifiers.contains(tokens[start - 1].lower),
              tokens[start - 2].kind == .word, tokens[start - 2].isCapitalized,
              !NameParser.notNames.contains(tokens[start - 2].lower), !tokens[start - 2].flags.contains(.officeStart) else { return nil }
        var k = start - 2
        while k > 0, k > start - 4, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized,
              !NameParser.notNames.contains(tokens[k - 1].lower) { k -= 1 }
        return (bodyName(tokens[k..<(start - 1)]), k)
    }

    /// A country's armed and police bodies, which own their offices: "Sudanese army spokesman".
    static let forceNouns: Set<String> = ["army", "navy", "military", "police"]

    /// Common nouns of a country's bodies that may stand before an office: "government spokesman".
    static let bodyModifiers: Set<String> = ["government", "army", "military", "police", "presidential", "palace", "cabinet",
                                             "ministry", "embassy", "navy", "junta",
                                             // A chamber's: "former lower house speaker Roberto Fico".
                                             "house"]

    /// "the province's chief electoral officer": a province or state the article names owns the office.
    static let regionNouns: Set<String> = ["province", "state"]

    /// A body named by a common noun in the possessive, owning the office after it: "the
    /// agency's executive director", "the electoral commission's chief" (one modifier of those
    /// that make a body's name: `ownerModifiers`). Returns the owner (`TitlePhrase.ownedBy`) and
    /// the token after the possessive.
    @inline(never)
    static func ownerPhrase(at i: Int, in tokens: [Token]) -> (String, Int)? {
        func owns(_ w: String) -> Bool { Lexicon.organizationNouns.contains(w) || organizationNouns.contains(w) || regionNouns.contains(w) }
        if tokens[i + 1].kind == .possessive, owns(tokens[i].lower) { return (TitlePhrase.ownedBy(tokens[i].lower), i + 2) }
        if i + 3 < tokens.count, tokens[i + 2].kind == .possessive, tokens[i + 1].kind == .word, tokens[i + 1].isLowercase,
           ownerModifiers.contains(tokens[i].lower), owns(tokens[i + 1].lower) {
            return (TitlePhrase.ownedBy(tokens[i].lower + " " + tokens[i + 1].lower), i + 3)
        }
        return nil
    }

    /// Modifiers that make a common noun a body's name: "the electoral commission", "the
    /// national police", "the central bank".
    static let ownerModifiers: Set<String> = ["electoral", "election", "constitutional", "supreme", "central", "federal",
                                             "national", "anti-corruption", "statistics", "ethics", "competition",
                                             "securities", "audit", "elections", "border", "customs", "revenue"]
    /// Bodies named by their owner's office: "the president's office", "the prime minister's staff".
    static let ownedBodyNouns: Set<String> = ["office", "cabinet", "chancellery", "administration", "staff", "team", "campaign"]

    /// Nouns of bodies whose offices news writes with the noun before them: "commission chairman".
    static let ownedOfficeNouns: Set<String> = ["commission", "committee", "council", "board", "union", "party", "bank",
                                                "agency", "court", "tribunal", "authority", "assembly", "senate", "parliament",
                                                // "department director Bradley Wieferich"
                                                "department"]

    /// "32nd", "1st", "third": a count of holders before an office.
    static let ordinalWords: Set<String> = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
    static func isOrdinal(_ t: Token) -> Bool {
        if t.startsWithDigit { return ["st", "nd", "rd", "th"].contains { t.lower.hasSuffix($0) } && t.lower.dropLast(2).allSatisfy(\.isNumber) }
        // (Their lengths first: most words are none of these.)
        let n = t.text.utf8.count
        return n >= 5 && n <= 7 && ordinalWords.contains(t.lower)
    }

    /// "ministry" or "department", any case (compared, not hashed: asked at many tokens).
    static func isMinistryWord(_ t: Token) -> Bool { t.lower == "ministry" || t.lower == "department" }

    /// A known portfolio of one to three words before "minister" or "secretary" that the
    /// office lexicon does not already join to it ("commerce secretary", "Agriculture
    /// Minister", "internal affairs minister"; not "Foreign Secretary"): the portfolio,
    /// normalized, and its length in tokens.
    static func prefixPortfolio(at i: Int, in tokens: [Token]) -> (String, Int)? {
        // (The office word first, within three words: most portfolio words are common words.)
        guard i + 1 < tokens.count, tokens[i].flags.contains(.portfolioStart) else { return nil }
        guard (i + 1...min(i + 4, tokens.count - 1)).contains(where: { tokens[$0].lower == "minister" || tokens[$0].lower == "secretary" })
        else {
            // ("Finance, Economic Development and Investment Promotion Minister": a longer list.)
            return tokens[i].isCapitalized && (i + 1...min(i + 3, tokens.count - 1)).contains(where: { tokens[$0].isComma })
                && (i + 1..<min(i + 14, tokens.count)).contains(where: { tokens[$0].lower == "minister" || tokens[$0].lower == "secretary" })
                ? joinedPrefixPortfolio(at: i, in: tokens) : nil
        }
        guard let (portfolio, n) = readKnownPortfolio(at: i, in: tokens) else { return nil }
        guard i + n < tokens.count, ["minister", "secretary"].contains(tokens[i + n].lower), !opensOffice(at: i, in: tokens)
        else { return i + n < tokens.count && tokens[i + n].lower == "and" ? joinedPrefixPortfolio(at: i, in: tokens) : nil }
        // Both words capitalized or both lower case: not "Trade secretary".
        guard tokens[i].isCapitalized == tokens[i + n].isCapitalized else { return nil }
        return (portfolio, n)
    }

    /// "Tourism and Antiquities Minister", "Foreign Affairs and Trade Minister", "Finance, Economic
    /// Development and Investment Promotion Minister": capitalized portfolios joined by commas
    /// and a last "and" before "Minister" or "Secretary" (the first one known to the lexicon).
    @inline(never)
    static func joinedPrefixPortfolio(at i: Int, in tokens: [Token]) -> (String, Int)? {
        guard tokens[i].isCapitalized, let (first, n) = readKnownPortfolio(at: i, in: tokens) else { return nil }
        func isOffice(_ k: Int) -> Bool { tokens[k].lower == "minister" || tokens[k].lower == "secretary" }
        var text = first
        var k = i + n
        for _ in 0..<5 {
            guard k + 1 < tokens.count, tokens[k].isComma || tokens[k].lower == "and" else { return nil }
            // ("Finance, Trade, and Industry": a comma before the last "and" too.)
            if tokens[k].isComma, tokens[k + 1].lower == "and" { k += 1 }
            let last = tokens[k].lower == "and"
            // Each part: one to three capitalized words ("Labor and Social Security Minister").
            var e = k + 1
            while e < tokens.count, e < k + 4, tokens[e].isCapitalized, !isOffice(e) { e += 1 }
            guard e > k + 1, e < tokens.count else { return nil }
            let words = tokens[(k + 1)..<e].map(\.text).joined(separator: " ")
            // ("Finance and Treasury Minister": a later part without the article of its canonical
            // name, "the Treasury".)
            let known = Lexicon.portfolios[words.lowercased()].map { $0.hasPrefix("the ") ? String($0.dropFirst(4)) : $0 }
            text += (last ? " and " : ", ") + (known ?? words)
            k = e
            if last {
                guard isOffice(k), tokens[k].isCapitalized else { return nil }
                return (text, k - i)
            }
        }
        return nil
    }

    /// Whether the office read at `i` is an occupation ("Chief Executive", "head coach"), not a
    /// public office (a government's "Chief Executive" is one).
    @inline(never)
    static func isAnOccupation(at i: Int, _ length: Int, _ office: String, _ organization: String?, in tokens: [Token]) -> Bool {
        guard let n = Lexicon.occupation(at: i, in: tokens), n >= length, office != "Attorney" else { return false }
        return !governmentsChiefExecutive(office, organization)
    }

    /// Whether "Chief Executive" is a government's head: "Hong Kong's Chief Executive" (a
    /// jurisdiction owns it), not a company's.
    @inline(never)
    static func governmentsChiefExecutive(_ office: String, _ organization: String?) -> Bool {
        guard office == "Chief Executive", let o = organization else { return false }
        return Lexicon.jurisdictionByName[o] != nil && Lexicon.bodies[o] == nil
    }

    /// A portfolio of one to three words from the lexicon only: "foreign", "home affairs".
    static func readKnownPortfolio(at start: Int, in tokens: [Token]) -> (String, Int)? {
        var best: (String, Int)?
        var text = ""
        var k = start
        while k < tokens.count, k < start + 3, tokens[k].kind == .word {
            text += (k == start ? "" : " ") + tokens[k].lower
            if let p = Lexicon.portfolios[text] { best = (p, k + 1 - start) }
            k += 1
        }
        return best
    }

    /// "the", "a", "an", "his", "her", "their": what may open an office phrase before its words.
    /// (A switch: an array literal here was built and freed at every word of every sentence.)
    static func isDeterminer(_ lower: String) -> Bool {
        switch lower {
        case "the", "a", "an", "his", "her", "their": return true
        default: return false
        }
    }

    /// "Canadian identity and culture" at `k`: a country's adjective, then one or two words in
    /// lower case (joined by "and"), up to a comma or the sentence's end; the portfolio in
    /// capitals and its length.
    @inline(never)
    static func adjectivesPortfolio(at k: Int, in tokens: [Token]) -> (String, Int)? {
        guard tokens[k].flags.contains(.jurisdictionAdjective), Lexicon.jurisdictionAdjective(tokens[k]) != nil else { return nil }
        var words = [tokens[k].text]
        var m = k + 1
        var joined = false
        while m < tokens.count, m < k + 5, tokens[m].kind == .word, tokens[m].isLowercase,
              tokens[m].flags.isDisjoint(with: [.reportingForm, .dateOpening]) {
            if tokens[m].lower == "and" {
                // (One "and" inside it; a second one joins what follows: "… and culture and a former …".)
                if joined || words.count == 1 { break }
                joined = true
            }
            words.append(tokens[m].lower)
            m += 1
        }
        if words.last == "and" { words.removeLast(); m -= 1 }
        // (Up to a comma, the end, or an "and" that joins another phrase: "of Canadian origin said"
        // is no portfolio.)
        guard words.count >= 2, words.last != "and",
              m == tokens.count || tokens[m].isClauseBreak || tokens[m].is(".") || tokens[m].lower == "and" else { return nil }
        return (words.map(normalizeWord).joined(separator: " "), m - k)
    }

    /// "for Defence" at `k`, after "of State": the known portfolio and the tokens read.
    @inline(never)
    static func stateFor(at k: Int, in tokens: [Token]) -> (String, Int)? {
        guard k + 1 < tokens.count, tokens[k].lower == "for", let (field, n) = readKnownPortfolio(at: k + 1, in: tokens) else { return nil }
        return (field, n + 1)
    }

    /// "Foreign Affairs", "Defence", "the Interior": a portfolio, normalized.
    static func readPortfolio(at start: Int, in tokens: [Token]) -> (String, Int)? {
        var i = start
        if i < tokens.count, tokens[i].lower == "the" { i += 1 }
        // Longest known portfolio (up to three words), unless "and" joins another: "Internal
        // Affairs and Migration".
        if let (portfolio, n) = readKnownPortfolio(at: i, in: tokens),
           !(i + n + 1 < tokens.count && tokens[i + n].lower == "and" && tokens[i + n + 1].isCapitalized) || andOpensOffice(at: i + n, in: tokens),
           !(i + n < tokens.count && tokens[i + n].isComma && commaListAhead(at: i + n, in: tokens)) {
            // "The Minister of State for Defence": a junior minister's portfolio after "of State"
            // (India's, Nigeria's, Britain's).
            if portfolio == "State", let (field, m) = stateFor(at: i + n, in: tokens) { return ("State for " + field, n + m + i - start) }
            return (portfolio, n + i - start)
        }
        // Otherwise capitalized words, "and" between them: "Foreign Affairs and Security Policy".
        // ("Housing, Local Government and Heritage": commas between them before a last "and".)
        var words: [String] = []
        var positions: [Int] = []
        var commas = 0
        var k = i
        while k < tokens.count, tokens[k].isCapitalized || (tokens[k].lower == "and" && !words.isEmpty && k + 1 < tokens.count && tokens[k + 1].isCapitalized)
                || tokens[k].isComma && !words.isEmpty && commaListAhead(at: k, in: tokens) {
            if tokens[k].isComma {
                words[words.count - 1] += ","
                commas += 1
                k += 1
                continue
            }
            // (But a list's last portfolio may be a one-word office too: "… and Justice".)
            if Lexicon.offices[tokens[k].lower] != nil && !words.isEmpty && !(words.last == "and" && Lexicon.portfolios[tokens[k].lower] != nil) { break }
            if andOpensOffice(at: k, in: tokens) { break }
            // ("Minister of Finance and National Economy Shaikh Salman …": an honorific opens the name.)
            if tokens[k].flags.contains(.honorific), !words.isEmpty { break }
            words.append(tokens[k].text)
            positions.append(k)
            k += 1
            if words.count >= 7 + commas { break }
        }
        guard !words.isEmpty else { return nil }
        // "the minister of Canadian identity and culture": a country's adjective opens a portfolio
        // written in lower case.
        if words.count == 1, let (field, n) = adjectivesPortfolio(at: positions[0], in: tokens) { return (field, n + positions[0] - start) }
        // "Minister of Agriculture Jane Doe": a name follows a title directly.
        // ("Secretary for Economy and Finance Tai Kin Ip": after a list of known portfolios, the
        // rest is the name, however many words it has.)
        let cut = knownPortfolioList(words) ?? nameCut(words, tokens: tokens, end: k)
        guard cut > 0 else { return nil }
        let portfolio = words.prefix(cut).map { $0.hasSuffix(",") ? normalizeWord(String($0.dropLast())) + "," : normalizeWord($0) }
        return (portfolio.joined(separator: " "), positions[cut - 1] + 1 - start)
    }

    /// The words of known portfolios joined by "and" that open `words` ("Economy and Finance"),
    /// when two name words or more follow them; else nil.
    @inline(never)
    static func knownPortfolioList(_ words: [String]) -> Int? {
        guard words.count >= 5, words[1] == "and", Lexicon.portfolios[words[0].lowercased()] != nil,
              Lexicon.portfolios[words[2].lowercased()] != nil,
              words[3...].allSatisfy({ $0.first?.isUppercase == true && Lexicon.portfolios[$0.lowercased()] == nil && !$0.hasSuffix(",") })
        else { return nil }
        return 3
    }

    /// "Minister for Finance" → "Minister of Finance", "Secretary for Security Chris Tang" →
    /// "Secretary of Security", "Minister for Regulation David Seymour" → "Minister of
    /// Regulation": one spelling for a portfolio's minister; nil for other offices.
    /// ("Coordinating Minister for Food Affairs": any minister's.)
    @inline(never)
    static func ofForm(_ office: String, _ preposition: String, _ portfolio: String) -> String? {
        guard preposition == "for", office == "Minister" || office == "Secretary" || office.hasSuffix(" Minister") else { return nil }
        return office + " of " + portfolio
    }

    /// Whether the comma at `k` stands in a list of capitalized portfolios that ends with "and"
    /// and one more: "Housing, Local Government and Heritage" (not "Finance, Mthuli Ncube, said").
    static func commaListAhead(at k: Int, in tokens: [Token]) -> Bool {
        var m = k + 1
        while m < tokens.count, m < k + 10, tokens[m].isCapitalized || tokens[m].isComma { m += 1 }
        return m > k + 1 && m + 1 < tokens.count && tokens[m].lower == "and" && tokens[m + 1].isCapitalized && !andOpensOffice(at: m, in: tokens)
    }

    /// "and" before a second office: "Minister of Finance and Coordinating Minister of the
    /// Economy" holds two offices, not a portfolio "Finance and Coordinating".
    static func andOpensOffice(at k: Int, in tokens: [Token]) -> Bool {
        guard k < tokens.count, tokens[k].lower == "and" else { return false }
        var m = k + 1
        while m < tokens.count, m <= k + 3, tokens[m].isCapitalized {
            // ("Business, Mineral Resources and Justice Naaja Nathanielsen": "Justice" is a portfolio here.)
            if opensOffice(at: m, in: tokens) { return true }
            m += 1
        }
        return false
    }

    /// Bodies and divisions named by a number after them: "Local 615", "Sector 6", "Ward 4".
    static let numberedDivisions: Set<String> = ["Local", "Sector", "District", "Ward", "Precinct", "Zone"]

    /// "the American mission to NATO", "NATO", "Pristina", "the European Commission":
    /// the organization, normalized ("US Mission to NATO").
    static func readOrganization(at start: Int, in tokens: [Token]) -> (String, Int)? {
        var i = start
        if i < tokens.count, tokens[i].lower == "the" { i += 1 }
        if let named = describedBody(at: i, in: tokens) { i = named }
        // "the leader of Mazón's conservative Popular Party", "the director of WHO's Global
        // Tuberculosis Programme": a body of two or more capitalized words after its owner's
        // possessive is the one meant (not "Kosovo's Assembly", "People's Party").
        var owner = i
        while owner < tokens.count, owner < i + 3, tokens[owner].kind == .word, tokens[owner].isCapitalized || tokens[owner].isAllCaps { owner += 1 }
        if owner > i, owner < tokens.count, tokens[owner].kind == .possessive {
            var q = owner + 1
            while q < tokens.count, q < owner + 3, tokens[q].kind == .word, tokens[q].isLowercase { q += 1 }
            if q + 1 < tokens.count, tokens[q].kind == .word, tokens[q].isCapitalized, tokens[q + 1].kind == .word, tokens[q + 1].isCapitalized {
                i = q
            }
        } else if owner == i, i > start, i + 2 < tokens.count, tokens[i].kind == .word, tokens[i].isLowercase,
                  tokens[i + 1].kind == .possessive, tokens[i + 2].kind == .word, tokens[i + 2].isCapitalized {
            // "the chief justice of the province's Supreme Court", "president of the country's Senate":
            // a body after a common noun's possessive.
            i += 2
        }
        var words: [String] = []
        var k = i
        while k < tokens.count, words.count < 8 {
            let t = tokens[k]
            if t.kind == .word, t.isCapitalized || t.isAllCaps {
                words.append(t.text)
                k += 1
                continue
            }
            // "the Milano Cortina 2026 Foundation": a number between capitalized words of the name.
            // ("Amalgamated Transit Union Local 615": or a union local's number; "the mayor of Sector
            // 6": a numbered division's.)
            if t.kind == .number, !words.isEmpty, k + 1 < tokens.count && tokens[k + 1].kind == .word && tokens[k + 1].isCapitalized
                || words.last.map({ Self.numberedDivisions.contains($0) }) == true {
                words.append(t.text)
                k += 1
                continue
            }
            // "the opposition Progressive Slovakia party": "party" in lower case describes the name
            // after it, as the keys have it ("Sanseito"), unless more of the name follows.
            if t.kind == .word, t.lower == "party", t.isLowercase, !words.isEmpty,
               !(k + 1 < tokens.count && (tokens[k + 1].lower == "of" || tokens[k + 1].isCapitalized)) {
                break
            }
            // "International Longshoremen's Association", "People's Party": a possessive inside
            // the name (not a place's: "Kosovo's Assembly" is the assembly of Kosovo).
            if t.kind == .possessive, let last = words.last, last.first?.isUppercase == true,
               Lexicon.jurisdictionByName[last] == nil, k + 1 < tokens.count, tokens[k + 1].isCapitalized,
               tokens[k + 1].kind == .word, !ownsAWorkNotABody(after: k, in: tokens) {
                words[words.count - 1] += t.text
                k += 1
                continue
            }
            if t.kind == .word, organizationNouns.contains(t.lower), !words.isEmpty || k + 1 < tokens.count {
                words.append(t.lower)
                k += 1
                continue
            }
            // "the Senate blue ribbon committee": one or two words in lower case before a body's noun.
            if t.kind == .word, t.isLowercase, !words.isEmpty, k + 2 < tokens.count,
               let n = (1...2).first(where: { tokens[k + $0].kind == .word && tokens[k + $0].isLowercase && organizationNouns.contains(tokens[k + $0].lower) }),
               n == 1 || tokens[k + 1].kind == .word && tokens[k + 1].isLowercase {
                words += tokens[k..<(k + n)].map(\.lower)
                k += n
                continue
            }
            if t.kind == .word, ["to", "for", "of", "on"].contains(t.lower), !words.isEmpty, k + 1 < tokens.count,
               tokens[k + 1].isCapitalized || tokens[k + 1].isAllCaps || tokens[k + 1].lower == "the",
               // "Prime Minister of Australia on Saturday": a day or month after it is a time, not a name.
               !tokens[k + 1].flags.contains(.month), Weekday.number(tokens[k + 1].lower) == nil {
                words.append(t.lower)
                k += 1
                continue
            }
            if t.kind == .word, t.lower == "the", !words.isEmpty, ["to", "for", "of", "on"].contains(words.last!) {
                words.append("the")
                k += 1
                continue
            }
            // "the Punjab and Haryana High Court": an "and" inside a name that a body's noun ends.
            // ("the Centers for Medicare & Medicaid Services": or an ampersand.)
            // ("the Centers for Disease Control and Prevention": or the last of what a name is "for".)
            if t.kind == .word && t.lower == "and" || t.is("&"), !words.isEmpty,
               andJoinsABodysName(k, in: tokens) || words.contains("for") && andEndsAName(k, in: tokens) {
                words.append(t.text)
                k += 1
                continue
            }
            break
        }
        while let last = words.last, smallWords.contains(last) { words.removeLast(); k -= 1 }
        guard !words.isEmpty else { return nil }
        // "the Council of Representatives Ahmed bin Salman Al Musallam": a particle after the last
        // capitalized word says a name began with it.
        if words.count >= 2, k + 1 < tokens.count, tokens[k].flags.contains(.particle), tokens[k].isLowercase, tokens[k + 1].isCapitalized,
           tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized, !Lexicon.institutionWords.contains(tokens[k - 1].lower) {
            words.removeLast()
            k -= 1
        }
        let cut = nameCut(words, tokens: tokens, end: k)
        k -= words.count - cut
        words = Array(words.prefix(cut))
        while let last = words.last, smallWords.contains(last) { words.removeLast(); k -= 1 }
        guard !words.isEmpty else { return nil }
        // A lone lower-case noun is not an organization ("head of mission").
        if words.allSatisfy({ $0.first!.isLowercase }) { return nil }
        let normalized = words.map(normalizeWord)
        let text = normalized.joined(separator: " ")
        return (Lexicon.jurisdictionByName[text] ?? Lexicon.jurisdictionByName[words.joined(separator: " ")] ?? text, k - start)
    }

    /// Whether the "and" at `k` joins capitalized words that a body's noun ends within four
    /// words: "Punjab and Haryana High Court".
    static func andJoinsABodysName(_ k: Int, in tokens: [Token]) -> Bool {
        var j = k + 1
        while j < tokens.count, j <= k + 4, tokens[j].kind == .word, tokens[j].isCapitalized {
            if Lexicon.namesABody(tokens[j].lower) { return true }
            j += 1
        }
        return false
    }

    /// Whether one or two capitalized words after the "and" at `k` end a body's name, nothing
    /// capitalized after them and no office among them ("… Disease Control and Prevention,").
    @inline(never)
    static func andEndsAName(_ k: Int, in tokens: [Token]) -> Bool {
        var j = k + 1
        while j < tokens.count, j <= k + 2, tokens[j].kind == .word, tokens[j].isCapitalized, !tokens[j].isAllCaps,
              !tokens[j].flags.contains(.givenName), Lexicon.office(at: j, in: tokens) == nil { j += 1 }
        return j > k + 1 && (j == tokens.count || tokens[j].kind == .punctuation || tokens[j].isLowercase)
    }

    /// "the Pew Charitable Trusts' Antarctic and Southern Ocean work": capitalized words after
    /// a possessive that a common noun ends (not a body's, nor a verb) name what the body owns,
    /// and the body ends at the possessive.
    @inline(never)
    static func ownsAWorkNotABody(after possessive: Int, in tokens: [Token]) -> Bool {
        var k = possessive + 1
        while k < tokens.count, k < possessive + 6, tokens[k].kind == .word, tokens[k].isCapitalized || tokens[k].lower == "and" { k += 1 }
        return k < tokens.count && tokens[k].kind == .word && tokens[k].isLowercase && workNouns.contains(tokens[k].lower)
    }
    static let workNouns: Set<String> = ["work", "program", "programme", "project", "projects", "campaign", "initiative",
                                         "research", "team", "desk", "unit", "division", "portfolio", "efforts", "policy"]

    /// Where a person's name that follows an organization or portfolio begins, as a
    /// count of words to keep: after the longest known body or jurisdiction when name-like
    /// words follow it, else before the last two of three or more trailing capitalized
    /// words ("Mayor of Pristina Shpend Ahmeti" keeps "Pristina").
    static func nameCut(_ words: [String], tokens: [Token], end: Int) -> Int {
        func nameLike(_ w: String) -> Bool {
            // A possessive inside a name belongs to a body ("Longshoremen’s Association").
            guard let f = w.first, f.isUppercase, !w.hasSuffix("’s"), !w.hasSuffix("'s") else { return false }
            // ("the Coalition to Restore Coastal Louisiana": nor a US state's name.)
            return !Lexicon.institutionWords.contains(w.lowercased()) && !Lexicon.bodyFinalWords.contains(w.lowercased())
                && Lexicon.jurisdictionByName[w] == nil && Lexicon.usStates[w] == nil
                && !(w.count >= 2 && w.allSatisfy { $0.isUppercase })
        }
        // "the Association of German Transport Companies (VDV)": words before their short form in
        // parentheses are all the body's.
        if end + 2 < tokens.count, tokens[end].is("("), tokens[end + 1].isAllCaps, tokens[end + 2].is(")") { return words.count }
        // "the Fiji Cane Growers Association": words that end on a body's noun name no person.
        if let last = words.last?.lowercased(), Lexicon.namesABody(last) || Lexicon.bodyFinalWords.contains(last) { return words.count }
        for n in stride(from: words.count - 1, through: 1, by: -1) {
            let prefix = words.prefix(n).joined(separator: " ")
            if Lexicon.jurisdictionByName[prefix] != nil || Lexicon.bodies[prefix] != nil, nameLike(words[n]) { return n }
        }
        var run = 0
        for w in words.reversed() { if nameLike(w) { run += 1 } else { break } }
        // "Minister of Territorial Administration Paul Atanga Nji": three name-like words after
        // a body's word are all the name.
        if run == 3, run < words.count, Lexicon.institutionWords.contains(words[words.count - 4].lowercased()) { return words.count - 3 }
        if run >= 3 || (run == 2 && run < words.count && words[words.count - 3].first!.isUppercase) { return words.count - 2 }
        return words.count
    }

    /// One spelling per word: "Defence" → "Defense", "American" → "US", "mission" → "Mission".
    static func normalizeWord(_ word: String) -> String {
        switch word.lowercased() {
        case "defence": return "Defense"
        case "american", "u.s.", "u.s", "usa", "u.s.a.", "us": return "US"
        default: break
        }
        if smallWords.contains(word.lowercased()) { return word.lowercased() }
        return titleCase(word)
    }

    static func titleCase(_ word: String) -> String {
        guard let first = word.first, first.isLowercase else { return word }
        return first.uppercased() + word.dropFirst()
    }
}
