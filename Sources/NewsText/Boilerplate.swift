/// Page furniture that web extraction leaves in an article: the rules that
/// recognize it, and the words they use, in one place.
///
/// Each rule looks at one line (already trimmed, single-spaced) and names the kind of
/// furniture it is, or returns nil. Rules that depend on position (a trailing
/// headline, an empty "Sources" heading at the end) are applied by `BlockParser`.
enum Boilerplate {
    // MARK: - Lexicon

    /// Lines that are furniture when they are the whole line (case-insensitive,
    /// trailing punctuation ignored).
    static let wholeLines: [String: String] = {
        var table: [String: String] = [:]
        for s in ["advertisement", "advertisements", "sponsored", "sponsored content", "ad", "paid content",
                  "story continues below advertisement", "article continues below advertisement",
                  "skip advertisement", "scroll to continue", "scroll to continue with content"] {
            table[s] = "advertisement"
        }
        for s in ["share", "share this", "share this article", "share this story", "share this post",
                  "share article", "share story", "tweet", "email", "print", "copy link", "link copied",
                  "share on facebook", "share on twitter", "share on x", "share on linkedin",
                  "share via email", "whatsapp", "comments", "leave a comment", "view comments",
                  "continue reading", "continue reading below", "read more", "show more", "load more",
                  "listen to this article", "save", "save article", "gift this article"] {
            table[s] = "share"
        }
        for s in ["most read", "most popular", "trending", "trending now", "recommended", "recommended for you",
                  "you may also like", "you might also like", "more from this author", "related articles",
                  "related stories", "related coverage", "related content", "read next", "up next",
                  "more stories", "latest news", "top stories", "editor's picks", "editor’s picks"] {
            table[s] = "related"
        }
        // A press release's own furniture: its label and its end mark.
        for s in ["press release", "news release", "media release", "for immediate release", "###", "# # #", "-30-", "- 30 -",
                  "-ends-", "- ends -", "– ends –", "ends"] {
            table[s] = "press_release"
        }
        return table
    }()

    /// Line openings that mark the whole line as furniture, with the kind.
    static let prefixes: [(String, String)] = [
        ("see also ", "see_also"), ("see also:", "see_also"),
        ("related:", "related"), ("related ", "related_prefix"), ("read more:", "related"),
        ("read also:", "related"), ("also read:", "related"), ("read more ", "related_prefix"),
        ("more:", "related"), ("further reading:", "related"), ("watch:", "related"),
        ("recommended:", "related"), ("must read:", "related"),
        ("sign up for ", "newsletter"), ("sign up to ", "newsletter"), ("subscribe to ", "newsletter"),
        ("subscribe now", "newsletter"), ("subscribe for ", "newsletter"), ("join our ", "newsletter"),
        ("get our ", "newsletter"), ("click here ", "newsletter"), ("follow us ", "share"),
        ("follow our ", "share"), ("share this:", "share"), ("share:", "share"),
        ("tags:", "tags"), ("topics:", "tags"), ("filed under:", "tags"), ("categories:", "tags"),
        ("photo:", "caption"), ("photo credit:", "caption"), ("photograph:", "caption"),
        ("image:", "caption"), ("image credit:", "caption"), ("picture:", "caption"),
        ("video:", "caption"), ("credit:", "caption"), ("illustration:", "caption"),
        ("©", "copyright"), ("copyright ", "copyright"), ("copyright:", "copyright"), ("(c) ", "copyright"),
        // A press release's contact and number lines: "Contact: USDA Press", "Release No. 0241.25".
        ("contact:", "press_release"), ("media contact", "press_release"), ("press contact", "press_release"),
        ("email:", "press_release"), ("e-mail:", "press_release"), ("phone:", "press_release"), ("tel:", "press_release"),
        ("release no.", "press_release"), ("release no:", "press_release"), ("release number", "press_release"),
    ]

    /// What separates the parts of a breadcrumb (between spaces); `Line.hasBreadcrumbSeparator`
    /// looks for them as bytes.
    static let breadcrumbSeparators = [" > ", " › ", " » ", " / "]

    /// Openings that make even a long line furniture (a link list, a copyright notice).
    static let longLineOpenings: [(String, String)] = [
        ("see also", "see_also"), ("related:", "related"), ("read more:", "related"), ("read also:", "related"),
        ("also read:", "related"), ("©", "copyright"), ("copyright", "copyright"), ("tags:", "tags"),
    ]

    /// Words of which a share row holds at least one (networks).
    static let shareNetworks = ["facebook", "twitter", "linkedin", "whatsapp", "email", "reddit", "telegram"]

    /// Words of a row of share buttons.
    static let shareWords: Set<String> = [
        "share", "facebook", "twitter", "x", "linkedin", "whatsapp", "email", "e-mail", "print",
        "reddit", "telegram", "pinterest", "messenger", "copy", "link", "tweet", "flipboard",
        "mail", "bluesky", "threads", "|", "·", "•", "-", "/",
    ]

    /// Openings of a byline.
    static let bylineOpenings = ["by ", "written by ", "reporting by ", "reported by ", "edited by ",
                                 "story by ", "words by ", "text by ", "compiled by "]

    /// Openings of a "Published:/Updated:" line.
    static let dateLineOpenings = ["published", "updated", "last updated", "last modified", "posted",
                                   "first published", "date", "modified"]

    /// Headings that announce a list of sources; furniture when nothing follows them.
    static let sourcesHeadings: Set<String> = ["sources", "source", "references", "notes", "citations",
                                               "further reading", "related", "links", "external links"]

    // MARK: - The lexicon as bytes, looked up without building strings

    /// `prefixes` by the first byte of each opening (ASCII lower-cased).
    static let prefixesByFirstByte: [[(opening: [UInt8], kind: String)]] = {
        var table = Array(repeating: [(opening: [UInt8], kind: String)](), count: 256)
        for (prefix, kind) in prefixes { table[Int(prefix.utf8.first!)].append((Array(prefix.utf8), kind)) }
        return table
    }()
    static let longLineOpeningBytes = longLineOpenings.map { (opening: Array($0.0.utf8), kind: $0.1) }
    static let bylineOpeningBytes = bylineOpenings.map { Array($0.utf8) }
    /// A wire's credit in brackets: "(Reporting by Melanie Burton; Editing by …)".
    static let creditOpening = Array("(reporting by ".utf8)
    static let dateLineOpeningBytes = dateLineOpenings.map { Array($0.utf8) }
    static let networkKeys = WordKeySet(shareNetworks)
    static let shareWordKeys = WordKeySet(shareWords)
    static let allRightsReserved = CaselessNeedle("all rights reserved")
    static let equalOpportunity = CaselessNeedle("is an equal opportunity")
    /// Longest whole-line entry, in bytes, with room for trailing punctuation.
    static let wholeLineMaxBytes = wholeLines.keys.map(\.utf8.count).max()! + 16

    // MARK: - Rules

    /// The kind of furniture this line is on its own, or nil.
    static func kind(of line: Line) -> String? {
        // "*Published 10 September 2025*", "_By Jane Doe_": Markdown emphasis around the
        // whole line is not part of what it says.
        if line.count >= 3, case let mark = line.bytes[line.range.lowerBound], mark == UInt8(ascii: "*") || mark == UInt8(ascii: "_") {
            var lo = line.range.lowerBound, hi = line.range.upperBound
            while lo < hi, line.bytes[lo] == mark { lo += 1 }
            while hi > lo, line.bytes[hi - 1] == mark || line.bytes[hi - 1] == 0x20 { hi -= 1 }
            if lo < hi, hi < line.range.upperBound, line.bytes[lo] != 0x20 {
                return kind(of: Line(bytes: line.bytes, range: lo..<hi))
            }
        }
        let words = line.wordCount
        // Furniture is short; a long line is only furniture when it opens like a link list.
        if words > 30 {
            return longLineOpeningBytes.first { line.hasPrefixIgnoringCase($0.opening) }?.kind
        }
        if words <= 6 && line.count <= wholeLineMaxBytes {
            let bare = String(decoding: line.bytes[line.range].map(asciiLower), as: UTF8.self)
            if let kind = wholeLines[bare.trimmingTrailing(punctuation: ".:!|›»>")] { return kind }
        }
        let first = line.firstLowerByte
        for (prefix, kind) in prefixesByFirstByte[Int(first)] where line.hasPrefixIgnoringCase(prefix) {
            if kind == "related_prefix" {
                // "Related Articles: …", "Read more about …" but not "Related discussions showed …".
                if words <= 14 && line.lastMeaningfulByte != UInt8(ascii: ".") { return "related" }
                continue
            }
            if kind == "caption" || kind == "newsletter" || kind == "tags" {
                if words <= 30 { return kind }
                continue
            }
            if kind == "press_release" {
                if words <= 12 { return kind }
                continue
            }
            return kind
        }
        if words <= 25 && line.containsIgnoringCase(allRightsReserved) { return "copyright" }
        if isShareRow(line) { return "share" }
        if words <= 14 && (first == UInt8(ascii: "b") || first == UInt8(ascii: "w") || first == UInt8(ascii: "r") || first == UInt8(ascii: "e")
            || first == UInt8(ascii: "s") || first == UInt8(ascii: "t") || first == UInt8(ascii: "c"))
            && bylineOpeningBytes.contains(where: { line.hasPrefixIgnoringCase($0) }) {
            if isByline(line, lower: line.text.lowercased()) { return "byline" }
        }
        if words <= 14, first == UInt8(ascii: "("), line.hasPrefixIgnoringCase(creditOpening), isByline(line, lower: line.text.lowercased()) {
            return "byline"
        }
        if (first == UInt8(ascii: "p") || first == UInt8(ascii: "u") || first == UInt8(ascii: "l") || first == UInt8(ascii: "d")
            || first == UInt8(ascii: "f") || first == UInt8(ascii: "m")) && dateLineOpeningBytes.contains(where: { line.hasPrefixIgnoringCase($0) }) {
            if isDateLine(line.text) { return "published_line" }
        }
        // "Peter Zimonjic · CBC News · Posted: Nov 04, 2025 4:00 PM EST": a byline and a date line in one.
        if words <= 20, line.lastIndex(of: middleDotSeparator) != nil || line.lastIndex(of: pipeSeparator) != nil,
           separatedParts(line).contains(where: isDateLine) {
            return "published_line"
        }
        if words <= 14 && line.hasBreadcrumbSeparator {
            if isBreadcrumb(line) { return "breadcrumb" }
        }
        return nil
    }

    /// "Share: Facebook | Twitter | Email": 2 to 12 words, each a share word (a trailing
    /// ":" or "," aside), one of them naming a network. Stops at the first other word.
    static func isShareRow(_ line: Line) -> Bool {
        guard line.wordCount >= 2, line.wordCount <= 12, line.count <= 120 else { return false }
        let b = line.bytes
        var namesNetwork = false
        var k = line.range.lowerBound
        let end = line.range.upperBound
        while k < end {
            var wordEnd = k
            while wordEnd < end, b[wordEnd] != 0x20 { wordEnd += 1 }
            var bare = wordEnd
            while bare > k, b[bare - 1] == UInt8(ascii: ":") || b[bare - 1] == UInt8(ascii: ",") { bare -= 1 }
            guard let key = WordKey(b[k..<bare]), shareWordKeys.contains(key) else { return false }
            if !namesNetwork, let word = WordKey(b[k..<wordEnd]), networkKeys.contains(word) { namesNetwork = true }
            k = wordEnd + 1
        }
        return namesNetwork
    }

    /// "By Jane Doe", "By JANE DOE and John Roe, Reuters", "Reporting by …": short, names
    /// after the opening, no sentence end.
    /// ("(Reporting by Melanie Burton; Editing by Christian Schmollinger)": a wire's credit in
    /// brackets at the end.)
    static func isByline(_ line: Line, lower: String) -> Bool {
        guard line.wordCount <= 14 else { return false }
        let bracket = lower.hasPrefix("(") ? 1 : 0
        for opening in bylineOpenings where lower.dropFirst(bracket).hasPrefix(opening) {
            var rest = line.text.dropFirst(opening.count + bracket)
            // "By state political reporter Rory McClaren": the writer's beat before the name.
            if let first = rest.unicodeScalars.first, !first.properties.isUppercase {
                let words = rest.split(separator: " ")
                guard let beat = words.prefix(5).firstIndex(where: { journalistNouns.contains(String($0)) }), beat + 1 < words.count else { return false }
                rest = line.text[words[beat + 1].startIndex...]
            }
            guard let first = rest.unicodeScalars.first, first.properties.isUppercase else { return false }
            // "By Monday, officials had agreed." is prose.
            if line.lastMeaningfulByte == UInt8(ascii: ".") && !rest.hasSuffix("Jr.") { return false }
            let firstWord = rest.prefix(while: { $0 != " " && $0 != "," })
            return !DateWords.weekdays.contains(firstWord.lowercased()) && DateWords.month(String(firstWord)) == nil
        }
        return false
    }

    /// Nouns for a writer that may stand before the name in a byline ("By political editor …").
    static let journalistNouns: Set<String> = ["reporter", "correspondent", "editor", "writer", "journalist", "staff", "producer", "columnist"]

    /// "Published: March 4, 2024", "Updated 10:32 GMT, 4 March 2024".
    static func isDateLine(_ text: String) -> Bool {
        let lower = text.lowercased()
        for opening in dateLineOpenings where lower.hasPrefix(opening) {
            // The date is read as written: lower-cased, "20 May 2025" would hold the modal "may".
            let rest = text.dropFirst(opening.count)
            guard let next = rest.first, next == ":" || next == " " else { continue }
            return rest.count <= 80 && DateScanner.firstDate(in: String(rest)) != nil
        }
        return false
    }

    /// "Home > World > Europe", "News / Politics / Balkans".
    static func isBreadcrumb(_ line: Line) -> Bool {
        guard line.wordCount <= 14, line.lastMeaningfulByte != UInt8(ascii: ".") else { return false }
        let text = line.text
        for separator in breadcrumbSeparators {
            let parts = text.components(separatedBy: separator)
            if parts.count >= 3 || (parts.count == 2 && parts[0].lowercased() == "home") {
                if parts.allSatisfy({ !$0.isEmpty && $0.split(separator: " ").count <= 4 }) { return true }
            }
        }
        return false
    }

    static let middleDotSeparator = Array(" · ".utf8), pipeSeparator = Array(" | ".utf8)

    /// The parts of a line between " · " and " | ", without the spaces around them (a line of
    /// normalized text has no other spaces). Bytes are read: table rows pass here.
    static func separatedParts(_ line: Line) -> [String] {
        let b = line.bytes, end = line.range.upperBound
        var parts: [String] = []
        func add(_ r: Range<Int>) {
            var lo = r.lowerBound, hi = r.upperBound
            while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
            while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
            parts.append(String(decoding: b[lo..<hi], as: UTF8.self))
        }
        var start = line.range.lowerBound, i = start
        while i < end {
            if b[i] == 0x20, i + 3 <= end {
                // " | " is three bytes, " · " four (U+00B7 is C2 B7).
                let n = b[i + 1] == UInt8(ascii: "|") && b[i + 2] == 0x20 ? 3
                    : i + 4 <= end && b[i + 1] == 0xC2 && b[i + 2] == 0xB7 && b[i + 3] == 0x20 ? 4 : 0
                if n > 0 {
                    add(start..<i)
                    i += n
                    start = i
                    continue
                }
            }
            i += 1
        }
        add(start..<end)
        return parts
    }

    static let trailingHeadlineSeparators = [" – ", " — ", " - ", " | "].map { Array($0.utf8) }

    /// An unrelated headline pasted after the article: "… – The New York Times",
    /// "Opinion | … - The Washington Post". It ends with a dash or pipe and a short
    /// capitalized outlet name.
    static func isTrailingHeadline(_ line: Line) -> Bool {
        guard line.wordCount >= 3, line.wordCount <= 40 else { return false }
        for separator in trailingHeadlineSeparators {
            guard let r = line.lastIndex(of: separator) else { continue }
            let outlet = String(decoding: line.bytes[(r + separator.count)..<line.range.upperBound], as: UTF8.self)
            let head = String(decoding: line.bytes[line.range.lowerBound..<r], as: UTF8.self)
            let words = outlet.split(separator: " ")
            guard !words.isEmpty, words.count <= 6, head.split(separator: " ").count >= 2 else { continue }
            let capitalized = words.allSatisfy { w in
                guard let c = w.unicodeScalars.first else { return false }
                return c.properties.isUppercase || ["of", "the", "and", "for", "on", "de", "&"].contains(String(w))
            }
            if capitalized && !head.hasSuffix(".") && !outlet.containsUTF8(".") || outlet.hasSuffix(".com") {
                return true
            }
        }
        return false
    }
}

import Foundation

extension String {
    func trimmingTrailing(punctuation: String) -> String {
        var s = Substring(self).unicodeScalars
        while let last = s.last, last == " " || punctuation.unicodeScalars.contains(last) { s.removeLast() }
        return String(s)
    }
}
