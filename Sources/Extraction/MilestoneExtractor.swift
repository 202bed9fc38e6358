import NewsText

/// Finds dated events: each date expression with the event it belongs to and whether
/// the event is past, planned or forecast.
///
/// The event is read from around the date: the words it modifies ("the 1999 NATO
/// intervention"), the noun phrase it belongs to ("the post-Yugoslav conflicts of the
/// 1990s"), the clause it opens ("In 2008, Kosovo declared …"), or the other cells of
/// a table row whose column is a Date or Year. A date before the article's own time
/// is past; otherwise scenario and prediction words make a forecast, future tense and
/// plan words (or an "Expected Outcome" column) make a plan. List items under an intro
/// that ends in a colon and carries one date inherit it.
struct MilestoneExtractor {
    let context: DocumentContext
    /// The date the article states: what "last year" and "on Tuesday" are resolved against.
    let published: PartialDate?
    /// The day of ingestion: with no published date, what decides that a date is long past.
    let today: PartialDate

    var reference: PartialDate { published ?? today }

    static let forecastWords: Set<String> = ["scenario", "scenarios", "predict", "predicts", "predicted", "predicting", "forecasting",
                                             "projecting", "forecast",
                                             "forecasts", "projected", "projection", "projections", "could", "might",
                                             "likely", "unlikely", "possible", "possibly", "envision", "envisions",
                                             "envisioned", "outlook", "may", "perhaps", "estimates"]
    /// Whether the date's clause says, before it, "expected to" (or "expects to") a verb of
    /// change. (Word lengths are compared first: most words are not of these lengths.)
    static func expectsAChange(_ t: [Token], from start: Int, to end: Int) -> Bool {
        guard end - start >= 3 else { return false }
        // ("recovery is expected by about 2066": a change's noun before the passive, and the date's
        // preposition after it.)
        var e = end - 1
        while e > start, Self.leadIntoADate.contains(t[e].lower) { e -= 1 }
        if t[e].lower == "expected", e - 2 >= start, ["is", "are", "was", "were"].contains(t[e - 1].lower),
           Self.changeNouns.contains(t[e - 2].lower) { return true }
        for k in start..<(end - 2) {
            let n = t[k].text.utf8.count
            guard n == 6 || n == 7 || n == 8, t[k].lower == "expected" || t[k].lower == "expects" || t[k].lower == "expect" else { continue }
            // "who expects a cut in December", "expected the next hike in February": a change
            // someone expects of another is a prediction.
            var noun = k + 1
            while noun < end, noun < k + 4, Self.expectedChangeOpeners.contains(t[noun].lower) { noun += 1 }
            // ("The bank expects growth of about 4 per cent in Q4 2025": right after the verb too, when
            // a bank or a forecaster expects it — a government that "expects growth" sets a target.)
            if noun > k + 1 || k > 0 && t[k].lower != "expected" && (t[k - 1].lower == "bank" || forecasters.contains(t[k - 1].lower)),
               noun < end, Self.changeNouns.contains(t[noun].lower) { return true }
            // ("expected Brent to average $56", "expects the economy to grow": a thing named between.)
            var to = k + 1
            while to < end - 1, to < k + 4, t[to].lower != "to", t[to].kind == .word,
                  !t[to].isLowercase || !NameParser.notNames.contains(t[to].lower) || to == k + 1 && Self.ownerWords.contains(t[to].lower) { to += 1 }
            guard to + 1 < end, t[to].lower == "to" else { continue }
            if changeVerbs.contains(t[to + 1].lower) { return true }
        }
        return false
    }

    static let ownerWords: Set<String> = ["the", "its", "their"]
    /// Words between a verb and the date it governs: "expected by about 2066".
    static let leadIntoADate: Set<String> = ["by", "about", "around", "in", "until", "before", "roughly"]
    static let expectedChangeOpeners: Set<String> = ["a", "an", "the", "another", "further", "next", "one", "more", "its", "their"]
    /// Nouns of a quantity's or a policy's movement: "expects a cut", "expected another hike".
    static let changeNouns: Set<String> = ["cut", "cuts", "hike", "hikes", "increase", "increases", "rise", "rises", "fall",
                                           "decline", "drop", "rebound", "recession", "slowdown", "recovery", "reduction",
                                           "reductions", "easing", "tightening", "growth", "contraction", "expansion"]

    /// Participles of plans, which look ahead though they end in -ed: "is scheduled for 2027".
    static let planParticiples: Set<String> = ["scheduled", "expected", "planned", "due", "set", "slated", "poised", "supposed"]
    /// The participles among them that fix a date for an event: "elections scheduled for 2027".
    static let schedulingParticiples: Set<String> = ["scheduled", "planned", "due", "set", "slated", "timetabled"]
    /// The prepositions between such a participle and its date: "scheduled for 2027", "due in May".
    static let scheduledForWords: Set<String> = ["for", "in", "on"]

    /// Verbs of a quantity's movement: "expected to grow", "expected to slow".
    static let changeVerbs: Set<String> = ["grow", "rise", "fall", "slow", "expand", "contract", "increase", "decrease",
                                           "decline", "shrink", "climb", "drop", "ease", "accelerate", "rebound", "recover",
                                           "average", "peak", "exceed", "remain", "stay"]
    static let planWords: Set<String> = ["will", "plan", "plans", "planned", "planning", "aim", "aims", "aimed",
                                         "scheduled", "target", "targets", "targeted", "intend", "intends", "expect", "expected",
                                         "expects", "upcoming", "due", "set", "proposed", "proposes", "deadline",
                                         "goal", "goals", "shall", "next", "coming", "future", "would", "going", "intended", "pledged", "vowed", "promised", "promises"]
    /// Words that put a clause in the future (the plan words above also include nouns such as "target").
    static let futureWords: Set<String> = ["will", "shall", "would", "going", "plans", "plan", "aims", "aim", "intends",
                                           "scheduled", "due", "expect", "expected", "expects", "set", "vowed", "pledged", "promised", "promises", "wants"]
    static let modals: Set<String> = ["could", "may", "might", "will", "would", "should", "can", "must", "shall"]
    /// Common irregular past forms, for telling a past clause.
    static let pastForms: Set<String> = ["said", "told", "left", "met", "held", "took", "gave", "made", "went", "came", "saw",
                                         "won", "lost", "fell", "rose", "began", "spoke", "wrote", "got", "kept", "brought",
                                         "sent", "led", "ran", "stood", "became", "chose", "drew", "flew", "grew", "knew",
                                         "paid", "sought", "thought", "fought", "bought", "built", "spent", "meant", "felt",
                                         "found", "heard", "withdrew", "broke", "struck", "threw", "was", "were", "had", "did",
                                         "cast", "swore", "shook", "sat", "sold", "understood", "laid", "oversaw", "caught",
                                         "taught", "dealt", "forgave", "undertook"]
    static let dateColumns: Set<String> = ["date", "year", "when", "period", "deadline", "timeline", "timeframe",
                                           "time frame", "target date", "month", "time", "dates", "years"]
    static let eventColumns = ["milestone", "event", "initiative", "activity", "action", "plan", "step",
                               "development", "what", "exercise", "measure", "project"]
    static let actorColumns: Set<String> = ["country", "actor", "party", "organization", "organisation", "nation",
                                            "state", "who", "leader", "agency"]

    func run() -> [ArticleFacts.Milestone] {
        var milestones: [ArticleFacts.Milestone] = []
        var inherited: (date: DateExpression, tokensOf: Int, block: Int)?
        for s in context.tokens.indices where !context.tokens[s].isEmpty {
            let kind = context.blockKind(ofSentence: s)
            let blockIndex = context.article.sentences[s].blockIndex
            if kind == .heading || kind == .tableHeader { continue }
            if let header = context.headerCells[s], let column = dateColumn(header) {
                milestones += tableMilestone(s, header: header, dateColumn: column, earlier: milestones)
                continue
            }
            // A line near the top that is only a date ("Tuesday 26 February 2025", "*Washington —
            // March 19, 2025*") dates the article, not an event; so does the last line that dated
            // it ("-- Agence France-Presse, 29 December 2025").
            if context.article.datedByLastLine && blockIndex == context.article.blocks.count - 1 { continue }
            if DocumentContext.isTopDateLine(context.article, s) { continue }
            let t = context.tokens[s]
            // The dateline ("LONDON, 14 February 2025 —") dates the article, not an event.
            let skip = context.datelineEnd(sentence: s)
            var read = DateReader.read(t, reference: published).compactMap(resolve(s))
                .filter { $0.tokens.lowerBound >= skip }
            // ("from July next year": the month took the relative year in; it dates nothing of its own.)
            if read.count > 1, read.indices.dropFirst().contains(where: { read[$0].tokens.lowerBound < read[$0 - 1].tokens.upperBound }) {
                read = read.enumerated().filter { k, e in k == 0 || e.tokens.lowerBound >= read[k - 1].tokens.upperBound }.map(\.element)
            }
            // "on Tuesday, 2 July 2024": the weekday names the day the full date gives; one event.
            let dates = read.enumerated().filter { k, e in
                guard k + 1 < read.count, let weekday = t[safe: e.tokens.upperBound - 1], Weekday.number(weekday.lower) != nil,
                      t[safe: e.tokens.upperBound]?.isComma == true, read[k + 1].tokens.lowerBound == e.tokens.upperBound + 1,
                      read[k + 1].precision == "day" else { return true }
                return false
            }.map(\.element)
            for date in dates {
                milestones.append(milestone(s, date, label: label(s, date)))
            }
            if let counted = dayCountedFrom(s, t, dates) { milestones.append(counted) }
            if kind == .listItem, dates.isEmpty, let intro = inherited, intro.block < blockIndex {
                milestones.append(milestone(s, intro.date, label: listLabel(s), dateTextFrom: intro.tokensOf))
            }
            if kind == .paragraph || kind == .listItem {
                if let last = t.last, last.is(":"), dates.count == 1 {
                    inherited = (dates[0], s, blockIndex)
                } else if kind == .paragraph {
                    inherited = nil
                }
            }
        }
        return milestones
    }

    /// "Kenyan President William Ruto on Wednesday invited youth leaders to talks, two days after
    /// police killed at least 31 people": a count of days after (or before) an event, beside the
    /// one day the sentence dates, dates that event — two days before that Wednesday. Nil when
    /// the sentence dates no single day, or counts none ("in the two days after the vote", "within
    /// 30 days after the ruling" are periods; weeks are left alone, since "a week after" is
    /// seldom exact).
    @inline(never)
    func dayCountedFrom(_ s: Int, _ t: [Token], _ dates: [DateExpression]) -> ArticleFacts.Milestone? {
        guard t.count >= 6, let a = dates.firstIndex(where: { $0.start?.day != nil && $0.precision == "day" }),
              !dates[(a + 1)...].contains(where: { $0.start?.day != nil && $0.precision == "day" }),
              let anchor = dates[a].start, let month = anchor.month, let day = anchor.day else { return nil }
        for i in 1..<(t.count - 3) {
            // (Lengths first: few words are "day" or "days".)
            guard case let length = t[i + 1].text.utf8.count, length == 3 || length == 4, t[i + 1].lower == "days" || t[i + 1].lower == "day",
                  t[i + 2].lower == "after" || t[i + 2].lower == "before", !Self.countedPeriodOpeners.contains(t[i - 1].lower),
                  let n = t[i].flags.contains(.numberWord) ? DateReader.numberWords[t[i].lower] : t[i].startsWithDigit ? Int(t[i].text) : nil,
                  (n == 1) == (t[i + 1].lower == "day"), n <= 366, t[i + 3].kind == .word,
                  !dates.contains(where: { $0.tokens.overlaps(i..<(i + 4)) }) else { continue }
            // (The day is the main clause's: one after the count is set off from its event by a comma.)
            let anchorAt = dates[a].tokens.lowerBound
            if anchorAt > i, !t[(i + 3)..<anchorAt].contains(where: { $0.isComma }) { return nil }
            let offset = t[i + 2].lower == "after" ? -n : n
            let date = Weekday.civil(Weekday.days(anchor.year, month, day) + offset)
            var end = i + 3
            while end < t.count, !t[end].isClauseBreak, t[end].kind != .punctuation || t[end].text == "-" { end += 1 }
            let e = DateExpression(tokens: i..<(i + 3), start: date, end: date, precision: "day")
            return milestone(s, e, label: Self.shorten(text(s, (i + 3)..<end)))
        }
        return nil
    }

    /// Fills in what a relative date means when the article's date says it: "March 4"
    /// takes the article's year, "on Tuesday" the Tuesday on or before it (after it when
    /// the sentence looks ahead).
    func resolve(_ s: Int) -> (DateExpression) -> DateExpression? {
        { e in
            var e = e
            if let month = e.month, e.start == nil, e.endMonth == nil, let (anchored, length) = anchoredYear(s, after: e) {
                // "launched on 5 April 2024 and devalued in September that year": the year named before.
                // ("from April next year" in an article with no date: one date, its year unknown.)
                guard let year = anchored else { e.tokens = e.tokens.lowerBound..<(e.tokens.upperBound + length); return e }
                guard e.day.map({ $0 <= DateWords.daysIn(month: month, year: year) }) ?? true else { return e }
                let d = PartialDate(year: year, month: month, day: e.day)
                e.tokens = e.tokens.lowerBound..<(e.tokens.upperBound + length)
                e.start = e.boundIsEnd == true ? nil : d
                e.end = e.boundIsEnd == false ? nil : d
                e.precision = e.boundIsEnd != nil ? "range" : (e.day != nil ? "day" : "month")
                return e
            }
            guard let published else { return e }
            let t = context.tokens[s]
            // "Deliveries January–November": a span of months without a year ends at the article's
            // month or before it, unless a verb puts it ahead ("will run from July to September").
            if let month = e.month, e.day == nil, let endMonth = e.endMonth, e.start == nil {
                let pm = published.month ?? 12
                let ahead = tense(s, of: e) == "future"
                let endYear = ahead ? (endMonth >= pm ? published.year : published.year + 1)
                                    : (endMonth <= pm ? published.year : published.year - 1)
                let startYear = month <= endMonth ? endYear : endYear - 1
                e.start = PartialDate(year: startYear, month: month)
                e.end = PartialDate(year: endYear, month: endMonth)
                e.precision = "range"
                return e
            }
            if let month = e.month, e.start == nil {
                // The nearest such month to the article's date; half a year either way is
                // decided by the tense.
                let here = published.year * 12 + (published.month ?? 6) - 1
                // ("will begin with a team time trial in Barcelona on 4 July": a future verb earlier in
                // the clause, when none is near.)
                // ("said the county would clear pending bills before the end of the financial year in
                // June": "would", the future seen from the report, in the clause as well.)
                // ("said they expected a cut in December": a change expected is still to come.)
                let tense = Self.looksAhead(t, before: e.tokens.lowerBound)
                    || Self.expectsAChange(t, from: clauseStart(t, before: e.tokens.lowerBound), to: e.tokens.lowerBound)
                    || Self.callsForAnAct(t, from: clauseStart(t, before: e.tokens.lowerBound), to: e.tokens.lowerBound) ? "future"
                    : self.tense(s, of: e) ?? (clauseWords(s, around: e).contains { $0 == "will" || $0 == "would" } ? "future" : nil)
                // "since the peak in March": what came since a time is on or before the article's date.
                let since = t[e.tokens.lowerBound].lower == "since"
                    || (max(0, e.tokens.lowerBound - 4)..<e.tokens.lowerBound).last { t[$0].lower == "since" || t[$0].isClauseBreak }
                        .map { t[$0].lower == "since" } ?? false
                // "12.2% in August, down from 16.8% in February": the value compared with is the earlier one.
                let comparedFrom = (min(e.tokens.lowerBound, max(1, e.tokens.lowerBound - 6))..<e.tokens.lowerBound).contains { k in
                    t[k].lower == "from" && ["down", "up"].contains(t[k - 1].lower)
                }
                // With no verb near, the clause's verbs decide ("upgraded Italy to BBB+ in April").
                // (A month alone, not a bound or a day: "from Aug. 1" and "the year starting 1 July" look ahead.)
                // ("at its next meeting in December": the event named as the next one is ahead.)
                let clausePast = tense == nil && e.day == nil && e.boundIsEnd == nil && !Self.datesANextEvent(t, e.tokens.lowerBound) && {
                    let words = clauseWords(s, around: e)
                    return words.isDisjoint(with: Self.futureWords)
                        && words.contains(where: Self.isPastForm)
                }()
                // "called a national strike for 26 November": a day set for something is the
                // nearest such day, whatever the verb that set it.
                let setFor = e.day != nil && e.tokens.lowerBound > 0 && t[e.tokens.lowerBound - 1].lower == "for"
                // ("said they expected the next cut in February": the next event is ahead, whatever
                // the tense of the verb that names it.)
                let past = !setFor && !Self.datesANextEvent(t, e.tokens.lowerBound)
                    && (tense == "past" || since || comparedFrom || clausePast || Self.datesAForecast(t, e))
                var year = published.year
                for y in [published.year - 1, published.year + 1] {
                    let distance = abs(y * 12 + month - 1 - here), best = abs(year * 12 + month - 1 - here)
                    if distance < best || distance == best && (y < year) == past { year = y }
                }
                // "last September" is the one before the article's month, "next March" the one
                // after; a verb in the past tense ("came into force in March") puts the month on
                // or before it, a future one on or after it.
                // (Not for bounds: "was postponed until March" looks ahead whatever its verb.)
                if let pm = published.month {
                    let pd = published.day ?? 0
                    let before = e.day.map { (month, $0) < (pm, pd) } ?? (month < pm)
                    let after = e.day.map { (month, $0) > (pm, pd) } ?? (month > pm)
                    if e.direction < 0 { year = before ? published.year : published.year - 1 }
                    else if e.direction > 0 { year = after ? published.year : published.year + 1 }
                    else if e.boundIsEnd == nil, past { year = after ? published.year - 1 : published.year }
                    // ("since January": what came since a month lies behind.)
                    else if since { year = after ? published.year - 1 : published.year }
                    // ("runs through June", "will stay until March": an end bound looks ahead with its verb.)
                    else if e.boundIsEnd != false, tense == "future" { year = before ? published.year + 1 : published.year }
                }
                let d = e.day.flatMap { $0 <= DateWords.daysIn(month: month, year: year) ? PartialDate(year: year, month: month, day: $0) : nil }
                    ?? PartialDate(year: year, month: month)
                if let endMonth = e.endMonth, let endDay = e.endDay {
                    // A range without a year ends in the start's year, or the next one ("from
                    // December 20 to January 5").
                    let endYear = (endMonth, endDay) < (month, e.day ?? 1) ? year + 1 : year
                    guard endDay <= DateWords.daysIn(month: endMonth, year: endYear) else { return e }
                    e.start = d
                    e.end = PartialDate(year: endYear, month: endMonth, day: endDay)
                    e.precision = "range"
                } else if let isEnd = e.boundIsEnd {
                    e.start = isEnd ? nil : d
                    e.end = isEnd ? d : nil
                    e.precision = "range"
                } else {
                    e.start = d
                    e.end = d
                    e.precision = e.day != nil ? "day" : "month"
                }
                return e
            }
            if e.start == nil, e.precision == "relative", e.tokens.count <= 2, published.day != nil,
               let weekday = Weekday.number(t[e.tokens.upperBound - 1].lower) ?? Weekday.number(t[e.tokens.lowerBound].lower) {
                // ("The Senate on Thursday rejected …": with no verb before, a past verb right after.)
                let tense = self.tense(s, of: e) ?? Self.pastVerbRightAfter(t, e.tokens.upperBound)
                // ("is due to attend a military parade in Beijing on Wednesday": the cue may stand
                // further back in the clause than the nearest verb.)
                // ("is forecast to reach Cuba early Wednesday and the Bahamas by Thursday": the prediction
                // governs the whole clause.)
                let predicted = (clauseStart(t, before: e.tokens.lowerBound)..<e.tokens.lowerBound).contains { Self.predictsAhead(t, $0) }
                // ("called a 48-hour strike starting Monday": a period that starts on the day lies ahead.)
                // ("are cancelled until Monday", "extended its warning until 06:00 on Sunday": a bound
                // set now, or moved later, lies ahead.)
                let bound = Self.boundBefore(t, e.tokens)
                // ("gave the government until Monday to say how it would pay": a deadline given lies ahead.)
                let ahead = e.direction > 0 || Self.startsAPeriod(t, e.tokens) || (e.direction == 0 && tense != "past"
                    && (tense == "future" || predicted || bound || Self.looksAhead(clauseWords(s, around: e))))
                    || bound && (clauseStart(t, before: e.tokens.lowerBound)..<e.tokens.lowerBound).contains { Self.extendingVerbs.contains(t[$0].lower) }
                    || bound && Self.infinitiveAt(t, e.tokens.upperBound)
                if let d = Weekday.nearest(weekday, to: published, ahead: ahead) {
                    e.start = d
                    e.end = d
                    e.precision = "day"
                }
            }
            return e
        }
    }

    /// Whether "to" and a lower-case word stand at `k`, right after a date: the act a deadline is
    /// for ("until Monday to say", "by 2030 to keep up").
    static func infinitiveAt(_ t: [Token], _ k: Int) -> Bool {
        k + 1 < t.count && t[k].lower == "to" && t[k + 1].isLowercase && t[k + 1].kind == .word
    }

    /// "past" when a lower-case verb in the past tense (not an auxiliary or a plan's participle)
    /// stands at `k`, right after a date; else nil.
    static func pastVerbRightAfter(_ t: [Token], _ k: Int) -> String? {
        guard k < t.count, t[k].kind == .word, t[k].isLowercase, isPastForm(t[k].lower), !planParticiples.contains(t[k].lower),
              !["was", "were", "had", "did", "been"].contains(t[k].lower) else { return nil }
        return "past"
    }

    /// Whether a weekday's words open with (or follow) "starting", "beginning" or "effective":
    /// the day a period starts, announced before it.
    @inline(never)
    static func startsAPeriod(_ t: [Token], _ r: Range<Int>) -> Bool {
        periodOpeners.contains(t[r.lowerBound].lower) || r.lowerBound > 0 && periodOpeners.contains(t[r.lowerBound - 1].lower)
    }
    static let periodOpeners: Set<String> = ["starting", "beginning", "effective"]

    /// Whether "until", "till" or "through" bounds the weekday at `r`, perhaps with a time
    /// between: "until Monday", "until 06:00 on Sunday".
    static func boundBefore(_ t: [Token], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k > max(0, r.lowerBound - 5) {
            let w = t[k].lower
            if w == "until" || w == "till" || w == "through" { return true }
            guard k == r.lowerBound || t[k].kind == .number || t[k].is(":") || w == "on" || w == "a.m." || w == "p.m." || w == "gmt" else { return false }
            k -= 1
        }
        let w = t[k].lower
        return w == "until" || w == "till" || w == "through"
    }
    /// Verbs that move a date or a bound later: "extended its warning until …".
    static let extendingVerbs: Set<String> = ["extended", "extends", "extend", "postponed", "postpones", "delayed", "delays",
                                              "pushed", "prolonged", "prolongs"]

    /// "in September that year", "in March the following year": the year a month without one
    /// belongs to, from the last year written before it in its sentence or the one before, and
    /// how many tokens say so; nil when no such words follow or no year comes before.
    func anchoredYear(_ s: Int, after e: DateExpression) -> (year: Int?, length: Int)? {
        let t = context.tokens[s], u = e.tokens.upperBound
        guard u + 1 < t.count, t[u].lower == "that" || t[u].lower == "the" || t[u].lower == "next" || t[u].lower == "last" else { return nil }
        // ("from July next year", "in March last year": the article's year, one on or back.)
        if t[u].lower == "next" || t[u].lower == "last" {
            guard t[u + 1].lower == "year" else { return nil }
            return (published.map { $0.year + (t[u].lower == "next" ? 1 : -1) }, 2)
        }
        let shift: Int, length: Int
        if t[u].lower == "that", t[u + 1].lower == "year" { (shift, length) = (0, 2) }
        else if u + 2 < t.count, t[u].lower == "the", t[u + 2].lower == "year",
                let by = ["same": 0, "following": 1, "next": 1, "previous": -1][t[u + 1].lower] { (shift, length) = (by, 3) }
        else { return nil }
        let before = t[..<e.tokens.lowerBound].reversed() + (s > 0 ? context.tokens[s - 1].reversed() : [])
        guard let year = before.lazy.compactMap({ DateScanner.yearNumber($0.text) }).first else { return nil }
        return (year + shift, length)
    }

    func milestone(_ s: Int, _ date: DateExpression, label: String, dateTextFrom: Int? = nil) -> ArticleFacts.Milestone {
        let source = dateTextFrom ?? s
        let t = context.tokens[source]
        let dateText = context.article.string(t[date.tokens.lowerBound].range.lowerBound..<t[date.tokens.upperBound - 1].range.upperBound)
        return ArticleFacts.Milestone(sentence: s, dateText: dateText, dateStart: date.start?.iso,
                                      dateEnd: (date.end ?? date.start)?.iso, precision: date.precision, label: label,
                                      kind: kind(source, date), byteRange: context.article.sentences[s].byteRange)
    }

    // MARK: - Kind

    func kind(_ s: Int, _ date: DateExpression, columns: [String] = []) -> String {
        if columns.contains(where: { c in ["expected", "outcome", "target", "planned", "goal", "objective", "projected"].contains { c.containsUTF8($0) } }) {
            return "planned"
        }
        if columns.contains(where: { c in ["scenario", "forecast"].contains { c.containsUTF8($0) } }) { return "forecast" }
        if columns.contains(where: { c in ["recent", "past", "completed", "achieved"].contains { c.containsUTF8($0) } }) { return "past" }
        // A date before the article's own date is history, whatever the modal verbs say; with
        // no article date, only a date more than five years before today is.
        if let end = date.end ?? date.start {
            let last = (end.year, end.month ?? 12, end.day ?? 31)
            if let published {
                // On or before the article's date, and not in a "will" clause: it has happened.
                if last <= (published.year, published.month ?? 1, published.day ?? 1),
                   !clauseWords(s, around: date).contains("will") { return "past" }
                // ("will declare independence by 2027 whether or not parliament ratifies the result
                // of the 2019 referendum": a year over before the article's is history in any clause.)
                if end.year < published.year, date.precision == "year" || date.precision == "decade" { return "past" }
            } else if end.year < today.year - 5 {
                return "past"
            }
        }
        // With no year anywhere, a dateline's day still orders the story's days: "to meet again
        // on Nov. 6" in a story datelined "Oct 31" is ahead (up to two months on; further, the
        // year may have turned).
        // (A month alone, one or two months on: "an increase in output for December" in a story
        // datelined "Nov 2".)
        if published == nil, date.start == nil, date.end == nil, let m = date.month, date.endMonth == nil,
           let (dm, dd) = context.datelineMonthDay {
            let monthsAhead = (m - dm + 12) % 12
            if monthsAhead <= 2, monthsAhead > 0 || date.day.map({ $0 > dd }) == true {
                // ("Last year's finance law was signed … on 24 December" in a story datelined
                // "Nov 25": a past verb dates the day of the year before.)
                let t = context.tokens[s]
                if tense(s, of: date) == "past" || Self.pastAuxiliaryBefore(t, from: clauseStart(t, before: date.tokens.lowerBound), to: date.tokens.lowerBound) {
                    return "past"
                }
                // ("expects a cut in December": ahead, and foreseen.)
                return Self.expectsAChange(t, from: clauseStart(t, before: date.tokens.lowerBound), to: date.tokens.lowerBound) ? "forecast" : "planned"
            }
        }
        if date.direction < 0 { return "past" }
        // "It will be the first joint strike since June 2013": what "since" dates has begun, whatever
        // the verb of its clause.
        if context.tokens[s][safe: date.tokens.lowerBound]?.lower == "since" { return "past" }
        // "wanted to see the text before it was debated in parliament later this month": what is
        // later this month, week or year is still ahead of the article, whatever the tense.
        if date.tokens.lowerBound > 0, context.tokens[s][date.tokens.lowerBound - 1].lower == "later",
           context.tokens[s][date.tokens.lowerBound].lower == "this", published != nil {
            return clauseWords(s, around: date).isDisjoint(with: Self.forecastWords) ? "planned" : "forecast"
        }
        // A date wholly after the article's own has not happened yet, whatever the verb before it
        // ("said he hoped to visit the region next week").
        let afterArticle = published.map { p in
            (date.start ?? date.end).map { d in (d.year, d.month ?? 1, d.day ?? 1) > (p.year, p.month ?? 12, p.day ?? 31) } ?? false
        } ?? false
        // A deadline: "gave the two sides until Sept. 10 to agree", "has until Friday to respond"
        // (the date bounds an act still to come; one before the article's date was past above).
        let t = context.tokens[s]
        // ("had given the states until Nov. 11 to agree", "they had until Friday to leave": a
        // bound told in the past perfect or past had passed before the story's events, unless the
        // article's date says otherwise; the sentence's start is searched, since a list of the
        // parties may hold commas.)
        if let bound = t[safe: date.tokens.lowerBound]?.lower, bound == "until" || bound == "by" {
            if !afterArticle, Self.pastPerfectBefore(t, from: 0, to: date.tokens.lowerBound) { return "past" }
            if Self.infinitiveAt(t, date.tokens.upperBound) {
                // ("The province estimates Halifax will need 55,000 homes by 2030 to keep up": foreseen.)
                // ("found that suspending the payments was likely unlawful and gave the government until
                // Monday to say …": the words of a clause before "and" are that clause's.)
                let lb = date.tokens.lowerBound
                let from = (clauseStart(t, before: lb)..<lb).last(where: { t[$0].lower == "and" }).map { $0 + 1 }
                let words = from.map { f in Set(t[f..<lb].map(\.lower)) } ?? clauseWords(s, around: date)
                return words.isDisjoint(with: Self.forecastWords) ? "planned" : "forecast"
            }
        }
        // "allowed Eskom to raise tariffs by 12.7% from April 1": the act an infinitive names,
        // from a date on, is still to come (one before the article's date was past above).
        let lb = date.tokens.lowerBound
        // (Where the date's clause begins, for the questions below.)
        let clause = clauseStart(t, before: lb)
        if Self.startBounds.contains(t[lb].lower) || lb > 0 && Self.startBounds.contains(t[lb - 1].lower),
           Self.infinitiveBefore(t, from: clause, to: lb) {
            return "planned"
        }
        // "Airbus lowered its 2025 delivery target": a year that qualifies a target or a forecast
        // names what is planned or foreseen, whatever the verb (not a year already over).
        // ("met its 2025 target", "missed its 2025 goal": the target's outcome is past.)
        // ("raised its growth forecast for 2025-26": the noun before "for" says it too.)
        if date.precision == "year" || date.precision == "range", let year = (date.end ?? date.start)?.year,
           published.map({ year >= $0.year }) == true, lb >= 2, t[lb - 1].lower == "for", let kind = Self.kindNamed(by: t[lb - 2].lower) {
            return kind
        }
        if date.precision == "year", let year = date.start?.year, published.map({ year >= $0.year }) == true,
           let kind = Self.qualifiedNoun(t, after: date.tokens.upperBound).flatMap(Self.kindNamed(by:)),
           !(max(0, lb - 3)..<lb).contains(where: { Self.outcomeVerbs.contains(t[$0].lower) }) {
            return kind
        }
        // The verb right before the date speaks first: "an update released on Monday".
        var near = tense(s, of: date)
        // With none before, a past verb right after the date is the one it dates: "Nissan on
        // Thursday posted a loss … and said it expected …".
        // (Auxiliaries and copulas say nothing of the date's own event: "a target of 1.5 million
        // homes by 2029 was at risk", "a hike at its next meeting in December had increased".)
        if near == nil { near = Self.pastVerbRightAfter(t, date.tokens.upperBound) }
        // "recommended a vote before the end of 2025" in a story of September 2025: a bound still
        // open on the article's date is for what is to come, whatever the verb that set it.
        if let p = published, date.start == nil, let end = date.end, ["by", "until", "before"].contains(t[lb].lower),
           (end.year, end.month ?? 12, end.day ?? 31) > (p.year, p.month ?? 12, p.day ?? 31),
           !Self.pastPerfectBefore(t, from: clause, to: lb) {
            // ("famine may spread to 14 areas by October", "is projected to reach $194 billion by
            // June 2029": foreseen, not planned.)
            let foreseen = !clauseWords(s, around: date).isDisjoint(with: Self.forecastWords) || governedByForecast(s, date)
                || Self.forecastersExpect(t, from: clause, to: lb) || Self.expectsAChange(t, from: clause, to: lb)
            return foreseen ? "forecast" : "planned"
        }
        if !afterArticle, let tense = near {
            if tense == "past", published != nil || date.precision == "relative" || date.start == nil { return "past" }
        }
        let words = clauseWords(s, around: date)
        // "Nvidia forecast fourth-quarter revenue above estimates on Wednesday": a weekday dates
        // the act of a named forecaster (the lede's past verb), not the quantity forecast.
        if date.precision == "relative", date.direction == 0, !afterArticle, !words.contains("will"),
           let last = t[safe: date.tokens.upperBound - 1], DateWords.weekdays.contains(last.lower),
           Self.namedForecasterBefore(t, from: clause, to: lb) {
            return "past"
        }
        // "could paralyse the government before elections scheduled for 2027": a date set by a
        // plan's participle is the plan's, whatever the clause around it foresees.
        if lb >= 2, Self.scheduledForWords.contains(t[lb - 1].lower), Self.schedulingParticiples.contains(t[lb - 2].lower) { return "planned" }
        if !afterArticle, Self.datesAForecast(t, date) { return "past" }
        if !words.isDisjoint(with: Self.forecastWords) || governedByForecast(s, date)
            || Self.forecastersExpect(t, from: clause, to: lb) { return "forecast" }
        // "the economy was expected to grow by 5% next year": a quantity expected to move is a
        // prediction (a thing expected to be done, "expected to reach full capacity by 2027", a plan).
        if Self.expectsAChange(t, from: clause, to: lb) { return "forecast" }
        if !words.isDisjoint(with: Self.futureWords) || date.direction > 0
            || near == "future" || Self.datesANextEvent(t, date.tokens.lowerBound) { return "planned" }
        // "urged lawmakers to put an amendment on the November 2026 ballot": what someone is urged
        // or asked to do is still to come when it was asked.
        if Self.urgedToAct(t, from: clause, to: lb) { return "planned" }
        // A date after the article's (or today's) date cannot be past.
        if let start = date.start ?? date.end, (start.year, start.month ?? 1, start.day ?? 1) > (reference.year, reference.month ?? 12, reference.day ?? 31) {
            return "planned"
        }
        // A verb in the past tense ("left a meeting on Thursday") outweighs nouns such as "next steps".
        if words.contains(where: Self.isPastForm) {
            return "past"
        }
        if !words.isDisjoint(with: Self.planWords) { return "planned" }
        if let bound = t[safe: date.tokens.lowerBound]?.lower, ["by", "until", "through", "before"].contains(bound) {
            if published == nil { return "planned" }
            // "must present its budget by the end of the month": a bound still open on the article's date.
            if let p = published, date.start == nil, let end = date.end,
               (end.year, end.month ?? 12, end.day ?? 31) > (p.year, p.month ?? 12, p.day ?? 31) {
                return "planned"
            }
        }
        return "past"
    }

    /// Whether "had" stands between `from` and `to` in the date's own clause: "had given them
    /// until", "they had until" (not "had evacuated people and that schools would stay closed until").
    static func pastPerfectBefore(_ t: [Token], from: Int, to: Int) -> Bool {
        for k in stride(from: to - 1, through: from, by: -1) {
            if t[k].lower == "had" { return true }
            if Self.pastClauseStops.contains(t[k].lower) { return false }
        }
        return false
    }
    static let pastClauseStops: Set<String> = ["will", "would", "shall", "could", "may", "might", "must", "that", "to", ";"]

    /// Words before a date that make it where an act begins: "from April 1", "starting Monday",
    /// "after 2026".
    static let startBounds: Set<String> = ["from", "starting", "beginning", "effective", "after"]

    /// Whether "to" and a lower-case verb stand between `from` and `to`: "allowed Eskom to raise".
    static func infinitiveBefore(_ t: [Token], from: Int, to: Int) -> Bool {
        guard from + 1 < to else { return false }
        return (from..<(to - 1)).contains { k in
            t[k].lower == "to" && t[k + 1].kind == .word && t[k + 1].isLowercase && !determiners.contains(t[k + 1].lower)
                && !t[k + 1].flags.contains(.numberWord)
        }
    }

    /// The noun a year stands before as a modifier: "its 2025 delivery target" → "target" (up
    /// to two lower-case words; a function word ends the noun phrase).
    static func qualifiedNoun(_ t: [Token], after k: Int) -> String? {
        var j = k
        while j < t.count, j < k + 3, t[j].kind == .word, t[j].isLowercase, !NameParser.notNames.contains(t[j].lower) {
            if kindNamed(by: t[j].lower) != nil { return t[j].lower }
            j += 1
        }
        return nil
    }
    /// The kind a noun gives the date it qualifies: a target's is planned, a forecast's foreseen.
    static func kindNamed(by noun: String) -> String? {
        targetNouns.contains(noun) ? "planned" : outlookNouns.contains(noun) ? "forecast" : nil
    }
    static let outcomeVerbs: Set<String> = ["met", "missed", "hit", "exceeded", "beat", "reached", "achieved", "surpassed"]
    static let targetNouns: Set<String> = ["target", "targets", "goal", "goals", "objective", "objectives", "deadline"]
    static let outlookNouns: Set<String> = ["forecast", "forecasts", "outlook", "guidance", "projection", "projections", "estimate", "estimates"]

    /// A forecasting verb right after a capitalized subject between `from` and `to`: "Nvidia
    /// forecast", "The IMF projected" (not "is forecast to", "the forecast").
    static func namedForecasterBefore(_ t: [Token], from: Int, to: Int) -> Bool {
        guard from + 1 < to else { return false }
        for k in (from + 1)..<to where t[k].isLowercase && ["forecast", "forecasted", "predicted", "projected"].contains(t[k].lower) {
            if t[k - 1].kind == .word, t[k - 1].isCapitalized || t[k - 1].isAllCaps,
               !["the", "a", "an", "its", "their", "his", "her", "this", "that"].contains(t[k - 1].lower) {
                return true
            }
        }
        return false
    }

    /// The tense of the closest verb within five words before `k`: "past" for "released",
    /// "said", "met"; "future" for "will", and for "would" (the future seen from the past:
    /// "said the force would deploy by September"); nil when none is near.
    /// The tense that dates `date`: a modal right after it ("the second round on April 5 would
    /// be …": the date stands in its clause's subject) or the nearest verb before it.
    /// "voted Thursday to raise the price of water by 9.5% in January": a decision's infinitive
    /// looks ahead; so does "comes ahead of the UN climate summit in Belém, Brazil, in November"
    /// (with no verb in the past before "ahead of"). Read back from the date, within its sentence.
    static func looksAhead(_ t: [Token], before k: Int) -> Bool {
        var j = k - 1
        while j >= 1, j >= k - 14 {
            if t[j].is(".") || t[j].is(";") { return false }
            if t[j].lower == "of", t[j - 1].lower == "ahead" {
                return !(0..<(j - 1)).contains { t[$0].isLowercase && isPastForm(t[$0].lower) }
            }
            if t[j].lower == "to" {
                var v = j - 1
                if v > 0, Weekday.number(t[v].lower) != nil || Self.decisionAdverbs.contains(t[v].lower) { v -= 1 }
                if decisionVerbs.contains(t[v].lower) { return true }
            }
            j -= 1
        }
        return false
    }
    static let decisionVerbs: Set<String> = ["voted", "agreed", "decided", "approved", "resolved", "opted", "chose", "elected"]

    /// "called for protests on 6 June": the day of an act called for, between `from` and `to`,
    /// is still to come (asked of a calendar date; "called for calm on Sunday" dates the call).
    @inline(never)
    static func callsForAnAct(_ t: [Token], from: Int, to: Int) -> Bool {
        guard from + 1 < to else { return false }
        return (from + 1..<to).contains { j in
            t[j].lower == "for" && callVerbs.contains(t[j - 1].lower)
        }
    }
    static let callVerbs: Set<String> = ["called", "calls", "call", "calling"]

    /// Whether a verb of urging or asking, then "to" and a verb within a few words, stands
    /// between `from` and `to`: "urged lawmakers to put", "asked the court to rule".
    @inline(never)
    static func urgedToAct(_ t: [Token], from: Int, to: Int) -> Bool {
        guard from + 2 < to else { return false }
        for j in from..<(to - 2) where t[j].isLowercase && urgingVerbs.contains(t[j].lower) {
            if let k = ((j + 1)..<min(j + 6, to - 1)).first(where: { t[$0].lower == "to" }), t[k + 1].isLowercase, t[k + 1].kind == .word,
               !Self.determiners.contains(t[k + 1].lower) { return true }
        }
        return false
    }
    /// Words before a count of days that make it a period, not a distance: "the two days after",
    /// "within 30 days after", "for 90 days after".
    static let countedPeriodOpeners: Set<String> = ["the", "within", "for", "first", "next", "last", "over", "in"]
    static let urgingVerbs: Set<String> = ["urged", "urges", "urge", "urging", "asked", "asks", "pressed", "presses", "pressing",
                                           "encouraged", "encourages", "pushed", "pushing", "instructed", "directed", "ordered", "orders"]
    static let decisionAdverbs: Set<String> = ["today", "unanimously", "narrowly", "also"]

    /// "was signed by President Abdelmadjid Tebboune on": a past verb after "was", "were" or
    /// "had" between `from` and `to`.
    static func pastAuxiliaryBefore(_ t: [Token], from: Int, to: Int) -> Bool {
        guard from + 1 < to else { return false }
        return (from + 1..<to).contains { j in
            t[j].isLowercase && isPastForm(t[j].lower) && ["was", "were", "had"].contains(t[j - 1].lower)
        }
    }

    func tense(_ s: Int, of date: DateExpression) -> String? {
        // (Not one that dates a past verb before it: "A trial that started in October 2024 will
        // continue".)
        let t = context.tokens[s]
        if let next = t[safe: date.tokens.upperBound], next.kind == .word,
           next.lower == "will" || next.lower == "would" || next.lower == "shall" {
            var j = date.tokens.lowerBound - 1
            while j >= 0, ["in", "on", "at", "since"].contains(t[j].lower) { j -= 1 }
            if j < 0 || !(t[j].isLowercase && Self.isPastForm(t[j].lower)) { return "future" }
        }
        return nearestTense(s, before: date.tokens.lowerBound)
    }

    func nearestTense(_ s: Int, before k: Int) -> String? {
        let t = context.tokens[s]
        var j = k - 1
        while j >= 0, j >= k - 5 {
            let w = t[j]
            if w.isClauseBreak { return nil }
            if w.lower == "will" || w.lower == "shall" || w.lower == "would" { return "future" }
            // ("should be finished by 2031", "must be repaid by June"; not "should have been".)
            if w.lower == "should" || w.lower == "must", j + 1 < t.count, t[j + 1].lower != "have" { return "future" }
            // "is scheduled for 2027", "was expected by March": participles of plans look ahead.
            // "is forecast to reach eastern Cuba early Wednesday": a prediction of what is to come.
            if Self.predictsAhead(t, j) { return "future" }
            // ("than it expected in August": after a pronoun subject, the past tense.)
            if Self.planParticiples.contains(w.lower) {
                if j > 0, ["it", "he", "she", "they", "we", "i", "you"].contains(t[j - 1].lower), w.lower != "due" { return "past" }
                return "future"
            }
            // "when trading resumes on Monday", "subsidies that expire at the end of the year": the
            // present of a scheduled event looks ahead (not the noun: "the talks", "its returns").
            if w.isLowercase, Self.scheduledPresents.contains(w.lower), j == 0 || !Self.determiners.contains(t[j - 1].lower),
               j == 0 || t[j - 1].kind != .possessive && t[j - 1].kind != .number && !["did", "not", "never"].contains(t[j - 1].lower) {
                return "future"
            }
            if w.isLowercase && Self.isPastForm(w.lower) {
                // "would be published on 15 June": a passive after a modal looks ahead.
                // ("cannot be filed until February": so does one after "can" or "cannot".)
                if j >= 2, t[j - 1].lower == "be", ["will", "would", "shall", "to", "should", "must", "can", "cannot"].contains(t[j - 2].lower) { return "future" }
                // "A levy on betting winnings is scrapped from January": a present passive from a date on.
                // ("Trains are cancelled until Monday": or up to one.)
                if j >= 1, t[j - 1].lower == "is" || t[j - 1].lower == "are", j + 1 < t.count,
                   ["from", "until", "till", "through"].contains(t[j + 1].lower) { return "future" }
                // "would keep the government funded through Dec. 20": a modal earlier in the clause.
                var m = j - 1
                while m >= 0, m >= j - 6, !t[m].isClauseBreak {
                    if ["will", "would", "shall"].contains(t[m].lower) { return "future" }
                    // "voted to keep the government funded through Nov. 21": an infinitive's purpose looks ahead.
                    // (Only before a bound: "commitments made in Ohrid in March 2023" after "failed to implement" is history.)
                    if t[m].lower == "to", m + 1 < j, t[m + 1].isLowercase, !Self.determiners.contains(t[m + 1].lower),
                       k < t.count, ["through", "until", "till", "by"].contains(t[k].lower) { return "future" }
                    m -= 1
                }
                return "past"
            }
            // "Lula, who is seeking a fourth term in October 2026": the present progressive of an
            // aim looks ahead.
            if w.isLowercase, Self.aimProgressives.contains(w.lower), j > 0, ["is", "are"].contains(t[j - 1].lower) {
                return "future"
            }
            // "The bank last cut the rate in May", "last met in March": "last" before a verb says
            // when it last happened (not "last year", "the last time").
            if w.lower == "last", j + 1 < k, t[j + 1].isLowercase, t[j + 1].kind == .word,
               j == 0 || !Self.determiners.contains(t[j - 1].lower) && t[j - 1].kind != .possessive,
               !Self.lastNouns.contains(t[j + 1].lower), !t[j + 1].flags.contains(.numberWord) {
                return "past"
            }
            j -= 1
        }
        return nil
    }
    /// Progressives of an aim: "is seeking re-election in 2026", "are aiming for a deal by March".
    static let aimProgressives: Set<String> = ["seeking", "aiming", "hoping", "planning", "preparing", "running", "bidding"]
    /// Nouns after "last" that make it an adjective: "last year", "last round".
    static let lastNouns: Set<String> = ["year", "month", "week", "time", "night", "weekend", "season", "quarter", "decade",
                                         "century", "summer", "winter", "spring", "autumn", "fall", "round", "minute",
                                         "moment", "day", "days", "weeks", "months", "years", "meeting", "election", "one"]

    /// A verb in the past tense: a known form ("said", "met") or a word in -ed ("released").
    static func isPastForm(_ lower: String) -> Bool {
        pastForms.contains(lower) || (lower.hasSuffix("ed") && lower.count > 4 && !lower.containsUTF8("-"))
    }

    /// Whether the date at token `k` dates an event named as the next one: "at its next meeting
    /// in December", "the upcoming election on 3 May" (the verbs around may be past: "said the
    /// chance of a hike at its next meeting in December had increased").
    static func datesANextEvent(_ t: [Token], _ k: Int) -> Bool {
        guard k >= 3, ["in", "on", "at", "for"].contains(t[k - 1].lower) else { return false }
        return (max(0, k - 4)...(k - 3)).contains { j in
            ["next", "upcoming", "coming", "forthcoming"].contains(t[j].lower)
                && t[(j + 1)..<(k - 1)].allSatisfy { $0.kind == .word && $0.isLowercase }
        }
    }

    /// "is forecast to", "is projected to": a prediction of what is to come, at token `k`.
    static func predictsAhead(_ t: [Token], _ k: Int) -> Bool {
        ["forecast", "predicted", "projected", "likely"].contains(t[k].lower) && k + 1 < t.count && t[k + 1].lower == "to"
    }

    /// Verbs of scheduled events in the present tense: "the court rules on Tuesday", "the
    /// ban runs through June", "parliament returns on Monday".
    static let scheduledPresents: Set<String> = [
        "begins", "begin", "starts", "opens", "reopens", "resumes", "resume", "meets", "meet", "convenes", "reconvenes",
        "ends", "closes", "expires", "expire", "lasts", "runs", "arrives", "arrive", "travels", "hosts", "launches",
        "concludes", "hears", "takes", "return", "returns"]
    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this", "to", "no", "any", "each", "every", "of", "for", "in"]

    /// Whether the clause of the date is what a verb of prediction reports: "Economists
    /// forecast that growth would slow … in 2026", "analysts predicted that …".
    func governedByForecast(_ s: Int, _ date: DateExpression) -> Bool {
        let t = context.tokens[s]
        let a = clauseStart(t, before: date.tokens.lowerBound)
        // ("The Bank of Finland forecast in June that the economy would grow … this year": a time
        // of the forecast may stand between the verb and "that".)
        // ("The researchers wrote that most glaciers … will disappear by 2050": what those whose
        // trade is predicting say will happen is foreseen, whatever their verb.)
        return a >= 2 && t[a - 1].lower == "that"
            && (max(0, a - 5)...(a - 2)).reversed().prefix(while: { !t[$0].isClauseBreak })
                .contains { Self.forecastVerbs.contains(t[$0].lower)
                    // (As the subject of the report, not its audience: "told analysts that".)
                    || Self.predictors.contains(t[$0].lower) && $0 + 1 < a - 1 && t[$0 + 1].flags.contains(.reportingForm) }
            || a >= 2 && t[a - 1].lower == "that" && Self.bankForesees(t, thatAt: a - 1)
    }

    /// "The Bank of Spain warned in its October report that house prices would rise": what a bank
    /// reports of what is to come is foreseen — unless it is the bank's own act ("said it would cut").
    static func bankForesees(_ t: [Token], thatAt h: Int) -> Bool {
        guard h + 1 < t.count, !["it", "we"].contains(t[h + 1].lower),
              !(t[h + 1].lower == "the" && t[safe: h + 2]?.lower == "bank") else { return false }
        // (The reporting verb before "that", perhaps with a time or the report between: "in its October report".)
        guard let v = (max(0, h - 8)..<h).reversed().prefix(while: { !t[$0].isClauseBreak })
            .last(where: { t[$0].flags.contains(.reportingForm) && t[$0].isLowercase }) else { return false }
        return v >= 1 && t[v - 1].lower == "bank" || v >= 3 && t[v - 2].lower == "of" && t[v - 3].text == "Bank"
    }
    /// Those whose trade is predicting: forecasters, and researchers and scientists.
    static let predictors: Set<String> = forecasters.union(["researchers", "scientists", "climatologists", "modellers", "modelers"])

    /// "forecast in June that …", "predicted on Monday that …": the date of the forecast itself,
    /// which is past (what it foresees is dated in the clause after "that").
    /// ("up from the $13.3 billion forecast in March": or the participle after the amount forecast.)
    static func datesAForecast(_ t: [Token], _ date: DateExpression) -> Bool {
        let lb = date.tokens.lowerBound, ub = date.tokens.upperBound
        guard lb >= 2, t[lb - 1].lower == "in" || t[lb - 1].lower == "on", forecastVerbs.contains(t[lb - 2].lower) else { return false }
        return ub < t.count && t[ub].lower == "that"
            || lb >= 3 && (t[lb - 3].kind == .number || ["billion", "million", "trillion", "percent", "cent", "%"].contains(t[lb - 3].lower))
    }

    /// "Forecasters expect an above-normal season this year", "economists see growth of 2% next
    /// year": what those whose trade is predicting expect is a forecast.
    static func forecastersExpect(_ t: [Token], from start: Int, to end: Int) -> Bool {
        guard end - start >= 2 else { return false }
        return (start..<(end - 1)).contains { k in
            forecasters.contains(t[k].lower) && (k + 1..<min(end, k + 3)).contains { expectForms.contains(t[$0].lower) }
        }
    }
    static let forecasters: Set<String> = ["forecasters", "economists", "analysts", "meteorologists", "pollsters", "strategists"]
    static let expectForms: Set<String> = ["expect", "expects", "expected", "see", "sees", "predict", "predicts", "predicted"]

    static let forecastVerbs: Set<String> = ["forecast", "forecasts", "forecasted", "predict", "predicts", "predicted", "project",
                                             "projects", "projected", "estimate", "estimates", "estimated"]

    /// Where the clause holding token `k` begins: after a clause break, "that" or ";".
    func clauseStart(_ t: [Token], before k: Int) -> Int {
        var a = k
        while a > 0 {
            // "could reach 4 inches (10 centimeters) an hour through Saturday": a short aside in
            // parentheses is inside the clause, not a break in it.
            if t[a - 1].is(")"), let open = (max(0, a - 10)..<(a - 1)).last(where: { t[$0].is("(") }) {
                a = open
                continue
            }
            if t[a - 1].isClauseBreak || t[a - 1].lower == "that" || t[a - 1].is(";") { break }
            a -= 1
        }
        return a
    }

    /// Words of a clause that put a weekday after the article's date.
    static let weekdayAheadWords: Set<String> = ["will", "would", "due", "scheduled", "expected", "set", "slated", "plans", "planned", "shall"]

    /// Whether a clause's words put a weekday after the article's date: a plan ("is due to
    /// meet on Monday") or a possibility ("snow could fall through Saturday"; not "could have").
    static func looksAhead(_ words: Set<String>) -> Bool {
        !words.isDisjoint(with: weekdayAheadWords) || !words.isDisjoint(with: possibilityModals) && !words.contains("have")
    }
    static let possibilityModals: Set<String> = ["could", "might", "may"]

    /// Lower-case words of the clause a date stands in (between clause breaks and "that").
    func clauseWords(_ s: Int, around date: DateExpression) -> Set<String> {
        let t = context.tokens[s]
        let a = clauseStart(t, before: date.tokens.lowerBound)
        var b = date.tokens.upperBound
        while b < t.count, !(t[b].isClauseBreak || t[b].lower == "that" || t[b].is(".")) {
            // "would start on Tuesday and could be extended": a modal after "and" or "but" opens a clause of its own.
            if t[b].lower == "and" || t[b].lower == "but", b + 1 < t.count, Self.modals.contains(t[b + 1].lower) { break }
            b += 1
        }
        // The date's own words are not cues: "May 14, 2024" is no modal "may"; nor are capitalized
        // words after the first, which are names: "The United States could lose its status in
        // January" has no past verb, "Mohammed" none either.
        // ("Parliament will vote on the revised estimates on December 5": "estimates" after a
        // determiner or a participle is the noun, a budget's figures, not a forecaster's verb.)
        return Set(t[a..<b].indices.filter { !date.tokens.contains($0) && !(t[$0].isCapitalized && ($0 > 0 || t[$0].lower == "may"))
            && !(t[$0].lower == "estimates" && Self.estimatesAsNoun(t, $0)) }.map { t[$0].lower })
    }

    /// Whether "estimates" at `k` is the noun: after a determiner or an "-ed" word ("the
    /// revised estimates"), not after its subject ("The province estimates").
    @inline(never)
    static func estimatesAsNoun(_ t: [Token], _ k: Int) -> Bool {
        guard k > 0, t[k - 1].isLowercase else { return false }
        let before = t[k - 1].lower
        return Lexicon.articles.contains(before) || ["these", "those", "some", "its", "their", "our", "his", "her", "budget", "official"].contains(before)
            || before.hasSuffix("ed")
    }

    // MARK: - Label

    /// The event a date belongs to, read from the words around it.
    func label(_ s: Int, _ date: DateExpression) -> String {
        let t = context.tokens[s]
        let a = date.tokens.lowerBound, b = date.tokens.upperBound
        // "Dec. 9: extraordinary Diet session opens", "2027 – new terminal opens": a line
        // that opens with its date names the event after the colon or dash.
        if t[..<a].allSatisfy({ $0.kind == .punctuation }), b + 1 < t.count,
           t[b].is(":") || t[b].is("–") || t[b].is("—") || t[b].is("-") {
            var e = t.count
            while e > b + 1, t[e - 1].is(".") || t[e - 1].is(";") { e -= 1 }
            if e > b + 1, t[(b + 1)..<e].contains(where: { $0.kind == .word }) { return Self.shorten(text(s, b + 1..<e)) }
        }
        // "the 1999 NATO intervention": the date modifies what follows.
        if a > 0, ["the", "a", "its", "their", "this"].contains(t[a - 1].lower), b < t.count, t[b].kind == .word,
           !StatementExtractor.prepositions.contains(t[b].lower) {
            var e = b
            while e < t.count, t[e].kind == .word, !Self.clauseWords.contains(t[e].lower), e < b + 5 { e += 1 }
            if e > b { return text(s, b..<e) }
        }
        // "Britain would send 900 soldiers to Estonia by the end of 2026": a deadline belongs to the
        // action before it.
        if DateReader.boundWords[t[a].lower] != nil, ["by", "until", "before"].contains(t[a].lower) {
            var start = a
            while start > 0, !t[start - 1].isClauseBreak, !["that", "which", "who"].contains(t[start - 1].lower), a - start < 12 { start -= 1 }
            while start < a, Lexicon.verbGroupWords.contains(t[start].lower) || ["the", "a", "an"].contains(t[start].lower) { start += 1 }
            if a > start { return Self.shorten(text(s, start..<a)) }
        }
        // "the post-Yugoslav conflicts of the 1990s", "scenarios for the Western Balkans through 2029".
        var p = a
        if p > 0, t[p - 1].lower == "the" { p -= 1 }
        if p > 0, ["of", "in", "since", "during", "from", "for", "until", "through", "by"].contains(t[p - 1].lower)
            || DateReader.boundWords[t[a].lower] != nil {
            let end = DateReader.boundWords[t[a].lower] != nil ? a : p - 1
            var start = end
            var linkOnce = DateReader.boundWords[t[a].lower] != nil
            while start > 0 {
                let prev = t[start - 1]
                if prev.kind != .word && !prev.is("-") && prev.kind != .possessive { break }
                if Self.clauseWords.contains(prev.lower) || StatementExtractor.isVerbLike(prev) && prev.isLowercase { break }
                if Lexicon.reportingForms[prev.lower] != nil || ["is", "are", "was", "were", "has", "have", "had"].contains(prev.lower) { break }
                // A determiner ends the phrase, except once before a bound ("scenarios for the
                // Western Balkans through 2029"), where a preposition links it to the noun before.
                if ["the", "a", "an"].contains(prev.lower) {
                    if linkOnce, start >= 2, ["for", "of", "in", "on"].contains(t[start - 2].lower) {
                        linkOnce = false
                        start -= 2
                        continue
                    }
                    break
                }
                start -= 1
                if end - start >= 8 { break }
            }
            while start < end, ["the", "a", "an", "of", "for", "in"].contains(t[start].lower) { start += 1 }
            if end > start { return text(s, start..<end) }
        }
        // "In 2008, Kosovo declared independence": the clause after the date.
        if b < t.count, t[b].isComma {
            var e = b + 1
            while e < t.count, !t[e].isClauseBreak, !t[e].is(".") { e += 1 }
            if e > b + 1 { return text(s, b + 1..<e) }
        }
        // Otherwise the clause around the date.
        var start = a, end = b
        while start > 0, !t[start - 1].isClauseBreak { start -= 1 }
        while end < t.count, !t[end].isClauseBreak, !t[end].is(".") { end += 1 }
        return Self.shorten(text(s, start..<end))
    }

    static let clauseWords: Set<String> = ["and", "or", "but", "which", "that", "who", "has", "have", "had", "is", "are",
                                           "was", "were", "will", "would", "could", "with", "as", "while", "when"]

    /// A list item's label: its "Label:" opening, else its first words.
    func listLabel(_ s: Int) -> String {
        let t = context.tokens[s]
        if let colon = t.firstIndex(where: { $0.is(":") }), colon > 0, colon <= 8 { return text(s, 0..<colon) }
        return Self.shorten(text(s, 0..<t.count))
    }

    // MARK: - Tables

    func dateColumn(_ header: [String]) -> Int? {
        header.firstIndex { Self.dateColumns.contains($0.lowercased()) }
    }

    func tableMilestone(_ s: Int, header: [String], dateColumn: Int, earlier: [ArticleFacts.Milestone] = []) -> [ArticleFacts.Milestone] {
        let t = context.tokens[s]
        let cells = PeopleExtractor.cellRanges(t)
        guard dateColumn < cells.count else { return [] }
        let dateCell = cells[dateColumn]
        guard var date = DateReader.read(Array(t[dateCell]), reference: published).first else { return [] }
        date.tokens = (date.tokens.lowerBound + dateCell.lowerBound)..<(date.tokens.upperBound + dateCell.lowerBound)
        if let year = Self.yearOfTheMonthBefore(date, in: earlier) {
            // "| 5 July |" in a story whose text put "on 4 July" in 2026: the year the text gave
            // that month.
            let d = PartialDate(year: year, month: date.month!, day: date.day)
            date.start = d
            date.end = d
            date.precision = date.day != nil ? "day" : "month"
        } else {
            // "May 6–7" in a Dates column takes its year from the article's date, as in prose.
            guard let resolved = resolve(s)(date) else { return [] }
            date = resolved
        }
        let lowered = header.map { $0.lowercased() }
        let eventColumn = lowered.firstIndex { h in Self.eventColumns.contains { h.containsUTF8($0) } }
            ?? cells.indices.first { $0 != dateColumn && !cells[$0].isEmpty && !Self.actorColumns.contains(lowered[safe: $0] ?? "") }
        var label = eventColumn.flatMap { $0 < cells.count ? text(s, cells[$0]) : nil } ?? ""
        if let actor = lowered.firstIndex(where: { Self.actorColumns.contains($0) }), actor < cells.count, actor != eventColumn {
            label = text(s, cells[actor]) + ": " + label
        }
        let otherColumns = lowered.indices.filter { $0 != dateColumn && $0 != eventColumn }.map { lowered[$0] }
        var m = milestone(s, date, label: label.isEmpty ? text(s, 0..<t.count) : label)
        // A row may have more cells than the header: the event column can lie past its end.
        m.kind = kind(s, date, columns: otherColumns + [lowered[safe: eventColumn ?? dateColumn] ?? ""])
        return [m]
    }

    /// The year an earlier milestone gave the month of a date written without one (a single
    /// day or month, not a range or a bound), if any.
    static func yearOfTheMonthBefore(_ date: DateExpression, in earlier: [ArticleFacts.Milestone]) -> Int? {
        guard let month = date.month, date.start == nil, date.end == nil, date.endMonth == nil, date.boundIsEnd == nil,
              date.day.map({ $0 <= 28 }) ?? true else { return nil }
        let tag = month < 10 ? "-0\(month)" : "-\(month)"
        for m in earlier.reversed() {
            guard let start = m.dateStart, start.utf8.count >= 7, m.precision == "day" || m.precision == "month",
                  start.dropFirst(4).hasPrefix(tag), let year = Int(start.prefix(4)) else { continue }
            return year
        }
        return nil
    }

    // MARK: - Helpers

    func text(_ s: Int, _ range: Range<Int>) -> String {
        let t = context.tokens[s]
        guard !range.isEmpty else { return "" }
        return context.article.string(t[range.lowerBound].range.lowerBound..<t[range.upperBound - 1].range.upperBound)
    }

    static func shorten(_ s: String) -> String {
        s.count <= 100 ? s : String(s.prefix(99)) + "…"
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
