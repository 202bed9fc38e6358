// MARK: - Reporting verbs and speakers

extension Lexicon {
    struct ReportingVerb: Sendable {
        var lemma: String
        var stance: String?
    }

    /// Verbs that report what someone said or claimed, by lemma, with the stance they
    /// carry. Inflected forms are derived (emphasize → emphasizes, emphasized,
    /// emphasizing); irregular ones are listed.
    static let reportingLemmas: [(String, String?)] = [
        ("say", nil), ("tell", nil), ("state", nil), ("add", nil), ("note", nil), ("emphasize", nil),
        ("emphasise", nil), ("stress", nil), ("reiterate", nil), ("warn", nil), ("argue", nil), ("insist", nil),
        ("claim", nil), ("assert", nil), ("highlight", nil), ("underscore", nil), ("underline", nil),
        ("welcome", nil), ("announce", nil), ("explain", nil), ("confirm", nil), ("acknowledge", nil),
        ("admit", nil), ("suggest", nil), ("write", nil), ("tweet", nil), ("post", nil), ("remark", nil),
        ("urge", nil), ("describe", nil), ("praise", nil), ("criticize", nil), ("criticise", nil),
        ("condemn", nil), ("articulate", nil), ("observe", nil), ("maintain", nil), ("recall", nil),
        ("vow", nil), ("pledge", nil), ("promise", nil), ("predict", nil), ("caution", nil), ("contend", nil),
        ("declare", nil), ("affirm", nil), ("reaffirm", nil), ("envision", nil), ("envisage", nil),
        ("outline", nil), ("report", nil), ("believe", nil), ("propose", nil), ("recommend", nil),
        ("question", nil), ("complain", nil), ("point", nil), ("indicate", nil), ("call", nil), ("threaten", nil),
        ("reveal", nil), ("disclose", nil), ("concede", nil), ("counter", nil), ("respond", nil), ("reply", nil),
        ("deny", "denial"), ("dismiss", "denial"), ("reject", "rejection"), ("refute", "rejection"),
        ("rebuff", "rejection"), ("oppose", "opposition"), ("discuss", nil), ("view", nil),
        ("hail", nil), ("forecast", nil), ("denounce", nil), ("demand", nil), ("estimate", nil), ("accuse", nil), ("allege", nil), ("testify", nil),
        ("find", nil), ("expect", nil), ("blame", nil), ("advise", nil), ("assure", nil), ("reassure", nil),
    ]

    static let irregularForms: [String: String] = [
        "said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell", "telling": "tell",
        "wrote": "write", "written": "write", "writes": "write", "writing": "write",
        "denied": "deny", "denies": "deny", "denying": "deny", "replied": "reply", "replies": "reply",
        "testified": "testify", "testifies": "testify",
        // A doubled final consonant: "admitted", "admitting".
        "admitted": "admit", "admitting": "admit",
        // "found that": find (the "finded" a rule would derive is no word).
        "found": "find",
        // "The city's budget office projected … that": a forecast reported; only the past, as
        // "project" and "projects" are mostly nouns.
        "projected": "project",
    ]

    /// Inflected form → the reporting verb it is. British -ise spellings share the -ize lemma.
    static let reportingForms: [String: ReportingVerb] = {
        var table: [String: ReportingVerb] = [:]
        var stanceOf: [String: String?] = [:]
        let writtenForms = Set(reportingLemmas.map(\.0))
        for (written, stance) in reportingLemmas {
            // "emphasise" shares "emphasize"; "praise" and "promise" have no -ize twin.
            let americanized = written.hasSuffix("ise") ? String(written.dropLast(3)) + "ize" : written
            let lemma = written != americanized && writtenForms.contains(americanized) ? americanized : written
            stanceOf[lemma] = stance
            let verb = ReportingVerb(lemma: lemma, stance: stance)
            table[written] = verb
            let stem = written.hasSuffix("e") ? String(written.dropLast()) : written
            let sibilant = written.hasSuffix("s") || written.hasSuffix("sh") || written.hasSuffix("ch") || written.hasSuffix("x")
            table[sibilant ? written + "es" : written + "s"] = verb
            table[stem + "ed"] = verb
            table[stem + "ing"] = verb
        }
        for (form, lemma) in irregularForms { table[form] = ReportingVerb(lemma: lemma, stance: stanceOf[lemma] ?? nil) }
        // "point" reports only as "point out"; it is handled by the extractor.
        return table
    }()

    /// "Sao Paulo state will auction", "the state government": "state" as a noun before a
    /// verb group, a possessive or a noun it modifies — not the reporting verb.
    static func stateAsNoun(_ t: [Token], _ k: Int) -> Bool {
        guard t[k].lower == "state", k + 1 < t.count else { return false }
        // ("the world's oldest serving head of state, first took office": after "of", a noun.)
        if k > 0, t[k - 1].lower == "of" { return true }
        let next = t[k + 1]
        return next.kind == .possessive || verbGroupWords.contains(next.lower)
            || ["government", "officials", "legislature", "capital", "senate", "assembly", "police", "media", "of", "authorities"].contains(next.lower)
    }

    /// Nouns that head a speaker that is not a person: bodies, groups, documents.
    static let speakerNouns: Set<String> = [
        "official", "officials", "government", "governments", "administration", "ministry", "authorities",
        "experts", "expert", "analysts", "analyst", "diplomat", "diplomats", "leaders", "leader", "leadership",
        "spokesperson", "spokesman", "spokeswoman", "observers", "critics", "sources", "source", "report",
        "reports", "study", "survey", "poll", "polls", "scenario", "scenarios", "officers", "commanders", "lawmakers",
        "legislators", "parliament", "ministers", "minister", "president", "statement", "remarks", "media",
        "outlets", "newspaper", "agency", "office", "embassy", "mission", "alliance", "council", "commission",
        "committee", "union", "army", "military", "police", "residents", "citizens", "protesters", "activists",
        "researchers", "scholars", "economists", "commentators", "delegation", "delegates", "envoy", "nations",
        "countries", "states", "allies", "partners", "members", "opposition", "party", "campaign", "team",
        "white house", "kremlin", "pentagon", "washington", "officials.", "people", "politicians", "figures",
        "representatives", "representative", "negotiators", "participants", "discussions", "dialogue",
        "interaction", "conversations", "groups", "group", "organizations", "organisations", "companies",
        "firms", "unions", "associations", "institutions", "bodies", "company", "firm", "bank", "regulator",
        "advocates", "campaigners", "supporters", "opponents", "scientists", "investors", "senators", "prosecutors",
        "lawyers", "lawyer", "attorney", "doctors", "workers", "employers", "farmers", "producers", "exporters", "manufacturers",
        // Businesses by their trade: "Cruise lines warned that …", "Airlines said …".
        "lines", "operators", "airlines", "carriers", "retailers", "insurers", "lenders", "landlords", "developers", "importers",
        "businesses", "traders",
        // One business by its trade: "The budget carrier said", "the airline said".
        "carrier", "airline", "operator", "lender", "insurer", "retailer", "utility", "miner", "broadcaster",
        "drugmaker", "automaker", "carmaker", "chipmaker", "planemaker", "manufacturer", "producer", "developer",
        // People by what they use or do: "Motorists interviewed at the plaza said".
        "motorists", "commuters", "passengers", "drivers", "consumers", "voters", "parents", "patients", "students",
        "teachers", "shoppers", "travellers", "travelers", "tenants", "homeowners",
        "palace", "court", "tribunal", "department", "cabinet", "presidency", "coalition", "ministries",
        "body", "watchdog", "authority", "board", "panel", "regulators", "club", "caucus",
        // A body's part: "The Lagos chapter of the Nigeria Labour Congress rejected".
        "chapter", "branch", "congress",
        "authority", "board", "watchdog",
        // Courts and their documents: "the justices said", "The 6-3 ruling … said", "the lawsuit says".
        "justices", "judges", "ruling", "judgment", "judgement", "verdict", "decision", "opinion", "lawsuit",
        "indictment", "filing", "letter", "memo",
        // A legislature's texts: "according to a motion passed late Wednesday", "the resolution says".
        "motion", "resolution",
        // A government's texts: "according to a ministerial decree signed on 14 November".
        "decree", "decrees", "directive", "circular", "guidelines", "regulations",
        // Sources of figures: "according to preliminary results from the electoral tribunal".
        "results", "count", "secretariat",
        // "according to a preliminary estimate", "according to official estimates".
        "estimate", "estimates", "projections",
        // Institutions named by their common noun: "according to the national hydro-meteorological
        // center", "the national weather service said".
        "center", "centre", "institute", "service", "bureau", "observatory", "monitor", "association",
        "federation", "organization", "organisation", "network", "foundation",
        // Governments named by what they govern: "The province estimates", "the city said".
        "province", "city", "county", "municipality",
        // ("according to the district": a school district.)
        "district",
        // Those around a person: "his aides said", "Reid's staff estimated".
        "aides", "staff", "advisers", "advisors", "associates", "spokespeople", "relatives", "family",
        // Inquiries by what they are: "an outside review found that", "The inquiry concluded".
        "review", "audit", "inquiry", "investigation", "probe", "analysis", "assessment",
        // Those who lead a body, by their post, where the article names no holder: "The head of the
        // agency said", "its central bank manager said", "the company's chief executive said".
        "head", "chief", "manager", "executive", "director", "chairman", "chairwoman", "chairperson", "boss",
    ]

    /// Pronouns that can be speakers, resolved to the most recent person.
    static let personalPronouns: Set<String> = ["he", "she"]
    static let possessivePronouns: Set<String> = ["his", "her", "their"]

    /// Words allowed between a speaker and its verb: auxiliaries and adverbs.
    static let verbGroupWords: Set<String> = [
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may", "might",
        "also", "firmly", "repeatedly", "publicly", "categorically", "strongly", "again", "further", "later",
        "previously", "recently", "already", "once", "then", "now", "still", "often", "reportedly",
        "explicitly", "clearly", "flatly", "vehemently", "openly", "privately", "consistently", "quickly",
        "swiftly", "immediately", "initially", "subsequently", "formally", "officially", "historically",
        "not", "never", "did", "does", "do", "be", "been", "being", "both", "all",
    ]
}
