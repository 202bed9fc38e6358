/// An article read from raw bytes: its normalized text, blocks and sentences, each
/// with offsets into the text, and the title and publication date it states.
///
/// Offsets (`start`, `end`) are 0-based Unicode-scalar positions into `text`, end
/// exclusive, as the schema contract requires; `byteRange`s index `utf8`.
public struct Article: Sendable {
    public struct Span: Equatable, Sendable {
        public var start: Int
        public var end: Int
        public init(start: Int, end: Int) { self.start = start; self.end = end }
    }

    public struct BlockInfo: Sendable {
        public var block: Block
        /// The article's bytes (shared, not copied): `text` is decoded only when asked for.
        let source: [UInt8]
        public var span: Span
        public var kind: BlockKind { block.kind }
        public var text: String { String(decoding: source[block.byteRange], as: UTF8.self) }
    }

    public struct Sentence: Sendable {
        public var blockIndex: Int
        public var byteRange: Range<Int>
        let source: [UInt8]
        public var span: Span
        public var text: String { String(decoding: source[byteRange], as: UTF8.self) }
    }

    /// The normalized text (decoded from `utf8` when asked for).
    public var text: String { String(decoding: utf8, as: UTF8.self) }
    /// The same text as UTF-8 bytes, for scanners.
    public let utf8: [UInt8]
    public let title: String?
    /// ISO date from a dateline or a "Published:" line.
    public let published: String?
    /// Whether `published` comes from the last line ("AFP, 20 November 2025"), which then
    /// dates the article, not an event.
    public let datedByLastLine: Bool
    public let blocks: [BlockInfo]
    public let sentences: [Sentence]

    /// Decodes, normalizes and cuts `bytes` into blocks and sentences.
    public init(bytes: [UInt8]) throws(DecodeError) {
        let body = try ArticleDecoder.decode(bytes)
        self.init(normalized: Normalizer.normalize(body))
    }

    /// Builds an article from text that is already normalized.
    public init(normalized utf8: [UInt8]) {
        self.utf8 = utf8
        let rawBlocks = BlockParser.parse(utf8)
        var blocks: [BlockInfo] = []
        var sentences: [Sentence] = []
        blocks.reserveCapacity(rawBlocks.count)
        utf8.withUnsafeBufferPointer { p in
            // Offsets are asked for in text order (block start, its sentences, block end),
            // so the conversion walks the text about once.
            var offsets = ScalarOffsets(p)
            for (index, block) in rawBlocks.enumerated() {
                let start = offsets.offset(block.byteRange.lowerBound)
                for r in Self.sentenceRanges(utf8, block) {
                    sentences.append(Sentence(blockIndex: index, byteRange: r, source: utf8, span: offsets.span(r)))
                }
                let span = Span(start: start, end: offsets.offset(block.byteRange.upperBound))
                blocks.append(BlockInfo(block: block, source: utf8, span: span))
            }
        }
        self.blocks = blocks
        self.sentences = sentences
        self.title = Self.findTitle(blocks)
        (self.published, self.datedByLastLine) = Self.findPublished(blocks)
    }

    /// Sentences of one block. Boilerplate has none: it is not the article.
    static func sentenceRanges(_ utf8: [UInt8], _ block: Block) -> [Range<Int>] {
        switch block.kind {
        case .boilerplate:
            return []
        case .tableRow:
            return [block.byteRange]
        case .tableHeader:
            // The header line only, not the delimiter row under it.
            var end = block.byteRange.lowerBound
            while end < block.byteRange.upperBound, utf8[end] != 0x0A { end += 1 }
            return [block.byteRange.lowerBound..<end]
        case .heading:
            return SentenceSplitter.trim(utf8, block.contentStart..<block.byteRange.upperBound).map { [$0] } ?? []
        case .paragraph, .listItem:
            return SentenceSplitter.split(utf8, block.contentStart..<block.byteRange.upperBound)
        }
    }

    /// The headline: a heading that opens the article (boilerplate before it aside).
    /// Section headings further down are not titles.
    static func findTitle(_ blocks: [BlockInfo]) -> String? {
        guard let first = blocks.first(where: { $0.kind != .boilerplate }), first.kind == .heading,
              blocks.count > 1 else { return nil }
        let title = first.text.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
        return title.isEmpty ? nil : title
    }

    /// A "Published:" line, or a dateline opening the first paragraphs
    /// ("SKOPJE, North Macedonia, March 4, 2024 —").
    /// (With whether the date was the last line's.)
    static func findPublished(_ blocks: [BlockInfo]) -> (String?, Bool) {
        for block in blocks where block.kind == .boilerplate && block.block.detail == "published_line" {
            if let date = DateScanner.firstDate(in: block.text) { return (date.iso, false) }
        }
        // "By Political Staff | 27 November 2025", "By Jane Doe, March 4, 2024": a byline's date.
        for block in blocks.prefix(6) where block.kind == .boilerplate && block.block.detail == "byline" {
            if let date = DateScanner.firstDate(in: block.text) { return (date.iso, false) }
        }
        for block in blocks.prefix(4) where block.kind == .paragraph {
            if let date = Dateline.date(in: block.text) { return (date.iso, false) }
        }
        // (Or the first paragraph past a press release's label and contact lines.)
        if !blocks.prefix(4).contains(where: { $0.kind == .paragraph }),
           let first = blocks.prefix(10).first(where: { $0.kind == .paragraph }), let date = Dateline.date(in: first.text) {
            return (date.iso, false)
        }
        // A line of its own that is only a date, or a place, weekday or label and a date,
        // perhaps with the time after it: "November 26, 2024", "Tuesday 26 November 2024",
        // "Lagos, 10 October 2024", "*Washington — March 19, 2025*", "April 4, 2025 11:42 AM
        // GMT+9". (Such a line is short: the byte count is checked before any word is made.)
        for block in blocks.prefix(6) where block.kind != .tableRow && block.kind != .tableHeader && block.kind != .listItem && block.block.byteRange.count <= 80 {
            if Self.holdsAYear(block.text.utf8), let date = Self.dateLine(Word.split(block.text)) { return (date.iso, false) }
        }
        // Or the last line, where some outlets put it: "AFP, 20 November 2025" (short and with no
        // full stop, it reads as a heading).
        if blocks.count > 6, let last = blocks.last, last.kind == .paragraph || last.kind == .boilerplate || last.kind == .heading,
           last.block.byteRange.count <= 80, Self.holdsAYear(last.text.utf8), let date = Self.dateLine(Word.split(last.text)) {
            return (date.iso, true)
        }
        return (nil, false)
    }

    /// The text without Markdown emphasis marks and spaces around it: "**Lima, 22 October 2025** " → "Lima, 22 October 2025".
    public static func withoutEmphasis(_ text: Substring) -> String {
        let marks: Set<Character> = ["*", "_", " "]
        return String(text.drop { marks.contains($0) }.reversed().drop { marks.contains($0) }.reversed())
    }

    /// Whether four digits in a row stand in `bytes`: a cheap test before a line is read as a date.
    public static func holdsAYear<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var run = 0
        for b in bytes {
            if b >= 0x30 && b <= 0x39 { run += 1; if run == 4 { return true } } else { run = 0 }
        }
        return false
    }

    /// The date of a line that is only a date with a day, led by at most four capitalized
    /// words or dashes (a weekday, a place, "Updated") and followed only by a time.
    public static func dateLine(_ words: [Word]) -> PartialDate? {
        guard words.count <= 10 else { return nil }
        // "*Jakarta Post staff* · 20 November 2025": a byline, a separator, then the date line;
        // "Québec, 19 novembre / November 19, 2025": a date line in two languages, the last one.
        // ("# World briefing: Wednesday, 26 November 2025": a label that ends with a colon, too.)
        if let bar = words.lastIndex(where: { Self.separators.contains($0.text) && $0.text != "-" || $0.text.count > 1 && $0.text.hasSuffix(":") }),
           bar > 0 || words[bar].text.hasSuffix(":"), bar + 1 < words.count,
           words[bar + 1].bare.unicodeScalars.first.map({ ("0"..."9").contains($0) || $0.properties.isUppercase }) == true,
           let date = dateLine(Array(words[(bar + 1)...])) { return date }
        for start in 0..<min(words.count, 7) {
            let lead = words[start].bare.unicodeScalars.first
            guard let lead, lead.properties.isUppercase || ("1"..."9").contains(lead) else {
                // A dash or a bar between the place and the date: "Santiago | 17 November 2025";
                // a time before it: "5:42 pm on 27 June 2025".
                // (Asked only of a line that opens with a digit: a clock.)
                if words[start].bare.isEmpty || Self.separators.contains(words[start].bare) { continue }
                // ("Philippine Daily Inquirer / 05:14 AM November 21, 2025": a time after a separator.)
                if start > 1, words[start - 1].bare.isEmpty || Self.separators.contains(words[start - 1].bare), isTimeWord(words[start]) { continue }
                if let first = words[0].bare.utf8.first, first >= 0x30 && first <= 0x39,
                   words[start].bare == "on" || isTimeWord(words[start]) { continue }
                return nil
            }
            guard let (date, length) = DateScanner.date(at: start, in: words) else { continue }
            // After the time, a note of the last update may follow: "6:32 PM GMT+1 Updated 2 hours ago".
            var rest = words[(start + length)...]
            // ("CHENNAI, November 21, 2025 (The Hindu)": the outlet in brackets after it.)
            if let open = rest.first, open.text.hasPrefix("("), let close = rest.last, close.text.hasSuffix(")"), rest.count <= 4 {
                rest = rest.prefix(0)
            }
            let end = rest.firstIndex { !isTimeWord($0) } ?? words.count
            guard date.day != nil, end == words.count || ["updated", "last"].contains(words[end].bare.lowercased())
                    || isOutlet(words[end...], after: words[end - 1]) || isReadingTime(words[end...]) else { return nil }
            return date
        }
        return nil
    }

    /// Whether `words`, after a separator that ends a date line's date, name its outlet or its
    /// desk: "November 21, 2025 | Nyasa Times", "**November 2, 2025** · Science desk" — at most
    /// four words, the first capitalized.
    static func isOutlet(_ words: ArraySlice<Word>, after mark: Word) -> Bool {
        guard separators.contains(mark.bare) || mark.bare.isEmpty, words.count <= 4 else { return false }
        return words.first?.bare.unicodeScalars.first?.properties.isUppercase == true
    }

    /// "3 min read", "5 minutes read": how long the story takes to read, after a date line's
    /// time ("November 12, 2025 7:54 PM · 3 min read").
    static func isReadingTime(_ words: ArraySlice<Word>) -> Bool {
        guard words.count == 3, case let w = Array(words), w[0].bare.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), !w[0].bare.isEmpty
        else { return false }
        return ["min", "mins", "minute", "minutes"].contains(w[1].bare.lowercased()) && w[2].bare.lowercased() == "read"
    }

    /// Marks that stand between the parts of a date line: "Santiago | 17 November 2025".
    static let separators: Set<String> = ["|", "·", "•", "—", "–", "-", "--", "/"]

    /// "11:42", "9.30pm", "AM", "p.m.", "GMT+9", "CEST", "at", "|": what follows a date in a time stamp.
    static func isTimeWord(_ word: Word) -> Bool {
        let bare = word.bare
        if bare.isEmpty || separators.contains(bare) { return true }
        if ["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "at", "local", "time", "hrs", "gmt", "utc"].contains(bare.lowercased()) { return true }
        let scalars = bare.unicodeScalars
        // "14:05", "9.30pm", "11:42a.m."
        var clock = Substring(bare.lowercased())
        for suffix in ["a.m.", "p.m.", "a.m", "p.m", "am", "pm"] where clock.hasSuffix(suffix) { clock = clock.dropLast(suffix.count); break }
        if clock.first.map({ $0.isASCII && $0.isNumber }) == true, clock.contains(":") || clock.contains(".") || clock.count < bare.count,
           clock.allSatisfy({ $0.isASCII && $0.isNumber || $0 == ":" || $0 == "." }) { return true }
        // A zone: capitals, perhaps with an offset ("CEST", "ET", "GMT+9", "UTC-05:00").
        guard scalars.count <= 9, let first = scalars.first, ("A"..."Z").contains(first) else { return false }
        let letters = scalars.prefix(while: { ("A"..."Z").contains($0) })
        return letters.count >= 2 && letters.count <= 5
            && scalars.dropFirst(letters.count).allSatisfy({ ("0"..."9").contains($0) || $0 == "+" || $0 == "-" || $0 == ":" })
    }
}

import Foundation

/// Converts byte offsets of UTF-8 text to Unicode-scalar offsets, moving from the last
/// answer: linear in the distance between successive questions.
struct ScalarOffsets {
    let utf8: UnsafeBufferPointer<UInt8>
    private var byte = 0
    private var scalar = 0

    init(_ utf8: UnsafeBufferPointer<UInt8>) { self.utf8 = utf8 }

    mutating func offset(_ target: Int) -> Int {
        precondition(target >= 0 && target <= utf8.count, "offset inside the text")
        // Sentences may start a little before the last answer (trimmed ends): step back.
        while byte > target {
            byte -= 1
            if utf8[byte] & 0xC0 != 0x80 { scalar -= 1 }
        }
        if let base = utf8.baseAddress {
            let raw = UnsafeRawPointer(base)
            while byte + 8 <= target {
                scalar += SWAR.scalarStarts(raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self))
                byte += 8
            }
        }
        while byte < target {
            if utf8[byte] & 0xC0 != 0x80 { scalar += 1 }
            byte += 1
        }
        return scalar
    }

    mutating func span(_ r: Range<Int>) -> Article.Span {
        let s = offset(r.lowerBound)
        return Article.Span(start: s, end: offset(r.upperBound))
    }
}

extension Article {
    /// The scalar span of `range`, a byte range inside sentence `sentence`.
    public func span(of range: Range<Int>, inSentence sentence: Int) -> Span {
        let s = sentences[sentence]
        precondition(range.lowerBound >= s.byteRange.lowerBound && range.upperBound <= s.byteRange.upperBound,
                     "a fact's range lies inside its sentence")
        var start = s.span.start
        for b in utf8[s.byteRange.lowerBound..<range.lowerBound] where b & 0xC0 != 0x80 { start += 1 }
        var end = start
        for b in utf8[range] where b & 0xC0 != 0x80 { end += 1 }
        return Span(start: start, end: end)
    }

    /// The text of a byte range.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: utf8[range], as: UTF8.self)
    }
}
