/// A dateline opening a news story: "SKOPJE, North Macedonia, March 4, 2024 —",
/// "LONDON, 4 March 2024 (Reuters) -". The place is written in capitals and a dash
/// ends the dateline; the date counts only when it has a year.
enum Dateline {
    static let dashes = [" — ", " – ", " -- ", " - ", "—", "–"]

    static func date(in paragraph: String) -> PartialDate? {
        let head = paragraph.prefix(120)
        guard let dash = dashes.compactMap({ head.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let dateline = head[..<dash.lowerBound]
        // The place: a first word in capitals ("SKOPJE", "NEW YORK", "ST. LOUIS").
        let firstWord = dateline.prefix(while: { $0 != "," && $0 != " " && $0 != "(" })
        let letters = firstWord.filter { $0.isLetter }
        guard letters.count >= 2, letters.allSatisfy({ $0.isUppercase }) else { return nil }
        return DateScanner.firstDate(in: String(dateline))
    }
}
