/// A dateline opening a news story: "SKOPJE, North Macedonia, March 4, 2024 —",
/// "LONDON, 4 March 2024 (Reuters) -". The place is written in capitals and a dash
/// ends the dateline; the date counts only when it has a year.
public enum Dateline {
    static let dashes = [" — ", " – ", " -- ", " - ", "—", "–"]

    static func date(in paragraph: String) -> PartialDate? {
        // "**Lima, 22 October 2025** — Peru's new president …": a place and a full date in Markdown
        // emphasis, then a dash; the place need not be in capitals.
        if let mark = paragraph.utf8.first, mark == UInt8(ascii: "*") || mark == UInt8(ascii: "_") {
            let head = paragraph.prefix(80)
            guard let dash = firstDash(in: head) else { return nil }
            let inner = Article.withoutEmphasis(head[..<dash.lowerBound])
            guard inner.count < head[..<dash.lowerBound].count, Article.holdsAYear(inner.utf8) else { return nil }
            return Article.dateLine(Word.split(inner))
        }
        if let date = agencyDate(in: paragraph) { return date }
        guard let dateline = capitalsDateline(paragraph) else { return nil }
        return DateScanner.firstDate(in: String(dateline))
    }

    /// A place as written and a full date, then the agency that sent the story: between slashes
    /// with no dash ("Ulaanbaatar, November 21, 2025 /MONTSAME/. The State Great Khural …") or in
    /// brackets before a dash ("Lisbon, 25 November 2025 (Lusa) – Portugal's two …"; a place in
    /// capitals is `capitalsDateline`'s).
    static func agencyDate(in paragraph: String) -> PartialDate? {
        let head = paragraph.prefix(80)
        for before in [beforeSlashedAgency(head), beforeAgencyInBrackets(head)] {
            if let before, Article.holdsAYear(before.utf8), let date = Article.dateLine(Word.split(String(before))) { return date }
        }
        return nil
    }

    /// What comes before " /MONTSAME/" in `head`.
    static func beforeSlashedAgency(_ head: Substring) -> Substring? {
        guard let open = head.rangeUTF8(of: " /") else { return nil }
        let agency = head[open.upperBound...].prefix(while: { $0.isLetter })
        guard agency.count >= 2, agency.first?.isUppercase == true, agency.endIndex < head.endIndex,
              head[agency.endIndex] == "/" else { return nil }
        return head[..<open.lowerBound]
    }

    /// What comes before " (Lusa) –" in `head`, which opens with a capital.
    static func beforeAgencyInBrackets(_ head: Substring) -> Substring? {
        guard let first = head.utf8.first, first >= 0x41 && first <= 0x5A, let dash = firstDash(in: head) else { return nil }
        let before = head[..<dash.lowerBound]
        guard before.hasSuffix(")"), let open = before.lastIndex(of: "("), open > before.startIndex else { return nil }
        return before[..<open]
    }

    /// The first dash in `head` that can end a dateline.
    static func firstDash(in head: Substring) -> Range<String.Index>? {
        dashes.compactMap({ head.rangeUTF8(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
    }

    /// What comes before the dash of a dateline whose place is written in capitals ("SKOPJE",
    /// "NEW YORK", "ST. LOUIS"), or nil when the paragraph opens with none.
    static func capitalsDateline(_ paragraph: String) -> Substring? {
        // A dateline opens with a word in capitals: check the first two bytes before any string work.
        let u = paragraph.utf8
        guard let b0 = u.first, b0 >= 0x41 && b0 <= 0x5A || b0 >= 0xC3,
              let b1 = u.dropFirst().first, b1 >= 0x41 && b1 <= 0x5A || b1 >= 0x80 else { return nil }
        let head = paragraph.prefix(120)
        guard let dash = firstDash(in: head) else { return nil }
        let dateline = head[..<dash.lowerBound]
        let firstWord = dateline.prefix(while: { $0 != "," && $0 != " " && $0 != "(" })
        let letters = firstWord.filter { $0.isLetter }
        guard letters.count >= 2, letters.allSatisfy({ $0.isUppercase }) else { return nil }
        return dateline
    }

    /// The month and day of a dateline that gives no year: "ISTANBUL, Oct 31 (Reuters) -",
    /// "TOKYO, Oct. 30 (AP) —". What the story calls "Nov. 6" is then six days ahead.
    public static func monthDay(in paragraph: String) -> (month: Int, day: Int)? {
        guard let dateline = capitalsDateline(paragraph) else { return nil }
        let words = Word.split(String(dateline))
        for i in words.indices.dropLast() {
            guard let month = DateWords.month(words[i].bare), words[i].bare != "may" else { continue }
            if let day = DateScanner.dayNumber(words[i + 1].bare) { return (month, day) }
        }
        return nil
    }
}
