import NewsText

/// A date as a sentence writes it, and what it means on the calendar.
struct DateExpression: Equatable {
    var tokens: Range<Int>
    var start: PartialDate?
    var end: PartialDate?
    /// day, month, year, decade, range or relative.
    var precision: String
    /// For relative dates: which way from the reference they point (-1 past, +1 future, 0 now).
    var direction: Int = 0
    /// A month and day written without a year ("March 4"), for resolution against the reference.
    var month: Int? = nil
    var day: Int? = nil
    /// For a bound around a date without a year ("by the end of November", "since March"):
    /// whether the date ends the range (else it starts it).
    var boundIsEnd: Bool? = nil
    /// The last day of a range written without a year ("from April 19 to June 1",
    /// "between 3 and 5 March"): resolved with `month` and `day` against the reference.
    var endMonth: Int? = nil
    var endDay: Int? = nil
}

/// Reads date expressions from tokens: full dates in US and European order, months,
/// years, decades, ranges and bounds ("2010–2015", "through 2029", "by the end of 2027"),
/// and relative dates ("last year", "on Tuesday", "two weeks later") resolved against
/// a reference date when there is one. "may" and "May" are a month only with a day or
/// year beside them; numbers that count things (450 soldiers) are not years.
enum DateReader {
    /// Nouns of reports that a month may date as their owner's: "in its October report", "the
    /// March forecast" (they are also reporting verbs, which a month is never the subject of).
    static let reportNouns: Set<String> = ["report", "reports", "statement", "forecast", "forecasts", "estimate", "estimates",
                                           "survey", "update", "warning", "announcement", "projection", "projections", "poll"]

    /// Nouns after a number that make it a count, not a year.
    static let countNouns: Set<String> = ["troops", "soldiers", "people", "members", "personnel", "officers",
                                          "votes", "km", "kilometers", "kilometres", "miles", "tons", "tonnes",
                                          "euros", "dollars", "refugees", "migrants", "residents", "cases",
                                          "deaths", "casualties", "units", "vehicles", "tanks", "jets",
                                          "workers", "students", "families", "homes", "pages", "words", "meters",
                                          "metres", "percent", "%", "million", "billion", "thousand"]
    static let boundWords: [String: (isEnd: Bool, forward: Bool)] = [
        "through": (true, true), "until": (true, true), "till": (true, true), "by": (true, true),
        "before": (true, true), "since": (false, false), "from": (false, false),
    ]
    static let numberWords: [String: Int] = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                                             "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3,
                                             "few": 2, "couple": 2]

    static func read(_ t: [Token], reference: PartialDate?) -> [DateExpression] {
        var found: [DateExpression] = []
        var i = 0
        while i < t.count {
            if var e = expression(at: i, in: t, reference: reference) {
                // "on Wednesday 12 November 2025", "Monday, Nov. 24": the weekday names the date after it.
                if e.precision == "relative", e.tokens.upperBound < t.count, let next = weekdaysDate(after: e, in: t, reference: reference) {
                    e = next
                }
                found.append(e)
                i = e.tokens.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// The calendar date with a day right after a weekday expression (a comma may stand between),
    /// which stands for both (written as the date alone, as "on Tuesday, 12 March 2024" was); nil
    /// when none follows.
    static func weekdaysDate(after e: DateExpression, in t: [Token], reference: PartialDate?) -> DateExpression? {
        guard DateWords.weekdays.contains(t[e.tokens.upperBound - 1].lower) else { return nil }
        var k = e.tokens.upperBound
        // ("on Friday (Nov 21)": or in parentheses, CNA style.)
        let parenthesized = t[k].is("(")
        if t[k].isComma || parenthesized { k += 1 }
        guard k < t.count, t[k].startsWithDigit || t[k].flags.contains(.month),
              let next = expression(at: k, in: t, reference: reference), next.precision == "day" || next.day != nil else { return nil }
        // (Only the date inside them: "on Friday (with his wife)" is no date's.)
        if parenthesized, !(next.tokens.upperBound < t.count && t[next.tokens.upperBound].is(")")) { return nil }
        return next
    }

    /// Words a date expression can open with (besides numbers).
    static let openingWords: Set<String> = {
        var words: Set<String> = ["between", "yesterday", "today", "tomorrow", "last", "next", "this", "past", "previous",
                                  "coming", "on", "the", "late", "early", "starting", "beginning", "effective", "new"]
        words.formUnion(partOpeners)
        words.formUnion(boundWords.keys)
        words.formUnion(numberWords.keys)
        words.formUnion(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])  // "Sunday's vote"
        for m in ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                  "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."] { words.insert(m) }
        return words
    }()

    /// Words before "the end of the year" and the like that make it a point in time.
    static let partOpeners: Set<String> = ["at", "in", "toward", "towards", "around"]

    /// "at the end of the year", "in the middle of this month": a part of the reference's
    /// year or month (a year or month of its own is read where it is written: "at the end of 2027").
    static func partOfPeriod(at i: Int, in t: [Token], reference: PartialDate?) -> DateExpression? {
        if let half = halfOrQuarter(at: i, in: t, reference: reference) { return half }
        let k = i + 4
        guard k + 1 < t.count, t[i + 1].lower == "the", ["end", "beginning", "start", "middle"].contains(t[i + 2].lower),
              t[i + 3].lower == "of", t[k].lower == "the" || t[k].lower == "this",
              t[k + 1].lower == "year" || t[k + 1].lower == "month" else { return nil }
        let isYear = t[k + 1].lower == "year"
        let point = reference.flatMap { r in isYear ? PartialDate(year: r.year) : r.month.map { PartialDate(year: r.year, month: $0) } }
        return DateExpression(tokens: i..<(k + 2), start: point, end: point,
                              precision: point == nil ? "relative" : (isYear ? "year" : "month"), direction: 0)
    }

    static let ordinalParts: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4]

    /// "in the first half of the year", "in the third quarter of 2025": months of the year, as a range.
    static func halfOrQuarter(at i: Int, in t: [Token], reference: PartialDate?) -> DateExpression? {
        guard i + 5 < t.count, t[i + 1].lower == "the", var n = ordinalParts[t[i + 2].lower],
              ["half", "quarter"].contains(t[i + 3].lower), t[i + 4].lower == "of" else { return nil }
        let isHalf = t[i + 3].lower == "half"
        if isHalf { if n > 2 { n = 2 } }
        let year: Int?, end: Int
        if (t[i + 5].lower == "the" || t[i + 5].lower == "this"), i + 6 < t.count, t[i + 6].lower == "year" {
            year = reference?.year
            end = i + 7
        } else if t[i + 5].startsWithDigit, t[i + 5].text.utf8.count == 4, let y = Int(t[i + 5].text), (1900...2100).contains(y) {
            year = y
            end = i + 6
        } else {
            return nil
        }
        let months = isHalf ? 6 : 3
        let first = (n - 1) * months + 1, last = n * months
        return DateExpression(tokens: i..<end, start: year.map { PartialDate(year: $0, month: first) },
                              end: year.map { PartialDate(year: $0, month: last) }, precision: year == nil ? "relative" : "range")
    }

    /// "Q4 2025", "Q1 of 2026": a quarter of a year, as a range of its months.
    @inline(never)
    static func quarter(at i: Int, in t: [Token]) -> DateExpression? {
        let text = t[i].text.utf8
        guard text.count == 2, text.first == UInt8(ascii: "Q"), let d = text.last, d >= 0x31 && d <= 0x34, i + 1 < t.count else { return nil }
        var k = i + 1
        if t[k].lower == "of", k + 1 < t.count { k += 1 }
        guard t[k].text.utf8.count == 4, let y = Int(t[k].text), (1900...2100).contains(y) else { return nil }
        let n = Int(d - 0x30)
        return DateExpression(tokens: i..<(k + 1), start: PartialDate(year: y, month: (n - 1) * 3 + 1),
                              end: PartialDate(year: y, month: n * 3), precision: "range")
    }

    static func expression(at i: Int, in t: [Token], reference: PartialDate?) -> DateExpression? {
        if t[i].kind != .number, !t[i].flags.contains(.dateOpening),
           !t[i].startsWithDigit, midPart(t[i]) == nil, monthSpanWord(t, i) == nil {
            // ("Q4": a capital and no lower-case letter, told by flags before any byte is read.)
            return t[i].isCapitalized && !t[i].hasLowercase ? quarter(at: i, in: t) : nil
        }
        // Bounds and ranges open with a word: "through 2029", "by the end of 2027", "from 2010 to 2015".
        let lower = t[i].lower
        if t[i].flags.contains(.partOpener) { return partOfPeriod(at: i, in: t, reference: reference) }
        if t[i].flags.contains(.boundWord), let bound = boundWords[lower] {
            var k = i + 1
            if k + 2 < t.count, t[k].lower == "the", ["end", "beginning", "start", "middle"].contains(t[k + 1].lower),
               t[k + 2].lower == "of" {
                k += 3
                // "by the end of the year", "by the end of this month": the reference's year or month.
                // ("by the end of the decade": the decade's last year.)
                if k + 1 < t.count, t[k].lower == "the" || t[k].lower == "this",
                   t[k + 1].lower == "year" || t[k + 1].lower == "month" || t[k + 1].lower == "decade" && t[k - 2].lower == "end" {
                    let point = reference.flatMap { r in
                        t[k + 1].lower == "year" ? PartialDate(year: r.year)
                            : t[k + 1].lower == "decade" ? PartialDate(year: r.year / 10 * 10 + 9) : r.month.map { PartialDate(year: r.year, month: $0) }
                    }
                    return DateExpression(tokens: i..<(k + 2), start: bound.isEnd ? nil : point, end: bound.isEnd ? point : nil,
                                          precision: point == nil ? "relative" : "range", direction: 0)
                }
            }
            if k < t.count, let inner = calendar(at: k, in: t, monthAloneAfter: true) {
                if lower == "from" || lower == "between", let from = inner.start, let (to, n) = rangeEnd(after: inner.tokens.upperBound, in: t) {
                    // ("move the election from 2029 to 2027": a date moved earlier is the new date, no range.)
                    if lower == "from", to < from {
                        return DateExpression(tokens: (inner.tokens.upperBound + 1)..<n, start: to, end: to,
                                              precision: to.month == nil ? "year" : to.day == nil ? "month" : "day")
                    }
                    return DateExpression(tokens: i..<n, start: inner.start, end: to, precision: "range")
                }
                // "from April 19 to June 1": a range without a year, or with it only at the end
                // ("from April 19 to June 1, 2025": the start takes the end's year, or the one before).
                if lower == "from" || lower == "between", inner.start == nil, let month = inner.month, let day = inner.day,
                   let (last, n) = yearlessRangeEnd(after: inner.tokens.upperBound, in: t) {
                    if let end = last.start, let endMonth = end.month {
                        let year = (month, day) > (endMonth, end.day ?? 31) ? end.year - 1 : end.year
                        guard day <= DateWords.daysIn(month: month, year: year) else { return nil }
                        return DateExpression(tokens: i..<n, start: PartialDate(year: year, month: month, day: day), end: end,
                                              precision: "range")
                    }
                    return DateExpression(tokens: i..<n, start: nil, end: nil, precision: "relative", month: month, day: day,
                                          endMonth: last.month, endDay: last.day)
                }
                // "from January to May 2024": months, the year written once at the end.
                if lower == "from" || lower == "between", inner.start == nil, inner.day == nil, let month = inner.month,
                   let end = monthRangeEnd(after: inner.tokens.upperBound, in: t), let last = end.start, let lastMonth = last.month {
                    return DateExpression(tokens: i..<end.tokens.upperBound, start: PartialDate(year: month > lastMonth ? last.year - 1 : last.year, month: month),
                                          end: last, precision: "range")
                }
                if lower == "from" { return nil }
                let isEnd = bound.isEnd
                if inner.start == nil {
                    // "by the end of November", "since 4 March": the year comes from the reference.
                    return DateExpression(tokens: i..<inner.tokens.upperBound, start: nil, end: nil, precision: "relative",
                                          month: inner.month, day: inner.day, boundIsEnd: isEnd)
                }
                return DateExpression(tokens: i..<inner.tokens.upperBound,
                                      start: isEnd ? nil : inner.start, end: isEnd ? (inner.end ?? inner.start) : nil,
                                      precision: "range")
            }
        }
        // "from 10 to 21 November 2025", "10–21 November 2025", "between 3 and 5 March 2024":
        // a range of days written with the month and year once.
        let first = lower == "from" || lower == "between" ? i + 1 : i
        if first + 2 < t.count, t[first].kind == .number, let day = DateScanner.dayNumber(t[first].text),
           ["to", "and", "-", "–", "—"].contains(t[first + 1].lower), let end = calendar(at: first + 2, in: t) {
            if end.precision == "day", let last = end.start, let month = last.month, let lastDay = last.day, day < lastDay {
                return DateExpression(tokens: i..<end.tokens.upperBound, start: PartialDate(year: last.year, month: month, day: day),
                                      end: last, precision: "range")
            }
            // "between 3 and 5 March": the same without a year.
            if end.start == nil, let month = end.month, let lastDay = end.day, day < lastDay {
                return DateExpression(tokens: i..<end.tokens.upperBound, start: nil, end: nil, precision: "relative",
                                      month: month, day: day, endMonth: month, endDay: lastDay)
            }
        }
        if lower == "between", i + 1 < t.count, let inner = calendar(at: i + 1, in: t), inner.start != nil,
           let (to, n) = rangeEnd(after: inner.tokens.upperBound, in: t) {
            return DateExpression(tokens: i..<n, start: inner.start, end: to, precision: "range")
        }
        if var e = calendar(at: i, in: t) {
            // "2010–2015", "2010-15"; a school's or a budget's year: "the 2026/2027 academic session", "2025/26".
            if e.precision == "year", let startYear = e.start?.year, e.tokens.upperBound + 1 < t.count,
               t[e.tokens.upperBound].is("–") || t[e.tokens.upperBound].is("-") || t[e.tokens.upperBound].is("—") || t[e.tokens.upperBound].is("/"),
               let endYear = DateScanner.yearRangeEnd(t[e.tokens.upperBound + 1].text, after: startYear),
               !t[e.tokens.upperBound].is("/") || endYear == startYear + 1 {
                e = DateExpression(tokens: e.tokens.lowerBound..<(e.tokens.upperBound + 2), start: e.start,
                                   end: PartialDate(year: endYear), precision: "range")
            }
            return e
        }
        return relative(at: i, in: t, reference: reference)
    }

    /// "to 2015", "and 2015" after the first date of a range.
    static func rangeEnd(after k: Int, in t: [Token]) -> (PartialDate, Int)? {
        // A date without its year ("20 Oct.") ends no range: it has no calendar date yet.
        guard k + 1 < t.count, ["to", "and", "until", "through"].contains(t[k].lower), let e = calendar(at: k + 1, in: t),
              let end = e.end ?? e.start else { return nil }
        return (end, e.tokens.upperBound)
    }

    /// "to June 1", "and 5 March", "to June 1, 2025" after the first day of a range written
    /// without its year: the last day, with its year when it has one.
    static func yearlessRangeEnd(after k: Int, in t: [Token]) -> (DateExpression, Int)? {
        guard k + 1 < t.count, ["to", "and", "until", "through", "-", "–", "—"].contains(t[k].lower),
              let e = calendar(at: k + 1, in: t, monthAloneAfter: false) else { return nil }
        if e.precision == "day", e.start != nil { return (e, e.tokens.upperBound) }
        guard e.start == nil, e.month != nil, e.day != nil else { return nil }
        return (e, e.tokens.upperBound)
    }

    /// "to May 2024", "and March 2025" after a month written without its year: the last month.
    static func monthRangeEnd(after k: Int, in t: [Token]) -> DateExpression? {
        guard k + 2 < t.count, t[k].lower == "to" || t[k].lower == "and" || t[k].lower == "until" || t[k].lower == "through",
              let e = calendar(at: k + 1, in: t, monthAloneAfter: false), e.precision == "month", e.start != nil else { return nil }
        return e
    }

    /// Words before "28 May" that make it a date ("expected by 28 May"), not a count before the modal.
    static let beforeDayOfMay: Set<String> = ["on", "by", "until", "till", "through", "from", "since", "before", "after", "and", "to"]

    /// The capitals that open a month's name (A, D, F, J, M, N, O, S), by ASCII code.
    static let monthInitials: [Bool] = (0..<128).map { "ADFJMNOS".utf8.contains(UInt8($0)) }

    /// "July-September" as one word: its first and last months.
    /// (This runs at every word, so it reads the token in place, its flags and first letter before
    /// its text: the first letter must open a month's name, and a month's name has at most nine
    /// letters, so the hyphen is looked for there only.)
    static func monthSpanWord(_ t: [Token], _ i: Int) -> (Int, Int)? {
        guard t[i].kind == .word, t[i].isCapitalized, let f = t[i].text.utf8.first, monthInitials[Int(f) & 0x7F] else { return nil }
        let text = t[i].text
        guard text.utf8.count >= 7, text.utf8.count <= 19,
              text.utf8.withContiguousStorageIfAvailable({ $0.prefix(10).contains(UInt8(ascii: "-")) }) ?? text.containsUTF8("-")
        else { return nil }
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[1].first?.isUppercase == true, let first = DateWords.month(String(parts[0])),
              let last = DateWords.month(String(parts[1])), parts[0].lowercased() != "may" else { return nil }
        return (first, last)
    }

    /// A span of whole months, with its year after it ("July–September 2025"; a span over New
    /// Year starts the year before) or without (resolved against the article's date).
    static func monthSpan(_ first: Int, _ last: Int, tokens: Range<Int>, yearAt k: Int, in t: [Token]) -> DateExpression {
        if k < t.count, let year = DateScanner.yearNumber(t[k].text) {
            return DateExpression(tokens: tokens.lowerBound..<(k + 1), start: PartialDate(year: last >= first ? year : year - 1, month: first),
                                  end: PartialDate(year: year, month: last), precision: "range")
        }
        return DateExpression(tokens: tokens, start: nil, end: nil, precision: "relative", direction: 0, month: first, endMonth: last)
    }

    /// "the six months to September", "the year to March", "the quarter to June": a period that
    /// ends in the month at `i` (a period noun before "to").
    static func periodEndingIn(_ t: [Token], _ i: Int) -> Bool {
        i >= 2 && t[i - 1].lower == "to" && ["months", "weeks", "year", "quarter", "half", "period"].contains(t[i - 2].lower)
    }

    /// Words after which a month name alone is a date: "in November", "by the end of
    /// March", "early June". ("May" alone never is: the modal and the name.)
    static let monthAloneOpeners: Set<String> = ["in", "into", "of", "for", "since", "until", "till", "through", "by", "early", "late",
                                                 "mid", "mid-", "last", "next", "this", "before", "after", "during",
                                                 // "raising council tax by 4.99% from April": a start.
                                                 "from", "starting", "beginning"]

    /// A calendar date at `i`: full date, month and year, decade or year. A month or a day and
    /// month without a year give an expression with `month` (and `day`) and no date, which
    /// the reference resolves.
    /// Days `day`…`last` of `month`, with the year at token `yearAt` (after an optional comma)
    /// when there is one, else the reference's; nil when the month has no day `last`.
    static func dayRange(month: Int, _ day: Int, _ last: Int, tokens: Range<Int>, yearAt: Int, in t: [Token]) -> DateExpression? {
        var n = yearAt
        if n < t.count, t[n].isComma { n += 1 }
        if n < t.count, let year = DateScanner.yearNumber(t[n].text) {
            guard last <= DateWords.daysIn(month: month, year: year) else { return nil }
            return DateExpression(tokens: tokens.lowerBound..<(n + 1), start: PartialDate(year: year, month: month, day: day),
                                  end: PartialDate(year: year, month: month, day: last), precision: "range")
        }
        guard last <= DateWords.daysIn(month: month, year: 2024) else { return nil }  // a leap year, until the year is known
        return DateExpression(tokens: tokens, start: nil, end: nil, precision: "relative",
                              direction: 0, month: month, day: day, endMonth: month, endDay: last)
    }

    static func calendar(at i: Int, in t: [Token], monthAloneAfter: Bool = false) -> DateExpression? {
        let w = t[i]
        // ISO 2022-10-03 is one token, and so is 20.11.2025.
        if w.startsWithDigit, let iso = DateScanner.isoDate(w.text) ?? DateScanner.dotDate(w.text) {
            return DateExpression(tokens: i..<(i + 1), start: iso, end: iso, precision: iso.day != nil ? "day" : "month")
        }
        // "2010-2015", "2025-26" written as one word.
        if w.startsWithDigit, let (first, last) = DateScanner.yearRange(w.text) {
            return DateExpression(tokens: i..<(i + 1), start: PartialDate(year: first), end: PartialDate(year: last), precision: "range")
        }
        // "July-September", "July-September 2025" written as one word: a span of whole months.
        if let (first, last) = monthSpanWord(t, i) { return monthSpan(first, last, tokens: i..<(i + 1), yearAt: i + 1, in: t) }
        if w.flags.contains(.month), let month = DateWords.month(w.text), w.lower != "may" || w.isCapitalized {
            // Month Day, Year — "Oct. 3, 2022"; Month Day — "March 4"; Month Year — "June 2023".
            var k = i + 1
            // "January–November", "July – September 2025": a span of whole months.
            if w.isCapitalized, k + 1 < t.count, t[k].is("–") || t[k].is("-"), t[k + 1].isCapitalized, t[k + 1].flags.contains(.month),
               t[k + 1].lower != "may", let last = DateWords.month(t[k + 1].text) {
                return monthSpan(month, last, tokens: i..<(k + 2), yearAt: k + 2, in: t)
            }
            // "Dec. 18-19", "Dec. 18-19, 2025": two days of one month in one word.
            if k < t.count, t[k].startsWithDigit, w.lower != "may" || w.isCapitalized, let (day, last) = DateScanner.dayRange(t[k].text) {
                return dayRange(month: month, day, last, tokens: i..<(k + 1), yearAt: k + 1, in: t)
            }
            if k < t.count, t[k].startsWithDigit, let day = DateScanner.dayNumber(t[k].text) {
                // "November 24 and 25, 2025", "March 3-5": two days of one month.
                if k + 2 < t.count, ["and", "-", "–", "to"].contains(t[k + 1].lower), t[k + 2].startsWithDigit,
                   let last = DateScanner.dayNumber(t[k + 2].text), last > day {
                    var n = k + 3
                    if n < t.count, t[n].isComma { n += 1 }
                    if n < t.count, let year = DateScanner.yearNumber(t[n].text), last <= DateWords.daysIn(month: month, year: year) {
                        return DateExpression(tokens: i..<(n + 1), start: PartialDate(year: year, month: month, day: day),
                                              end: PartialDate(year: year, month: month, day: last), precision: "range")
                    }
                    if w.lower != "may" || w.isCapitalized, last <= 31 {
                        return DateExpression(tokens: i..<(k + 3), start: nil, end: nil, precision: "relative",
                                              direction: 0, month: month, day: day, endMonth: month, endDay: last)
                    }
                }
                var n = k + 1
                if n < t.count, t[n].isComma { n += 1 }
                if n < t.count, let year = DateScanner.yearNumber(t[n].text), day <= DateWords.daysIn(month: month, year: year) {
                    let d = PartialDate(year: year, month: month, day: day)
                    return DateExpression(tokens: i..<(n + 1), start: d, end: d, precision: "day")
                }
                // Month and day without a year: its year comes from the reference, if any.
                if w.lower != "may" || w.isCapitalized, t[k].kind == .number || t[k].lower.hasSuffix("th") {
                    return DateExpression(tokens: i..<(k + 1), start: nil, end: nil, precision: "relative",
                                          direction: 0, month: month, day: day)
                }
            }
            if k < t.count, t[k].lower == "of", k + 1 < t.count { k += 1 }  // "June of 2023"
            if k < t.count, let year = DateScanner.yearNumber(t[k].text) {
                let d = PartialDate(year: year, month: month)
                return DateExpression(tokens: i..<(k + 1), start: d, end: d, precision: "month")
            }
            // "in November", "by the end of March": a capitalized month alone, after a word that
            // makes it a time, and not a name ("March" of a march, "May" the modal or the name).
            // ("the April runoff", "the June summit": a month before the event's noun, not "the March for Life".)
            // ("its September quarterly review": after an owner's determiner too.)
            let attributive = i > 0 && (t[i - 1].lower == "the" || t[i - 1].lower == "its" || t[i - 1].lower == "their") && i + 1 < t.count && t[i + 1].kind == .word && t[i + 1].isLowercase
                && !NameParser.notNames.contains(t[i + 1].lower) && !Lexicon.verbGroupWords.contains(t[i + 1].lower)
                && (Lexicon.reportingForms[t[i + 1].lower] == nil || Self.reportNouns.contains(t[i + 1].lower))
                && !t[i + 1].lower.hasSuffix("ed")  // not "The March was peaceful"
            if w.isCapitalized, w.lower != "may", !w.lower.hasSuffix("."),
               monthAloneAfter || attributive || i > 0 && monthAloneOpeners.contains(t[i - 1].lower) || Self.periodEndingIn(t, i),
               !(i + 1 < t.count && t[i + 1].isCapitalized),
               // ("from April this year": the year after it is the date read, not a second one;
               // "from April next year" is read with its year by `MilestoneExtractor`.)
               !(i + 2 < t.count && t[i + 1].lower == "this" && t[i + 2].lower == "year") {
                // "last September", "next March": the one before or after the reference's month.
                let lead = i > 0 ? t[i - 1].lower : ""
                let direction = lead == "last" ? -1 : (lead == "next" ? 1 : 0)
                return DateExpression(tokens: (direction != 0 ? i - 1 : i)..<(i + 1), start: nil, end: nil, precision: "relative",
                                      direction: direction, month: month)
            }
            return nil
        }
        // "22-23 November", "5–7 March 2026": two days of one month in one word before it.
        if w.startsWithDigit, let (day, last) = DateScanner.dayRange(w.text), i + 1 < t.count, t[i + 1].flags.contains(.month),
           t[i + 1].isCapitalized, t[i + 1].lower != "may" || i > 0 && Self.beforeDayOfMay.contains(t[i - 1].lower),
           let month = DateWords.month(t[i + 1].text) {
            return dayRange(month: month, day, last, tokens: i..<(i + 2), yearAt: i + 2, in: t)
        }
        // Day Month without a year — "on 15 June", "4th March": the reference gives the year.
        if w.startsWithDigit, let day = DateScanner.dayNumber(w.text), i + 1 < t.count, t[i + 1].flags.contains(.month),
           t[i + 1].isCapitalized, let month = DateWords.month(t[i + 1].text), t[i + 1].lower != "may" || i > 0 && Self.beforeDayOfMay.contains(t[i - 1].lower),
           yearAfterDayAndMonth(t, i + 2) == nil,
           day <= DateWords.daysIn(month: month, year: 2024) {  // a leap year: 29 February stands until the year is known
            return DateExpression(tokens: i..<(i + 2), start: nil, end: nil, precision: "relative", direction: 0, month: month, day: day)
        }
        // Day Month Year — "3 October 2022", "3rd October 2022", "28th November, 2025".
        if w.startsWithDigit, let day = DateScanner.dayNumber(w.text), i + 2 < t.count, t[i + 1].flags.contains(.month),
           let month = DateWords.month(t[i + 1].text),
           t[i + 1].lower != "may" || t[i + 1].isCapitalized,
           let (year, end) = yearAfterDayAndMonth(t, i + 2), day <= DateWords.daysIn(month: month, year: year) {
            let d = PartialDate(year: year, month: month, day: day)
            return DateExpression(tokens: i..<end, start: d, end: d, precision: "day")
        }
        // "mid-2026", "mid-1990s", "mid-March": one token; the year, decade or month it names.
        if let rest = midPart(w) {
            if let year = DateScanner.yearNumber(String(rest)) {
                return DateExpression(tokens: i..<(i + 1), start: PartialDate(year: year), end: PartialDate(year: year), precision: "year")
            }
            if rest.count == 5, rest.hasSuffix("s"), let year = DateScanner.yearNumber(String(rest.dropLast())), year % 10 == 0 {
                return DateExpression(tokens: i..<(i + 1), start: PartialDate(year: year), end: PartialDate(year: year + 9),
                                      precision: "decade")
            }
            if let month = DateWords.month(String(rest)), rest.first?.isUppercase == true, !rest.hasSuffix(".") {
                return DateExpression(tokens: i..<(i + 1), start: nil, end: nil, precision: "relative", month: month)
            }
            return nil
        }
        // Decade — "1990s".
        if w.startsWithDigit, w.range.count == 5, w.text.hasSuffix("s"), let year = DateScanner.yearNumber(String(w.text.dropLast())), year % 10 == 0 {
            return DateExpression(tokens: i..<(i + 1), start: PartialDate(year: year), end: PartialDate(year: year + 9),
                                  precision: "decade")
        }
        // Year — "in 2008", "the 1999 NATO intervention"; not "2000 troops", "$2024", "No. 2024".
        if w.kind == .number, let year = DateScanner.yearNumber(w.text) {
            if i + 1 < t.count, countNouns.contains(t[i + 1].lower) { return nil }
            if i > 0, ["$", "€", "£", "no.", "number", "#"].contains(t[i - 1].lower) { return nil }
            if i + 1 < t.count, t[i + 1].is("%") { return nil }
            // "the Milano Cortina 2026 Foundation": a year inside a body's name is part of the name.
            if i > 0, i + 1 < t.count, t[i - 1].isCapitalized, t[i + 1].isCapitalized, Lexicon.namesABody(t[i + 1].lower) { return nil }
            return DateExpression(tokens: i..<(i + 1), start: PartialDate(year: year), end: PartialDate(year: year), precision: "year")
        }
        return nil
    }

    /// The year after a day and month at `k` — "2022" of "3 October 2022", or after a comma as
    /// West African and Indian English write it, "28th November, 2025" — and where the date ends.
    static func yearAfterDayAndMonth(_ t: [Token], _ k: Int) -> (year: Int, end: Int)? {
        guard k < t.count else { return nil }
        if let year = DateScanner.yearNumber(t[k].text) { return (year, k + 1) }
        if t[k].isComma, k + 1 < t.count, t[k + 1].startsWithDigit, let year = DateScanner.yearNumber(t[k + 1].text) { return (year, k + 2) }
        return nil
    }

    /// What follows "mid-" in a word such as "mid-2026" or "mid-March"; nil for other words.
    static func midPart(_ w: Token) -> Substring? {
        let u = w.text.utf8
        // (The first byte first: `hasPrefix` compares characters.)
        guard u.count > 4, w.kind == .word, u.first == UInt8(ascii: "m") || u.first == UInt8(ascii: "M"), w.lower.hasPrefix("mid-") else { return nil }
        return w.text.dropFirst(4)
    }

    /// Words read with the weekday after them as one date ("on Tuesday", "since Monday").
    static let weekdayOpeners: Set<String> = [
        "on", "last", "next", "this", "from", "since", "until", "by", "late", "early", "starting", "beginning", "effective"]
    /// Words before a weekday that make it no one day ("every Sunday", "a Friday").
    static let notADaysDate: Set<String> = ["a", "an", "every", "each", "one", "some", "any", "most", "other"]
    /// Nouns after a weekday that make it a name ("Sunday school", "Friday prayers").
    static let weekdayInstitutions: Set<String> = [
        "school", "schools", "prayer", "prayers", "mass", "service", "services", "edition", "editions", "paper", "papers",
        "supplement", "market", "markets", "club"]

    /// "last year", "next month", "on Tuesday", "yesterday", "two weeks later", "in the coming months".
    static func relative(at i: Int, in t: [Token], reference: PartialDate?) -> DateExpression? {
        let w = t[i].lower
        func make(_ length: Int, _ direction: Int, _ resolved: PartialDate?, _ precision: String) -> DateExpression {
            DateExpression(tokens: i..<(i + length), start: resolved, end: resolved,
                           precision: resolved == nil ? "relative" : precision, direction: direction)
        }
        // "officials said Monday", "died Sunday", "declared an emergency for 11 counties Thursday as …",
        // "through Saturday morning": AP style writes a weekday without "on", after a verb, its
        // object or another preposition. (Not "Black Friday", "the Sunday Times", "Friday prayers",
        // "every Sunday"; and the words read below as part of the date are left to them.)
        if t[i].isCapitalized, DateWords.weekdays.contains(w), i > 0, t[i - 1].kind == .word, t[i - 1].isLowercase,
           !Self.weekdayOpeners.contains(t[i - 1].lower), !Self.notADaysDate.contains(t[i - 1].lower),
           i + 1 == t.count || t[i + 1].kind == .punctuation || t[i + 1].isLowercase && !Self.weekdayInstitutions.contains(t[i + 1].lower) {
            return make(1, 0, nil, "day")
        }
        switch w {
        case "yesterday": return make(1, -1, reference.flatMap { shift(day: -1, $0) }, "day")
        case "today": return make(1, 0, reference?.day != nil ? reference : nil, "day")
        case "tomorrow": return make(1, 1, reference.flatMap { shift(day: 1, $0) }, "day")
        default: break
        }
        guard i + 1 < t.count else { return nil }
        let next = t[i + 1].lower
        // "will be appointed in the new year": the next one.
        let newYear = w == "new" && next == "year" && i >= 2 && t[i - 1].lower == "the" && t[i - 2].lower == "in"
            && !(i + 2 < t.count && t[i + 2].kind == .possessive)
        if ["last", "next", "this", "past", "previous", "coming"].contains(w) || newYear, ["week", "month", "year"].contains(next) {
            let direction = w == "next" || w == "coming" || newYear ? 1 : (w == "this" ? 0 : -1)
            var resolved: PartialDate?
            if let r = reference {
                switch next {
                case "year": resolved = PartialDate(year: r.year + direction)
                case "month":
                    if let m = r.month {
                        let total = r.year * 12 + (m - 1) + direction
                        resolved = PartialDate(year: total / 12, month: total % 12 + 1)
                    }
                default: resolved = nil
                }
            }
            // "last week": Monday to Sunday of the week before the article's.
            if next == "week", let r = reference, let m = r.month, let d = r.day {
                let z = Weekday.days(r.year, m, d)
                let monday = z - (((z + 4) % 7 + 6) % 7) + 7 * direction  // 1970-01-01 was a Thursday
                return DateExpression(tokens: i..<(i + 2), start: Weekday.civil(monday), end: Weekday.civil(monday + 6),
                                      precision: "range", direction: direction)
            }
            return make(2, direction, resolved, next == "year" ? "year" : "month")
        }
        // ("late Friday", "early Monday": AP style writes no "on".)
        // ("starting Friday", "beginning Monday", "effective Friday": from that day on.)
        if t[i + 1].isCapitalized, Self.weekdayOpeners.contains(w), DateWords.weekdays.contains(next) {
            return make(2, w == "next" ? 1 : (w == "last" ? -1 : 0), nil, "day")
        }
        // "Sunday's election": a weekday that owns its event.
        if t[i].isCapitalized, t[i + 1].kind == .possessive, DateWords.weekdays.contains(w) {
            return make(2, 0, nil, "day")
        }
        // "two weeks later", "three years ago".
        if let n = (t[i].flags.contains(.numberWord) ? numberWords[w] : nil) ?? (t[i].startsWithDigit ? Int(t[i].text) : nil),
           n < 100, i + 2 < t.count,
           ["day", "days", "week", "weeks", "month", "months", "year", "years"].contains(next),
           ["later", "ago", "earlier"].contains(t[i + 2].lower),
           // "a year earlier than planned" compares; it dates nothing. So does a base of comparison:
           // "fell 18.6 percent from a year earlier", "up 3% compared with a year ago".
           !(i + 3 < t.count && t[i + 3].lower == "than"),
           !(i > 0 && ["from", "than", "with", "versus", "vs"].contains(t[i - 1].lower) && t[i + 2].lower != "later") {
            // "two weeks later" points from another event, not from now; "ago" into the past.
            let direction = t[i + 2].lower == "ago" ? -1 : 0
            var resolved: PartialDate?
            if let r = reference, t[i + 2].lower == "ago", next.hasPrefix("year") { resolved = PartialDate(year: r.year - n) }
            // "three days ago": a day before the article's.
            if let r = reference, t[i + 2].lower == "ago", next.hasPrefix("day"), let m = r.month, let d = r.day {
                return make(3, direction, Weekday.civil(Weekday.days(r.year, m, d) - n), "day")
            }
            return make(3, direction, resolved, "year")
        }
        // "in the coming months" names no point in time: not a date.
        return nil
    }

    static func shift(day delta: Int, _ d: PartialDate) -> PartialDate? {
        guard let month = d.month, let day = d.day else { return nil }
        var y = d.year, m = month, dd = day + delta
        if dd < 1 {
            m -= 1
            if m < 1 { m = 12; y -= 1 }
            dd = DateWords.daysIn(month: m, year: y)
        } else if dd > DateWords.daysIn(month: m, year: y) {
            dd = 1
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return PartialDate(year: y, month: m, day: dd)
    }
}


/// Days of the week, for resolving "on Tuesday" against an article's date.
enum Weekday {
    static let names = ["sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6]

    static func number(_ word: String) -> Int? { names[word] }

    /// Days since 1970-01-01 (proleptic Gregorian), after Howard Hinnant's days_from_civil.
    static func days(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y - 1 : y
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(_ z: Int) -> PartialDate {
        let z = z + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return PartialDate(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The given weekday on or before `date` (or after it, when `ahead`).
    static func nearest(_ weekday: Int, to date: PartialDate, ahead: Bool) -> PartialDate? {
        guard let m = date.month, let d = date.day else { return nil }
        let z = days(date.year, m, d)
        let today = ((z % 7) + 11) % 7  // 1970-01-01 was a Thursday (4)
        let delta = ahead ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7)
        return civil(z + delta)
    }
}
