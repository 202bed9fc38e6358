import NewsText

/// Finds who said or claimed what.
///
/// Reported speech: a speaker before a reporting verb ("Zemaj emphasized that …",
/// "officials in Kosovo have firmly denied …"), after it in inversions ("…,” said
/// Smith"), after "by" in passives ("articulated by a senior diplomat"), after
/// "According to"; participles ("…, emphasizing that …") and purpose infinitives
/// ("…, to discuss …") take the subject of their sentence. Direct quotes in straight or
/// curly quotation marks give the quote as the content. A speaker is a person (a name,
/// a surname, or he/she resolved to the last person named), or a noun phrase headed by a
/// body or group ("Kosovo’s officials", "the government", "Experts") or a country.
/// List items under an intro that ends in a reporting verb and a colon are statements
/// of that intro's speaker; so are table rows with a speaker column and a response column.
struct StatementExtractor {
    let context: DocumentContext
    let people: [PersonName]
    /// Mentions by sentence.
    let mentions: [Int: [ArticleFacts.Mention]]

    /// Roles by title: who holds which office in this article, so that "the president said"
    /// speaks for the one President it names.
    let holders: [String: [ArticleFacts.Role]]

    init(_ context: DocumentContext, people: [PersonName], mentions: [ArticleFacts.Mention], roles: [ArticleFacts.Role] = []) {
        self.context = context
        self.people = people
        self.mentions = Dictionary(grouping: mentions, by: \.sentence)
        self.holders = Dictionary(grouping: roles.filter { $0.qualifier == nil }, by: \.title)
    }

    struct Speaker {
        var text: String
        var persons: [Int]
        /// The speaker's byte range, to tell which person mention is the subject.
        var range: Range<Int>
    }

    /// Adverbs set off by commas between a subject and its verb: "The union, however, warned".
    static let parentheticalAdverbs: Set<String> = ["however", "meanwhile", "though", "too", "also", "instead",
                                                    "nevertheless", "nonetheless", "likewise", "separately"]

    /// Clause openers that end a speaker phrase read leftwards.
    static let stops: Set<String> = ["as", "that", "which", "who", "whom", "whose", "while", "when", "because",
                                     "although", "though", "if", "since", "after", "before", "however",
                                     "moreover", "furthermore", "additionally", "meanwhile", "but", "where",
                                     "what", "and", "or", "so", "yet", "during", "also", "then", "thus",
                                     "regarding", "considering", "with"]
    static let determiners: Set<String> = ["the", "a", "an", "this", "these", "those", "such", "both", "several",
                                           "many", "some", "most", "all", "two", "three", "one", "another",
                                           "other", "its", "their", "his", "her", "various", "key", "local",
                                           "recent", "senior", "regional", "military", "political", "western",
                                           "foreign", "international", "top", "government"]
    /// Determiners above that are also nouns, and so subjects: "The government rejected …".
    static let subjectModifiers: Set<String> = ["government", "military"]
    static let prepositions: Set<String> = ["in", "of", "from", "at", "among", "between", "for", "on"]
    static let speechNouns: Set<String> = ["remarks", "discussions", "talks", "statement", "statements", "comments",
                                           "speech", "address", "message", "conversations", "dialogue"]
    /// Determiners of one thing only, after which a noun takes a verb's -s form ("a campaign promises").
    static let singularDeterminers: Set<String> = ["a", "an", "each", "every"]
    /// Subjects whose rejection or approval of a proposal is a vote cast: "Swiss voters rejected".
    static let votingWords: Set<String> = ["voters", "electorate"]
    /// People a body dismisses from their posts: "dismissed the heads of the national gallery".
    static let staffNouns: Set<String> = ["heads", "head", "directors", "director", "chiefs", "chief", "officials", "ministers",
                                          "staff", "employees", "workers", "members", "managers", "executives", "board", "judges"]
    /// Reporting verbs that no noun spells, after a name's possessive: "Moody's said".
    static let saidAfterAName: Set<String> = ["said", "says", "told", "warned", "added"]
    /// Chambers that vote, and what they vote on: "The Senate rejected two competing plans".
    static let chambers: Set<String> = ["senate", "house", "parliament", "congress", "assembly", "legislature", "lawmakers",
                                        "legislators", "senators", "deputies", "mps", "council", "chamber"]
    static let billNouns: Set<String> = ["bill", "bills", "plan", "plans", "proposal", "proposals", "measure", "measures",
                                         "budget", "amendment", "amendments", "motion", "resolution", "package", "treaty"]
    /// What a court rejects by deciding, not by saying: "rejected an appeal", "rejected the petition".
    static let filings: Set<String> = ["appeal", "appeals", "petition", "petitions", "motion", "motions", "lawsuit", "lawsuits",
                                       "suit", "case", "complaint", "complaints", "application", "applications"]
    /// Legal objects a body dismisses or drops without saying anything: a court "dismissed the
    /// case", a regulator "dismissed its lawsuit".
    static let legalObjects: Set<String> = ["lawsuit", "lawsuits", "case", "cases", "suit", "charges", "charge", "indictment",
                                            "appeal", "appeals", "complaint", "complaints", "petition", "motion", "proceedings"]

    /// Whether the reporting verb at `k` is used otherwise: "write" and "post" report only
    /// before that, a colon, a quotation or where they were written ("wrote on X that"), not
    /// before an object ("write clear rules"); "dismiss" not before a legal object.
    static func notSpeech(_ lemma: String, _ t: [Token], after k: Int) -> Bool {
        // ("Voters questioned outside polling stations said": a participle of who was asked.)
        if lemma == "question", k + 1 < t.count, t[k].lower.hasSuffix("ed"), placePrepositions.contains(t[k + 1].lower) || t[k + 1].lower == "by" {
            return true
        }
        switch lemma {
        case "write", "post":
            guard k + 1 < t.count else { return false }
            let next = t[k + 1]
            if next.kind == .punctuation || ["that", "on", "in", "to", "online", "later", "earlier", "recently"].contains(next.lower) { return false }
            return next.isLowercase
        case "dismiss":
            var j = k + 1
            if j < t.count, ["its", "the", "a", "an", "all", "their", "his", "her"].contains(t[j].lower) { j += 1 }
            // "dismissed his finance minister": a firing, not a denial.
            return j < t.count && (legalObjects.contains(t[j].lower) || staffNouns.contains(t[j].lower) || Lexicon.office(at: j, in: t) != nil
                || TitleParser.parse(at: j, in: t) != nil)
        case "expect":
            // "expect him to be the front-runner", "expect that rates will fall" report a view;
            // "expect to lower rates" is a plan, "expect a cut" an object.
            guard k + 1 < t.count else { return true }
            if t[k + 1].lower == "that" { return false }
            if t[k + 1].lower == "to" { return true }
            for j in (k + 2)..<min(t.count, k + 5) {
                if t[j].isClauseBreak || t[j].is(".") { return true }
                if t[j].lower == "to" { return false }
            }
            return true
        case "oppose":
            // "The vote was 8-1, with Councilmember Roger Dickinson opposed.": a vote, with no object.
            // ("Citizens' groups opposed to the project said": a participle after its noun, as
            // "groups who are opposed to", describes the speakers; the verb after them reports.)
            return k + 1 >= t.count || t[k + 1].kind == .punctuation && !t[k + 1].is(":") && !NameParser.isQuote(t[k + 1])
                || k > 0 && t[k + 1].lower == "to" && complementOf(t[k]) == "to" && (t[k - 1].isLowercase || k == 1) && t[k - 1].kind == .word
                    && !Lexicon.verbGroupWords.contains(t[k - 1].lower) && !Lexicon.personalPronouns.contains(t[k - 1].lower)
                    && !["they", "we", "i", "you", "it", "who", "which", "that"].contains(t[k - 1].lower)
        case "reject", "approve", "back", "endorse":
            // "Swiss voters on Sunday rejected a proposal": a vote cast, not a thing said.
            // ("The Supreme Court on Friday rejected an appeal": a court's decision on a filing.)
            if lemma == "reject", k + 2 < t.count, case let j = ["an", "a", "the", "its", "their", "his", "her"].contains(t[k + 1].lower) ? k + 2 : k + 1,
               Self.filings.contains(t[j].lower) { return true }
            // ("The Senate on Thursday rejected two competing plans": a chamber's vote on a bill.)
            if (max(0, k - 5)..<k).contains(where: { Self.chambers.contains(t[$0].lower) }),
               ((k + 1)..<min(t.count, k + 5)).contains(where: { Self.billNouns.contains(t[$0].lower) }) { return true }
            return (max(0, k - 5)..<k).contains { Self.votingWords.contains(t[$0].lower) }
        case "observe":
            // "observed that …" and "“…,” she observed" report; "has observed a moratorium on
            // executions", "observed 16 minutes of silence" keep a rule or a custom.
            return k + 1 < t.count && (objectOpeners.contains(t[k + 1].lower) || t[k + 1].kind == .number)
        case "propose", "find":
            // "proposed that talks resume" reports a claim; "proposed to postpone the rules" and
            // "proposed the judicial overhaul" are acts. A time may stand between ("proposed on
            // Monday that …"). "The inquiry found that …" reports; "police found the body" does not.
            var j = k + 1
            while j < t.count {
                let w = t[j]
                if w.lower == "that" || w.is("“") || w.is("\"") || w.is(":") { return false }
                let circumstance = w.isComma || ["on", "in", "at", "last", "next", "this", "earlier", "later", "today",
                                                 "yesterday", "week", "month", "year", "also", "formally"].contains(w.lower)
                    || Weekday.number(w.lower) != nil || w.flags.contains(.month) || w.startsWithDigit
                    || w.isLowercase && w.lower.hasSuffix("ly")
                if !circumstance { return true }
                j += 1
            }
            return true
        default:
            return false
        }
    }

    /// Reporting verbs whose -s form is also a plural noun ("states of", "reports of").
    static let pluralNounLemmas: Set<String> = ["state", "report", "claim", "note", "remark", "view", "post", "comment", "question"]
    /// Verbs that report speech only when a quotation follows: "called it “a quantum leap.”"
    static let quoteOnlyLemmas: Set<String> = ["call"]

    /// "called the verdict a victory", "called it an insult": an object, then "a" or "an" and a
    /// noun, is a judgement spoken ("called a meeting", "called the police" are not).
    static func callsItSomething(_ t: [Token], _ k: Int) -> Bool {
        guard k + 3 < t.count else { return false }
        let object = t[k + 1].lower
        var j: Int
        if ["it", "them", "him", "her", "this", "that", "these", "those"].contains(object) {
            j = k + 2
            // ("called it the country's worst natural disaster": after a pronoun, "the" too — not after
            // the participle, which after another report goes on with it: "announced Tuesday, calling
            // it the province's biggest energy investment".)
            if t[j].lower == "the", t[j + 1].kind == .word, !t[k].lower.hasSuffix("ing") { return true }
        } else if ["the", "his", "her", "their", "its", "our"].contains(object) {
            j = k + 2
            while j < t.count, j < k + 5, t[j].kind == .word, t[j].isLowercase, !["a", "an"].contains(t[j].lower) { j += 1 }
            guard j > k + 2 else { return false }
        } else {
            return false
        }
        return j + 1 < t.count && ["a", "an"].contains(t[j].lower) && t[j + 1].kind == .word
    }

    func quoteFollows(_ t: [Token], _ k: Int) -> Bool {
        func opens(_ j: Int) -> Bool { t[j].is("“") || t[j].is("\"") || t[j].is("‘") }
        for j in (k + 1)..<min(t.count, k + 4) where opens(j) { return true }
        // ("called the referendum plan “a distraction”": a longer object, when it is only words.)
        // ("called Evers' tenure “eight years of gridlock”": or opened by its owner's possessive.)
        guard k + 2 < t.count else { return false }
        var j: Int
        if Self.objectDeterminers.contains(t[k + 1].lower) {
            j = k + 2
        } else if k + 3 < t.count, t[k + 1].kind == .word, t[k + 1].isCapitalized, t[k + 2].kind == .possessive {
            j = k + 3
        } else {
            return false
        }
        while j < t.count, j < k + 6, t[j].kind == .word { j += 1 }
        return j < t.count && j >= k + 4 && opens(j)
    }
    /// A reporting verb in the past tense ("said", "told", "warned"), which no noun is.
    static func isReportingPast(_ w: Token) -> Bool {
        guard let verb = Lexicon.reportingForms[w.lower] else { return false }
        return w.lower != verb.lemma && !w.lower.hasSuffix("ing") && !w.lower.hasSuffix("s")
    }

    /// Verbs that ask someone else to act: "called on X to explain", "urged them to deny it".
    static let requestVerbs: Set<String> = ["asked", "asks", "ask", "urged", "urges", "urge", "called", "calls", "pressed",
                                            "presses", "ordered", "orders", "invited", "invites", "requested", "requests",
                                            "demanded", "demands", "challenged", "challenges", "encouraged", "encourages",
                                            "forced", "forces", "pressured", "pressures", "told", "tells", "begged",
                                            // ("a law requiring the largest companies to disclose how …": what a rule obliges.)
                                            "requiring", "required", "requires", "require", "obliging", "obliges", "compelling", "compels"]
    /// Conjunctions that open a clause of when something was said, and the pronouns that may
    /// be its subject: "said on Thursday as he presented …".
    static let timeConjunctions: Set<String> = ["as", "while", "when", "after", "before"]
    static let subjectPronouns: Set<String> = ["he", "she", "they", "it", "we", "i"]

    /// The "with" before the participle at `k`, after a comma or opening the sentence, and
    /// words only between: ", with organizers saying", "with some analysts warning" (one to
    /// three lower-case words), ", with Minister for Regulation David Seymour calling it" (a
    /// person, named with an office: up to eight words).
    @inline(never)
    /// (A body's short form in brackets may end the words: "with the main opposition People
    /// Power Party (PPP) vowing".)
    static func withBefore(_ t: [Token], _ k: Int) -> Int? {
        let e = k - shortFormLength(t, k)
        guard e >= 2, t[e - 1].kind == .word,
              let w = (max(0, e - 9)...(e - 2)).last(where: { t[$0].lower == "with" }),
              w == 0 || t[w - 1].isComma,
              t[(w + 1)..<e].allSatisfy({ $0.kind == .word && ($0.isLowercase || t[e - 1].isCapitalized) }),
              t[e - 1].isCapitalized || e - w <= 4 else { return nil }
        return w
    }

    /// "did not respond to a request for comment", "did not say whether …": a denied verb that
    /// reports nothing.
    @inline(never)
    static func deniedReportSaysNothing(_ lemma: String, _ t: [Token], _ k: Int) -> Bool {
        guard k > 0, ["not", "never", "n't"].contains(t[k - 1].lower) else { return false }
        // ("He did not disclose the price": what was kept back is no statement.)
        if ["respond", "reply", "comment", "answer", "disclose", "reveal"].contains(lemma) { return true }
        return k + 1 < t.count && ["whether", "when", "how", "what", "why", "if", "who"].contains(t[k + 1].lower)
    }

    /// "he" or "she" after a named person who spoke earlier in the same sentence is that person.
    @inline(never)
    static func pronounsToTheSentencesSpeaker(_ found: inout [ArticleFacts.Statement]) {
        func isPronoun(_ speaker: String) -> Bool { speaker.utf8.count <= 3 && ["he", "she"].contains(speaker.lowercased()) }
        for i in found.indices.dropFirst() where found[i].person != nil && isPronoun(found[i].speaker) {
            if let earlier = found[..<i].last(where: { $0.person != nil && !isPronoun($0.speaker) }) { found[i].person = earlier.person }
        }
    }

    /// Words that open an object before a quotation: "called the referendum plan “…”".
    static let objectDeterminers: Set<String> = ["the", "his", "her", "their", "its", "our", "this", "that"]

    static let falsehoodWords: Set<String> = ["unfounded", "baseless", "false", "untrue", "fabricated", "groundless",
                                              "fake", "misleading", "incorrect", "inaccurate"]

    func run() -> [ArticleFacts.Statement] {
        var statements: [ArticleFacts.Statement] = []
        var lastPerson: Int?                      // for he/she
        var lastBody: (text: String, sentence: Int)?  // for "it"
        var lastSpeakers: [Int: Speaker] = [:]     // block index → last speaker in that block
        var pendingList: (speaker: Speaker, verb: String, block: Int)?
        for s in context.tokens.indices where !context.tokens[s].isEmpty {
            let blockIndex = context.article.sentences[s].blockIndex
            let kind = context.blockKind(ofSentence: s)
            if kind == .heading || kind == .tableHeader { continue }
            var found: [ArticleFacts.Statement] = []
            if let header = context.headerCells[s] {
                found = tableStatements(s, header: header)
            } else if let answer = interviewAnswer(s, lastPerson: lastPerson) {
                // "A: Vaccination rates fell …" under a "Q:" line: the interviewee answers.
                found = [answer]
            } else {
                found = sentenceStatements(s, lastPerson: lastPerson)
                if found.isEmpty, kind == .listItem, let inherited = pendingList, inherited.block < blockIndex {
                    found = speakerStatements(inherited.speaker, verb: inherited.verb, stance: nil,
                                              content: listContent(s), sentence: s, form: "reported")
                }
            }
            // Intros that hand their speaker to the list below: "His remarks … underscored:".
            if kind == .paragraph || kind == .listItem {
                if let intro = listIntro(s, lastPerson: lastPerson, previous: lastSpeakers[blockIndex]) {
                    pendingList = (intro.0, intro.1, blockIndex)
                    found.removeAll { $0.content.isEmpty }
                } else if kind == .paragraph {
                    pendingList = nil
                }
            }
            // "Ahmed Sadok criticised the deficit, which he said would exceed …": "he" after a person
            // who spoke in the same sentence is that person.
            if found.count > 1 { Self.pronounsToTheSentencesSpeaker(&found) }
            // "it said": the body that spoke in this sentence or the one before; none, no statement.
            for i in found.indices where found[i].speaker.utf8.count == 2 && found[i].speaker.lowercased() == "it" {
                if let body = lastBody, body.sentence >= s - 1 { found[i].speaker = body.text } else { found[i].content = "" }
            }
            found.removeAll { $0.content.isEmpty }
            if let body = found.last(where: { $0.person == nil }) { lastBody = (body.speaker, s) }
            statements += found
            if let last = found.last {
                lastSpeakers[blockIndex] = Speaker(text: last.speaker, persons: found.compactMap(\.person), range: last.byteRange)
            }
            // "He" or "she" next refers to the sentence's subject: the person who spoke in it, else
            // the first person it names ("Jordan Bardella, …, urged Macron to … “…,” he told").
            if let speaker = found.last(where: { $0.person != nil })?.person { lastPerson = speaker }
            else if let m = mentions[s]?.first { lastPerson = m.person }
        }
        return statements
    }

    // MARK: - Sentences

    /// The first sentence of an "A:" paragraph that follows a "Q:" line is said by the person
    /// last named before it (the interviewee: "In an interview, Kluge answered questions:").
    func interviewAnswer(_ s: Int, lastPerson: Int?) -> ArticleFacts.Statement? {
        let t = context.tokens[s]
        guard let p = lastPerson, t.count > 2, t[0].text == "A", t[1].is(":") else { return nil }
        let blockIndex = context.article.sentences[s].blockIndex
        guard blockIndex > 0, s == 0 || context.article.sentences[s - 1].blockIndex != blockIndex else { return nil }
        // ("**Q: Will you cut again?**": the question in bold, as Markdown writes it.)
        let question = context.article.blocks[blockIndex - 1].text.drop(while: { $0 == "*" || $0 == "_" })
        guard question.hasPrefix("Q:") || question.hasPrefix("Q.") else { return nil }
        let blockEnd = context.article.blocks[blockIndex].block.byteRange.upperBound
        var content = context.article.string(t[2].range.lowerBound..<blockEnd)
        while content.last?.isWhitespace == true { content.removeLast() }
        let speaker = Speaker(text: people[p].name, persons: [p], range: t[0].range)
        return speakerStatements(speaker, verb: "say", stance: nil, content: content, sentence: s, form: "quote").first
    }

    /// Where the name of a body that ends at token `end` begins: capitalized words (with "of",
    /// "for" and "and" between them) one of which names a body or is an acronym ("the World
    /// Bank", "the IMF"), not a place ("Bavaria"); nil when there is none.
    static func bodyNameBefore(_ t: [Token], _ end: Int) -> Int? {
        var first = end
        while first > 0, t[first - 1].kind == .word,
              t[first - 1].isCapitalized || t[first - 1].isAllCaps
                || first >= 2 && first < end && ["of", "for", "and"].contains(t[first - 1].lower) && (t[first - 2].isCapitalized || t[first - 2].isAllCaps) {
            first -= 1
        }
        if first < end, t[first].lower == "the" { first += 1 }
        guard first < end, t[first..<end].contains(where: { $0.isAllCaps || $0.isCapitalized && Lexicon.namesABody($0.lower) }) else { return nil }
        return first
    }

    /// Whether the verb at `k` ends a comparison's clause: "than city administration had
    /// recommended", "than analysts expected" ("than" a few words before, no clause break between).
    static func closesComparison(_ t: [Token], verbAt k: Int) -> Bool {
        var j = k - 1
        while j >= 0, j >= k - 6, !t[j].isClauseBreak, !t[j].is(".") {
            if t[j].lower == "than" { return true }
            j -= 1
        }
        return false
    }

    func sentenceStatements(_ s: Int, lastPerson: Int?) -> [ArticleFacts.Statement] {
        let t = context.tokens[s]
        var results: [ArticleFacts.Statement] = []
        // Each statement's reporting verb (its token; none for "according to"), for the reports
        // found inside a clause said before its speaker.
        var verbs: [Int] = []
        func add(_ new: [ArticleFacts.Statement], verbAt k: Int) {
            results += new
            verbs += repeatElement(k, count: new.count)
        }
        var finiteFound = false
        // The last reporting verb that gave a statement, for reports inside its content.
        var lastReport: Int?
        let quote = quoteSpan(s)
        // "According to military analysts, …"
        for k in t.indices where k + 2 < t.count && t[k].lower == "according" && t[k + 1].lower == "to" {
            var end = k + 2
            while end < t.count, !t[end].isClauseBreak, !t[end].is(".") { end += 1 }
            // "according to the province's chief electoral officer, Gordon McClure.": the holder
            // of the office, in apposition, is the speaker.
            if end + 1 < t.count, t[end].isComma, end > k + 2,
               let m = (mentions[s] ?? []).first(where: { $0.byteRange.lowerBound == t[end + 1].range.lowerBound }),
               let after = t[(end + 1)...].firstIndex(where: { $0.range.lowerBound >= m.byteRange.upperBound }),
               t[after].is(".") || t[after].isComma {
                end = after
            }
            // "according to a study published in the journal Nature on Wednesday": the report, not
            // where or when it appeared (only when the whole phrase names no speaker).
            let reportEnd = end > k + 3 ? (k + 3..<end).first { t[$0].isLowercase && Self.reportParticiples.contains(t[$0].lower) } : nil
            if let speaker = speakerPhrase(s, k + 2..<end, lastPerson: lastPerson)
                ?? reportEnd.flatMap({ speakerPhrase(s, k + 2..<$0, lastPerson: lastPerson) }) {
                let contentStart = end < t.count ? end + 1 : end
                // "…, according to NATO." and "10,000 people have been killed, according to ACLED, though
                // …" put what was said before it; "According to analysts, …" after it.
                let trailing = k > 1 && t[k - 1].isComma
                // (Not the dateline that opens the first sentence: "SAN JOSE, Costa Rica, Feb 2, 2026 (AFP) -".)
                let opening = min(context.datelineEnd(sentence: s), trailing ? k - 1 : k)
                let content = contentStart < t.count - 1 && !trailing ? text(s, contentStart..<t.count) : text(s, opening..<(trailing ? k - 1 : k))
                add(speakerStatements(speaker, verb: "say", stance: nil, content: content, sentence: s, form: "reported"), verbAt: Int.max)
                finiteFound = true
            }
        }
        var k = 0
        var previousSpeaker: Speaker?
        // The last reporting verb with a subject, and that subject, for participles after it.
        var lastFinite: (Int, Speaker)?
        while k < t.count {
            guard t[k].flags.contains(.reportingForm), let verb = Lexicon.reportingForms[t[k].lower], t[k].isLowercase || k == 0,
                  !Lexicon.stateAsNoun(t, k) else { k += 1; continue }
            // After a possessive or a determiner it is a noun: "Szijjártó's remarks", "such claims" —
            // unless it is a past tense, which no noun is: "The government rejected …", "The
            // military said …" ("government" and "military" are also modifiers: "government claims").
            // ("Amnesty International said": a capitalized word inside a name is no determiner.)
            // ("Moody's said", "Sainsbury's warned": a firm named with its own possessive, then a verb
            // no noun is.)
            if k > 0, t[k - 1].kind == .possessive && !(k >= 2 && t[k - 2].isCapitalized && Self.saidAfterAName.contains(t[k].lower))
                || Self.determiners.contains(t[k - 1].lower) && !["both", "all", "two", "three", "one", "several", "many", "some", "most"].contains(t[k - 1].lower)
                && !(k >= 2 && t[k - 1].isCapitalized && t[k - 2].kind == .word && t[k - 2].isCapitalized),
               !(Self.subjectModifiers.contains(t[k - 1].lower) && (t[k].lower.hasSuffix("ed") || ["said", "told", "wrote"].contains(t[k].lower))) {
                k += 1
                continue
            }
            // "fulfilling a campaign promise to revisit …": after "a" and a noun, a bare verb form
            // cannot be the noun's verb (a singular subject would take "promises").
            if k >= 2, t[k].lower == verb.lemma, Self.singularDeterminers.contains(t[k - 2].lower), t[k - 1].kind == .word,
               t[k - 1].isLowercase, !t[k - 1].lower.hasSuffix("s") || t[k - 1].lower.hasSuffix("ss") {
                k += 1
                continue
            }
            // "called it “a quantum leap”": some verbs report speech only before a quotation.
            if Self.quoteOnlyLemmas.contains(verb.lemma), !quoteFollows(t, k),
               !(k + 1 < t.count && ["for", "on"].contains(t[k + 1].lower)), !Self.callsItSomething(t, k) { k += 1; continue }
            // "Member states of the WHO", "reports of fighting", "the northern Indian state of
            // Himachal Pradesh": a noun, not a verb.
            if Self.pluralNounLemmas.contains(verb.lemma), t[k].lower.hasSuffix("s") || t[k].lower == "state", k + 1 < t.count, t[k + 1].lower == "of" {
                k += 1
                continue
            }
            // "told state radio", "state television": "state" before a noun of media or government is that noun's modifier.
            // ("allowed state utility Eskom": nor right after a verb in the past tense.)
            // ("BJP state president B.Y. Vijayendra accused": nor before an office.)
            if t[k].lower == "state", Self.stateModifiesTheNext(t, k) {
                k += 1
                continue
            }
            // "Upper Basin states argue", "member states have said": "states" before a verb is its subject.
            if t[k].lower == "states", k + 1 < t.count, t[k + 1].isLowercase,
               Lexicon.reportingForms[t[k + 1].lower] != nil || Lexicon.verbGroupWords.contains(t[k + 1].lower) {
                k += 1
                continue
            }
            // "would write clear rules", "dismissed its lawsuit": the verb's object says it is no speech.
            if Self.notSpeech(verb.lemma, t, after: k) {
                k += 1
                continue
            }
            // "a region said to be": not speech ("said to reporters that …", "said to the BBC" are).
            if t[k].lower == "said", k + 1 < t.count, t[k + 1].lower == "to", Self.infinitiveAfterTo(t, k + 1) { k += 1; continue }
            // "the plan that he proposed.": a relative clause whose object is the noun before it
            // (nothing follows the verb) says nothing here the noun does not — unless the noun is
            // a claim it denies ("faces criminal charges that he denies", as "…, which he denies").
            if k >= 3, k + 1 == t.count || t[k + 1].isClauseBreak || t[k + 1].is(".") || t[k + 1].is(";"),
               t[k - 2].lower == "that" || t[k - 2].lower == "which", Lexicon.personalPronouns.contains(t[k - 1].lower),
               t[k - 3].kind == .word, t[k - 3].isLowercase, Lexicon.reportingForms[t[k - 3].lower] == nil {
                if verb.stance != nil, let denial = claimDeniedInRelative(s, verbAt: k, lemma: verb.lemma, stance: stance(verb, s)) {
                    add([denial], verbAt: k)
                }
                k += 1
                continue
            }
            // "a smaller hike than city administration had recommended,": a comparison's clause with
            // nothing after its verb reports no speech of its own.
            if k >= 2, k + 1 == t.count || t[k + 1].isClauseBreak || t[k + 1].is(".") || t[k + 1].is(";"),
               Self.closesComparison(t, verbAt: k) {
                k += 1
                continue
            }
            // "14 officials accused of mismanaging $42 million": "accuse" takes its object before
            // "of", so "accused of" with none between is the passive, whose agent is not named.
            if t[k].lower == "accused", k + 1 < t.count, t[k + 1].lower == "of" || t[k + 1].lower == "in" {
                k += 1
                continue
            }
            // "Donald Trump welcomed Saudi Arabia's crown prince, Mohammed bin Salman, to the White
            // House": a guest welcomed to a place is received, not spoken of.
            if verb.lemma == "welcome", welcomesAGuest(s, verbAt: k) {
                k += 1
                continue
            }
            // "Winsome Earle-Sears … has not conceded, her campaign said": a verb denied, with
            // nothing said after it, reports no speech.
            if k > 0, ["not", "never", "n't", "yet"].contains(t[k - 1].lower), k + 1 >= t.count || t[k + 1].isComma || t[k + 1].is(".")
                || Self.deniedReportSaysNothing(verb.lemma, t, k) {
                k += 1
                continue
            }
            // "he would declare “war on crime”", "will announce": speech still to come.
            if Self.afterFutureModal(t, k) { k += 1; continue }
            let isParticiple = t[k].lower.hasSuffix("ing")
            let isPast = t[k].lower.hasSuffix("ed") || Lexicon.irregularForms[t[k].lower] != nil
            // Passive: "… was underscored by X", "articulated by a senior diplomat".
            if isPast, k + 2 < t.count, t[k + 1].lower == "by" {
                var end = k + 2
                while end < t.count, !t[end].isClauseBreak, !["as", "to", "that", "in", "on"].contains(t[end].lower) || end == k + 2 { end += 1 }
                // "… by the EU's High Representative in Bosnia, Christian Schmidt.": the person in apposition.
                var agentEnd = end
                while agentEnd < t.count, !t[agentEnd].is("."), !t[agentEnd].is(";") { agentEnd += 1 }
                let agentSpan = t[k + 2].range.lowerBound..<t[max(k + 2, agentEnd - 1)].range.upperBound
                let appositive = (mentions[s] ?? []).first { agentSpan.contains($0.byteRange.lowerBound) }
                if let m = appositive, speakerPhrase(s, k + 2..<end, lastPerson: lastPerson) != nil || end < agentEnd {
                    let speaker = Speaker(text: people[m.person].name, persons: [m.person], range: m.byteRange)
                    add(speakerStatements(speaker, verb: verb.lemma, stance: verb.stance,
                                          content: passiveContent(s, verbAt: k), sentence: s, form: "reported"), verbAt: k)
                    finiteFound = true
                } else if k == 1 && t[0].lower == "as" {
                    // "As reported by Telegrafi, American diplomats emphasize …": the outlet is where the
                    // news was read (a source), and the sentence's own speaker is the subject after it.
                } else if let speaker = speakerPhrase(s, k + 2..<end, lastPerson: lastPerson) {
                    add(speakerStatements(speaker, verb: verb.lemma, stance: verb.stance,
                                          content: passiveContent(s, verbAt: k), sentence: s, form: "reported"), verbAt: k)
                    finiteFound = true
                }
                k += 1
                continue
            }
            // "… while our allies are threatened": a passive without an agent reports no speaker.
            // ("was formally admitted to the Association": an adverb may stand between.)
            if isPast, k > 0, Self.beForms.contains(t[k - 1].lower)
                || k > 1 && t[k - 1].isLowercase && t[k - 1].lower.hasSuffix("ly") && Self.beForms.contains(t[k - 2].lower) {
                k += 1
                continue
            }
            // Progressive "are reaffirming" is finite; a bare "-ing" is a participle.
            let afterBe = k > 0 && ["is", "are", "was", "were", "been", "be"].contains(t[k - 1].lower)
            // "…, with organizers saying the event had turned a profit": after "with", the
            // participle's subject is the group named between.
            // (Or the person named between: "with Minister for Regulation David Seymour calling it".)
            if isParticiple, !afterBe, let with = Self.withBefore(t, k), let speaker = speakerPhrase(s, (with + 1)..<k, lastPerson: lastPerson),
               speaker.persons.isEmpty || t[k - 1].isCapitalized {
                add(speakerStatements(speaker, verb: verb.lemma, stance: verb.stance, content: text(s, contentStart(t, after: k)..<t.count),
                                      sentence: s, form: "reported"), verbAt: k)
                k += 1
                continue
            }
            if isParticiple && !afterBe {
                k += 1
                continue
            }
            // "to discuss": a purpose infinitive, handled with participles below.
            if k > 0, t[k - 1].lower == "to" { k += 1; continue }
            if let speaker = subject(s, verbAt: k, lastPerson: lastPerson) ?? coordinatedSubject(t, verbAt: k, previous: previousSpeaker),
               !Self.insideReport(t, speaker: speaker, after: lastReport) {
                lastReport = Self.clauseReportingLemmas.contains(verb.lemma) ? k : nil
                previousSpeaker = speaker
                // A quotation before a coordinated verb with its own "that" clause belongs to the first
                // verb: "hailed the vote as “a success” and denied that turnout …".
                // So does one that closes before this verb's subject: "… called the ruling “an
                // important step,” while some consumer advocates said it did not go far enough."
                // ("called the sanctions “a paradox” and said he would not step back": a verb after
                // "and" past the quotation has its own clause too.)
                let ownClause = k + 1 < t.count && (t[k + 1].lower == "that" || k > 0 && t[k - 1].lower == "and")
                        && quote.map { $0.upperBound <= k } == true
                    || quote.map { q in
                        // (A clause's word between the quotation and the subject: "“…,” Smith said" and
                        // "“…,” House Speaker Mike Johnson, R-La., told reporters" have none.)
                        guard q.upperBound < k, let first = t.firstIndex(where: { $0.range.lowerBound >= speaker.range.lowerBound }),
                              q.upperBound < first else { return false }
                        return t[(q.upperBound + 1)..<first].contains { $0.kind == .word && Self.clauseOpeners.contains($0.lower) }
                    } == true
                // "said Ireland's neutrality was “a precious thing” that had to be protected": a
                // quotation inside the reported clause is part of it, not all of what was said.
                let start = contentStart(t, after: k)
                let embedded = quote.map { q in q.lowerBound > k && q.lowerBound - 1 > start } == true
                    && Self.clauseReportingLemmas.contains(verb.lemma)  // ("praised the deal as “historic”": the quotation)
                var content = ownClause || embedded ? text(s, start..<t.count)
                    : quote.map { text(s, $0) } ?? text(s, start..<t.count)
                // "Wilders conceded defeat on Saturday but said his party would remain “…”": a
                // quotation after a second reporting verb joined by "and" or "but" is that verb's.
                if !ownClause, !embedded, let q = quote, q.lowerBound > start,
                   let second = (start..<q.lowerBound).first(where: { j in
                       j > start && (t[j - 1].lower == "and" || t[j - 1].lower == "but") && t[j].isLowercase && Lexicon.reportingForms[t[j].lower] != nil }) {
                    content = text(s, start..<(second - 1))
                }
                // "…, Defence Minister Bill Blair said.", "…, officials said on Wednesday.": what was
                // said comes before the speaker when nothing but a time or a manner follows the verb
                // (or, after a clause before the speaker, whatever follows a comma: "…, the prosecutor
                // said on Thursday, bringing the number to four").
                let fronted = t.firstIndex(where: { $0.range.lowerBound >= speaker.range.lowerBound }).map { $0 > 1 && t[$0 - 1].isComma } ?? false
                // ("Local businesses welcomed the news", "criticized the statement": a verb that takes
                // an object, not a clause, has it even when its noun could say how something was said.)
                let object = start < t.count && Self.objectOpeners.contains(t[start].lower) && !Self.clauseReportingLemmas.contains(verb.lemma)
                if quote == nil, !object, Self.onlyCircumstance(t, from: start, afterFrontedClause: fronted) { content = "" }
                // "The swimmers, who blamed contaminated food at a hotel, were allowed …": the clause ends at its comma.
                if quote == nil, k >= 2, t[k - 1].lower == "who", t[k - 2].isComma,
                   let close = t[(k + 1)...].firstIndex(where: { $0.isComma }), close > contentStart(t, after: k) {
                    content = text(s, contentStart(t, after: k)..<close)
                }
                if quote == nil, let before = saidBefore(s, thisAt: start) { content = before }
                if Self.trimContent(content).isEmpty, let first = t.firstIndex(where: { $0.range.lowerBound >= speaker.range.lowerBound }), first > 1,
                   let denied = chargeDenied(s, subjectAt: first, reports: &results, verbs: verbs) {
                    content = denied
                } else if Self.trimContent(content).isEmpty, let first = t.firstIndex(where: { $0.range.lowerBound >= speaker.range.lowerBound }), first > 1 {
                    // Not the dateline ("WASHINGTON, Oct. 8, 2025 —") that opens the first sentence.
                    content = text(s, min(context.datelineEnd(sentence: s), first - 1)..<(first - 1))
                    // ("Grenada expects its economy to grow …, Prime Minister Dickon Mitchell said": a
                    // report inside the clause said before its speaker is part of what was said.)
                    if verbs.contains(where: { $0 < first - 1 }) {
                        let inside = verbs.map { $0 < first - 1 }
                        results = zip(results, inside).filter { !$1 }.map(\.0)
                        verbs = verbs.filter { $0 >= first - 1 }
                    }
                }
                add(speakerStatements(speaker, verb: verb.lemma, stance: stance(verb, s), content: content,
                                      sentence: s, form: quote == nil ? "reported" : "quote"), verbAt: k)
                finiteFound = true
                lastFinite = (k, speaker)
            } else if let speaker = invertedSubject(s, verbAt: k, lastPerson: lastPerson) {
                let content = quote.map { text(s, $0) } ?? text(s, 0..<max(0, k - 1))
                add(speakerStatements(speaker, verb: verb.lemma, stance: verb.stance, content: content,
                                      sentence: s, form: quote == nil ? "reported" : "quote"), verbAt: k)
                finiteFound = true
            }
            k += 1
        }
        if !finiteFound { results += participleStatements(s, lastPerson: lastPerson) }
        else if let (k, speaker) = lastFinite { results += trailingParticiples(s, after: k, speaker: speaker, quote: quote) }
        return results
    }

    /// "The Federal Government says it will launch a charter … The Minister of Information,
    /// Mohammed Idris, disclosed this on Sunday in Abuja": "this", as the whole object of the
    /// verb at `thisAt - 1`, is the sentence before. (Kept out of `sentenceStatements`.)
    @inline(never)
    func saidBefore(_ s: Int, thisAt k: Int) -> String? {
        let t = context.tokens[s]
        guard s > 0, k < t.count, t[k].lower == "this",
              k + 1 == t.count || t[k + 1].kind == .punctuation || Self.afterThis.contains(t[k + 1].lower),
              context.article.blocks[context.article.sentences[s - 1].blockIndex].kind == .paragraph else { return nil }
        return context.article.string(context.article.sentences[s - 1].byteRange)
    }
    static let afterThis: Set<String> = ["on", "in", "at", "while", "when", "during", "after", "before", "yesterday", "today"]

    /// Whether "state" at `k` modifies the noun after it: after a reporting verb or a past tense
    /// ("told state radio", "allowed state utility Eskom"), before a noun of media or government
    /// ("state television") or before an office ("BJP state president …").
    @inline(never)
    static func stateModifiesTheNext(_ t: [Token], _ k: Int) -> Bool {
        guard k + 1 < t.count, t[k + 1].isLowercase else { return false }
        return k > 0 && (Lexicon.reportingForms[t[k - 1].lower] != nil || t[k - 1].isLowercase && MilestoneExtractor.isPastForm(t[k - 1].lower))
            || stateNouns.contains(t[k + 1].lower) || Lexicon.office(at: k + 1, in: t) != nil
    }

    /// "The government accused Moscow of …, a charge the Kremlin denied": when the subject at
    /// `first` follows "a charge", what is denied is the clause before the charge, whose own
    /// reports (`reports`, their verbs at `verbs`) stand, without the charge. (Kept out of
    /// `sentenceStatements` so that it stays small.)
    @inline(never)
    func chargeDenied(_ s: Int, subjectAt first: Int, reports: inout [ArticleFacts.Statement], verbs: [Int]) -> String? {
        let t = context.tokens[s]
        guard let (c, from) = Self.claimDeniedAfter(t, first), from == first else { return nil }
        let tail = Self.trimContent(text(s, c..<t.count))
        for i in reports.indices where verbs[i] < c && reports[i].content.hasSuffix(tail) {
            reports[i].content = Self.trimContent(String(reports[i].content.dropLast(tail.count)))
        }
        return text(s, min(context.datelineEnd(sentence: s), c)..<c)
    }

    /// "Trump moved to remove Cook in August over allegations of mortgage fraud that she denies",
    /// "La'auli, who split from …, faces criminal charges that he denies": a claim's noun, then a
    /// relative clause whose pronoun denies it, is a denial by the person named last before the
    /// claim — the one it is about —, past a relative clause set off by commas. Nil when no
    /// claim's noun or no such person comes first.
    @inline(never)
    func claimDeniedInRelative(_ s: Int, verbAt k: Int, lemma: String, stance: String?) -> ArticleFacts.Statement? {
        let t = context.tokens[s]
        guard let n = Self.claimBefore(t, that: k - 2), let found = mentions[s] else { return nil }
        var j = n - 1
        while j >= 0, n - j <= 30 {
            if t[j].isComma {
                // (", who split from outgoing Prime Minister Fiamē Naomi Mata'afa earlier this year,")
                guard let open = (0..<j).last(where: { t[$0].isComma || t[$0].isClauseBreak }), t[open].isComma,
                      t[open + 1].lower == "who" || t[open + 1].lower == "which" else { return nil }
                j = open - 1
                continue
            }
            if t[j].isClauseBreak { return nil }
            if let m = found.last(where: { $0.byteRange.upperBound == t[j].range.upperBound }) {
                let speaker = Speaker(text: t[k - 1].text, persons: [m.person], range: t[k - 1].range)
                // (With an adjective before the noun: "criminal charges"; not a verb: "faces charges".)
                let adjective = n > j + 1 && t[n - 1].isLowercase && t[n - 1].kind == .word && !Self.isVerbLike(t[n - 1]) && !t[n - 1].lower.hasSuffix("s")
                    && !Self.stops.contains(t[n - 1].lower) && !PeopleExtractor.objectPrepositions.contains(t[n - 1].lower)
                    && !Self.claimLeadIns.contains(t[n - 1].lower) && !Lexicon.articles.contains(t[n - 1].lower)
                let content = text(s, (adjective ? n - 1 : n)..<(k - 2))
                return speakerStatements(speaker, verb: lemma, stance: stance, content: content, sentence: s, form: "reported").first
            }
            j -= 1
        }
        return nil
    }

    /// "Apple said it would appeal, calling the fine “unfair”": a participle after a comma that
    /// names what something is — "calling", "describing" — is a statement of its own by the same
    /// speaker ("…, adding that", "…, arguing that", "…, blaming" and "…, accusing" go on with
    /// the first one).
    func trailingParticiples(_ s: Int, after k: Int, speaker: Speaker, quote: Range<Int>?) -> [ArticleFacts.Statement] {
        let t = context.tokens[s]
        var results: [ArticleFacts.Statement] = []
        for j in (k + 2)..<max(k + 2, t.count) where t[j - 1].isComma && t[j].isLowercase && t[j].lower.hasSuffix("ing") {
            guard quote.map({ !$0.contains(j) }) ?? true, let verb = Lexicon.reportingForms[t[j].lower],
                  Self.separateParticipleLemmas.contains(verb.lemma),
                  verb.lemma != "call" || quoteFollows(t, j) || Self.callsItSomething(t, j) else { continue }
            // (Up to the next comma outside a quotation: "calling the fine “unfair, and late,”, …".)
            let end = ((j + 1)..<t.count).first(where: { t[$0].isComma && !(quote?.contains($0) ?? false) }) ?? t.count
            let start = contentStart(t, after: j)
            results += speakerStatements(speaker, verb: verb.lemma, stance: stance(verb, s), content: text(s, start..<max(end, start)),
                                         sentence: s, form: "reported")
        }
        return results
    }

    /// The forms of "be" before a passive participle.
    static let beForms: Set<String> = ["is", "are", "was", "were", "been", "being", "be"]

    /// Participles that name what a thing is, each a statement of its own after a finite report.
    static let separateParticipleLemmas: Set<String> = ["call", "describe"]
    /// Verbs of beginning, going on and stopping, before a participle.
    static let aspectVerbs: Set<String> = ["begin", "begins", "began", "begun", "start", "starts", "started", "starting",
                                           "continue", "continues", "continued", "stop", "stops", "stopped", "finish",
                                           "finished", "keep", "keeps", "kept", "resume", "resumed", "avoid", "avoided"]

    /// Whether "welcome" at `k` takes a person named within its next ten words and then "to",
    /// "at" or "back": the person is a guest received.
    func welcomesAGuest(_ s: Int, verbAt k: Int) -> Bool {
        let t = context.tokens[s]
        guard k + 3 < t.count, let guest = (mentions[s] ?? []).first(where: { m in
            m.byteRange.lowerBound > t[k].range.lowerBound && m.byteRange.lowerBound < t[min(t.count - 1, k + 10)].range.upperBound }),
              var j = t.indices.first(where: { t[$0].range.lowerBound >= guest.byteRange.upperBound }) else { return false }
        if t[j].isComma { j += 1 }
        return j < t.count && ["to", "at", "back"].contains(t[j].lower)
    }

    /// Whether `word`, right before a participle, is a common noun the participle describes
    /// ("resolution dismissing"): a lower-case word that is no adverb, conjunction or preposition,
    /// and no message that carries its author's words.
    static func nounBeforeParticiple(_ word: Token) -> Bool {
        guard word.kind == .word, word.isLowercase, !word.lower.hasSuffix("ly") else { return false }
        return !Self.participleLeaders.contains(word.lower)
    }

    /// What may stand right before a participle that reports: conjunctions, prepositions,
    /// adverbs not in "-ly", and the messages that carry their authors' words.
    static let participleLeaders: Set<String> = [
        "and", "or", "but", "while", "before", "after", "without", "by", "in", "on", "when", "then", "also", "again",
        "thereby", "since", "instead", "even", "still", "further", "once", "twice", "later", "earlier", "yet",
        "statement", "statements", "letter", "letters", "post", "posts", "message", "messages", "speech", "interview",
        "video", "tweet", "communique", "communiqué", "release", "note", "remarks", "comments", "address", "report",
        "reports", "op-ed", "editorial", "column", "declaration", "filing", "memo", "email", "broadcast", "notice",
        // ("read a statement on state television announcing …": where the words were heard.)
        "television", "radio", "camera", "air", "stage",
    ]

    /// "…, emphasizing that …", "categorically stating …", "…, to discuss …", "By refuting
    /// claims …, the government …": the sentence's subject speaks.
    func participleStatements(_ s: Int, lastPerson: Int?) -> [ArticleFacts.Statement] {
        let t = context.tokens[s]
        for k in t.indices {
            guard t[k].flags.contains(.reportingForm), let verb = Lexicon.reportingForms[t[k].lower] else { continue }
            let participle = t[k].lower.hasSuffix("ing")
            let infinitive = k > 0 && t[k - 1].lower == "to" && t[k].lower == verb.lemma
            guard participle || infinitive else { continue }
            // (", with organizers saying": the group's own, read with the finite verbs.)
            if participle, Self.withBefore(t, k) != nil { continue }
            // "is expected to begin discussing the draft": an activity begun or kept up, not a report.
            if participle, k > 0, Self.aspectVerbs.contains(t[k - 1].lower) { continue }
            // "the parliament's earlier resolution dismissing the Prime Minister": a participle right
            // after a noun tells what that thing does, not what the sentence's subject said
            // (a statement, a letter or a post that does is its author's: "issued a statement denying").
            if participle, k > 0, Self.nounBeforeParticiple(t[k - 1]) { continue }
            // "at President Donald Trump's urging", "at his urging": after an owner, the -ing word is a noun.
            if participle, k > 0, t[k - 1].kind == .possessive || Self.isPossessivePronoun(t[k - 1].lower) { continue }
            // "is expected to outline further measures", "plans to announce": speech still to come.
            if infinitive, k >= 2, Self.aheadWords.contains(t[k - 2].lower) { continue }
            // ("after finding him guilty", "dismissing the case": a participle's object says it is no
            // speech, as the finite verb's does.)
            if participle, Self.notSpeech(verb.lemma, t, after: k) { continue }
            // "who had called on Paluckas to explain the deals", "urged them to deny it": what
            // someone is asked to say is not said.
            // ("requiring the largest artificial intelligence companies to disclose": a long object between.)
            if infinitive, k >= 3, (max(0, k - 9)..<(k - 1)).reversed().prefix(while: { !t[$0].isClauseBreak })
                .contains(where: { Self.requestVerbs.contains(t[$0].lower) }) { continue }
            let content = text(s, contentStart(t, after: k)..<t.count)
            // "By rejecting …, local officials aim …": the subject after the comma.
            if k > 0, t[k - 1].lower == "by", k - 1 == 0 || t[k - 2].isClauseBreak,
               let comma = t[k...].firstIndex(where: { $0.isComma }) {
                if let speaker = speakerAfter(s, comma + 1, lastPerson: lastPerson) {
                    // What was rejected is the phrase between the participle and the comma.
                    return speakerStatements(speaker, verb: verb.lemma, stance: stance(verb, s), content: text(s, (k + 1)..<comma),
                                             sentence: s, form: "reported")
                }
                continue
            }
            // A participle takes the subject of the sentence's verb; an infinitive of purpose
            // ("…, to discuss …") the people named before it.
            // ("Brazil's central bank kept its rate at 15%, saying …": an irregular past form too.)
            if participle, let verbIndex = t.indices.first(where: { j in
                   j < k && (Self.isFiniteVerb(t, j) || j > 0 && !t[j - 1].isComma && Self.isPastVerb(t[j])) }),
               let speaker = subject(s, verbAt: verbIndex, lastPerson: lastPerson) {
                return speakerStatements(speaker, verb: verb.lemma, stance: stance(verb, s), content: content,
                                         sentence: s, form: "reported")
            }
            let before = (mentions[s] ?? []).filter { $0.byteRange.upperBound <= t[k].range.lowerBound }
            if !before.isEmpty {
                let persons = Self.unique(before.map(\.person))
                let speaker = Speaker(text: persons.map { people[$0].name }.joined(separator: " and "), persons: persons,
                                      range: before[0].byteRange)
                return speakerStatements(speaker, verb: verb.lemma, stance: stance(verb, s), content: content,
                                         sentence: s, form: "reported")
            }
        }
        return []
    }

    // MARK: - Speakers

    /// The subject before a finite verb at `k`, skipping auxiliaries and adverbs.
    func subject(_ s: Int, verbAt k: Int, lastPerson: Int?) -> Speaker? {
        let t = context.tokens[s]
        var end = k
        while end > 0, Lexicon.verbGroupWords.contains(t[end - 1].lower) { end -= 1 }
        // "The Philippines on Tuesday accused …": a time between the subject and its verb.
        if let start = Self.timeBefore(t, end) {
            end = start
            while end > 0, Lexicon.verbGroupWords.contains(t[end - 1].lower) { end -= 1 }
        }
        // "The Nigeria Labour Congress (NLC), however, warned": an adverb set off by commas.
        if end >= 4, t[end - 1].isComma, t[end - 3].isComma, Self.parentheticalAdverbs.contains(t[end - 2].lower) {
            end -= 3
        }
        // "Finance Minister Jürgen Ligi (Reform) said", "Sen. Ted Cruz (R-Texas) said": a party or
        // a state in brackets after a person's name stands between the subject and its verb.
        if end >= 4, t[end - 1].is(")"), let open = bracketAfterName(s, t, end) {
            end = open
        }
        guard end > 0 else { return nil }
        // "Rustem Umerov thanked allies but said Kyiv needed …": a verb joined by "and" or "but" to
        // the sentence's first verb (not a report itself) has its subject.
        // ("Tejashwi Yadav, the party leader who led the alliance, congratulated the winners but
        // alleged": the first verb after the subject's apposition, not the one inside it.)
        if end >= 2, t[end - 1].lower == "and" || t[end - 1].lower == "but",
           // (A comma inside a quotation's closing mark is the quotation's: "two “forever
           // chemicals,” and said".)
           // ("…, former prime minister Alain Claude Bilie-By-Nze, won 3.02% and said": an irregular past too.)
           // ("Selena Uibo said Labor supported keeping the community safe but warned the changes
           // would …", "said the government had sent police … and vowed that …": a verb that reports
           // a clause is the reporter's, whose "said" comes before the clause; "said the Commission
           // respected the result and expected the Czech Republic to remain …" is the Commission's.)
           case let reportsAClause = k + 1 < t.count && t[k + 1].lower == "that"
               || Lexicon.reportingForms[t[k].lower].map({ Self.clauseReportingLemmas.contains($0.lemma) }) == true,
           case let from = Self.joinedVerbsClauseStart(t, end, reportsAClause: reportsAClause),
           from < end - 1,
           let first = (from..<(end - 1)).first(where: { j in
               Self.isFiniteVerb(t, j) || j == from && j > 1 && Self.isPastVerb(t[j])
                   && (t[j].lower.hasSuffix("ed") || !t[j].flags.contains(.reportingForm))
                   // ("Chief Minister N. Chandrababu Naidu on Friday laid … and said": an irregular
                   // past right after a name or a weekday.)
                   || j > from && Self.isPastVerb(t[j]) && !t[j].flags.contains(.reportingForm)
                       && (t[j - 1].isCapitalized && t[j - 1].kind == .word || Weekday.number(t[j - 1].lower) != nil)
                   || reportsAClause && j > from && t[j].isLowercase && Lexicon.irregularForms[t[j].lower] != nil
                       && Self.isReportingPast(t[j]) }),
           // ("John Cotton said the council had made “a fair offer” and urged …": when a verb
           // reports a clause that a quotation closes, the verb after "and" is the reporter's, as
           // in "called the sanctions “a paradox” and said …" below; not when that reporting verb
           // is the first verb itself: "The EPA on Friday proposed … “forever chemicals,” and said".)
           !(Self.closesQuote(t[end - 2]) && (from..<first).contains(where: { t[$0].isLowercase && t[$0].flags.contains(.reportingForm) && Self.isReportingPast(t[$0]) })),
           let speaker = subject(s, verbAt: first, lastPerson: lastPerson) {
            return speaker
        }
        // "The swimmers, who blamed contaminated food, …": a relative clause's verb has the noun before it.
        // ("who declared martial law" is an act: only claims, or a verb before "that" or a quotation.)
        // So has a second verb of the clause: "Karol Nawrocki, who took office on 6 August and has
        // vowed to block tax increases".
        var who = end >= 3 && t[end - 1].lower == "who" && t[end - 2].isComma ? end - 1 : nil
        if who == nil, end >= 4, t[end - 1].lower == "and",
           let w = (1..<(end - 1)).last(where: { t[$0].lower == "who" || t[$0].isClauseBreak || t[$0].kind == .punctuation }),
           t[w].lower == "who", t[w - 1].isComma, end - w <= 12 {
            who = w
        }
        // "with support from the World Bank, which said in a statement it was …": a body's
        // relative clause on "which" has the body for subject (a person's would be "who").
        if who == nil, end >= 3, t[end - 1].lower == "which", t[end - 2].isComma {
            let lemma = Lexicon.reportingForms[t[k].lower]?.lemma ?? ""
            guard Self.relativeClaimLemmas.contains(lemma), let first = Self.bodyNameBefore(t, end - 2),
                  case let span = t[first].range.lowerBound..<t[end - 3].range.upperBound,
                  !(mentions[s] ?? []).contains(where: { span.overlaps($0.byteRange) }) else { return nil }
            return Speaker(text: context.article.string(span), persons: [], range: span)
        }
        if let who {
            let lemma = Lexicon.reportingForms[t[k].lower]?.lemma ?? ""
            guard Self.relativeClaimLemmas.contains(lemma) || k + 1 < t.count && (t[k + 1].lower == "that" || t[k + 1].is("“") || t[k + 1].is("\""))
            else { return nil }
            // The person named right before the comma is the one the clause is about.
            if let m = (mentions[s] ?? []).last(where: { $0.byteRange.upperBound == t[who - 2].range.upperBound }) {
                return Speaker(text: people[m.person].name, persons: [m.person], range: m.byteRange)
            }
            // "Carlos Manzo, the mayor of Uruapan in Michoacán state, who had criticized": the person
            // before an apposition set off by commas.
            if let open = (max(0, who - 12)..<(who - 1)).last(where: { t[$0].isComma }), open > 0,
               !t[(open + 1)..<(who - 1)].contains(where: { $0.isComma }),
               let m = (mentions[s] ?? []).last(where: { $0.byteRange.upperBound == t[open - 1].range.upperBound }) {
                return Speaker(text: people[m.person].name, persons: [m.person], range: m.byteRange)
            }
            return phraseBefore(s, end: who - 1, lastPerson: lastPerson)
        }
        // "Critics, including the U.S. ambassador …, Ronald Johnson, have warned": the group speaks,
        // not the member named inside the commas.
        if end >= 2, t[end - 1].isComma, let open = (1..<(end - 1)).first(where: { t[$0].isComma }),
           open + 1 < end - 1, t[open + 1].lower == "including" || t[open + 1].lower == "among" {
            return phraseBefore(s, end: open, lastPerson: lastPerson)
        }
        // "Mayor of Pristina, Shpend Ahmeti, emphasized": an apposition ends right before the verb.
        if t[end - 1].isComma {
            var before = (mentions[s] ?? []).filter { $0.byteRange.upperBound <= t[end - 1].range.lowerBound }
            // ("The Advisory Committee on Immunization Practices, whose members were appointed by Health
            // Secretary Robert F. Kennedy Jr. in June, said": a person named only inside a relative
            // clause on a body is not the subject.)
            // ("The opposition Patriotic Bloc, led by former president Igor Dodon, said": nor one
            // named only in a participle's "by" phrase.)
            if !before.isEmpty, end >= 3, let open = (1..<(end - 1)).first(where: { t[$0].isComma && (t[$0 + 1].lower == "whose" || t[$0 + 1].lower == "which"
                    || $0 + 2 < end && t[$0 + 1].isLowercase && t[$0 + 1].lower.hasSuffix("ed") && t[$0 + 2].lower == "by") }),
               !before.contains(where: { $0.byteRange.upperBound <= t[open].range.lowerBound }) {
                before = []
            }
            guard !before.isEmpty else {
                // "The city's largest employee union, AFSCME Local 2, said": a body described, then
                // named in apposition; the name speaks.
                if let named = Self.namedInApposition(t, end: end) {
                    let span = t[named.lowerBound].range.lowerBound..<t[named.upperBound - 1].range.upperBound
                    return Speaker(text: context.article.string(span), persons: [], range: span)
                }
                // "The Maritime Alliance, which represents the employers, said", "Africa CDC, the
                // continent's health agency, reported": a body before a relative clause or an
                // apposition set off by commas — not a time or place that opens the sentence
                // ("In Geneva, the agency, …").
                // (Or a participle: "The rebel group, known as the ELN, denied".)
                // ("The moderator's report, delivered to both governments in June, recommended": a
                // past participle and its phrase.)
                // ("Walhi, Indonesia's largest environmental organisation, said": or an owner's possessive.)
                guard let open = (0..<(end - 1)).last(where: { t[$0].isComma }), open > 0, open + 2 < end - 1,
                      ["which", "who", "whose", "the", "a", "an", "known", "called", "led", "based", "backed", "founded"].contains(t[open + 1].lower)
                        || t[open + 1].isCapitalized && t[open + 2].kind == .possessive
                        || t[open + 1].isLowercase && t[open + 1].lower.hasSuffix("ed")
                            && ["to", "in", "by", "on", "at", "from", "for", "with", "after", "during", "last", "earlier"].contains(t[open + 2].lower)
                            && Lexicon.office(at: open - 1, in: t) == nil,  // (not a holder: "The pontiff, elected in May …,")
                      !t[(open + 1)..<(end - 1)].contains(where: { $0.is(";") || $0.is("(") || $0.is(")") }) else { return nil }
                // ("The Dominican Association of Electricity Industry (ADIE), which …": its short
                // form in brackets before the comma.)
                let nameEnd = open - Self.shortFormLength(t, open)
                let clauseStart = (0..<nameEnd).last(where: { t[$0].isClauseBreak }).map { $0 + 1 } ?? 0
                guard clauseStart < nameEnd, !Self.prepositions.contains(t[clauseStart].lower),
                      !["after", "before", "during", "since", "under", "with", "as", "when", "while"].contains(t[clauseStart].lower) else { return nil }
                if let speaker = phraseBefore(s, end: nameEnd, lastPerson: lastPerson) {
                    // "Thames Water, the country's largest supplier, which is struggling …, said": the
                    // name the apposition describes speaks.
                    if speaker.persons.isEmpty, let first = t.firstIndex(where: { $0.range.lowerBound >= speaker.range.lowerBound }),
                       first >= 2, t[first - 1].isComma, Lexicon.articles.contains(t[first].lower) {
                        let nameStart = (0..<(first - 1)).last(where: { t[$0].isClauseBreak }).map { $0 + 1 } ?? 0
                        if nameStart < first - 1, first - 1 - nameStart <= 4, t[nameStart].isCapitalized || t[nameStart].isAllCaps,
                           t[nameStart].lower == "the" || !t[nameStart].flags.contains(.neverName),
                           t[nameStart..<(first - 1)].allSatisfy({ $0.isCapitalized || $0.isAllCaps || ["of", "for", "and", "&"].contains($0.lower) }),
                           Lexicon.jurisdiction(at: nameStart, in: t).map({ $0.length != first - 1 - nameStart }) ?? true,
                           (mentions[s] ?? []).allSatisfy({ $0.byteRange.lowerBound >= t[first - 1].range.upperBound }) {
                            let span = t[nameStart].range.lowerBound..<t[first - 2].range.upperBound
                            return Speaker(text: context.article.string(span), persons: [], range: span)
                        }
                    }
                    return speaker
                }
                // A capitalized name with an apposition that says it is a body ("Nvidia, the
                // chipmaker,") is one, even at the start of the sentence.
                // ("Energy Transition Minerals, the Australian company behind Kvanefjeld,": the
                // apposition's noun before a preposition.)
                // ("Paramount Skydance, which had made a rival bid, said": "which" says it is no person.)
                let head = t[Self.appositionHead(t, open + 1, end - 1)].lower
                guard t[open + 1].lower != "who", t[open + 1].lower != "whose",
                      t[open + 1].lower == "which" || Lexicon.namesABody(head) || head.hasSuffix("maker"),
                      open - clauseStart <= 4,
                      // ("Airlines for America, the industry's trade group,": small words inside the name.)
                      t[clauseStart..<open].indices.allSatisfy({ k in t[k].isCapitalized || t[k].isAllCaps || t[k].lower == "the"
                          || k > clauseStart && k < open - 1 && ["of", "for", "and", "&"].contains(t[k].lower) }),
                      t[clauseStart..<open].contains(where: { $0.isCapitalized || $0.isAllCaps }) else { return nil }
                let span = t[clauseStart].range.lowerBound..<t[open - 1].range.upperBound
                return Speaker(text: context.article.string(span), persons: [], range: span)
            }
            // Only the people of the subject: not those named inside a relative clause about it
            // ("Luisa González, who lost to Noboa in the April runoff, called").
            var subject = before
            if end >= 2, let open = (1..<(end - 1)).first(where: { t[$0].isComma && ["who", "whose", "which"].contains(t[$0 + 1].lower) }) {
                let outside = before.filter { $0.byteRange.upperBound <= t[open].range.lowerBound }
                if !outside.isEmpty { subject = outside }
            }
            // Nor one in the possessive before a common noun, who owns the subject: "Rozier's
            // lawyer, Jim Trusty, said" (the lawyer speaks; alone, "Rozier's lawyer said" is no person's).
            let owners = subject.filter { m in
                guard m.form == "possessive", let k = t.firstIndex(where: { $0.range.lowerBound >= m.byteRange.upperBound }) else { return false }
                return k + 1 < t.count && t[k].kind == .possessive && t[k + 1].kind == .word && t[k + 1].isLowercase
            }
            if !owners.isEmpty {
                subject.removeAll { m in owners.contains { $0.byteRange == m.byteRange } }
                if subject.isEmpty, let first = t.firstIndex(where: { $0.range.lowerBound >= owners[0].byteRange.lowerBound }), first < end {
                    var last = end - 1
                    while last > first, Lexicon.verbGroupWords.contains(t[last].lower) { last -= 1 }
                    let span = t[first].range.lowerBound..<t[last].range.upperBound
                    return Speaker(text: context.article.string(span), persons: [], range: span)
                }
            }
            // Nor those named inside an apposition to it: "Johannes Winkel, the leader of the
            // youth wing of Merz's Christian Democrats, warned", "Anna Berg, an ally of Merz, said".
            if let first = subject.first, first.form != "possessive",
               let comma = t.firstIndex(where: { $0.range.lowerBound >= first.byteRange.upperBound }),
               comma + 1 < end - 1, t[comma].isComma, t[comma + 1].isLowercase,
               !["and", "or", "along", "together", "as", "plus"].contains(t[comma + 1].lower) {
                subject = subject.filter { $0.byteRange.upperBound <= t[comma].range.lowerBound }
            }
            // "The 6-3 ruling, written by Justice Amy Coney Barrett, said": whoever is named in a
            // participle's "by" phrase is not the subject; the noun before it is.
            if let open = (0..<(end - 1)).last(where: { t[$0].isComma }), open > 0, open + 3 < end - 1,
               t[open + 1].isLowercase, t[open + 2].lower == "by", Self.byParticiples.contains(t[open + 1].lower),
               !before.contains(where: { $0.byteRange.upperBound <= t[open].range.lowerBound }) {
                return phraseBefore(s, end: open, lastPerson: lastPerson)
            }
            let persons = Self.unique(subject.map(\.person))
            return Speaker(text: persons.map { people[$0].name }.joined(separator: " and "), persons: persons,
                           range: subject[0].byteRange)
        }
        // "Scientists who were not involved in the study said": a group's noun, then a relative
        // clause without commas, is the subject.
        if let w = Self.restrictiveWho(t, end), let speaker = phraseBefore(s, end: w, lastPerson: lastPerson) { return speaker }
        // "…, a charge the Kremlin denied": a noun naming what was said, then a relative clause
        // without "that" whose subject denies it; the subject speaks.
        if let (_, from) = Self.claimDeniedAfter(t, end), Lexicon.reportingForms[t[k].lower]?.stance != nil {
            return speakerPhrase(s, from..<end, lastPerson: lastPerson)
        }
        // "First Minister Michelle O'Neill and deputy First Minister Emma Little-Pengelly said":
        // two people joined by "and" speak together.
        guard let speaker = phraseBefore(s, end: end, lastPerson: lastPerson) else { return nil }
        if speaker.persons.count == 1, let first = t.firstIndex(where: { $0.range.lowerBound >= speaker.range.lowerBound }),
           first >= 2, t[first - 1].lower == "and",
           let m = (mentions[s] ?? []).last(where: { $0.byteRange.upperBound == t[first - 2].range.upperBound }), m.person != speaker.persons[0] {
            return Speaker(text: people[m.person].name + " and " + people[speaker.persons[0]].name, persons: [m.person, speaker.persons[0]],
                           range: m.byteRange.lowerBound..<speaker.range.upperBound)
        }
        return speaker
    }

    /// Where "who" opens a relative clause without commas that ends at `end`, after a plural
    /// group's noun ("Scientists who were not involved in the study"); else nil.
    static func restrictiveWho(_ t: [Token], _ end: Int) -> Int? {
        guard end >= 3, let w = (max(1, end - 12)..<end).last(where: { t[$0].lower == "who" }), !t[w - 1].isComma, t[w - 1].kind == .word,
              !t[w..<end].contains(where: { $0.isClauseBreak }), isPluralGroup([t[w - 1]], sentenceStart: w == 1) else { return nil }
        return w
    }

    /// The comma before "a charge", "an accusation", … when they open the clause that ends at
    /// `end` with a subject after them ("…, a charge the Kremlin denied", "…, a claim that many
    /// doctors have rejected"), and where the subject begins.
    static func claimDeniedAfter(_ t: [Token], _ end: Int) -> (comma: Int, subject: Int)? {
        guard end >= 3, let c = (0..<(end - 1)).last(where: { t[$0].isClauseBreak || t[$0].kind == .punctuation }), t[c].isComma else { return nil }
        // (Or the plural with no article: "…, allegations she has denied".)
        let article = t[c + 1].lower == "a" || t[c + 1].lower == "an"
        let n = article ? c + 2 : c + 1
        guard n < end, article ? claimNouns.contains(t[n].lower) : isClaimNoun(t[n].lower) else { return nil }
        return (c, n + 1 < end && (t[n + 1].lower == "that" || t[n + 1].lower == "which") ? n + 2 : n + 1)
    }
    /// Words before a claim's noun that are not its adjective: "over allegations", "denied any allegations".
    static let claimLeadIns: Set<String> = ["over", "amid", "despite", "after", "before", "under", "by", "any", "all", "no", "new", "these", "those"]
    /// Where a claim's noun stands before the "that" or "which" at `that`, with at most a short
    /// phrase of its own between ("charges that", "allegations of mortgage fraud that"); else nil.
    static func claimBefore(_ t: [Token], that: Int) -> Int? {
        guard that >= 1, t[that].lower == "that" || t[that].lower == "which" else { return nil }
        var j = that - 1
        while j >= 0, j >= that - 5, t[j].kind == .word, t[j].isLowercase {
            if isClaimNoun(t[j].lower) { return j }
            j -= 1
        }
        return nil
    }
    /// Whether a word is a claim's noun, singular or plural ("charge", "allegations").
    static func isClaimNoun(_ w: String) -> Bool {
        claimNouns.contains(w) || w.hasSuffix("s") && claimNouns.contains(String(w.dropLast()))
    }
    static let claimNouns: Set<String> = ["charge", "claim", "accusation", "allegation", "assertion", "suggestion", "characterization",
                                          "characterisation", "assessment", "account", "version", "view"]

    /// Where the brackets that close right before token `end` open, when they hold a few words
    /// and follow a person's name ("Jürgen Ligi (Reform)", "Ted Cruz (R-Texas)"); else nil.
    func bracketAfterName(_ s: Int, _ t: [Token], _ end: Int) -> Int? {
        guard let open = (max(1, end - 7)..<(end - 2)).last(where: { t[$0].is("(") }),
              !t[(open + 1)..<(end - 1)].contains(where: { $0.is(")") || $0.isComma }),
              let m = mentions[s], m.contains(where: { $0.byteRange.upperBound == t[open - 1].range.upperBound })
        else { return nil }
        return open
    }

    /// Where the clause opens whose verb a second verb after "and" or "but" (token `end - 1`)
    /// is joined to: after the last comma, semicolon or "that" before it. ("warned that the
    /// district was “kicking the can down the road” and said a deficit …": when the second verb
    /// reports a clause, a "that" after a reporting verb opens the first one's content, and
    /// the clause is the reporter's, before it.)
    @inline(never)
    static func joinedVerbsClauseStart(_ t: [Token], _ end: Int, reportsAClause: Bool) -> Int {
        func boundary(before e: Int) -> Int {
            ((1..<max(1, e)).last(where: { t[$0].isComma && !closesQuote(t[$0 + 1]) || t[$0].is(";") || t[$0].lower == "that" }) ?? 0) + 1
        }
        var from = boundary(before: end - 1)
        // ("laid the foundation stone for the first phase of the project, and said …": a comma
        // right before the "and" ends no clause of the first verb.)
        if from == end - 1, end >= 3, t[end - 2].isComma { from = boundary(before: end - 2) }
        guard reportsAClause, from >= 3, t[from - 1].lower == "that", t[from - 2].isLowercase,
              t[from - 2].flags.contains(.reportingForm) else { return from }
        return boundary(before: from - 2)
    }

    /// Where "conducted Nov. 7–10" or "released on Monday" starts when it ends right before
    /// `end`: a past participle, then only a date's words; nil otherwise.
    @inline(never)
    static func datedParticipleStart(_ t: [Token], _ end: Int) -> Int? {
        var k = end
        while k > 0, end - k < 6, t[k - 1].flags.contains(.month) || Weekday.number(t[k - 1].lower) != nil || t[k - 1].startsWithDigit
                || ["on", "in", "last", "this", "earlier", "between", "from", "to", "and", "–", "-"].contains(t[k - 1].lower) { k -= 1 }
        // (The date may have been read off already, as the time before the verb: then it follows `end`.)
        let dated = k < end ? t[k..<end].contains(where: { $0.flags.contains(.month) || Weekday.number($0.lower) != nil })
            : end < t.count && (t[end].flags.contains(.month) || Weekday.number(t[end].lower) != nil || t[end].lower == "on")
        guard dated, k >= 2, t[k - 1].isLowercase, t[k - 1].lower.hasSuffix("ed"), t[k - 2].kind == .word else { return nil }
        return k - 1
    }

    /// The head noun of an apposition in `lo..<hi`: its last word before a preposition
    /// ("the Australian company behind Kvanefjeld" → "company"), else its last word.
    @inline(never)
    static func appositionHead(_ t: [Token], _ lo: Int, _ hi: Int) -> Int {
        let p = (lo + 1..<max(lo + 1, hi)).first { t[$0].isLowercase && (prepositions.contains(t[$0].lower) || appositionPrepositions.contains(t[$0].lower)) }
        return (p ?? hi) - 1
    }

    /// Words after which an apposition's noun phrase goes on with a complement.
    static let appositionPrepositions: Set<String> = ["behind", "with", "to", "that", "by", "across", "near", "under"]

    /// "The city's largest employee union, AFSCME Local 2, said": the token range of a name set
    /// off by commas right before token `end` (a comma), after a description that ends on a
    /// body's noun; nil when there is none.
    static func namedInApposition(_ t: [Token], end: Int) -> Range<Int>? {
        // ("Nexperia's parent, Wingtech Technology, said": or a firm by its relation to another.)
        guard end >= 5, t[end - 1].isComma, let open = (0..<(end - 1)).last(where: { t[$0].isComma }), open >= 2, open + 1 < end - 1,
              open + 6 >= end - 1, t[open - 1].kind == .word, t[open - 1].isLowercase,
              Lexicon.namesABody(t[open - 1].lower) || Self.firmRelationNouns.contains(t[open - 1].lower),
              t[(open + 1)..<(end - 1)].allSatisfy({ $0.kind == .word || $0.kind == .number }),
              t[open + 1].isCapitalized || t[open + 1].isAllCaps,
              !t[0..<open].contains(where: { $0.isComma }) else { return nil }
        return (open + 1)..<(end - 1)
    }

    /// Nouns that say what a firm is to another: "Nexperia's parent", "the club's owner".
    static let firmRelationNouns: Set<String> = ["parent", "owner", "subsidiary", "unit"]

    /// Where a time right before token `end` starts: "on Tuesday", "on Monday night", "last
    /// week", "earlier this month", "yesterday"; nil when there is none.
    static func timeBefore(_ t: [Token], _ end: Int) -> Int? {
        guard end >= 2 else { return nil }
        var e = end
        if ["night", "morning", "afternoon", "evening"].contains(t[e - 1].lower), e >= 3 { e -= 1 }
        let w = t[e - 1].lower
        if DateWords.weekdays.contains(w), t[e - 1].isCapitalized, ["on", "late", "early"].contains(t[e - 2].lower) {
            return e >= 3 && ["late", "early"].contains(t[e - 3].lower) ? e - 3 : e - 2
        }
        if ["yesterday", "today", "earlier"].contains(w), e == end, !t[e - 2].isClauseBreak, t[e - 2].kind == .word { return e - 1 }
        // ("The Minister for Finance, Professor Biman Prasad, today announced": after an apposition's comma.)
        if e == end, e >= 4, t[e - 2].isComma, t[e - 3].kind == .word, t[e - 3].isCapitalized, w == "today" || w == "yesterday" { return e - 1 }
        if ["week", "month", "year"].contains(w), e == end, e >= 3, ["last", "this"].contains(t[e - 2].lower) {
            return e >= 4 && t[e - 3].lower == "earlier" ? e - 3 : e - 2
        }
        return nil
    }

    /// Where a proper name ending at `end` begins: capitalized words with the small words of
    /// names between them ("for the Prevention and Investigation of Accidents in Civil Aviation
    /// and Rail"), from the "the" that opens it; three to sixteen tokens, else nil.
    static func properNameBefore(_ t: [Token], _ end: Int) -> Int? {
        guard end >= 3, t[end - 1].kind == .word, t[end - 1].isCapitalized || t[end - 1].isAllCaps else { return nil }
        var k = end - 1
        while k > 0, end - k <= 16 {
            let p = t[k - 1]
            guard p.kind == .word else { break }
            if p.lower == "the" {
                // "for the Prevention": inside the name; otherwise the article that opens it.
                if k >= 2, nameJoiners.contains(t[k - 2].lower), t[k - 2].isLowercase { k -= 1; continue }
                k -= 1
                break
            }
            if p.isCapitalized || p.isAllCaps || p.isLowercase && nameJoiners.contains(p.lower) && k >= 2
                && (t[k - 2].isCapitalized || t[k - 2].isAllCaps || t[k - 2].lower == "the") {
                k -= 1
                continue
            }
            break
        }
        while k < end, t[k].isLowercase, t[k].lower != "the" { k += 1 }
        guard (3...16).contains(end - k), t[k].lower == "the" || t[k].isCapitalized else { return nil }
        return k
    }
    /// Small words inside a body's name: "Office for the Prevention", "Accidents in Civil Aviation".
    static let nameJoiners: Set<String> = ["of", "for", "and", "in", "on", "to", "de", "du", "des"]

    /// The tokens of a short form in parentheses right before `end`, parentheses included:
    /// "(WADA)" 3, "(Africa CDC)" 4; 0 when there is none.
    static func shortFormLength(_ t: [Token], _ end: Int) -> Int {
        // ("The National Water Commission (Conagua) said": one capitalized word after a body's noun.)
        if end >= 4, t[end - 1].is(")"), t[end - 3].is("("), t[end - 2].kind == .word, t[end - 2].isCapitalized,
           t[end - 4].isCapitalized, Lexicon.namesABody(t[end - 4].lower) { return 3 }
        guard end >= 3, t[end - 1].is(")"), t[end - 2].isAllCaps else { return 0 }
        if t[end - 3].is("(") { return 3 }
        if end >= 4, t[end - 4].is("("), t[end - 3].kind == .word, t[end - 3].isCapitalized { return 4 }
        return 0
    }

    /// Words that open an object: "the news", "his statement".
    static let objectOpeners: Set<String> = ["the", "a", "an", "his", "her", "their", "its"]

    /// Verbs whose object is a clause of reported speech ("said the board had not discussed …"),
    /// unlike "denied the claims and Serbia rejected the report".
    static let clauseReportingLemmas: Set<String> = ["say", "tell", "write", "add", "note", "warn", "insist", "argue",
                                                     "explain", "state", "suggest", "report", "confirm", "acknowledge",
                                                     "admit", "announce", "stress", "emphasize", "claim", "assert", "believe"]

    /// Whether a speaker stands inside what an earlier verb of the sentence reports, with no
    /// clause break between ("told reporters the board had not discussed a rise", "said the
    /// Commission respected the result and expected …"): a report inside a report is the outer
    /// speaker's words, not a statement of its own.
    static func insideReport(_ t: [Token], speaker: Speaker, after report: Int?) -> Bool {
        guard let report, let first = t.firstIndex(where: { $0.range.lowerBound >= speaker.range.lowerBound }), first > report else { return false }
        return !t[(report + 1)..<first].contains { $0.isClauseBreak || $0.is(";") || ["while", "whereas", "but"].contains($0.lower) || closesQuote($0) }
    }

    /// Nouns that "state" modifies: "state radio", "state media".
    static let stateNouns: Set<String> = ["radio", "television", "tv", "media", "broadcaster", "news", "agency", "department",
                                          "legislature", "assembly", "senate", "house", "government", "officials", "prosecutors",
                                          "police", "court", "courts", "company", "companies", "firm", "firms", "budget",
                                          "elections", "visit", "funeral", "secrets", "level", "law", "laws", "lawmakers",
                                          "capital", "newspaper", "outlets", "press", "oil", "enterprises", "banks",
                                          "utility", "utilities", "power", "energy", "airline", "carrier", "lender", "bank",
                                          "broadcasters", "pension", "pensions", "subsidies", "support", "railway", "railways",
                                          "parliament", "parliaments", "election", "council", "councils", "legislators",
                                          "school", "schools", "hospital", "hospitals", "university", "universities"]

    /// Participles before "by" that describe the subject: "The ruling, written by …,".
    static let byParticiples: Set<String> = ["written", "authored", "signed", "issued", "drafted", "led", "backed", "chaired",
                                             "headed", "supported", "sponsored", "commissioned", "published", "released"]

    /// Verbs whose object is a claim, so that "X, who blamed contaminated food," reports one.
    static let relativeClaimLemmas: Set<String> = ["blame", "deny", "reject", "dismiss", "accuse", "welcome", "praise",
                                                   "criticize", "condemn", "warn", "urge", "insist", "argue", "claim",
                                                   "say", "tell", "allege", "refute", "predict", "vow", "pledge", "promise"]

    /// The speaker phrase that ends at token `end`: back to a clause break, a stop word or a verb.
    func phraseBefore(_ s: Int, end: Int, lastPerson: Int?) -> Speaker? {
        let t = context.tokens[s]
        // "The World Anti-Doping Agency (WADA) said": the short form in parentheses repeats the name.
        let shortForm = Self.shortFormLength(t, end)
        // ("An Angus Reid Institute poll conducted Nov. 7–10 found": a participle and its date
        // after the subject's noun.)
        let end = shortForm > 0 && end > shortForm ? end - shortForm : Self.datedParticipleStart(t, end) ?? end
        // "the Office for the Prevention and Investigation of Accidents in Civil Aviation and Rail
        // (GPIAAF) said": before a short form, a long name with small words inside is one body.
        if shortForm > 0, let first = Self.properNameBefore(t, end),
           t[first..<end].contains(where: { $0.isLowercase && ($0.lower == "and" || !["of", "for", "the"].contains($0.lower)) }) {
            let span = t[first].range.lowerBound..<t[end - 1].range.upperBound
            return Speaker(text: context.article.string(span), persons: [], range: span)
        }
        var start = end - 1
        while start > 0 {
            let prev = t[start - 1]
            // ("A spokesperson for the Ministry of Housing, Communities and Local Government said":
            // a comma inside a body's name.)
            if prev.isComma, Self.commaInsideAName(t, start, end) { start -= 1; continue }
            // ('Jorge "Tuto" Quiroga said': a nickname in quotation marks inside the name.)
            if start >= 4, Self.closesQuote(prev), Self.opensANickname(t, start - 3) {
                start -= 3
                continue
            }
            // ("Haus & Grund said": an ampersand between capitalized words is inside a name.)
            if prev.isClauseBreak || prev.kind == .punctuation && prev.text != "-"
                && !(prev.text == "&" && start >= 2 && t[start - 2].isCapitalized && t[start].isCapitalized) { break }
            // "and" inside a body's capitalized name: "The American Iron and Steel Institute said".
            // Also two bodies: "the World Health Organization and UNICEF said".
            // ("The Africa Centres for Disease Control and Prevention": the body's noun may stand
            // a few capitalized words before the "and".)
            // ("The African Union and the Economic Community of West African States condemned".)
            let afterAnd = t[start].lower == "the" && start + 1 < end ? start + 1 : start
            let joinsName = prev.lower == "and" && start >= 2 && (t[start - 2].isCapitalized || t[start - 2].isAllCaps) && (t[afterAnd].isCapitalized || t[afterAnd].isAllCaps)
                && (t[start..<end].contains { Lexicon.namesABody($0.lower) }
                    || t[max(0, start - 7)..<(start - 1)].reversed().prefix { $0.isCapitalized || $0.isAllCaps || ["of", "for"].contains($0.lower) || $0.isComma }
                        .contains { $0.isCapitalized && Lexicon.namesABody($0.lower) })
            // (The "the" of a second body after "and" is part of the pair.)
            let theOfSecond = prev.lower == "the" && start >= 3 && t[start - 2].lower == "and"
                && (t[start - 3].isCapitalized || t[start - 3].isAllCaps) && (t[start].isCapitalized || t[start].isAllCaps)
            // ("a claim that many doctors and medical groups have rejected": two groups, one speaker.)
            let joinsGroups = prev.lower == "and" && start >= 2 && t[start - 2].isLowercase && t[start - 2].lower.hasSuffix("s")
                && Self.isPluralGroup([t[start - 2]], sentenceStart: false)
                && (Self.isPluralGroup(Array(t[start..<end]), sentenceStart: false) || end - start <= 3 && Lexicon.speakerNouns.contains(t[end - 1].lower))
            // ("Kinshasa and UN experts say": a government named by its capital or its country, and a group.)
            let joinsGovernment = prev.lower == "and" && start >= 2 && t[start].kind == .word
                && (Self.isCapitalCity(t, start - 2, start - 1) || Lexicon.jurisdiction(at: start - 2, in: t).map({ $0.length == 1 }) == true)
            // ("People familiar with the matter said", "groups opposed to the project said": an
            // adjective or participle after the noun, with its preposition, describes the speakers.)
            if start >= 2, Self.complementPreposition(prev), t[start - 2].isLowercase, Self.complementOf(t[start - 2]) == prev.lower { start -= 2; continue }
            if Self.stops.contains(prev.lower) && !joinsName && !theOfSecond && !joinsGroups && !joinsGovernment { break }
            // ("the state-owned rail operator said": a participle after a hyphen ends a compound adjective.)
            if prev.isLowercase, prev.text.containsUTF8("-"), Self.isVerbLike(prev), start >= 2, Self.determiners.contains(t[start - 2].lower) {
                start -= 1
                continue
            }
            // ("Motorists interviewed at the plaza said": where they were asked, as well as by whom.)
            if prev.isLowercase && Self.isVerbLike(prev) && !(Self.agentParticiples.contains(prev.lower)
                && (t[start].lower == "by" || Self.placePrepositions.contains(t[start].lower))) { break }
            // Another reporting verb ends the subject, unless it is a noun after a determiner ("Her remarks").
            // ("state officials said": "state" before a noun is a noun.)
            if prev.isLowercase, Lexicon.reportingForms[prev.lower] != nil,
               !(start >= 2 && (t[start - 2].kind == .possessive || Self.determiners.contains(t[start - 2].lower))),
               !Lexicon.stateAsNoun(t, start - 1) { break }
            if prev.lower == "by" && start - 1 == 0 { break }
            start -= 1
            if end - start > 12 { return nil }
        }
        // "Analysts polled by the bank forecast …", "economists surveyed by Reuters expect …": the
        // speaker is the noun before the participle, not its agent.
        if end - start >= 3, let p = (start + 1..<(end - 1)).first(where: {
            (t[$0 + 1].lower == "by" || Self.placePrepositions.contains(t[$0 + 1].lower)) && t[$0].isLowercase && Self.agentParticiples.contains(t[$0].lower) }) {
            return speakerPhrase(s, start..<p, lastPerson: lastPerson)
        }
        // ("Sources close to the minister said", "electoral authorities loyal to President Nicolás
        // Maduro said": the noun before the adjective speaks, not whoever its phrase names; the
        // phrase is still how the article describes them.)
        if end - start >= 3, let p = (start + 1..<(end - 1)).first(where: { Self.complementPreposition(t[$0 + 1]) && t[$0].isLowercase && Self.complementOf(t[$0]) == t[$0 + 1].lower }),
           let speaker = speakerPhrase(s, start..<p, lastPerson: lastPerson), speaker.persons.isEmpty {
            let span = speaker.range.lowerBound..<t[end - 1].range.upperBound
            return Speaker(text: context.article.string(span), persons: [], range: span)
        }
        return speakerPhrase(s, start..<end, lastPerson: lastPerson)
    }

    /// The preposition an adjective or participle takes when it describes the noun before it
    /// ("people familiar with the matter", "sources close to the minister", "groups opposed to
    /// the plan"); nil for other words. (Lengths first: most words are none of these.)
    static func complementOf(_ w: Token) -> String? {
        let n = w.text.utf8.count
        guard n >= 5, n <= 12, w.kind == .word else { return nil }
        return complements[w.lower]
    }
    /// Whether a word is one of the prepositions `complements` take.
    static func complementPreposition(_ w: Token) -> Bool {
        let n = w.text.utf8.count
        guard n >= 2, n <= 5, w.kind == .word else { return false }
        return w.lower == "to" || w.lower == "with" || w.lower == "in" || w.lower == "of" || w.lower == "on" || w.lower == "about"
    }
    static let complements: [String: String] = [
        "familiar": "with", "close": "to", "opposed": "to", "loyal": "to", "allied": "with", "involved": "in",
        "aware": "of", "critical": "of", "briefed": "on", "sympathetic": "to", "knowledgeable": "about",
        "closest": "to", "linked": "to", "aligned": "with", "hostile": "to",
    ]

    /// Whether the comma before `start` lists a name's parts: "the Ministry of Housing, Communities
    /// and Local Government" (capitalized words on both sides, "and" after, and "of" or "for"
    /// after a body's noun before).
    static func commaInsideAName(_ t: [Token], _ start: Int, _ end: Int) -> Bool {
        guard start >= 3, t[start].isCapitalized, t[start - 2].isCapitalized,
              (start..<end).contains(where: { t[$0].lower == "and" }) else { return false }
        var k = start - 2
        while k > 0, t[k].kind == .word, t[k].isCapitalized { k -= 1 }
        return k > 0 && (t[k].lower == "of" || t[k].lower == "for") && t[k - 1].isCapitalized && Lexicon.namesABody(t[k - 1].lower)
    }

    /// Participles that say where or how a report appeared: "a study published in …".
    static let reportParticiples: Set<String> = ["published", "released", "issued", "conducted", "commissioned", "compiled",
                                                 "presented", "posted", "seen", "obtained", "reviewed", "cited", "passed", "adopted", "tabled",
                                                 "signed"]

    /// Plural names of a party's members: "Social Democrats", "Republicans".
    static let partyMembers: Set<String> = ["democrats", "republicans", "socialists", "conservatives", "liberals",
                                            "greens", "communists", "nationalists", "tories", "centrists", "progressives"]

    /// Nouns for what a person said or wrote: "his remarks", "her statement".
    static let utteranceNouns: Set<String> = ["remarks", "statement", "statements", "comments", "words", "speech", "letter",
                                              "post", "message", "interview", "address", "report", "study", "survey"]

    /// Whether the verb at `k` follows "will", "would" or "shall" (adverbs between):
    /// "would declare", "will also announce".
    static func afterFutureModal(_ t: [Token], _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, ["also", "then", "later", "soon", "formally", "publicly", "officially", "again"].contains(t[j].lower) { j -= 1 }
        return j >= 0 && ["will", "would", "shall"].contains(t[j].lower)
    }

    /// Words before "to" that put the verb after it in the future: "expected to announce".
    static let aheadWords: Set<String> = ["expected", "due", "set", "scheduled", "slated", "likely", "going", "plans",
                                          "planned", "plan", "planning", "hopes", "hoped", "intends", "wants", "poised"]

    /// Participles that put a survey's or an interview's agent after the speaker.
    static let placePrepositions: Set<String> = ["at", "in", "outside", "near", "on"]
    static let agentParticiples: Set<String> = ["polled", "surveyed", "interviewed", "questioned", "consulted", "asked",
                                                "cited", "quoted", "contacted", "reached", "commissioned", "hired",
                                                // "First Nations leaders meeting in Ottawa on Wednesday called …"
                                                "meeting", "gathered", "gathering"]

    /// "X welcomed the decision but insisted that …": a reporting verb joined by "and" or
    /// "but" (an adverb may follow) to an earlier one shares its speaker.
    func coordinatedSubject(_ t: [Token], verbAt k: Int, previous: Speaker?) -> Speaker? {
        guard let previous, k > 0 else { return nil }
        var j = k - 1
        if j > 0, Lexicon.verbGroupWords.contains(t[j].lower) { j -= 1 }
        return t[j].lower == "and" || t[j].lower == "but" ? previous : nil
    }

    /// "…,” said Smith." / "…,” he said.": the speaker right after a verb that follows a quote.
    func invertedSubject(_ s: Int, verbAt k: Int, lastPerson: Int?) -> Speaker? {
        let t = context.tokens[s]
        guard k > 0, t[k - 1].isComma || Self.closesQuote(t[k - 1]), k + 1 < t.count else { return nil }
        // A straight quotation mark opens as well as closes: before the verb it must close one
        // ("it had "noted the verdict" and would …" quotes the verb, whose object is no speaker).
        // ("“Our farmers waited. This funding will help,” said Secretary Rollins.": or one opened in
        // the sentence before, in the same paragraph.)
        if t[k - 1].is("\""), t[..<(k - 1)].filter({ $0.is("\"") }).count % 2 == 0, !quoteOpenedBefore(s) { return nil }
        guard let speaker = speakerAfter(s, k + 1, lastPerson: lastPerson) else { return nil }
        // After a bare comma only a person inverts ("The plan will fail, said Smith").
        if t[k - 1].isComma && speaker.persons.isEmpty { return nil }
        return speaker
    }

    /// Whether the sentence before `s`, in the same paragraph, leaves a straight quotation open
    /// for `s` to close.
    func quoteOpenedBefore(_ s: Int) -> Bool {
        guard s > 0, context.article.sentences[s - 1].blockIndex == context.article.sentences[s].blockIndex else { return false }
        return context.tokens[s - 1].reduce(0) { $0 + ($1.is("\"") ? 1 : 0) } % 2 == 1
    }

    /// The longest speaker phrase starting at `start` (up to seven words) that ends on a
    /// noun: "local officials" in "local officials aim to …".
    func speakerAfter(_ s: Int, _ start: Int, lastPerson: Int?) -> Speaker? {
        let t = context.tokens[s]
        var best: Speaker?
        var end = start + 1
        while end <= min(t.count, start + 7) {
            let last = t[end - 1]
            if last.isClauseBreak || last.kind == .punctuation { break }
            if Lexicon.reportingForms[last.lower] != nil && last.isLowercase { break }
            if Self.stops.contains(last.lower) || (last.isLowercase && Self.isVerbLike(last)) { break }
            let endsOnNoun = Lexicon.speakerNouns.contains(last.lower) || last.isCapitalized || last.kind == .possessive
                || Lexicon.personalPronouns.contains(last.lower)
            if endsOnNoun, let speaker = speakerPhrase(s, start..<end, lastPerson: lastPerson) { best = speaker }
            end += 1
        }
        return best
    }

    /// The roles of an office with a portfolio ("Minister of Health" of "Minister"); nil for none.
    @inline(never)
    func holdersWithPortfolio(of office: String) -> [ArticleFacts.Role]? {
        let roles = holders.filter { $0.key.hasPrefix(office + " of ") || $0.key.hasPrefix(office + " for ") }.values.joined()
        return roles.isEmpty ? nil : roles.sorted { $0.sentence < $1.sentence }
    }

    /// Whether tokens `range` of sentence `s` name a speaker, and which.
    func speakerPhrase(_ s: Int, _ range: Range<Int>, lastPerson: Int?) -> Speaker? {
        let t = context.tokens[s]
        guard !range.isEmpty, range.upperBound <= t.count else { return nil }
        var lo = range.lowerBound
        var range = range
        while lo < range.upperBound, t[lo].isClauseBreak || Self.prepositions.contains(t[lo].lower) { lo += 1 }
        // "according to the World Anti-Doping Agency (WADA)": the short form repeats the name.
        let shortForm = Self.shortFormLength(t, range.upperBound)
        if shortForm > 0, range.upperBound - lo > shortForm { range = range.lowerBound..<(range.upperBound - shortForm) }
        // "the statistics agency INDEC", "the rights group Amnesty International": the name after its description.
        // (Also without "the": "national broadcaster NOS reported".)
        var descriptionStart: Int?
        // ("Spain's rail infrastructure operator Adif said": after its country's possessive too.)
        var described = lo < range.upperBound && t[lo].lower == "the" ? lo + 1 : lo
        if described + 2 < range.upperBound, t[described].isCapitalized, t[described + 1].kind == .possessive { described += 2 }
        // ("Passenger group Pro Bahn said": a description that opens the sentence is capitalized.)
        // (Nouns only between: "Campaigners from the group Save Leeds Libraries" are the campaigners.)
        if described == 0, described + 2 < range.upperBound, TitleParser.bodyDescribedAtSentenceStart(t) != nil { described = 1 }
        if lo < range.upperBound, let named = TitleParser.describedBody(at: described, in: t), named < range.upperBound,
           (named..<range.upperBound).allSatisfy({ t[$0].isCapitalized || t[$0].isAllCaps || ["of", "for", "and", "&"].contains(t[$0].lower) }) {
            descriptionStart = lo
            lo = named
        }
        guard lo < range.upperBound else { return nil }
        // The speaker is the name; its description is still the speaker's words, not the content's.
        let span = t[descriptionStart ?? lo].range.lowerBound..<t[range.upperBound - 1].range.upperBound
        let phrase = context.article.string(t[lo].range.lowerBound..<t[range.upperBound - 1].range.upperBound)
        // A person: the phrase ends with a mention of one.
        let inside = (mentions[s] ?? []).filter { span.contains($0.byteRange.lowerBound) }
        if let last = inside.last, last.byteRange.upperBound == span.upperBound || t[range.upperBound - 1].kind == .possessive {
            let persons = Self.unique(inside.map(\.person))
            return Speaker(text: phrase, persons: persons.count > 1 && inside.count > 1 ? persons : [last.person], range: span)
        }
        // He or she.
        let words = Array(t[lo..<range.upperBound])
        if words.count == 1, Lexicon.personalPronouns.contains(words[0].lower) {
            guard let p = lastPerson else { return nil }
            return Speaker(text: phrase, persons: [p], range: span)
        }
        // "Toyota sold a record 5.3 million vehicles, it said": "it" after a clause is the body
        // that clause opens with; otherwise the body that spoke last (`run` resolves "it").
        // (Only "It said …" and "…, it said": an "it" inside a clause is its own subject.)
        if words.count == 1, words[0].lower == "it", lo == 0 || t[lo - 1].isComma || quoteMark(t[lo - 1]) != .none {
            if lo >= 2, t[lo - 1].isComma, let n = Self.openingName(t), !(mentions[s] ?? []).contains(where: { $0.byteRange.lowerBound == t[0].range.lowerBound }) {
                return Speaker(text: context.article.string(t[0].range.lowerBound..<t[n - 1].range.upperBound), persons: [], range: span)
            }
            return Speaker(text: phrase, persons: [], range: span)
        }
        // A country or body: "Kosovo", "the United States".
        if let (_, length) = Lexicon.jurisdiction(at: lo, in: t), lo + length == range.upperBound {
            return Speaker(text: phrase, persons: [], range: span)
        }
        // "Downing Street has denied …": a government named by its seat.
        if words.count <= 3, words.last?.isCapitalized == true || words.last?.kind == .number,
           Self.governmentSeats.contains(words.filter { $0.lower != "the" }.map(\.lower).joined(separator: " ")) {
            return Speaker(text: phrase, persons: [], range: span)
        }
        // A group or body: the head noun before the first preposition, or the last word.
        // (Before a name's own possessive: "Moody's said".)
        var head = range.upperBound - 1
        if t[head].kind == .possessive, head > lo { head -= 1 }
        // ("The world's largest automaker by sales said": "by" after a noun opens a modifier too.)
        // (Asked past `lo` only: a phrase may open with "by", with nothing before it.)
        if let p = (lo..<range.upperBound).first(where: { $0 > lo && (Self.prepositions.contains(t[$0].lower) || t[$0].lower == "by" && t[$0 - 1].isLowercase) }) { head = p - 1 }
        guard head >= lo, t[head].kind == .word else { return nil }
        // "Prime Minister Kyriakos Mitsotakis of Greece": the head is a person's name.
        if let m = inside.first(where: { $0.byteRange.contains(t[head].range.lowerBound) }) {
            return Speaker(text: phrase, persons: [m.person], range: span)
        }
        // "the World Food Programme", "Amnesty International": a named body.
        // ("The Congress of South African Trade Unions", "the African National Congress": a congress
        // speaks as a body here; elsewhere "Congress leader" is left to the party rules.)
        // ("The Port of Rotterdam Authority": a name's "of" is no preposition; its last noun names it.)
        // ("The Law Society NT", "Legal Aid NSW": a place's short form in capitals may end the name.)
        if t[head].isCapitalized, Lexicon.namesABody(t[head].lower) || t[head].lower == "congress"
            || t[range.upperBound - 1].isCapitalized && Lexicon.namesABody(t[range.upperBound - 1].lower)
            || t[head].isAllCaps && head > lo && t[head - 1].isCapitalized && Lexicon.namesABody(t[head - 1].lower),
           (lo..<range.upperBound).allSatisfy({ t[$0].isCapitalized || ["the", "of", "for", "and"].contains(t[$0].lower) }) {
            return Speaker(text: phrase, persons: [], range: span)
        }
        // "the World Health Organization and UNICEF": two bodies, one of them named by its noun.
        if let and = (lo..<range.upperBound).first(where: { t[$0].lower == "and" }), and > lo,
           (lo..<range.upperBound).allSatisfy({ t[$0].isCapitalized || t[$0].isAllCaps || ["the", "of", "for", "and"].contains(t[$0].lower) }),
           (lo..<range.upperBound).contains(where: { t[$0].isCapitalized && Lexicon.namesABody(t[$0].lower) }),
           t[and - 1].isCapitalized || t[and - 1].isAllCaps {
            return Speaker(text: phrase, persons: [], range: span)
        }
        // "Kinshasa and UN experts say": a government and a group, each a speaker alone, speak together.
        if range.upperBound - lo >= 3, t[lo].isCapitalized,
           let and = ((lo + 1)..<min(lo + 4, range.upperBound - 1)).first(where: { t[$0].lower == "and" }),
           Self.isCapitalCity(t, lo, and) || Lexicon.jurisdiction(at: lo, in: t).map({ lo + $0.length == and }) == true,
           speakerPhrase(s, (and + 1)..<range.upperBound, lastPerson: nil).map({ $0.persons.isEmpty }) == true {
            return Speaker(text: phrase, persons: [], range: span)
        }
        // "the president said": the one person the article has named President so far.
        // ("…, its president said on Wednesday. President Ishmael Toroama told …": or names in
        // the next sentence.)
        // ("The Minister for Health, Hon. Kwabena Mintah Akandoh, said … The Minister assured": the
        // office without its portfolio is the one minister the article has named so far.)
        if t[lo].lower == "the" || t[lo].lower == "its", let (office, n) = Lexicon.office(at: lo + 1, in: t), lo + 1 + n == range.upperBound,
           // (Not one who has left the office: "succeeds Chief Justice B R Gavai, who retired on Sunday".)
           // ("Justice Lawrence Mugambi issued the orders … the judge said": a justice is a judge.)
           let named = (holders[office.canonical] ?? holdersWithPortfolio(of: office.canonical) ?? (office.canonical == "Judge" ? holders["Justice"] : nil))?
               .filter({ $0.sentence <= s + 1 && $0.qualifier != "former" }),
           let first = named.first, named.allSatisfy({ $0.person == first.person }) {
            return Speaker(text: phrase, persons: [first.person], range: span)
        }
        if Lexicon.speakerNouns.contains(t[head].lower) || Lexicon.organizationNouns.contains(t[head].lower) {
            // "the fund said": the body the article named with that noun ("International Monetary Fund").
            if words.count == 2, words[0].lower == "the", t[head].isLowercase, Lexicon.organizationNouns.contains(t[head].lower),
               let body = context.namedBody(endingWith: t[head].lower, upTo: s) {
                return Speaker(text: body, persons: [], range: span)
            }
            // "His remarks": the possessive pronoun is the person ("his office" is a body of its own).
            if words.contains(where: { ["his", "her"].contains($0.lower) }), let p = lastPerson,
               Self.utteranceNouns.contains(t[head].lower) {
                return Speaker(text: phrase, persons: [p], range: span)
            }
            return Speaker(text: phrase, persons: [], range: span)
        }
        // "Moscow denied …", "a charge Kigali denies": a capital speaks for its country's government.
        if words.count <= 2, Self.isCapitalCity(t, lo, range.upperBound) {
            return Speaker(text: phrase, persons: [], range: span)
        }
        // "Apple said", "Goldman Sachs warned": a proper name that is not a person's, when the
        // article writes it capitalized elsewhere too (so not a capital that opens a sentence).
        // ("The National Rally said", "Marine Le Pen's National Rally said": after "The" or an
        // owner's possessive, the capitalized words are the name.)
        var nameStart = 0
        if let p = words.lastIndex(where: { $0.kind == .possessive }), p + 1 < words.count, p <= 4,
           words[..<p].allSatisfy({ $0.isCapitalized || $0.isAllCaps }) { nameStart = p + 1 }
        if nameStart == 0, words.count >= 2, words[0].lower == "the" { nameStart = 1 }
        // ("Moody's said", "Sainsbury's said": a name that ends with its own possessive is a firm's.)
        let ownPossessive = words.count >= 2 && words[words.count - 1].kind == .possessive
        let name = words[nameStart..<(ownPossessive ? words.count - 1 : words.count)]
        if name.count <= 4, name.allSatisfy({ $0.isCapitalized || $0.isAllCaps || ["of", "and", "&", "for"].contains($0.lower) }),
           name.first!.isCapitalized || name.first!.isAllCaps,
           // (A country's name may end a body's: "Cricket Australia said".)
           // ("Critical Metals said": nor a word that ends bodies' names.)
           // ("Toyota Motor Corp. said": a body's final word may stand before a company's suffix.)
           !name.indices.contains(where: { k in name[k].flags.contains(.neverName) && !Lexicon.institutionWords.contains(name[k].lower)
               && !Lexicon.bodyFinalWords.contains(name[k].lower)
               && !(k > name.startIndex && k == name.endIndex - 1 && Self.wholeCountryName(at: lo + k, in: t)) }),
           !name.contains(where: { $0.flags.contains(.month) || Weekday.number($0.lower) != nil }),
           // Not the broken start of a country's name ("the United states stands …").
           // ("Cricket Australia said": a whole country's name inside a body's is no broken start.)
           !name.indices.contains(where: { name[$0].flags.contains(.jurisdictionStart) && !Self.wholeCountryName(at: lo + $0, in: t) }),
           // ("WWF called the vote …": a short form in capitals is a name even where it opens the sentence.)
           // ("Natural Resources Wales said": nor is a name of several words, one a body's.)
           lo + nameStart > 0 || ownPossessive || writtenCapitalizedElsewhere(words[0].text, notIn: s) || words.count == 1 && (words[0].isAllCaps || namedAtSentenceStart(t, range, notIn: s))
            || name.count >= 2 && name.contains(where: { Lexicon.bodyFinalWords.contains($0.lower) || Lexicon.namesABody($0.lower) }) {
            return Speaker(text: phrase, persons: [], range: span)
        }
        // "Opposition Social Democrats said": a party named by its members.
        if words.count <= 4, let last = words.last, last.isCapitalized, Self.partyMembers.contains(last.lower),
           words.allSatisfy({ $0.isCapitalized || $0.lower == "the" }) {
            return Speaker(text: phrase, persons: [], range: span)
        }
        // "Mortgage lenders said", "some investors warned": a short noun phrase on a plural
        // common noun names a group, whichever group it is.
        // (A dateline's dash or a colon before it starts the sentence too: "**Milan, 29 October
        // 2025** — Organisers of the Games said".)
        if Self.isPluralGroup(Array(t[lo...head]), sentenceStart: lo == 0 || t[lo - 1].kind == .punctuation && Self.openingMarks.contains(t[lo - 1].text)) {
            return Speaker(text: phrase, persons: [], range: span)
        }
        return nil
    }

    /// Whether tokens `lo..<hi` are a capital city's name, written capitalized, not in capitals
    /// ("Moscow", "New Delhi"; not a dateline's "MOSCOW").
    static func isCapitalCity(_ t: [Token], _ lo: Int, _ hi: Int) -> Bool {
        guard lo < hi, hi - lo <= 2, hi <= t.count, t[lo..<hi].allSatisfy({ $0.kind == .word && $0.isCapitalized && !$0.isAllCaps }) else { return false }
        return capitalNames.contains(hi - lo == 1 ? t[lo].lower : t[lo].lower + " " + t[lo + 1].lower)
    }
    /// The capitals of `Lexicon.capitalCountries` and `Lexicon.datelineCapitals`, in lower case.
    static let capitalNames: Set<String> = Set((Array(Lexicon.capitalCountries.keys) + Array(Lexicon.datelineCapitals.keys)).map { $0.lowercased() })

    /// Whether a country's name, written capitalized, starts at token `i` ("Australia", "South
    /// Korea"; not "United states").
    static func wholeCountryName(at i: Int, in t: [Token]) -> Bool {
        guard let (_, length) = Lexicon.jurisdiction(at: i, in: t) else { return false }
        return t[i..<min(t.count, i + length)].allSatisfy { $0.isCapitalized || $0.isAllCaps || $0.lower == "of" }
    }

    /// How many words a capitalized name opening the sentence has, when a lower-case verb
    /// follows it ("Toyota sold …", "Bank of America said …"); nil for a common word ("The", "In").
    static func openingName(_ t: [Token]) -> Int? {
        var n = 0
        while n < min(t.count, 5), t[n].isCapitalized || t[n].isAllCaps || n > 0 && ["of", "&", "and"].contains(t[n].lower) { n += 1 }
        guard n > 0, n < t.count, t[n].isLowercase, !["of", "&", "and"].contains(t[n - 1].lower),
              !t[0].flags.contains(.neverName) || Lexicon.institutionWords.contains(t[0].lower) else { return nil }
        return n
    }

    /// A lone capitalized word opening the sentence is a name ("Ofcom said", "Anthropic, which
    /// backed the measure, said") when a relative clause on "which" follows it or it opens
    /// another sentence of the article too; a mass noun ("Research suggests") is not.
    func namedAtSentenceStart(_ t: [Token], _ range: Range<Int>, notIn s: Int) -> Bool {
        let word = t[range.lowerBound]
        guard !Self.massNouns.contains(word.lower) else { return false }
        if range.upperBound + 1 < t.count, t[range.upperBound].isComma, t[range.upperBound + 1].lower == "which" { return true }
        let length = word.range.count
        for (n, sentence) in context.tokens.enumerated() where n != s {
            if let first = sentence.first, first.range.count == length, first.text == word.text { return true }
        }
        return false
    }
    static let massNouns: Set<String> = ["research", "evidence", "data", "history", "science", "experience", "analysis",
                                         "polling", "tradition", "precedent", "logic", "experts", "everyone", "nobody",
                                         "somebody", "someone", "anyone", "none", "both", "each", "either", "neither", "this", "that"]

    /// Whether `word` appears capitalized inside some other sentence (not as its first word).
    func writtenCapitalizedElsewhere(_ word: String, notIn s: Int) -> Bool {
        context.writtenInsideAnotherSentence(word, notIn: s)
    }

    /// Up to four words ending on a lower-case plural noun of agents, by the endings English
    /// makes them with ("lenders", "investors", "economists", "civilians", "residents",
    /// "migrants", "employees"; not "developments" or "numbers"), with nothing but words before
    /// it and no verb form among them.
    /// At the start of a sentence a one-word group is capitalized: "Lenders said …".
    static func isPluralGroup(_ words: [Token], sentenceStart: Bool = false) -> Bool {
        guard let head = words.last, words.count <= 4, head.kind == .word,
              head.isLowercase || sentenceStart && words.count == 1 && head.isCapitalized && !head.isAllCaps else { return false }
        let w = head.lower
        guard w.count >= 6, agentPluralEndings.contains(where: { w.hasSuffix($0) }), !w.hasSuffix("ments"),
              !nonAgentPlurals.contains(w), !stops.contains(w), !isVerbLike(head) else { return false }
        return words.allSatisfy { $0.kind == .word && !isVerbLike($0) && !stops.contains($0.lower) && Lexicon.reportingForms[$0.lower] == nil }
    }

    // MARK: - Lists and tables

    /// An intro sentence ending in a colon whose list items carry its speaker's words:
    /// "His remarks … underscored:", "Key points from their discussions included:".
    func listIntro(_ s: Int, lastPerson: Int?, previous: Speaker?) -> (Speaker, String)? {
        let t = context.tokens[s]
        guard let colon = t.last, colon.is(":"), t.count >= 3 else { return nil }
        // ("The report found that:": the verb may stand before "that".)
        let at = t.count >= 4 && t[t.count - 2].lower == "that" ? t.count - 3 : t.count - 2
        let before = t[at]
        if let verb = Lexicon.reportingForms[before.lower], before.isLowercase,
           let speaker = subject(s, verbAt: at, lastPerson: lastPerson) ?? previous {
            return (speaker, verb.lemma)
        }
        if t.contains(where: { Self.speechNouns.contains($0.lower) }),
           t.contains(where: { Lexicon.possessivePronouns.contains($0.lower) }), let previous {
            return (previous, "discuss")
        }
        return nil
    }

    /// The content of a list item: after a "Label:" opening when there is one.
    func listContent(_ s: Int) -> String {
        let t = context.tokens[s]
        if let colon = t.firstIndex(where: { $0.is(":") }), colon < 8, colon + 1 < t.count { return text(s, colon + 1..<t.count) }
        return text(s, 0..<t.count)
    }

    /// Rows under a speaker column (Leader, Name, …) with a response column (Response,
    /// Statement, Highlights, …).
    func tableStatements(_ s: Int, header: [String]) -> [ArticleFacts.Statement] {
        let lowered = header.map { $0.lowercased() }
        guard let speakerColumn = lowered.firstIndex(where: { PeopleExtractor.personColumns.contains($0) }),
              let responseColumn = lowered.firstIndex(where: { h in Self.responseColumnWords.contains { h.containsUTF8($0) } }) else { return [] }
        let t = context.tokens[s]
        let cells = PeopleExtractor.cellRanges(t)
        guard speakerColumn < cells.count, responseColumn < cells.count, !cells[responseColumn].isEmpty else { return [] }
        guard let speaker = speakerPhrase(s, cells[speakerColumn], lastPerson: nil)
                ?? groupCell(s, cells[speakerColumn]) else { return [] }
        // "| Urged patience |", "| Called for a binding timetable |": a cell that opens with a
        // reporting verb in the past says how it was said.
        let cell = cells[responseColumn]
        if t[cell.lowerBound].kind == .word, Self.isReportingPast(t[cell.lowerBound]), let verb = Lexicon.reportingForms[t[cell.lowerBound].lower] {
            let start = min(contentStart(t, after: cell.lowerBound), cell.upperBound)
            return speakerStatements(speaker, verb: verb.lemma, stance: stance(verb, s), content: text(s, start..<cell.upperBound),
                                     sentence: s, form: "table")
        }
        let content = text(s, cell)
        return speakerStatements(speaker, verb: "say", stance: nil, content: content, sentence: s, form: "table")
    }

    static let responseColumnWords = ["response", "statement", "quote", "remark", "comment", "reaction", "highlight",
                                      "stance", "said", "message", "view"]

    /// A table cell naming a group ("Regional Analysts") as speaker.
    private func groupCell(_ s: Int, _ cell: Range<Int>) -> Speaker? {
        let t = context.tokens[s]
        guard let last = cell.last, Lexicon.speakerNouns.contains(t[last].lower) else { return nil }
        let span = t[cell.lowerBound].range.lowerBound..<t[last].range.upperBound
        return Speaker(text: context.article.string(span), persons: [], range: span)
    }

    // MARK: - Helpers

    func speakerStatements(_ speaker: Speaker, verb: String, stance: String?, content: String, sentence s: Int,
                           form: String) -> [ArticleFacts.Statement] {
        let evidence = context.article.sentences[s].byteRange
        let content = Self.trimContent(content)
        if speaker.persons.isEmpty {
            return [ArticleFacts.Statement(sentence: s, person: nil, speaker: speaker.text, verb: verb, stance: stance,
                                           content: content, byteRange: evidence, form: form)]
        }
        return speaker.persons.map { p in
            ArticleFacts.Statement(sentence: s, person: p, speaker: speaker.persons.count > 1 ? people[p].name : speaker.text,
                                   verb: verb, stance: stance, content: content, byteRange: evidence, form: form)
        }
    }

    /// Denial also when the content calls the claims unfounded.
    func stance(_ verb: Lexicon.ReportingVerb, _ s: Int) -> String? {
        if let stance = verb.stance { return stance }
        if ["say", "state", "insist", "assert", "declare", "stress", "emphasize"].contains(verb.lemma),
           context.tokens[s].contains(where: { Self.falsehoodWords.contains($0.lower) }) {
            return "denial"
        }
        return nil
    }

    func contentStart(_ t: [Token], after k: Int) -> Int {
        // "wrote on X that …", "told reporters in Paris that …": a short phrase before "that".
        // ("warned last month that …", "said before the October 2024 vote that …", "said in a
        // Facebook post that …": a reporting word after a determiner is a noun.)
        // ("has promised to diversify an economy that …": "to" and a verb is no circumstance.)
        if k + 2 < t.count, Self.circumstanceOpeners.contains(t[k + 1].lower), !(t[k + 1].lower == "to" && Self.infinitiveAfterTo(t, k + 1)) {
            var j = k + 2
            while j < t.count, j <= k + 6, t[j].kind != .punctuation, t[j].lower != "that",
                  !t[j].flags.contains(.reportingForm) || t[j - 1].kind == .possessive || Self.determiners.contains(t[j - 1].lower)
                    || t[j - 1].isCapitalized { j += 1 }
            if j < t.count, t[j].lower == "that" { return j + 1 }
        }
        // "told leaders that …", "told a news conference that …", "told AFP the group was …": whom
        // a speaker told is not what was said. ("assured trainees that …": nor whom a speaker assured.)
        if Self.addresseeVerbs.contains(t[k].lower) {
            var j = k + 1
            // (A reporting word after a possessive or a determiner is a noun: "at prime minister's questions that".)
            while j < t.count, j <= k + 8, t[j].kind != .punctuation, t[j].lower != "that",
                  !t[j].flags.contains(.reportingForm) || t[j - 1].kind == .possessive || Self.determiners.contains(t[j - 1].lower) { j += 1 }
            if j < t.count, j > k + 1, t[j].lower == "that" { return j + 1 }
            if k + 2 < t.count, t[k + 1].kind == .word, t[k + 1].isAllCaps || t[k + 1].isCapitalized || Self.addressees.contains(t[k + 1].lower) {
                var c = k + 2
                // ("told reporters in Sydney the board …", "told lawmakers on Wednesday the government …")
                if c + 1 < t.count, ["in", "at"].contains(t[c].lower), t[c + 1].isCapitalized { c += 2 }
                return Self.pastWeekday(t, c)
            }
        }
        var c = Self.pastWeekday(t, k + 1)
        // "said in a statement it was reviewing …": where it was said, with no "that" after it.
        if c + 3 < t.count, t[c].lower == "in", Self.mediumOwners.contains(t[c + 1].lower), Self.speechMedia.contains(t[c + 2].lower),
           t[c + 3].kind == .word {
            c = Self.pastWeekday(t, c + 3)
            // ("wrote in a letter to Chief Justice Yahya Afridi that …": and to whom, before "that".)
            if ["to", "on", "from", "posted", "published", "released", "issued"].contains(t[c].lower) {
                var j = c + 1
                while j < t.count, j <= c + 10, t[j].kind != .punctuation, t[j].lower != "that" { j += 1 }
                if j < t.count, t[j].lower == "that" { c = j + 1 }
            }
        }
        while c < t.count, t[c].lower == "that" || t[c].isComma || t[c].is(":") { c += 1 }
        return c
    }

    /// Reporting verbs whose object is whom the words were for: "told reporters that", "assured trainees that".
    static let addresseeVerbs: Set<String> = ["told", "tell", "tells", "telling", "assured", "assure", "assures", "assuring",
                                              "reassured", "reassure", "reassures", "reassuring"]

    /// What a thing is said in: "said in a statement", "wrote in a post".
    static let speechMedia: Set<String> = ["statement", "interview", "post", "letter", "speech", "message", "video",
                                           "note", "filing", "briefing", "address", "broadcast", "memo", "email"]
    /// The words before a medium: "in a statement", "in its statement".
    static let mediumOwners: Set<String> = ["a", "an", "the", "its", "his", "her", "their", "our", "this"]

    /// Whether "to" at `to` opens an infinitive ("to be", "to diversify"), not a phrase of whom
    /// ("to reporters", "to the BBC", "to Reuters"): a lower-case word after it that is no
    /// determiner and no audience.
    static func infinitiveAfterTo(_ t: [Token], _ to: Int) -> Bool {
        guard to + 1 < t.count else { return true }
        let w = t[to + 1]
        return w.kind == .word && w.isLowercase && !determiners.contains(w.lower) && !addressees.contains(w.lower)
    }

    /// Marks after which a capitalized word opens the sentence still: a dateline's dash, a colon.
    static let openingMarks: Set<String> = ["—", "–", "-", ":"]
    /// Words after a reporting verb that open a phrase of when, where or to whom before "that".
    static let circumstanceOpeners: Set<String> = ["on", "in", "to", "at", "during", "late", "earlier", "reporters", "journalists",
                                                   "last", "this", "before", "after", "yesterday", "again", "separately"]

    /// Past a weekday that dates the verb before what it says: "said Wednesday they had …" (AP's
    /// bare weekday), "said on Tuesday the government would …".
    static func pastWeekday(_ t: [Token], _ c: Int) -> Int {
        var c = c
        if c + 2 < t.count, t[c].lower == "on", t[c + 1].isCapitalized, DateWords.weekdays.contains(t[c + 1].lower),
           t[c + 2].kind == .word, t[c + 2].lower != "that" { c += 1 }
        if c + 1 < t.count, t[c].isCapitalized, DateWords.weekdays.contains(t[c].lower), t[c + 1].kind == .word { c += 1 }
        return c
    }
    /// Governments named by their seats, as news writes them: "Downing Street said".
    static let governmentSeats: Set<String> = ["downing street", "no 10", "number 10", "whitehall", "élysée", "elysee",
                                               "blue house", "zhongnanhai", "quai d'orsay", "foggy bottom"]
    /// Words that open a clause of its own between a quotation and a later subject: "“…,” while
    /// some consumer advocates said …".
    static let clauseOpeners: Set<String> = ["while", "but", "whereas", "although", "though", "when", "after", "before",
                                             "because", "since", "as", "however", "yet"]
    /// Whom a speaker tells, as news writes it: "told reporters the plan …".
    static let addressees: Set<String> = ["reporters", "journalists", "lawmakers", "legislators", "supporters", "parliament", "mps",
                                          "senators", "delegates", "investors", "analysts", "viewers", "listeners", "students"]

    func passiveContent(_ s: Int, verbAt k: Int) -> String {
        let t = context.tokens[s]
        var start = k
        while start > 0, Lexicon.verbGroupWords.contains(t[start - 1].lower) || t[start - 1].isComma { start -= 1 }
        return text(s, 0..<start)
    }

    /// The text between the first pair of quotation marks of the sentence, or, in the last
    /// sentence of a quotation of several, from the sentence's start to its closing mark.
    func quoteSpan(_ s: Int) -> Range<Int>? {
        let t = context.tokens[s]
        // (One pass over the punctuation: the first opening mark, and the first closing one before it.)
        var firstOpen: Int?
        var loneClose: Int?
        for i in t.indices where t[i].kind == .punctuation {
            let mark = quoteMark(t[i])
            if mark == .curlyOpen || mark == .straight { firstOpen = i; break }
            if loneClose == nil, mark == .curlyClose { loneClose = i }
        }
        if var open = firstOpen {
            var closer: QuoteMark = quoteMark(t[open]) == .curlyOpen ? .curlyClose : .straight
            // ('Sen. Panfilo "Ping" Lacson': a nickname between a name's words is no quotation.)
            while quoteMark(t[min(open + 2, t.count - 1)]) == closer, Self.opensANickname(t, open) {
                guard let next = t[(open + 3)...].firstIndex(where: { m in let q = quoteMark(m); return q == .curlyOpen || q == .straight })
                else { return nil }
                open = next
                closer = quoteMark(t[open]) == .curlyOpen ? .curlyClose : .straight
            }
            guard let close = t[(open + 1)...].firstIndex(where: { quoteMark($0) == closer }), close > open + 1 else {
                // "… From our vantage point, we see something very different," Huang told analysts.":
                // the last sentence of a quotation of several closes it with no opening of its own.
                if closer == .straight, open > 1, endsAClause(t[open - 1]), open + 1 < t.count, t[open + 1].kind == .word {
                    return 0..<(open - 1)
                }
                return nil
            }
            return open + 1..<close
        }
        if let close = loneClose, close > 1, endsAClause(t[close - 1]), close + 1 < t.count, t[close + 1].kind == .word {
            return 0..<(close - 1)
        }
        // Single quotation marks, as British papers write them: ‘…’ or '…', opening the
        // sentence or after a colon, comma or dash (an apostrophe inside a word is no token
        // of its own, and "Kosovos’" is a possessive).
        guard let open = t.firstIndex(where: { quoteMark($0) == .single }),
              open == 0 || t[open - 1].is(":") || t[open - 1].isComma || t[open - 1].is("—") || t[open - 1].is("–"),
              let close = t[(open + 1)...].firstIndex(where: { quoteMark($0) == .single }), close > open + 1 else { return nil }
        return open + 1..<close
    }

    enum QuoteMark { case none, curlyOpen, curlyClose, straight, single }

    /// The quotation mark a token is, read from its bytes (every sentence is scanned for one, and
    /// comparing each punctuation token's text cost 1% of an ingest's instructions).
    func quoteMark(_ tok: Token) -> QuoteMark {
        guard tok.kind == .punctuation, !tok.range.isEmpty else { return .none }
        let u = context.article.utf8
        let b = u[tok.range.lowerBound]
        if b == 0x22 { return .straight }
        if b == 0x27 { return .single }
        guard b == 0xE2, tok.range.count == 3, u[tok.range.lowerBound + 1] == 0x80 else { return .none }
        switch u[tok.range.lowerBound + 2] {
        case 0x9C: return .curlyOpen
        case 0x9D: return .curlyClose
        case 0x98, 0x99: return .single
        default: return .none
        }
    }

    /// ",", ".", "?" or "!": what a quotation's last words end with before its closing mark.
    func endsAClause(_ tok: Token) -> Bool {
        guard tok.kind == .punctuation, tok.range.count == 1 else { return false }
        let b = context.article.utf8[tok.range.lowerBound]
        return b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!")
    }

    /// Whether the quotation mark at `open` opens a nickname inside a name: one capitalized word,
    /// the closing mark, name words on both sides ('Panfilo "Ping" Lacson', 'Jorge “Tuto” Quiroga').
    static func opensANickname(_ t: [Token], _ open: Int) -> Bool {
        open > 0 && open + 3 < t.count && (t[open].is("\"") || t[open].is("“")) && t[open + 1].isCapitalized
            && closesQuote(t[open + 2]) && NameParser.isNameWord(t[open - 1]) && NameParser.isNameWord(t[open + 3])
    }

    static func isSingleQuote(_ t: Token) -> Bool { t.kind == .punctuation && (t.text == "‘" || t.text == "’" || t.text == "'") }

    /// A closing quotation mark of either kind.
    static func closesQuote(_ t: Token) -> Bool { t.is("”") || t.is("\"") || isSingleQuote(t) }

    func text(_ s: Int, _ range: Range<Int>) -> String {
        let t = context.tokens[s]
        guard !range.isEmpty, range.lowerBound < t.count else { return "" }
        let upper = min(range.upperBound, t.count)
        return context.article.string(t[range.lowerBound].range.lowerBound..<t[upper - 1].range.upperBound)
    }

    /// Words of a phrase that only says when or how something was said: "on Wednesday",
    /// "late on Monday", "in a statement", "yesterday", "in an interview".
    static let circumstanceWords: Set<String> = [
        "on", "in", "at", "late", "early", "last", "this", "a", "an", "the", "statement", "interview", "yesterday",
        "today", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later",
        "separately", "briefly", "privately", "publicly", "again", "also", "too", "recently", "televised", "address",
        "speech", "news", "conference", "briefing", "radio", "television", "broadcast", "video", "message", "his",
        "her", "their", "its", "written", "emailed", "posted", "online",
    ]

    /// Whether tokens from `start` to the end of the sentence say only when or how.
    /// `afterFrontedClause` (a clause stands before the speaker): a comma ends the scan ("…, bringing
    /// the number to four", "…, said Tuesday, four years after …"), and so does a comma right after
    /// the verb ("Peace is near, he said, but …").
    static func onlyCircumstance(_ t: [Token], from start: Int, afterFrontedClause: Bool = false) -> Bool {
        guard start < t.count else { return false }
        for k in start..<t.count {
            let w = t[k]
            // (After a clause before the speaker, a comma ends what the verb says: "…, the electoral
            // body said Tuesday, four years after he seized power".)
            if afterFrontedClause, w.isComma, k > start { return true }
            // ("Peace is near, he said, but the deal is not done": the verb, then a comma.)
            if afterFrontedClause, k == start, k > 0, t[k - 1].isComma { return true }
            // ("…, the World Health Organization said in its annual World Malaria Report on
            // Thursday": where or how it was said, with no clause of its own.)
            // ("…, he told reporters on Parliament Hill": or the place's name.)
            if afterFrontedClause, k == start, ["in", "on", "at", "during", "via", "through"].contains(w.lower),
               k + 1 < t.count, ["a", "an", "the", "its", "his", "her", "their", "our"].contains(t[k + 1].lower)
                || t[k + 1].kind == .word && t[k + 1].isCapitalized,
               !t[k...].contains(where: { $0.lower == "that" || $0.kind == .punctuation && !$0.is(".") && !$0.isComma }) { return true }
            // ("…, Prime Minister Navin Ramgoolam said on Thursday as he presented his budget": a
            // clause of when it was said, opened by its conjunction and a pronoun.)
            if afterFrontedClause, k + 1 < t.count, Self.timeConjunctions.contains(w.lower), Self.subjectPronouns.contains(t[k + 1].lower) {
                return true
            }
            if w.isCapitalized, Weekday.number(w.lower) != nil { continue }
            // ("said on Friday (Nov 21)": a date in parentheses restates the day.)
            if w.kind == .punctuation { if w.is(".") || w.isComma || w.is("(") || w.is(")") { continue } else { return false } }
            // ("officials said on Nov. 8": a date is a circumstance too.)
            if !circumstanceWords.contains(w.lower), !w.flags.contains(.month), w.kind != .number { return false }
        }
        return true
    }

    /// "his", "her", "its", "their", "my", "our", "your": any owner's, a body's too
    /// (`Lexicon.possessivePronouns` holds only those that point back to a person).
    static func isPossessivePronoun(_ lower: String) -> Bool {
        switch lower {
        case "his", "her", "its", "their", "my", "our", "your": return true
        default: return false
        }
    }

    /// A content without the punctuation and spaces around it, a dateline's dash before it
    /// ("FRANKFURT, Oct 14 (Reuters) - The bank …") or a dateline in capitals with a colon
    /// ("SINGAPORE: Lower-wage workers …"). Bytes are read, not characters, since every content
    /// passes here (trimming by `Character` measured the whole content at each step).
    static func trimContent(_ s: String) -> String {
        var copy = s
        return copy.withUTF8 { u in
            var lo = 0, hi = u.count
            while hi > lo, Self.trailingTrim(u[hi - 1]) { hi -= 1 }
            while lo < hi {
                let b = u[lo]
                if b == 0x2C || b == 0x3B || b == 0x3A || b == 0x20 { lo += 1; continue }
                // A dash followed by a space: "-", "—" (E2 80 94), "–" (E2 80 93).
                if b == 0x2D, lo + 1 < hi, u[lo + 1] == 0x20 { lo += 1; continue }
                if b == 0xE2, lo + 3 < hi, u[lo + 1] == 0x80, u[lo + 2] == 0x94 || u[lo + 2] == 0x93, u[lo + 3] == 0x20 { lo += 3; continue }
                break
            }
            if let colon = (lo..<min(hi, lo + 32)).first(where: { u[$0] == UInt8(ascii: ":") }), colon > lo,
               colon + 1 < hi, u[colon + 1] == 0x20,
               (lo..<colon).allSatisfy({ u[$0] >= 0x41 && u[$0] <= 0x5A || u[$0] == 0x20 || u[$0] == 0x2C || u[$0] == 0x2E }) {
                lo = colon + 1
                while lo < hi, u[lo] == 0x20 { lo += 1 }
            }
            return lo == 0 && hi == u.count ? s : String(decoding: UnsafeBufferPointer(rebasing: u[lo..<hi]), as: UTF8.self)
        }
    }

    /// ". , ; : " and a space: what a content does not end with.
    @inline(__always)
    static func trailingTrim(_ b: UInt8) -> Bool { b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x20 }

    static let agentPluralEndings = ["ers", "ors", "ists", "ians", "ents", "ants", "ees"]
    /// Plurals with an agent ending that name things.
    static let nonAgentPlurals: Set<String> = [
        "numbers", "orders", "letters", "papers", "matters", "borders", "centers", "centres", "layers", "barriers",
        "headquarters", "others", "factors", "sectors", "errors", "corridors", "colors", "colours", "vectors",
        "waters", "powers", "towers", "markers", "filters", "chapters", "quarters", "servers", "users",
        "contents", "events", "incidents", "accidents", "components", "segments", "talents", "grants", "plants",
    ]

    static func isVerbLike(_ t: Token) -> Bool {
        t.kind == .word && (t.lower.hasSuffix("ed") || t.lower.hasSuffix("ing")) && t.lower.count > 4
    }

    /// A lower-case word in the past tense, in -ed or irregular ("kept"), wherever it stands.
    static func isPastVerb(_ w: Token) -> Bool { w.isLowercase && MilestoneExtractor.isPastForm(w.lower) }

    static func isFiniteVerb(_ t: [Token], _ k: Int) -> Bool {
        ["has", "have", "had", "is", "are", "was", "were", "will"].contains(t[k].lower)
            || (t[k].isLowercase && t[k].lower.hasSuffix("ed") && k > 0 && !t[k - 1].isComma)
    }

    static func unique(_ xs: [Int]) -> [Int] {
        var seen = Set<Int>()
        return xs.filter { seen.insert($0).inserted }
    }
}
