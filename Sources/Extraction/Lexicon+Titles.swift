import NewsText

// MARK: - Offices

extension Lexicon {
    /// What follows an office word when it names the office fully.
    enum Complement: Sendable {
        /// "Minister of Defense", "Minister for Europe": a portfolio.
        case portfolio
        /// "Head of the US Mission to NATO", "Mayor of Pristina": the body or place itself.
        case organization
        /// "Ambassador to NATO", "Envoy to Serbia": where the holder is sent.
        case destination
        /// Complete on its own ("Chancellor", "Senator").
        case none
    }

    struct Office: Sendable {
        var canonical: String
        var complement: Complement
        /// Also a common word: only an office when capitalized or completed ("head of …").
        var ambiguous: Bool
    }

    /// Offices of government, diplomacy, the military, international bodies and
    /// municipalities, keyed by their lower-case written forms. The canonical form is
    /// the one spelling every variant is normalized to.
    static let offices: [String: Office] = {
        var t: [String: Office] = [:]
        func add(_ forms: [String], _ canonical: String, _ complement: Complement = .none, ambiguous: Bool = false) {
            for f in forms { t[f] = Office(canonical: canonical, complement: complement, ambiguous: ambiguous) }
        }
        // Government
        add(["president"], "President", .organization)
        add(["vice president", "vice-president"], "Vice President", .organization)
        add(["prime minister", "premier"], "Prime Minister", .organization)
        // China's: "Vice Premier He Lifeng".
        add(["vice premier", "vice-premier"], "Vice Premier", .organization)
        // An Indian state's head of government.
        add(["chief minister"], "Chief Minister", .organization)
        // Indian papers' short form, capitalized: "Deputy CM K. Pawan Kalyan" ("cm" alone is a length).
        add(["cm"], "Chief Minister", .organization, ambiguous: true)
        add(["minister"], "Minister", .portfolio)
        add(["foreign minister"], "Minister of Foreign Affairs")
        add(["defense minister", "defence minister"], "Minister of Defense")
        add(["interior minister", "home minister"], "Minister of Interior")
        add(["finance minister"], "Minister of Finance")
        add(["justice minister"], "Minister of Justice")
        add(["economy minister", "economic minister"], "Minister of Economy")
        add(["health minister"], "Minister of Health")
        add(["education minister"], "Minister of Education")
        add(["energy minister"], "Minister of Energy")
        add(["trade minister"], "Minister of Trade")
        add(["culture minister"], "Minister of Culture")
        add(["european affairs minister", "europe minister"], "Minister of European Affairs")
        add(["foreign secretary"], "Foreign Secretary")
        add(["home secretary"], "Home Secretary")
        add(["defense secretary", "defence secretary", "secretary of defense", "secretary of defence"], "Secretary of Defense")
        add(["armed forces minister", "minister of the armed forces", "minister for the armed forces"], "Minister of Armed Forces")
        // Kenya's ministers: "Treasury Cabinet Secretary John Mbadi".
        add(["cabinet secretary"], "Cabinet Secretary", .organization)
        add(["secretary of state"], "Secretary of State")
        add(["press secretary"], "Press Secretary", .organization)
        // "Malacañang Press Officer Claire Castro" (a company's "press officer" in lower case is none).
        add(["press officer"], "Press Officer", .organization, ambiguous: true)
        add(["chief cabinet secretary"], "Chief Cabinet Secretary")
        // Scotland's, Wales's and Northern Ireland's heads of government.
        add(["first minister"], "First Minister", .organization)
        // Nigeria's and Indonesia's senior ministers: "Coordinating Minister of the Economy".
        add(["coordinating minister"], "Coordinating Minister", .portfolio)
        add(["secretary"], "Secretary", .portfolio, ambiguous: true)
        add(["chancellor"], "Chancellor", .organization)
        add(["treasurer"], "Treasurer", .organization)
        add(["governor", "gov."], "Governor", .organization)
        add(["lieutenant governor", "lt. gov.", "lt. governor"], "Lieutenant Governor", .organization)
        add(["mayor", "lord mayor"], "Mayor", .organization)
        // A city's appointed chief executive: "City Manager Leyne Milstein".
        add(["city manager"], "City Manager", .organization)
        // And its other appointed officers: "City treasurer Cyril Rogers", "the city clerk".
        add(["city treasurer"], "City Treasurer", .organization)
        add(["city clerk"], "City Clerk", .organization)
        add(["city auditor"], "City Auditor", .organization)
        // A First Nations leader in Canada: "Grand Chief Kyra Wilson of the Assembly of Manitoba Chiefs".
        add(["grand chief"], "Grand Chief", .organization)
        // A US county's elected head: "Erie County Executive Mark Poloncarz".
        add(["county executive"], "County Executive", .organization)
        // A government's head by that name ("Hong Kong's Chief Executive John Lee"); a company's
        // chief executive is an occupation, not read (`TitleParser`).
        add(["chief executive"], "Chief Executive", .organization)
        // ("Bexar County Judge Peter Sakai": a Texas county's head, or a county court's judge.)
        add(["county judge"], "County Judge", .organization)
        // A US county's other elected officers: "County Recorder Justin Heap", "Supervisor Kate Brophy McGee".
        add(["county recorder"], "County Recorder", .organization)
        // The head of a US state's forestry department: "State Forester Kate Skinner" (a state's
        // epidemiologist is a post in its health department: no office, as the keys have it).
        add(["state forester"], "State Forester", .organization)
        // Who keeps a US county's records and, in many, runs its elections: "Harris County Clerk Teneshia Hudspeth".
        add(["county clerk"], "County Clerk", .organization)
        add(["supervisor"], "Supervisor", .organization, ambiguous: true)
        // A First Nations assembly's elected leaders: "National Chief Cindy Woodhouse Nepinak",
        // "Ontario Regional Chief Abram Benedict".
        add(["national chief"], "National Chief", .organization)
        add(["regional chief"], "Regional Chief", .organization)
        add(["senator", "sen."], "Senator")
        // A member of a US state's lower house: "Assemblymember David Alvarez".
        add(["assemblymember", "assembly member", "assemblyman", "assemblywoman"], "Assemblymember")
        // (Ireland's: "Labour TD Ciarán Ahern", a Teachta Dála.)
        add(["mp", "member of parliament", "td"], "Member of Parliament")
        add(["mep", "member of the european parliament"], "Member of the European Parliament")
        // A Canadian province's or territory's legislator: "Iqaluit MLA Adam Arreak Lightstone",
        // Ontario's "MPP".
        add(["mla", "member of the legislative assembly"], "Member of the Legislative Assembly")
        add(["mpp", "member of provincial parliament"], "Member of Provincial Parliament")
        // The head of a school district or a police force: "Superintendent Kimberlee Armstrong".
        add(["superintendent"], "Superintendent", .organization)
        add(["representative", "rep."], "Representative", .organization, ambiguous: true)
        // A member of a house of delegates or of a tribal nation's council: "Del. Sam Rasoul",
        // "Council Delegate Shaandiin Parrish".
        add(["delegate", "del."], "Delegate", .organization, ambiguous: true)
        add(["council delegate"], "Council Delegate", .organization)
        // (Only ever the office: "a former congresswoman".)
        add(["congressman", "congresswoman", "congressmember"], "Representative")
        add(["trade representative"], "Trade Representative")
        add(["speaker"], "Speaker", .organization, ambiguous: true)
        add(["attorney general"], "Attorney General")
        // A state's public auditor: "Auditor General P. Garswa Jackson", "the auditor-general".
        add(["auditor general", "auditor-general"], "Auditor General", .organization)
        // A prosecutor's office: "U.S. Attorney Joseph Nocella Jr." (the country's, from the jurisdiction
        // before it; alone, "attorney" is a lawyer: `TitleParser` asks for the jurisdiction),
        // "Manhattan District Attorney Alvin Bragg".
        add(["attorney"], "Attorney", .none, ambiguous: true)
        add(["district attorney"], "District Attorney", .organization)
        add(["assistant attorney general"], "Assistant Attorney General")
        add(["solicitor general"], "Solicitor General")
        // A prosecutor appointed for one inquiry: "Special counsel Cho Eun-suk's team", "special counsel Jack Smith".
        add(["special counsel"], "Special Counsel")
        add(["assistant secretary"], "Assistant Secretary", .portfolio)
        // Courts: "U.S. District Judge Amit Mehta", "Chief Judge", "the judge" (a common word otherwise).
        add(["judge", "district judge", "circuit judge", "chief judge", "magistrate judge", "federal judge",
             "high court judge", "presiding judge"], "Judge", .organization, ambiguous: true)
        // (India's, as its press writes it: "the CJI said".)
        add(["chief justice", "cji"], "Chief Justice", .organization)
        // "Justice Sonia Sotomayor": a judge of a high court ("Justice Minister" stays a portfolio).
        add(["justice", "associate justice"], "Justice", .none, ambiguous: true)
        add(["prosecutor"], "Prosecutor", .organization, ambiguous: true)
        // The head of a prosecution service or a tribunal's prosecution, an office of its own.
        add(["chief prosecutor"], "Chief Prosecutor", .organization)
        // A government's head adviser: Bangladesh's interim head of government, a president's adviser.
        add(["chief adviser", "chief advisor"], "Chief Adviser", .organization)
        // Officers of a government or an election: "Ontario's chief medical officer of health",
        // "the province's chief electoral officer".
        add(["chief electoral officer"], "Chief Electoral Officer", .organization)
        add(["election commissioner"], "Election Commissioner", .organization)
        add(["chief election commissioner"], "Chief Election Commissioner", .organization)
        add(["chief elections officer"], "Chief Elections Officer", .organization)
        add(["chief election officer"], "Chief Election Officer", .organization)
        add(["chief medical officer"], "Chief Medical Officer", .organization)
        add(["chief medical officer of health"], "Chief Medical Officer of Health", .organization)
        add(["chief public health officer"], "Chief Public Health Officer", .organization)
        add(["national security adviser", "national security advisor"], "National Security Adviser", .organization)
        add(["ombudsman", "ombudsperson"], "Ombudsperson")
        add(["spokesperson", "spokesman", "spokeswoman"], "Spokesperson", .organization)
        add(["opposition leader", "leader of the opposition", "leader of opposition"], "Leader of the Opposition")
        // A legislature's party leaders: "Senate Majority Leader John Thune", "the minority leader".
        // A party's leader in a legislature: "Kim Byung-kee, floor leader of the Democratic Party".
        add(["floor leader"], "Floor Leader", .organization)
        add(["majority leader"], "Majority Leader", .organization)
        add(["minority leader"], "Minority Leader", .organization)
        add(["majority whip"], "Majority Whip", .organization)
        add(["minority whip"], "Minority Whip", .organization)
        // Ireland's head of government and deputy, as English-language news names them.
        add(["taoiseach"], "Taoiseach")
        // The chair of the Dáil: "Ceann Comhairle Verona Murphy".
        add(["ceann comhairle"], "Ceann Comhairle", .organization)
        add(["tánaiste", "tanaiste"], "Tánaiste")
        add(["police chief", "national police chief", "police commissioner"], "Chief", .organization)
        add(["leader"], "Leader", .organization, ambiguous: true)
        add(["king"], "King", .organization)
        add(["pope", "pontiff"], "Pope", .none, ambiguous: true)
        add(["parliamentary budget officer"], "Parliamentary Budget Officer")
        add(["queen"], "Queen", .organization)
        // Monarchs and heirs by other titles: "Brunei's Sultan Hassanal Bolkiah", "Qatar's Emir
        // Sheikh Tamim", "Crown Prince Al-Muhtadee Billah".
        add(["sultan"], "Sultan", .organization)
        add(["emir", "amir"], "Emir", .organization)
        add(["crown prince"], "Crown Prince", .organization)
        // Diplomacy and international bodies
        add(["ambassador", "amb."], "Ambassador", .destination)
        add(["envoy", "special envoy"], "Special Envoy", .destination)
        add(["special representative"], "Special Representative", .destination)
        add(["high representative"], "High Representative", .portfolio)
        // "the UN High Commissioner for Human Rights, Volker Türk".
        add(["high commissioner"], "High Commissioner", .portfolio)
        add(["consul", "consul general"], "Consul General", .destination)
        add(["secretary general", "secretary-general"], "Secretary General", .organization)
        // A communist party's or a union's leader: "Communist Party General Secretary To Lam".
        add(["general secretary"], "General Secretary", .organization)
        // A ministry's senior civil servant, or a party's or a movement's standing secretary:
        // "its permanent secretary, Ferdinand Kambere".
        add(["permanent secretary"], "Permanent Secretary", .organization)
        add(["commissioner"], "Commissioner", .portfolio)
        add(["head"], "Head", .organization, ambiguous: true)
        add(["chief"], "Chief", .organization, ambiguous: true)
        add(["mission chief"], "Mission Chief", .organization)
        add(["director"], "Director", .organization, ambiguous: true)
        // The head of a US federal agency: "FAA Administrator Bryan Bedford", "the EPA administrator".
        add(["administrator"], "Administrator", .organization, ambiguous: true)
        // The head of a public authority: "SEPTA General Manager Scott Sauer" ("manager" alone is
        // an occupation).
        add(["general manager"], "General Manager", .organization, ambiguous: true)
        add(["regional director"], "Regional Director")
        // Canadian papers abbreviate a councillor: "Coun. Sonya Sharp".
        add(["councilmember", "council member", "councilman", "councilwoman", "councillor", "councilor", "coun."], "Councilmember", .organization)
        add(["director general", "director-general"], "Director General", .organization)
        add(["chairman", "chairwoman", "chairperson", "chair"], "Chair", .organization, ambiguous: true)
        // Military ranks and commands
        add(["general", "gen."], "General", .none, ambiguous: true)
        add(["lieutenant general", "lt. gen."], "Lieutenant General")
        add(["major general", "maj. gen."], "Major General")
        add(["brigadier general", "brig. gen."], "Brigadier General")
        add(["colonel", "col."], "Colonel")
        add(["lieutenant colonel", "lt. col."], "Lieutenant Colonel")
        add(["major", "maj."], "Major", .none, ambiguous: true)
        add(["captain", "capt."], "Captain", .none, ambiguous: true)
        add(["lieutenant", "lt."], "Lieutenant")
        add(["field marshal"], "Field Marshal")
        add(["air marshal"], "Air Marshal")
        add(["air chief marshal"], "Air Chief Marshal")
        add(["admiral", "adm."], "Admiral")
        add(["vice admiral", "vice adm."], "Vice Admiral")
        add(["rear admiral", "rear adm."], "Rear Admiral")
        add(["commander", "cmdr."], "Commander", .organization)
        add(["chief of staff"], "Chief of Staff", .organization)
        // A service's commander: "Chief of Army Staff", "the Chief of the Naval Staff".
        add(["chief of army staff", "chief of the army staff", "army chief of staff"], "Chief of Army Staff")
        add(["chief of naval staff", "chief of the naval staff"], "Chief of Naval Staff")
        add(["chief of air staff", "chief of the air staff"], "Chief of Air Staff")
        add(["chief of defence", "chief of defense", "defence chief", "defense chief", "army chief"], "Chief of Defense", .organization)
        add(["chief of defence staff", "chief of defense staff"], "Chief of Defense Staff")
        add(["supreme allied commander europe"], "Supreme Allied Commander Europe")
        add(["supreme allied commander transformation"], "Supreme Allied Commander Transformation")
        add(["supreme allied commander"], "Supreme Allied Commander")
        add(["foreign policy chief"], "Foreign Policy Chief")
        return t
    }()

    static let officeFirstWords: Set<String> = Set(offices.keys.compactMap { $0.split(separator: " ").first.map(String.init) }
        + offices.keys.filter { $0.contains("-") }.compactMap { $0.split(separator: "-").first.map(String.init) })

    /// Longest office form (up to six words) at token `i`.
    static func office(at i: Int, in tokens: [Token]) -> (office: Office, length: Int)? {
        guard i < tokens.count, tokens[i].flags.contains(.officeStart), tokens[i].kind == .word,
              let entries = officePhrases.entries(startingWith: tokens[i].lower) else { return nil }
        for entry in entries where i + entry.rest.count < tokens.count {
            var matches = true
            for (n, word) in entry.rest.enumerated() where tokens[i + 1 + n].lower != word {
                matches = false
                break
            }
            if matches { return (entry.value, entry.rest.count + 1) }
        }
        return nil
    }

    /// Occupations that show a capitalized sequence is a person ("Coach Montse Tomé",
    /// "Thomas Müller, an analyst at …") but are not public offices: no role comes of them.
    static let occupations: Set<String> = [
        "chief executive", "chief executive officer", "chief financial officer", "chief operating officer",
        "chief technology officer", "chief economist", "ceo", "cfo", "coo", "cto", "founder", "co-founder",
        "managing director", "chief strategist", "analyst", "economist", "researcher", "professor", "expert",
        "journalist", "reporter", "correspondent", "editor", "columnist", "coach", "head coach", "manager",
        "captain", "player", "striker", "goalkeeper", "midfielder", "defender", "forward", "winger", "midfield",
        "lawyer", "attorney", "resident", "student", "teacher", "doctor", "nurse", "farmer", "activist",
        "campaigner", "author", "writer", "historian", "scholar", "fellow", "investor", "banker", "trader",
        "entrepreneur", "businessman", "businesswoman", "actor", "actress", "singer", "artist", "director of research",
        "senior fellow", "research fellow", "political scientist", "commentator", "witness", "survivor",
        "shopkeeper", "driver", "engineer", "worker", "volunteer", "priest", "imam", "bishop", "cleric", "preacher",
        "rabbi", "pastor", "monk", "nun", "chaplain", "investigator", "principal investigator", "scientist", "astronaut",
        "physicist", "astronomer", "geologist", "biologist", "epidemiologist", "virologist", "chemist",
        "organiser", "organizer", "protester", "pensioner", "parent", "mother", "father", "diplomat",
        "presenter", "broadcaster", "comedian", "novelist", "poet", "filmmaker", "musician", "rapper", "footballer",
        "athlete", "owner", "co-owner",
    ]

    static let occupationFirstWords: Set<String> = Set(occupations.compactMap { $0.split(separator: " ").first.map(String.init) }
        + occupations.filter { $0.contains("-") }.compactMap { $0.split(separator: "-").first.map(String.init) })

    /// The longest occupation (up to four words) at token `i`, and its length.
    static func occupation(at i: Int, in tokens: [Token]) -> Int? {
        guard i < tokens.count, tokens[i].flags.contains(.occupationStart) else { return nil }
        var best: Int?
        var text = ""
        var k = i
        while k < tokens.count, k < i + 4, tokens[k].kind == .word || tokens[k].is("-") {
            text += (k == i || tokens[k].is("-") || tokens[k - 1].is("-") ? "" : " ") + tokens[k].lower
            if occupations.contains(text) { best = k + 1 - i }
            k += 1
        }
        return best
    }

    /// Words before an office that say how the holder holds it.
    static let qualifiers: [String: String] = [
        "former": "former", "ex": "former", "acting": "acting", "then": "then", "outgoing": "outgoing",
        "incoming": "incoming", "new": "new", "newly": "new", "interim": "interim", "deputy": "deputy",
        "late": "late", "designate": "designate", "executive": "executive", "co": "co", "shadow": "shadow",
        // "sworn in as transitional president", "the caretaker prime minister": for a time only.
        "transitional": "interim", "caretaker": "interim", "provisional": "interim",
        // "Derek Green, a retired chief justice": no longer in office.
        "retired": "former",
    ]

    /// Portfolios that "X Minister" and "Minister of X" name.
    static let portfolios: [String: String] = [
        "foreign affairs": "Foreign Affairs", "foreign": "Foreign Affairs", "defense": "Defense", "defence": "Defense",
        "interior": "Interior", "internal affairs": "Internal Affairs", "home affairs": "Interior", "finance": "Finance",
        "justice": "Justice", "economy": "Economy", "health": "Health", "education": "Education",
        "energy": "Energy", "trade": "Trade", "culture": "Culture", "european affairs": "European Affairs",
        "european integration": "European Integration", "state": "State", "commerce": "Commerce",
        "treasury": "the Treasury", "commonwealth": "the Commonwealth", "army": "the Army", "navy": "the Navy", "labor": "Labor", "labour": "Labor", "agriculture": "Agriculture",
        "transport": "Transport", "transportation": "Transportation", "environment": "Environment",
        "housing": "Housing", "industry": "Industry", "tourism": "Tourism", "infrastructure": "Infrastructure",
        "antiquities": "Antiquities", "manpower": "Manpower", "water": "Water", "budget": "Budget",
        "homeland security": "Homeland Security", "veterans affairs": "Veterans Affairs",
        "planning": "Planning", "development": "Development", "construction": "Construction",
        "economic affairs": "Economic Affairs", "social affairs": "Social Affairs", "immigration": "Immigration",
        "digital affairs": "Digital Affairs", "science": "Science", "technology": "Technology",
        "local government": "Local Government", "public works": "Public Works", "public health": "Public Health",
        "security": "Security", "public security": "Public Security", "public expenditure": "Public Expenditure",
        "social welfare": "Social Welfare", "social development": "Social Development", "national defense": "National Defense",
        "national defence": "National Defense", "foreign trade": "Foreign Trade", "climate": "Climate",
        "parliamentary affairs": "Parliamentary Affairs", "consumer affairs": "Consumer Affairs",
        "indigenous affairs": "Indigenous Affairs", "external affairs": "External Affairs", "legal affairs": "Legal Affairs",
        "religious affairs": "Religious Affairs", "minority affairs": "Minority Affairs", "tribal affairs": "Tribal Affairs",
        "rural affairs": "Rural Affairs", "maritime affairs": "Maritime Affairs",
        // A portfolio written as its adjective: "Environmental Minister Edgardo Ortuño".
        "environmental": "Environment", "agricultural": "Agriculture", "cultural": "Culture", "industrial": "Industry",
        "financial": "Finance", "economic": "Economy",
        // Island and coastal states' portfolios: "minister of the sea", "Fisheries Minister".
        "sea": "the Sea", "fisheries": "Fisheries", "oceans": "Oceans",
        // An Indian state's: "Municipal Administration Minister D. Sridhar Babu".
        "municipal administration": "Municipal Administration", "urban development": "Urban Development",
        // A Latin American or Spanish chief of staff with cabinet rank: "minister of the presidency".
        "presidency": "the Presidency",
    ]

    /// Honorifics before a name: "Dr. Anna Weber", "Mr. Lee".
    static let honorifics: Set<String> = ["mr.", "mrs.", "ms.", "mx.", "dr.", "prof.", "sir", "dame", "lord", "lady",
                                          "mr", "mrs", "ms", "dr", "prof", "professor", "h.e.", "sheikh", "rev.",
                                          // (Bahrain's and Kuwait's spelling: "Shaikh Salman bin Khalifa".)
                                          "shaikh", "shaikha", "sheikha",
                                          // Royal styles before a full name: "Energy Minister Prince Abdulaziz bin Salman".
                                          "prince", "princess",
                                          // Malaysian honorifics: "Datuk Seri Anwar", "Datin Paduka".
                                          "datuk", "dato", "datin", "tun", "seri",
                                          // A British councillor: "Cllr Heather Mack".
                                          "cllr", "cllr.",
                                          // A minister or legislator in the Commonwealth: "Hon. Kwabena Mintah Akandoh".
                                          "hon.", "hon", "honourable", "honorable"]

    /// Words written with a trailing period that the tokenizer keeps on the word.
    static let periodWords: Set<String> = ["mr", "mrs", "ms", "mx", "dr", "prof", "gen", "maj", "lt", "col", "capt",
                                           "adm", "cmdr", "sgt", "brig", "sen", "rep", "gov", "amb", "rev", "jr",
                                           "sr", "st", "no", "vs", "sept", "jan", "feb", "mar", "apr", "jun", "jul",
                                           "aug", "sep", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "h.e", "coun", "hon"]

    static func keepsPeriod(_ word: String) -> Bool {
        if word.count == 1, word.unicodeScalars.first!.properties.isUppercase { return true }  // initial
        if word.containsUTF8("."), word.split(separator: ".").allSatisfy({ $0.count <= 2 }) { return true }  // U.S
        return periodWords.contains(word.lowercased())
    }
}
