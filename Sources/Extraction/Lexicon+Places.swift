/// Words of English that the extractors look up. Each lexicon lives in one file with
/// the rules that use it described beside it.
public enum Lexicon {}

// MARK: - Jurisdictions and bodies

extension Lexicon {
    /// Countries and territories, with the adjectives English derives from them.
    /// "American" → United States, "Greek" → Greece; used to read the organization of
    /// an office ("German Ambassador", "Kosovo’s Minister") and to refuse place names
    /// as people. A country is filed under the name English-language news writes (Turkey,
    /// Czech Republic, Cape Verde, Ivory Coast, Democratic Republic of Congo), its official name an alias.
    static let countryTable: [(name: String, adjectives: [String], aliases: [String])] = [
        ("Afghanistan", ["Afghan"], []), ("Albania", ["Albanian"], []), ("Algeria", ["Algerian"], []),
        ("Andorra", ["Andorran"], []), ("Angola", ["Angolan"], []), ("Argentina", ["Argentine", "Argentinian"], []),
        ("Armenia", ["Armenian"], []), ("Australia", ["Australian"], []), ("Austria", ["Austrian"], []),
        ("Azerbaijan", ["Azerbaijani", "Azeri"], []), ("Bahrain", ["Bahraini"], []), ("Bangladesh", ["Bangladeshi"], []),
        ("Belarus", ["Belarusian"], []), ("Belgium", ["Belgian"], []), ("Bolivia", ["Bolivian"], []),
        ("Bosnia and Herzegovina", ["Bosnian"], ["Bosnia"]), ("Brazil", ["Brazilian"], []), ("Bulgaria", ["Bulgarian"], []),
        ("Cambodia", ["Cambodian"], []), ("Cameroon", ["Cameroonian"], []), ("Canada", ["Canadian"], []),
        ("Chile", ["Chilean"], []), ("China", ["Chinese"], []), ("Colombia", ["Colombian"], []), ("Croatia", ["Croatian"], []),
        ("Cuba", ["Cuban"], []), ("Cyprus", ["Cypriot"], []), ("Czech Republic", ["Czech"], ["Czechia"]),
        ("Denmark", ["Danish"], []), ("Ecuador", ["Ecuadorian"], []), ("Egypt", ["Egyptian"], []), ("Estonia", ["Estonian"], []),
        ("Ethiopia", ["Ethiopian"], []), ("Finland", ["Finnish"], []), ("France", ["French"], []), ("Georgia", ["Georgian"], []),
        ("Germany", ["German"], []), ("Ghana", ["Ghanaian"], []), ("Greece", ["Greek"], []), ("Hungary", ["Hungarian"], []),
        ("Iceland", ["Icelandic"], []), ("India", ["Indian"], []), ("Indonesia", ["Indonesian"], []), ("Iran", ["Iranian"], []),
        ("Iraq", ["Iraqi"], []), ("Ireland", ["Irish"], []), ("Israel", ["Israeli"], []), ("Italy", ["Italian"], []),
        ("Japan", ["Japanese"], []), ("Jordan", ["Jordanian"], []), ("Kazakhstan", ["Kazakh"], []), ("Kenya", ["Kenyan"], []),
        ("Kosovo", ["Kosovar", "Kosovan"], []), ("Kuwait", ["Kuwaiti"], []), ("Latvia", ["Latvian"], []),
        ("Lebanon", ["Lebanese"], []), ("Libya", ["Libyan"], []), ("Lithuania", ["Lithuanian"], []),
        ("Luxembourg", ["Luxembourgish"], []), ("Malaysia", ["Malaysian"], []), ("Malta", ["Maltese"], []),
        ("Mexico", ["Mexican"], []), ("Moldova", ["Moldovan"], []), ("Montenegro", ["Montenegrin"], []),
        ("Morocco", ["Moroccan"], []), ("Netherlands", ["Dutch"], ["Holland"]), ("New Zealand", [], []),
        ("Nigeria", ["Nigerian"], []), ("North Korea", ["North Korean"], []), ("North Macedonia", ["Macedonian"], ["Macedonia"]),
        ("Norway", ["Norwegian"], []), ("Oman", ["Omani"], []), ("Pakistan", ["Pakistani"], []), ("Palestine", ["Palestinian"], []),
        ("Peru", ["Peruvian"], []), ("Philippines", ["Philippine", "Filipino"], []), ("Poland", ["Polish"], []),
        ("Portugal", ["Portuguese"], []), ("Qatar", ["Qatari"], []), ("Romania", ["Romanian"], []), ("Russia", ["Russian"], []),
        ("Saudi Arabia", ["Saudi"], []), ("Serbia", ["Serbian", "Serb"], []), ("Singapore", ["Singaporean"], []),
        ("Slovakia", ["Slovak", "Slovakian"], []), ("Slovenia", ["Slovenian", "Slovene"], []), ("Somalia", ["Somali"], []),
        ("South Africa", ["South African"], []), ("South Korea", ["South Korean", "Korean"], ["Korea"]), ("Spain", ["Spanish"], []),
        ("Sudan", ["Sudanese"], []), ("Sweden", ["Swedish"], []), ("Switzerland", ["Swiss"], []), ("Syria", ["Syrian"], []),
        ("Taiwan", ["Taiwanese"], []), ("Hong Kong", [], []), ("Macau", ["Macanese"], ["Macao"]), ("Thailand", ["Thai"], []), ("Tunisia", ["Tunisian"], []), ("Turkey", ["Turkish"], ["Türkiye"]),
        ("Ukraine", ["Ukrainian"], []), ("United Arab Emirates", ["Emirati"], ["UAE"]),
        ("United Kingdom", ["British"], ["UK", "U.K.", "Britain", "Great Britain"]),
        ("United States", ["American", "US", "U.S.", "USA", "U.S.A."], ["US", "U.S.", "USA", "U.S.A.", "America", "Washington"]),
        ("Uzbekistan", ["Uzbek"], []), ("Venezuela", ["Venezuelan"], []), ("Vietnam", ["Vietnamese"], []),
        ("Yemen", ["Yemeni"], []), ("Zimbabwe", ["Zimbabwean"], []),
        // The other member states of the United Nations. (Chad is a given name too, "Chad Wolf",
        // as Jordan and Israel are: `NameParser.givenNamePlaces` reads it first before a name word.)
        ("Chad", ["Chadian"], []),
        ("Antigua and Barbuda", ["Antiguan"], ["Antigua"]), ("Bahamas", ["Bahamian"], []), ("Barbados", ["Barbadian"], []),
        ("Belize", ["Belizean"], []), ("Benin", ["Beninese"], []), ("Bhutan", ["Bhutanese"], []),
        ("Botswana", ["Botswanan"], []), ("Brunei", ["Bruneian"], []), ("Burkina Faso", ["Burkinabe"], []),
        ("Burundi", ["Burundian"], []), ("Cape Verde", ["Cape Verdean"], ["Cabo Verde"]),
        ("Central African Republic", [], []), ("Comoros", ["Comorian"], []), ("Costa Rica", ["Costa Rican"], []),
        ("Democratic Republic of Congo", ["Congolese"], ["Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa"]),
        ("Republic of Congo", [], ["Congo-Brazzaville", "Republic of the Congo"]),
        ("Ivory Coast", ["Ivorian"], ["Côte d'Ivoire", "Côte d’Ivoire"]), ("Djibouti", ["Djiboutian"], []),
        ("Dominica", [], []), ("Dominican Republic", ["Dominican"], []), ("El Salvador", ["Salvadoran"], []),
        ("Equatorial Guinea", ["Equatoguinean"], []), ("Eritrea", ["Eritrean"], []), ("Eswatini", ["Swazi"], ["Swaziland"]),
        ("Fiji", ["Fijian"], []), ("Gabon", ["Gabonese"], []), ("Gambia", ["Gambian"], []), ("Grenada", ["Grenadian"], []),
        ("Guatemala", ["Guatemalan"], []), ("Guinea", ["Guinean"], []), ("Guinea-Bissau", [], []),
        ("Guyana", ["Guyanese"], []), ("Haiti", ["Haitian"], []), ("Honduras", ["Honduran"], []),
        ("Jamaica", ["Jamaican"], []), ("Kiribati", [], []), ("Kyrgyzstan", ["Kyrgyz"], []), ("Laos", ["Lao", "Laotian"], []),
        ("Lesotho", [], []), ("Liberia", ["Liberian"], []), ("Liechtenstein", [], []), ("Madagascar", ["Malagasy"], []),
        ("Malawi", ["Malawian"], []), ("Maldives", ["Maldivian"], []), ("Mali", ["Malian"], []),
        ("Marshall Islands", [], []), ("Mauritania", ["Mauritanian"], []), ("Mauritius", ["Mauritian"], []),
        ("Micronesia", ["Micronesian"], []), ("Monaco", ["Monegasque"], []), ("Mongolia", ["Mongolian"], []),
        ("Mozambique", ["Mozambican"], []), ("Myanmar", ["Burmese"], ["Burma"]), ("Namibia", ["Namibian"], []),
        ("Nauru", [], []), ("Nepal", ["Nepali", "Nepalese"], []), ("Nicaragua", ["Nicaraguan"], []),
        ("Niger", ["Nigerien"], []), ("Palau", [], []), ("Panama", ["Panamanian"], []),
        ("Papua New Guinea", ["Papua New Guinean"], ["PNG"]), ("Paraguay", ["Paraguayan"], []), ("Rwanda", ["Rwandan"], []),
        ("Saint Kitts and Nevis", [], []), ("Saint Lucia", [], []), ("Saint Vincent and the Grenadines", [], []),
        ("Samoa", ["Samoan"], []), ("San Marino", [], []), ("São Tomé and Príncipe", [], []),
        ("Senegal", ["Senegalese"], []), ("Seychelles", [], []), ("Sierra Leone", ["Sierra Leonean"], []),
        ("Solomon Islands", [], []), ("South Sudan", ["South Sudanese"], []), ("Sri Lanka", ["Sri Lankan"], []),
        ("Suriname", ["Surinamese"], []), ("Tajikistan", ["Tajik"], []), ("Tanzania", ["Tanzanian"], []),
        ("Timor-Leste", [], ["East Timor"]), ("Togo", ["Togolese"], []), ("Tonga", ["Tongan"], []),
        ("Trinidad and Tobago", ["Trinidadian"], ["Trinidad"]), ("Turkmenistan", ["Turkmen"], []), ("Tuvalu", [], []),
        ("Uganda", ["Ugandan"], []), ("Uruguay", ["Uruguayan"], []), ("Vanuatu", [], []),
        ("Vatican", [], ["Holy See"]), ("Zambia", ["Zambian"], []),
        // Territories with governments of their own, whose offices the news names as a country's.
        ("Greenland", ["Greenlandic"], []), ("Faroe Islands", ["Faroese"], []),
    ]

    /// The US cities AP datelines name without their state ("PITTSBURGH (AP) —"), → the state.
    static let standAloneDatelineCities: [String: String] = [
        "ATLANTA": "Georgia", "BALTIMORE": "Maryland", "BOSTON": "Massachusetts", "CHICAGO": "Illinois",
        "CINCINNATI": "Ohio", "CLEVELAND": "Ohio", "DALLAS": "Texas", "DENVER": "Colorado", "DETROIT": "Michigan",
        "HONOLULU": "Hawaii", "HOUSTON": "Texas", "INDIANAPOLIS": "Indiana", "LAS VEGAS": "Nevada",
        "LOS ANGELES": "California", "MIAMI": "Florida", "MILWAUKEE": "Wisconsin", "MINNEAPOLIS": "Minnesota",
        "NEW ORLEANS": "Louisiana", "NEW YORK": "New York", "OKLAHOMA CITY": "Oklahoma", "PHILADELPHIA": "Pennsylvania",
        "PHOENIX": "Arizona", "PITTSBURGH": "Pennsylvania", "ST. LOUIS": "Missouri", "ST LOUIS": "Missouri",
        "SALT LAKE CITY": "Utah", "SAN ANTONIO": "Texas", "SAN DIEGO": "California", "SAN FRANCISCO": "California",
        "SEATTLE": "Washington",
    ]

    /// International bodies: written forms → the name used as organization.
    static let bodies: [String: String] = [
        "NATO": "NATO", "North Atlantic Treaty Organization": "NATO", "EU": "European Union",
        "European Union": "European Union", "UN": "United Nations", "United Nations": "United Nations",
        "U.N.": "United Nations", "OSCE": "OSCE", "KFOR": "KFOR", "IMF": "IMF", "World Bank": "World Bank",
        "WHO": "WHO", "African Union": "African Union", "ASEAN": "ASEAN", "Council of Europe": "Council of Europe",
        "European Commission": "European Commission", "European Council": "European Council",
        "European Parliament": "European Parliament", "UN Security Council": "UN Security Council",
        "Security Council": "UN Security Council", "Arab League": "Arab League", "G7": "G7", "G20": "G20",
        "OECD": "OECD", "WTO": "WTO", "Federal Reserve": "Federal Reserve", "Fed": "Federal Reserve",
        "European Central Bank": "European Central Bank", "ECB": "European Central Bank", "Pentagon": "United States", "Kremlin": "Russia", "White House": "United States",
        // Central banks whose names hold no country's ("Bank of England" counts for the United
        // Kingdom as it is): "Bundesbank President Joachim Nagel".
        "Bundesbank": "Bundesbank", "Banque de France": "Banque de France",
    ]

    /// The states of the United States, by name and by the abbreviations AP style writes
    /// in datelines ("SACRAMENTO, Calif."): the organization of a state's offices
    /// ("California Gov. Gavin Newsom", "state Sen. Scott Wiener" in a Californian story).
    static let usStates: [String: String] = {
        let table: [(String, [String])] = [
            ("Alabama", ["Ala."]), ("Alaska", []), ("Arizona", ["Ariz."]), ("Arkansas", ["Ark."]), ("California", ["Calif."]),
            ("Colorado", ["Colo."]), ("Connecticut", ["Conn."]), ("Delaware", ["Del."]), ("Florida", ["Fla."]),
            ("Hawaii", []), ("Idaho", []), ("Illinois", ["Ill."]), ("Indiana", ["Ind."]), ("Iowa", []), ("Kansas", ["Kan."]),
            ("Kentucky", ["Ky."]), ("Louisiana", ["La."]), ("Maine", []), ("Maryland", ["Md."]), ("Massachusetts", ["Mass."]),
            ("Michigan", ["Mich."]), ("Minnesota", ["Minn."]), ("Mississippi", ["Miss."]), ("Missouri", ["Mo."]),
            ("Montana", ["Mont."]), ("Nebraska", ["Neb."]), ("Nevada", ["Nev."]), ("New Hampshire", ["N.H."]),
            ("New Jersey", ["N.J."]), ("New Mexico", ["N.M."]), ("New York", ["N.Y."]), ("North Carolina", ["N.C."]),
            ("North Dakota", ["N.D."]), ("Ohio", []), ("Oklahoma", ["Okla."]), ("Oregon", ["Ore."]), ("Pennsylvania", ["Pa."]),
            ("Rhode Island", ["R.I."]), ("South Carolina", ["S.C."]), ("South Dakota", ["S.D."]), ("Tennessee", ["Tenn."]),
            ("Texas", []), ("Utah", []), ("Vermont", ["Vt."]), ("Virginia", ["Va."]), ("Washington", ["Wash."]),
            ("West Virginia", ["W.Va."]), ("Wisconsin", ["Wis."]), ("Wyoming", ["Wyo."]),
        ]
        var states: [String: String] = [:]
        for (name, abbreviations) in table {
            states[name] = name
            for a in abbreviations { states[a] = name }
        }
        return states
    }()

    /// Canada's provinces, Australia's states and India's states, which have premiers, chief
    /// ministers and ministers of their own: "Ontario Premier Doug Ford", "Queensland Treasurer",
    /// "Bihar Chief Minister Nitish Kumar".
    static let provinces: Set<String> = [
        "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
        "New Brunswick", "Newfoundland and Labrador", "Newfoundland", "Prince Edward Island", "New South Wales", "Victoria", "Queensland",
        "Western Australia", "South Australia", "Tasmania",
        "Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa", "Gujarat", "Haryana",
        "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala", "Madhya Pradesh", "Maharashtra", "Manipur",
        "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Punjab", "Rajasthan", "Sikkim", "Tamil Nadu", "Telangana",
        "Tripura", "Uttar Pradesh", "Uttarakhand", "West Bengal", "Jammu and Kashmir", "Delhi",
        // Territories with premiers, and the provinces and states of South Africa and Malaysia.
        "Yukon", "Northwest Territories", "Nunavut", "Northern Territory", "Australian Capital Territory",
        "Western Cape", "Eastern Cape", "Northern Cape", "Gauteng", "KwaZulu-Natal", "Limpopo", "Mpumalanga",
        "Sabah", "Sarawak", "Penang", "Selangor", "Johor", "Kedah", "Kelantan", "Terengganu", "Pahang", "Perak",
        "Malacca", "Negeri Sembilan", "Perlis",
        // Spain's autonomous communities and Germany's states with governments of their own
        // ("Catalonia's housing minister", "Bavarian Economy Minister"); those named as their
        // capital cities are left out: "Madrid" is more often the country's government.
        "Catalonia", "Andalusia", "Galicia", "Basque Country", "Aragon", "Asturias", "Cantabria", "Navarre",
        "Extremadura", "Castile and León", "Castilla-La Mancha", "Balearic Islands", "Canary Islands",
        "Bavaria", "Saxony", "Thuringia", "Hesse", "Brandenburg", "North Rhine-Westphalia", "Baden-Württemberg",
        "Lower Saxony", "Schleswig-Holstein", "Rhineland-Palatinate", "Saarland", "Saxony-Anhalt",
    ]

    /// The first words of provinces' names of several words ("Australian" of "Australian Capital Territory").
    static let provinceFirstWords: Set<String> = Set(provinces.compactMap { name in
        name.split(separator: " ").count > 1 ? String(name.split(separator: " ")[0]) : nil })

    /// The last words of provinces' names of several words ("Australia" of "Western Australia").
    static let provinceEndings: Set<String> = Set(provinces.compactMap { name in
        name.split(separator: " ").count > 1 ? name.split(separator: " ").last.map(String.init) : nil })

    /// Adjectives of provinces and states that name them: "Victorian", "Tasmanian".
    static let provinceAdjectives: [String: String] = ["Victorian": "Victoria", "Tasmanian": "Tasmania",
                                                       "Queenslander": "Queensland", "Albertan": "Alberta",
                                                       "Ontarian": "Ontario", "Keralan": "Kerala", "Bihari": "Bihar",
                                                       "South Australian": "South Australia", "Western Australian": "Western Australia"]

    /// Central banks named by one word: "Governor Erik Thedéen … The Riksbank".
    static let centralBankNames: Set<String> = ["Riksbank", "Bundesbank", "Banxico", "Nationalbanken"]

    /// Short forms of provinces' and states' names: "B.C. Housing Minister Christine Boyle".
    static let provinceAbbreviations: [String: String] = ["B.C.": "British Columbia", "P.E.I.": "Prince Edward Island",
                                                          "N.W.T.": "Northwest Territories", "NSW": "New South Wales",
                                                          "N.L.": "Newfoundland and Labrador", "N.S.": "Nova Scotia"]

    /// A province's or Australian state's name at token `i` (one to three words), and its length.
    static func province(at i: Int, in tokens: [Token]) -> (name: String, length: Int)? {
        // (The flag first: most capitalized words begin no province's name, and the look-ups hash.)
        guard i < tokens.count, tokens[i].flags.contains(.provinceStart), tokens[i].kind == .word, tokens[i].isCapitalized else { return nil }
        var name = tokens[i].text
        // "Victorian Treasurer Jaclyn Symes": a state's adjective names it too.
        if let state = provinceAdjectives[name] ?? (tokens[i].isAllCaps ? provinceAbbreviations[name] : nil) { return (state, 1) }
        var best: (String, Int)? = provinces.contains(name) ? (name, 1) : nil
        var k = i + 1
        // ("Newfoundland and Labrador", "Jammu and Kashmir": an "and" between capitalized words.)
        while k < tokens.count, k < i + 3,
              tokens[k].isCapitalized || (k + 1 < i + 3 && k + 1 < tokens.count && tokens[k].text == "and" && tokens[k + 1].isCapitalized) {
            name += " " + tokens[k].text
            if provinces.contains(name) { best = (name, k + 1 - i) }
            // ("South Australian Premier Peter Malinauskas".)
            else if let state = provinceAdjectives[name] { best = (state, k + 1 - i) }
            k += 1
        }
        // ("In Quebec City, Legault said": a city named after its province is no province.)
        if let (_, length) = best, i + length < tokens.count, tokens[i + length].text == "City" { return nil }
        return best
    }

    /// A US state's name at token `i` (one or two words), and its length.
    static func usState(at i: Int, in tokens: [Token]) -> (name: String, length: Int)? {
        guard i < tokens.count, tokens[i].flags.contains(.usStateStart), tokens[i].kind == .word, tokens[i].isCapitalized else { return nil }
        if i + 1 < tokens.count, tokens[i + 1].isCapitalized, let name = usStates[tokens[i].text + " " + tokens[i + 1].text] { return (name, 2) }
        if let name = usStates[tokens[i].text] { return (name, 1) }
        return nil
    }

    /// Written form (a country, alias or body) → the organization it names.
    static let jurisdictionByName: [String: String] = {
        var table: [String: String] = [:]
        for entry in countryTable {
            table[entry.name] = entry.name
            for alias in entry.aliases { table[alias] = entry.name }
        }
        for (form, name) in bodies { table[form] = name }
        return table
    }()

    /// Every organization name a written form can resolve to.
    static let knownOrganizations: Set<String> = Set(jurisdictionByName.values)

    /// Adjective → country ("American" → United States).
    static let jurisdictionByAdjective: [String: String] = {
        var table: [String: String] = [:]
        for entry in countryTable { for adjective in entry.adjectives { table[adjective] = entry.name } }
        for (form, name) in bodies where form.count <= 5 { table[form] = name }  // "EU High Representative", "NATO Secretary General"
        return table
    }()

    /// The longest jurisdiction or body spelled by `tokens` starting at `i`:
    /// its name and how many tokens it takes. "the United States" counts "the".
    /// First words of every jurisdiction and body, for rejecting most tokens at once.
    static let jurisdictionFirstWords: Set<String> = Set(jurisdictionLengthByFirstWord.keys)

    /// First word → the most words a jurisdiction starting with it has, so that the look-up
    /// tries no longer phrases than exist ("Democratic" → 6, "Kenya" → 1).
    static let jurisdictionLengthByFirstWord: [String: Int] = {
        var table: [String: Int] = [:]
        for key in jurisdictionByName.keys {
            let words = key.split(separator: " ")
            if let first = words.first { table[String(first), default: 0] = max(table[String(first)] ?? 0, words.count) }
        }
        return table
    }()

    static func jurisdiction(at i: Int, in tokens: [Token]) -> (name: String, length: Int)? {
        var start = i
        if start < tokens.count, tokens[start].lower == "the" { start += 1 }
        guard start < tokens.count, tokens[start].isCapitalized, tokens[start].flags.contains(.jurisdictionStart),
              tokens[start].kind == .word else { return nil }
        // The first word as written, or without a trailing period ("U.S." → "U.S").
        let first = tokens[start].text
        let entries = jurisdictionPhrases.entries(startingWith: first)
        let trimmedEntries = first.utf8.last == UInt8(ascii: ".") ? jurisdictionPhrases.entries(startingWith: String(first.dropLast())) : nil
        guard entries != nil || trimmedEntries != nil else { return nil }
        // Longest first; the last word may carry a period the name does not ("Kosovo." is not a
        // token, but "U.S." is). A first word without its period can only be a one-word name.
        func match(_ entries: [PhraseTable<String>.Entry]?, oneWordOnly: Bool) -> (String, Int)? {
            guard let entries else { return nil }
            for entry in entries where start + entry.rest.count < tokens.count && (!oneWordOnly || entry.rest.isEmpty) {
                var matches = true
                for (n, word) in entry.rest.enumerated() {
                    let t = tokens[start + 1 + n]
                    if t.kind != .word { matches = false; break }
                    if t.text == word { continue }
                    if n == entry.rest.count - 1, t.text.utf8.last == UInt8(ascii: "."), t.text.dropLast() == word { continue }
                    matches = false
                    break
                }
                if matches { return (entry.value, start + entry.rest.count + 1 - i) }
            }
            return nil
        }
        guard let found = match(entries, oneWordOnly: false) ?? match(trimmedEntries, oneWordOnly: true) else { return nil }
        // "Niger State", "Rivers State", "Mexico City": a place inside a country that shares
        // its name is not the country.
        let after = i + found.1
        if after < tokens.count, tokens[after].kind == .word, ["State", "City", "Province", "Region", "County"].contains(tokens[after].text) {
            return nil
        }
        // "New Mexico", "New South Wales", "New Guinea": a country's name after "New" (and at most
        // one more capitalized word) ends another place's.
        if start > 0, tokens[start - 1].isCapitalized,
           tokens[start - 1].text == "New" || start > 1 && tokens[start - 2].text == "New" && tokens[start - 2].isCapitalized {
            return nil
        }
        // "France 24": a name with a short number after it is a broadcaster's or a brand's.
        if after < tokens.count, tokens[after].startsWithDigit, tokens[after].text.utf8.count <= 3,
           tokens[after].text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return nil
        }
        return found
    }

    /// Whether a lower-cased word is a noun that heads a body's name ("agency", "commission").
    static func namesABody(_ lower: String) -> Bool {
        institutionWords.contains(lower) || organizationNouns.contains(lower)
    }

    /// Companies named as a person is ("Eli Lilly's Alzheimer's drug", "Morgan Stanley said"):
    /// bodies, not people.
    static let personNamedCompanies: Set<String> = [
        "Eli Lilly", "Morgan Stanley", "Goldman Sachs", "Charles Schwab", "Wells Fargo", "Louis Vuitton",
        "Christian Dior", "Estée Lauder", "Ralph Lauren", "Calvin Klein", "Hugo Boss", "Tommy Hilfiger",
        "Walt Disney", "Dow Jones", "Bristol Myers Squibb", "Charles River", "Thomson Reuters",
        "Lockheed Martin", "Northrop Grumman", "Boston Scientific", "Abbott Laboratories",
        "Johnson Controls", "Raymond James", "Edward Jones", "Franklin Templeton", "Baker Hughes",
        "John Lewis", "John Deere", "Tim Hortons", "Arthur Andersen", "Henry Hub", "Thomas Cook",
    ]

    /// Nouns that say a name belongs to a company or body, not a person.
    static let organizationNouns: Set<String> = [
        "company", "firm", "startup", "start-up", "group", "organization", "organisation", "agency", "party",
        "bank", "newspaper", "broadcaster", "network", "carmaker", "manufacturer", "retailer", "airline",
        "insurer", "lender", "utility", "charity", "ngo", "think-tank", "tank", "institute", "university",
        "club", "team", "union", "coalition", "movement", "ministry", "body", "watchdog", "regulator", "caucus",
        "fund", "consortium", "conglomerate", "subsidiary", "outlet", "website", "platform", "app",
        "federation", "confederation", "association", "society", "chamber", "board", "authority", "bureau",
        "syndicate", "cooperative", "court", "tribunal", "project", "observatory", "monitor", "palace",
        "operator", "supplier", "exporter", "provider", "distributor", "giant", "automaker", "chipmaker", "drugmaker",
        "steelmaker", "miner", "college", "academy", "directorate", "inspectorate", "secretariat", "schools",
        // French for party: "Parti Québécois Leader Paul St-Pierre Plamondon".
        "parti",
    ]

    /// The articles: "the", "a", "an".
    static let articles: Set<String> = ["the", "a", "an"]

    /// Nouns that end a body's name and no person's: "the British Medical Association said", "The
    /// Ghana Cocoa Board … said" (not "Bank" or "Court", which are also surnames).
    static let bodyFinalWords: Set<String> = [
        "association", "authority", "board", "bureau", "chamber", "charity", "coalition", "confederation",
        "consortium", "cooperative", "movement", "observatory", "regulator", "society", "syndicate",
        "tribunal", "watchdog", "ngo",
        // A party's or alliance's: "the opposition Patriotic Bloc, led by …, said".
        "bloc", "front",
        // "the Commission for the Conservation of Antarctic Marine Living Resources".
        "resources", "trust", "trusts",
        // A miner's name: "Energy Transition Minerals", "Critical Metals".
        "minerals", "metals",
        // A firm's: "Nexperia's parent, Wingtech Technology, said".
        "technology", "technologies",
        // A carmaker's: "Toyota Motor said", "General Motors".
        "motor", "motors",
        // A security force's: "the Finnish Border Guard", "the Coast Guard", "the Revolutionary Guards".
        "guard", "guards",
        // A developer's or an operator's: "Beale Infrastructure, the developer, said".
        "infrastructure",
    ]

    /// Regions and other place words that are never part of a person's name.
    static let placeWords: Set<String> = [
        "balkans", "europe", "asia", "africa", "america", "americas", "mediterranean", "caucasus", "atlantic",
        "pacific", "arctic", "antarctic", "antarctica", "baltic", "baltics", "middle", "east", "west", "north", "south", "eastern", "western",
        "northern", "southern", "central", "euro-atlantic", "transatlantic", "sea", "ocean", "river", "lake",
        "mount", "mountains", "valley", "island", "islands", "peninsula", "gulf", "strait", "bay", "camp", "fort",
        "base", "airport", "street", "square", "avenue", "road", "bridge", "city", "province", "region", "district",
        "palace", "castle", "tower", "plaza", "house", "basin", "canyon", "desert", "plains", "highlands", "reservoir",
        "glacier", "archipelago", "lagoon", "estuary",
        "county", "state", "states", "republic", "kingdom", "federation", "union", "emirates",
    ]

    /// Words that make a capitalized phrase an organization, event or thing, not a person.
    static let institutionWords: Set<String> = [
        "force", "forces", "army", "navy", "air", "police", "council", "union", "ministry", "mission",
        "organization", "organisation", "alliance", "agency", "party", "government", "administration",
        "parliament", "assembly", "committee", "commission", "office", "department", "university",
        "institute", "fund", "nations", "times", "news", "press", "journal", "herald", "tribune",
        "telegraph", "guardian", "reuters", "scenario", "scenarios", "takeaways", "summit", "conference", "forum",
        "initiative", "initiatives", "program", "programme", "programs", "exercise", "exercises", "operation",
        "operations", "treaty", "agreement", "accord", "plan", "strategy", "doctrine", "act",
        "company", "corporation", "group", "project", "survey", "inc", "ltd", "llc", "foundation", "center", "centre", "centers", "centres", "service",
        // A school district named for its schools: "Denver Public Schools Superintendent Alex Marrero".
        "schools",
        "services", "security", "defense", "defence", "cooperation", "relations", "policy", "affairs",
        "integration", "membership", "landscape", "stability", "support", "development", "partnership",
        "partnerships", "leadership", "interests", "importance", "role", "conclusion", "recommendations",
        "prospects", "challenges", "concerns", "reforms", "sharing", "intelligence", "team", "club", "league",
        "cup", "championship", "olympics", "games", "women", "men", "fc", "united", "city", "stance", "troop",
        "troops", "presence", "military", "war", "conflict", "crisis", "election", "elections", "tensions",
        "dialogue", "talks", "meeting", "visit", "report", "statement", "declaration", "framework", "standards",
        "future", "regional", "international", "national", "global", "strategic", "joint", "recent",
        "analyzing", "addressing", "building", "fostering", "wrapping", "trends", "implications",
        "benefits", "enhanced", "increased", "political", "economic", "blocked",
        "watch", "amnesty", "network", "broadcasting",
        // Courts and electoral bodies ("the Supreme Court", "the Independent High Electoral Commission").
        "court", "courts", "supreme", "constitutional", "electoral",
        // Banks in other languages: "Banco Sabadell", "Banca Monte dei Paschi", "Banque Misr".
        "banco", "banca", "banque",
        // Blocs: "the Economic Community of West African States", "the East African Community".
        "community",
    ]
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}

// MARK: - Capitals in datelines

extension Lexicon {
    /// National capitals as datelines write them ("LONDON —", "MEXICO CITY —"), for the
    /// country an office belongs to when the article names no country at all. Cities that
    /// datelines use mostly for international bodies (Brussels, Geneva, Vienna, The Hague,
    /// New York, Strasbourg, Nairobi) are left out: an office there is rarely the host's.
    static let capitalCountries: [String: String] = [
        "KABUL": "Afghanistan", "TIRANA": "Albania", "ALGIERS": "Algeria", "BUENOS AIRES": "Argentina",
        "YEREVAN": "Armenia", "CANBERRA": "Australia", "BAKU": "Azerbaijan", "MANAMA": "Bahrain", "DHAKA": "Bangladesh",
        "MINSK": "Belarus", "SARAJEVO": "Bosnia and Herzegovina", "BRASILIA": "Brazil", "BRASÍLIA": "Brazil",
        "SOFIA": "Bulgaria", "OTTAWA": "Canada", "SANTIAGO": "Chile", "BEIJING": "China", "BOGOTA": "Colombia",
        "BOGOTÁ": "Colombia", "ZAGREB": "Croatia", "HAVANA": "Cuba", "NICOSIA": "Cyprus", "PRAGUE": "Czech Republic",
        "COPENHAGEN": "Denmark", "QUITO": "Ecuador", "CAIRO": "Egypt", "TALLINN": "Estonia", "ADDIS ABABA": "Ethiopia",
        "HELSINKI": "Finland", "PARIS": "France", "TBILISI": "Georgia", "BERLIN": "Germany", "ACCRA": "Ghana",
        "ATHENS": "Greece", "BUDAPEST": "Hungary", "REYKJAVIK": "Iceland", "NEW DELHI": "India", "DELHI": "India", "JAKARTA": "Indonesia",
        "TEHRAN": "Iran", "BAGHDAD": "Iraq", "DUBLIN": "Ireland", "JERUSALEM": "Israel", "ROME": "Italy", "TOKYO": "Japan",
        "AMMAN": "Jordan", "ASTANA": "Kazakhstan", "PRISTINA": "Kosovo", "PRISHTINA": "Kosovo", "KUWAIT CITY": "Kuwait",
        "RIGA": "Latvia", "BEIRUT": "Lebanon", "TRIPOLI": "Libya", "VILNIUS": "Lithuania", "KUALA LUMPUR": "Malaysia",
        "VALLETTA": "Malta", "MEXICO CITY": "Mexico", "CHISINAU": "Moldova", "PODGORICA": "Montenegro", "RABAT": "Morocco",
        "WELLINGTON": "New Zealand", "ABUJA": "Nigeria", "PYONGYANG": "North Korea", "SKOPJE": "North Macedonia",
        "OSLO": "Norway", "MUSCAT": "Oman", "ISLAMABAD": "Pakistan", "LIMA": "Peru", "MANILA": "Philippines",
        "WARSAW": "Poland", "LISBON": "Portugal", "DOHA": "Qatar", "BUCHAREST": "Romania", "MOSCOW": "Russia",
        "RIYADH": "Saudi Arabia", "BELGRADE": "Serbia", "BRATISLAVA": "Slovakia", "LJUBLJANA": "Slovenia",
        "MOGADISHU": "Somalia", "PRETORIA": "South Africa", "SEOUL": "South Korea", "MADRID": "Spain", "KHARTOUM": "Sudan",
        "STOCKHOLM": "Sweden", "BERN": "Switzerland", "DAMASCUS": "Syria", "TAIPEI": "Taiwan", "HONG KONG": "Hong Kong", "BANGKOK": "Thailand",
        "TUNIS": "Tunisia", "ANKARA": "Turkey", "KYIV": "Ukraine", "KIEV": "Ukraine", "ABU DHABI": "United Arab Emirates",
        "LONDON": "United Kingdom", "WASHINGTON": "United States", "TASHKENT": "Uzbekistan", "CARACAS": "Venezuela",
        "HANOI": "Vietnam", "SANAA": "Yemen", "HARARE": "Zimbabwe", "KINSHASA": "Democratic Republic of Congo",
    ]

    /// Large cities that are no capital, by the country they are in: for the country of an
    /// article that names none ("Auckland water bills to rise … Local Government Minister Simon
    /// Watts"), and the city of a mayor it names no city for. (Not names shared with another
    /// well-known place or a common word or name: Perth, Newcastle, Victoria, Hamilton, Halifax,
    /// Portland, Birmingham, Alexandria, Valencia, Córdoba, Florence, Nice, Darwin, Austin, Regina.)
    /// (The United States' are `standAloneDatelineCities`: see `cityCountry`.)
    static let majorCities: [String: String] = [
        "AUCKLAND": "New Zealand", "CHRISTCHURCH": "New Zealand", "DUNEDIN": "New Zealand",
        "SYDNEY": "Australia", "MELBOURNE": "Australia", "BRISBANE": "Australia", "ADELAIDE": "Australia", "HOBART": "Australia",
        "TORONTO": "Canada", "MONTREAL": "Canada", "MONTRÉAL": "Canada", "VANCOUVER": "Canada", "CALGARY": "Canada",
        "EDMONTON": "Canada", "WINNIPEG": "Canada", "SASKATOON": "Canada", "IQALUIT": "Canada", "WHITEHORSE": "Canada",
        "YELLOWKNIFE": "Canada",
        "CORK": "Ireland", "GALWAY": "Ireland", "LIMERICK": "Ireland",
        "MANCHESTER": "United Kingdom", "LIVERPOOL": "United Kingdom", "LEEDS": "United Kingdom", "GLASGOW": "United Kingdom",
        "EDINBURGH": "United Kingdom", "CARDIFF": "United Kingdom", "BELFAST": "United Kingdom", "BRISTOL": "United Kingdom",
        "SHEFFIELD": "United Kingdom", "LEICESTER": "United Kingdom", "NOTTINGHAM": "United Kingdom",
        "MUMBAI": "India", "KOLKATA": "India", "CHENNAI": "India", "BENGALURU": "India", "BANGALORE": "India",
        "AHMEDABAD": "India", "PUNE": "India", "KARACHI": "Pakistan", "LAHORE": "Pakistan", "PESHAWAR": "Pakistan",
        "SHANGHAI": "China", "SHENZHEN": "China", "GUANGZHOU": "China", "WUHAN": "China", "CHONGQING": "China",
        "OSAKA": "Japan", "YOKOHAMA": "Japan", "KYOTO": "Japan", "BUSAN": "South Korea", "INCHEON": "South Korea",
        "SAO PAULO": "Brazil", "SÃO PAULO": "Brazil", "GUADALAJARA": "Mexico", "MONTERREY": "Mexico", "TIJUANA": "Mexico",
        "MEDELLIN": "Colombia", "MEDELLÍN": "Colombia", "MUNICH": "Germany", "HAMBURG": "Germany", "FRANKFURT": "Germany",
        "COLOGNE": "Germany", "STUTTGART": "Germany", "MARSEILLE": "France", "LYON": "France", "TOULOUSE": "France",
        "MILAN": "Italy", "NAPLES": "Italy", "TURIN": "Italy", "VENICE": "Italy", "BARCELONA": "Spain", "SEVILLE": "Spain",
        "ROTTERDAM": "Netherlands", "ANTWERP": "Belgium", "ZURICH": "Switzerland", "ISTANBUL": "Turkey", "IZMIR": "Turkey",
        "KHARKIV": "Ukraine", "ODESA": "Ukraine", "ODESSA": "Ukraine", "LVIV": "Ukraine", "DNIPRO": "Ukraine",
        "KRAKOW": "Poland", "GDANSK": "Poland", "JOHANNESBURG": "South Africa", "CAPE TOWN": "South Africa",
        "DURBAN": "South Africa", "LAGOS": "Nigeria", "KANO": "Nigeria", "MOMBASA": "Kenya", "JEDDAH": "Saudi Arabia",
        "DUBAI": "United Arab Emirates", "TEL AVIV": "Israel", "SURABAYA": "Indonesia", "CEBU": "Philippines",
    ]

    /// The country of a large city named in capitals ("AUCKLAND", "PITTSBURGH").
    static func cityCountry(_ upper: String) -> String? {
        majorCities[upper] ?? (standAloneDatelineCities[upper] != nil ? "United States" : nil)
    }

    /// More capitals, and the cities datelines use for a country ("ABIDJAN", "YANGON"): read only
    /// in a dateline, where "MALE, Maldives" or "KINGSTON, Jamaica" is the place, not in the text,
    /// where "Male voters", "Kingston, Ontario" or "Nassau County" may stand.
    /// (Not those shared with a better-known place: Victoria, San Jose, St. John's, Brussels, The Hague.)
    static let datelineCapitals: [String: String] = [
        "LUANDA": "Angola", "PORTO-NOVO": "Benin", "COTONOU": "Benin", "GABORONE": "Botswana",
        "OUAGADOUGOU": "Burkina Faso", "GITEGA": "Burundi", "BUJUMBURA": "Burundi", "YAOUNDE": "Cameroon",
        "YAOUNDÉ": "Cameroon", "PRAIA": "Cape Verde", "BANGUI": "Central African Republic", "N'DJAMENA": "Chad", "NDJAMENA": "Chad", "MORONI": "Comoros",
        "BRAZZAVILLE": "Republic of Congo", "ABIDJAN": "Ivory Coast", "YAMOUSSOUKRO": "Ivory Coast",
        "DJIBOUTI": "Djibouti", "MALABO": "Equatorial Guinea", "ASMARA": "Eritrea", "MBABANE": "Eswatini",
        "LIBREVILLE": "Gabon", "BANJUL": "Gambia", "CONAKRY": "Guinea", "BISSAU": "Guinea-Bissau",
        "NAIROBI": "Kenya", "MASERU": "Lesotho", "MONROVIA": "Liberia", "ANTANANARIVO": "Madagascar",
        "LILONGWE": "Malawi", "BAMAKO": "Mali", "NOUAKCHOTT": "Mauritania", "PORT LOUIS": "Mauritius",
        "MAPUTO": "Mozambique", "WINDHOEK": "Namibia", "NIAMEY": "Niger", "KIGALI": "Rwanda", "DAKAR": "Senegal",
        "FREETOWN": "Sierra Leone", "JUBA": "South Sudan", "DAR ES SALAAM": "Tanzania", "DODOMA": "Tanzania",
        "LOME": "Togo", "LOMÉ": "Togo", "KAMPALA": "Uganda", "LUSAKA": "Zambia", "THIMPHU": "Bhutan",
        "BANDAR SERI BEGAWAN": "Brunei", "PHNOM PENH": "Cambodia", "DILI": "Timor-Leste", "BISHKEK": "Kyrgyzstan",
        "VIENTIANE": "Laos", "MALE": "Maldives", "ULAANBAATAR": "Mongolia", "NAYPYITAW": "Myanmar",
        "YANGON": "Myanmar", "KATHMANDU": "Nepal", "COLOMBO": "Sri Lanka", "DUSHANBE": "Tajikistan",
        "ASHGABAT": "Turkmenistan", "SINGAPORE": "Singapore", "NASSAU": "Bahamas", "BRIDGETOWN": "Barbados",
        "BELMOPAN": "Belize", "LA PAZ": "Bolivia", "SANTO DOMINGO": "Dominican Republic",
        "SAN SALVADOR": "El Salvador", "GUATEMALA CITY": "Guatemala", "GEORGETOWN": "Guyana",
        "PORT-AU-PRINCE": "Haiti", "TEGUCIGALPA": "Honduras", "KINGSTON": "Jamaica", "MANAGUA": "Nicaragua",
        "PANAMA CITY": "Panama", "ASUNCION": "Paraguay", "ASUNCIÓN": "Paraguay", "PARAMARIBO": "Suriname",
        "PORT OF SPAIN": "Trinidad and Tobago", "MONTEVIDEO": "Uruguay", "CASTRIES": "Saint Lucia",
        "VIENNA": "Austria", "AMSTERDAM": "Netherlands", "LUXEMBOURG": "Luxembourg", "VADUZ": "Liechtenstein",
        "SUVA": "Fiji", "PORT MORESBY": "Papua New Guinea", "HONIARA": "Solomon Islands", "APIA": "Samoa",
        "NUKU'ALOFA": "Tonga", "PORT VILA": "Vanuatu", "TARAWA": "Kiribati", "MAJURO": "Marshall Islands",
        "KOROR": "Palau", "FUNAFUTI": "Tuvalu",
    ]
}
