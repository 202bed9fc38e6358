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
    /// The article's date, or the day of ingestion: what "last year" and "past" are measured from.
    let reference: PartialDate

    static let forecastWords: Set<String> = ["scenario", "scenarios", "predict", "predicts", "predicted", "forecast",
                                             "forecasts", "projected", "projection", "projections", "could", "might",
                                             "likely", "unlikely", "possible", "possibly", "envision", "envisions",
                                             "envisioned", "outlook", "would"]
    static let planWords: Set<String> = ["will", "plan", "plans", "planned", "planning", "aim", "aims", "aimed",
                                         "scheduled", "target", "targets", "targeted", "intend", "intends", "expected",
                                         "expects", "upcoming", "due", "set", "proposed", "proposes", "deadline",
                                         "goal", "goals", "shall", "next", "coming", "future", "expected outcome"]
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
                milestones += tableMilestone(s, header: header, dateColumn: column)
                continue
            }
            let t = context.tokens[s]
            let dates = DateReader.read(t, reference: reference).compactMap(resolve)
            for date in dates {
                milestones.append(milestone(s, date, label: label(s, date)))
            }
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

    /// Fills in what a relative date means when the reference says it.
    func resolve(_ e: DateExpression) -> DateExpression? {
        var e = e
        if let month = e.month, let day = e.day, e.start == nil {
            let d = PartialDate(year: reference.year, month: month, day: day)
            e.start = d
            e.end = d
            e.precision = "day"
        }
        return e
    }

    func milestone(_ s: Int, _ date: DateExpression, label: String, dateTextFrom: Int? = nil) -> ArticleFacts.Milestone {
        let source = dateTextFrom ?? s
        let t = context.tokens[source]
        let dateText = context.article.string(t[date.tokens.lowerBound].range.lowerBound..<t[date.tokens.upperBound - 1].range.upperBound)
        return ArticleFacts.Milestone(sentence: s, dateText: dateText, dateStart: date.start?.iso,
                                      dateEnd: (date.end ?? date.start)?.iso, precision: date.precision, label: label,
                                      kind: kind(s, date), byteRange: context.article.sentences[s].byteRange)
    }

    // MARK: - Kind

    func kind(_ s: Int, _ date: DateExpression, columns: [String] = []) -> String {
        let words = Set(context.tokens[s].map(\.lower))
        if columns.contains(where: { c in ["expected", "outcome", "target", "planned", "goal", "objective", "projected"].contains { c.contains($0) } }) {
            return "planned"
        }
        if columns.contains(where: { c in ["scenario", "forecast"].contains { c.contains($0) } }) { return "forecast" }
        if columns.contains(where: { c in ["recent", "past", "completed", "achieved"].contains { c.contains($0) } }) { return "past" }
        // A date before the article's time is history, whatever the modal verbs say.
        if let end = date.end ?? date.start, end.year < reference.year || (end.year == reference.year && end < reference && end.month != nil) {
            return "past"
        }
        if date.direction < 0 { return "past" }
        if !words.isDisjoint(with: Self.forecastWords) { return "forecast" }
        if !words.isDisjoint(with: Self.planWords) || date.direction > 0 { return "planned" }
        if let start = date.start ?? date.end, start > reference { return "planned" }
        return "past"
    }

    // MARK: - Label

    /// The event a date belongs to, read from the words around it.
    func label(_ s: Int, _ date: DateExpression) -> String {
        let t = context.tokens[s]
        let a = date.tokens.lowerBound, b = date.tokens.upperBound
        // "the 1999 NATO intervention": the date modifies what follows.
        if a > 0, ["the", "a", "its", "their", "this"].contains(t[a - 1].lower), b < t.count, t[b].kind == .word,
           !StatementExtractor.prepositions.contains(t[b].lower) {
            var e = b
            while e < t.count, t[e].kind == .word, !Self.clauseWords.contains(t[e].lower), e < b + 5 { e += 1 }
            if e > b { return text(s, b..<e) }
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

    func tableMilestone(_ s: Int, header: [String], dateColumn: Int) -> [ArticleFacts.Milestone] {
        let t = context.tokens[s]
        let cells = PeopleExtractor.cellRanges(t)
        guard dateColumn < cells.count else { return [] }
        let dateCell = cells[dateColumn]
        let dates = DateReader.read(Array(t[dateCell]), reference: reference)
        guard var date = dates.first.flatMap(resolve) else { return [] }
        date.tokens = (date.tokens.lowerBound + dateCell.lowerBound)..<(date.tokens.upperBound + dateCell.lowerBound)
        let lowered = header.map { $0.lowercased() }
        let eventColumn = lowered.firstIndex { h in Self.eventColumns.contains { h.contains($0) } }
            ?? cells.indices.first { $0 != dateColumn && !cells[$0].isEmpty && !Self.actorColumns.contains(lowered[safe: $0] ?? "") }
        var label = eventColumn.flatMap { $0 < cells.count ? text(s, cells[$0]) : nil } ?? ""
        if let actor = lowered.firstIndex(where: { Self.actorColumns.contains($0) }), actor < cells.count, actor != eventColumn {
            label = text(s, cells[actor]) + ": " + label
        }
        let otherColumns = lowered.indices.filter { $0 != dateColumn && $0 != eventColumn }.map { lowered[$0] }
        var m = milestone(s, date, label: label.isEmpty ? text(s, 0..<t.count) : label)
        m.kind = kind(s, date, columns: otherColumns + [lowered[eventColumn ?? dateColumn]])
        return [m]
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
