/// Month and weekday names as English news writes them.
public enum DateWords {
    /// Full names and abbreviations (with or without the period) → month number.
    public static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"]
        for (i, name) in full.enumerated() { table[name] = i + 1 }
        let short = ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                     "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12]
        for (name, m) in short { table[name] = m; table[name + "."] = m }
        return table
    }()

    public static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday",
                                               "saturday", "sunday", "mon", "tue", "tues", "wed",
                                               "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// The month number of a word ("Sept.", "October"), or nil. "May" counts; callers
    /// decide whether a day or year stands beside it.
    public static func month(_ word: String) -> Int? { months[word.lowercased()] }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A calendar date as precise as the text says: a year, a month, or a day.
public struct PartialDate: Equatable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD.
    public var iso: String {
        var s = String(format4(year))
        if let month { s += "-" + two(month) }
        if let month, let day { _ = month; s += "-" + two(day) }
        return s
    }

    public var description: String { iso }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    private func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    private func format4(_ v: Int) -> String {
        let s = String(v)
        return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
    }

    /// Parses "2024", "2024-03" or "2024-03-04".
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        year = y
        month = parts.count > 1 ? Int(parts[1]) : nil
        day = parts.count > 2 ? Int(parts[2]) : nil
        if let m = month, !(1...12).contains(m) { return nil }
        if let d = day, !(1...31).contains(d) { return nil }
    }
}

/// Finds calendar dates written out in full in a line: "March 4, 2024",
/// "4 March 2024", "Mar. 4 2024", "2024-03-04", "March 2024".
public enum DateScanner {
    /// The first complete date (with a year) in `text`.
    public static func firstDate(in text: String) -> PartialDate? {
        let words = Word.split(text)
        var i = 0
        while i < words.count {
            if let (date, _) = date(at: i, in: words) { return date }
            i += 1
        }
        return nil
    }

    /// A date starting at word `i`: the date and the number of words it spans.
    public static func date(at i: Int, in words: [Word]) -> (PartialDate, Int)? {
        let w = words[i]
        // ISO 2024-03-04 or 2024-03.
        if let iso = isoDate(w.bare) { return (iso, 1) }
        // "27/10/2025" (day first) or "10/27/2025" (month first), when the order shows.
        if let numeric = slashDate(w.bare) ?? dotDate(w.bare) { return (numeric, 1) }
        // Month [Day][,] Year. "may" in lower case is the modal verb, not the month.
        if let month = DateWords.month(w.bare), !(w.bare == "may") {
            if i + 2 < words.count, let day = dayNumber(words[i + 1].bare), let year = yearNumber(words[i + 2].bare),
               day <= DateWords.daysIn(month: month, year: year) {
                return (PartialDate(year: year, month: month, day: day), 3)
            }
            if i + 1 < words.count, let year = yearNumber(words[i + 1].bare) {
                return (PartialDate(year: year, month: month), 2)
            }
            return nil
        }
        // Day Month Year
        if let day = dayNumber(w.bare), i + 2 < words.count,
           let month = DateWords.month(words[i + 1].bare), words[i + 1].bare != "may",
           let year = yearNumber(words[i + 2].bare), day <= DateWords.daysIn(month: month, year: year) {
            return (PartialDate(year: year, month: month, day: day), 3)
        }
        return nil
    }

    /// "2022-10-03" or "2022-10" as a date.
    /// "27/10/2025" or "10/27/2025": a date with slashes whose order a day above 12 shows;
    /// "03/04/2025" says nothing certain and is no date.
    public static func slashDate(_ s: String) -> PartialDate? {
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].utf8.count == 4, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(isASCIIDigit) }),
              parts[0].utf8.count <= 2, parts[1].utf8.count <= 2,
              let a = Int(parts[0]), let b = Int(parts[1]), let year = Int(parts[2]), (1800...2199).contains(year) else { return nil }
        let (day, month): (Int, Int)
        if a > 12, (1...12).contains(b) { (day, month) = (a, b) } else if b > 12, (1...12).contains(a) { (day, month) = (b, a) } else { return nil }
        guard day <= DateWords.daysIn(month: month, year: year) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    /// "20.11.2025": day, month and year with periods, as European pages write a date (always
    /// day first).
    /// ("2025.11.21", "2025/11/21": year first, as Korean, Chinese and Japanese pages write it.)
    public static func dotDate(_ s: String) -> PartialDate? {
        // (Cheap tests first: most words start with no digit.)
        guard let first = s.utf8.first, isASCIIDigit(first), (8...10).contains(s.utf8.count) else { return nil }
        if let yearFirst = yearFirstDate(s) { return yearFirst }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].utf8.count == 4, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(isASCIIDigit) }),
              parts[0].utf8.count <= 2, parts[1].utf8.count <= 2,
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
              (1800...2199).contains(year), (1...12).contains(month), day >= 1, day <= DateWords.daysIn(month: month, year: year) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    /// "2025.11.21" or "2025/11/21": year, month and day.
    static func yearFirstDate(_ s: String) -> PartialDate? {
        let u = Array(s.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: ".") || u[4] == UInt8(ascii: "/"), u[7] == u[4],
              u[0..<4].allSatisfy(isASCIIDigit), u[5..<7].allSatisfy(isASCIIDigit), u[8..<10].allSatisfy(isASCIIDigit),
              let year = Int(String(decoding: u[0..<4], as: UTF8.self)), let month = Int(String(decoding: u[5..<7], as: UTF8.self)),
              let day = Int(String(decoding: u[8..<10], as: UTF8.self)),
              (1800...2199).contains(year), (1...12).contains(month), day >= 1, day <= DateWords.daysIn(month: month, year: year) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    public static func isoDate(_ s: String) -> PartialDate? {
        let u = Array(s.utf8)
        guard u.count == 10 || u.count == 7, u[4] == UInt8(ascii: "-"),
              u[0..<4].allSatisfy(isASCIIDigit), u[5..<7].allSatisfy(isASCIIDigit) else { return nil }
        if u.count == 10 {
            guard u[7] == UInt8(ascii: "-"), u[8..<10].allSatisfy(isASCIIDigit) else { return nil }
        }
        guard let d = PartialDate(iso: s), (1800...2199).contains(d.year) else { return nil }
        if let m = d.month, let day = d.day, day > DateWords.daysIn(month: m, year: d.year) { return nil }
        return d
    }

    /// "4", "04", "4th", "21st" → 4, 21 (1…31).
    public static func dayNumber(_ s: String) -> Int? {
        var digits = Substring(s)
        for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) {
            digits = digits.dropLast(2)
            break
        }
        guard digits.count <= 2, let v = Int(digits), (1...31).contains(v) else { return nil }
        return v
    }

    /// Two days written as one word, "18-19" or "22–23": the first and the last, the last later.
    public static func dayRange(_ s: String) -> (first: Int, last: Int)? {
        guard let dash = s.firstIndex(where: { $0 == "-" || $0 == "–" }),
              let first = dayNumber(String(s[..<dash])), let last = dayNumber(String(s[s.index(after: dash)...])),
              last > first else { return nil }
        return (first, last)
    }

    /// "2010-2015", "2025-26", "2025–26" in one word: the first and last years, the last later
    /// and at most 50 years on (a two-digit end takes the first year's century).
    public static func yearRange(_ s: String) -> (first: Int, last: Int)? {
        guard s.utf8.count >= 7, s.utf8.count <= 11, let first = s.utf8.first, isASCIIDigit(first),
              let dash = s.firstIndex(where: { $0 == "-" || $0 == "–" }),
              let a = yearNumber(String(s[..<dash])) else { return nil }
        return yearRangeEnd(String(s[s.index(after: dash)...]), after: a).map { (a, $0) }
    }

    /// The end of a year range after `start`: "2015" or "15" (in the start's century).
    public static func yearRangeEnd(_ s: String, after start: Int) -> Int? {
        let end: Int
        if let y = yearNumber(s) { end = y }
        else if s.utf8.count == 2, s.utf8.allSatisfy(isASCIIDigit), let yy = Int(s) { end = start / 100 * 100 + yy }
        else { return nil }
        return end > start && end - start <= 50 ? end : nil
    }

    /// A four-digit year 1800…2199.
    public static func yearNumber(_ s: String) -> Int? {
        guard s.utf8.count == 4, s.utf8.allSatisfy(isASCIIDigit), let v = Int(s), (1800...2199).contains(v) else { return nil }
        return v
    }
}

/// A word of a line with its position, for scanners that look at neighbours.
public struct Word: Equatable, Sendable {
    /// As written, punctuation included.
    public var text: String
    /// Without leading and trailing punctuation other than a period after letters ("Sept.").
    public var bare: String
    /// UTF-8 byte range of `text` in the line it came from.
    public var byteRange: Range<Int>

    /// Splits on spaces; keeps byte offsets.
    public static func split(_ line: String) -> [Word] {
        var words: [Word] = []
        let bytes = Array(line.utf8)
        var i = 0
        while i < bytes.count {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A { i += 1 }
            let start = i
            while i < bytes.count, bytes[i] != 0x20 && bytes[i] != 0x0A { i += 1 }
            if i > start {
                let text = String(decoding: bytes[start..<i], as: UTF8.self)
                words.append(Word(text: text, bare: Word.bare(text), byteRange: start..<i))
            }
        }
        return words
    }

    static let punctuation: Set<Character> = [",", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "‘", "’", "'", "!", "?", "—", "–", "*", "_"]

    static func bare(_ text: String) -> String {
        var s = Substring(text)
        while let f = s.first, punctuation.contains(f) { s = s.dropFirst() }
        while let l = s.last, punctuation.contains(l) || l == "." {
            // Keep the period of an abbreviation such as "Sept." (letters only).
            if l == ".", s.dropLast().allSatisfy({ $0.isLetter }), s.count <= 5, DateWords.months[s.lowercased()] != nil { break }
            s = s.dropLast()
        }
        return String(s)
    }
}
