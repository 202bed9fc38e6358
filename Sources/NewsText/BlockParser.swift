import Foundation

/// Cuts normalized text into blocks: headings, paragraphs, list items, pipe tables
/// and boilerplate.
///
/// Works line by line (normalized text has one paragraph per line, or paragraphs
/// hard-wrapped and separated by blank lines, which are joined). Blank lines are
/// separators, not blocks.
public enum BlockParser {
    /// Longest line (bytes) and most words a plain-text heading may have.
    static let headingMaxBytes = 160
    static let headingMaxWords = 18

    /// "Stage | Date" over "Election day | 30 November 2025" and more such lines: how many
    /// lines (header included, three or more) hold the same number of cells, two or more,
    /// with pipes between; nil when the line at `i` opens no such table.
    static func plainTableRows(_ lines: [Line], at i: Int) -> Int? {
        guard i + 2 < lines.count, lines[i].range.count <= headingMaxBytes, lines[i].looksLikeTableRow,
              lines[i + 1].looksLikeTableRow, !lines[i + 1].isTableSeparator else { return nil }
        let cells = lines[i].cellCount
        var end = i + 1
        while end < lines.count, !lines[end].isEmpty, !lines[end].isTableSeparator, lines[end].looksLikeTableRow,
              lines[end].cellCount == cells, Boilerplate.kind(of: lines[end]) == nil { end += 1 }
        return end - i >= 3 ? end - i : nil
    }

    public static func parse(_ text: [UInt8]) -> [Block] {
        let lines = splitLines(text)
        let wrapped = isHardWrapped(lines)
        var blocks: [Block] = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.isEmpty { i += 1; continue }

            // Pipe tables: a header line, a delimiter row, then rows with pipes.
            if i + 1 < lines.count, lines[i + 1].isTableSeparator, line.looksLikeTableRow {
                blocks.append(Block(kind: .tableHeader, byteRange: line.range.lowerBound..<lines[i + 1].range.upperBound,
                                    cells: line.tableCells()))
                i += 2
                while i < lines.count, !lines[i].isEmpty, !lines[i].isTableSeparator, lines[i].looksLikeTableRow {
                    blocks.append(Block(kind: .tableRow, byteRange: lines[i].range, cells: lines[i].tableCells()))
                    i += 1
                }
                continue
            }
            if line.isTableSeparator {
                blocks.append(Block(kind: .boilerplate, byteRange: line.range, detail: "table_separator"))
                i += 1
                continue
            }
            if let (level, offset) = line.markdownHeading() {
                blocks.append(Block(kind: .heading, byteRange: line.range, contentStart: line.range.lowerBound + offset,
                                    detail: "h\(level)"))
                i += 1
                continue
            }
            if let kind = Boilerplate.kind(of: line) {
                blocks.append(Block(kind: .boilerplate, byteRange: line.range, detail: kind))
                i += 1
                continue
            }
            // A table with no delimiter row: three lines or more in a row with the same cells
            // (page furniture with pipes, "Home | News | Sport", is read above).
            if let rows = plainTableRows(lines, at: i) {
                blocks.append(Block(kind: .tableHeader, byteRange: line.range, cells: line.tableCells()))
                for r in (i + 1)..<(i + rows) {
                    blocks.append(Block(kind: .tableRow, byteRange: lines[r].range, cells: lines[r].tableCells()))
                }
                i += rows
                continue
            }
            if let (marker, offset) = line.listMarker() {
                var end = line.range.upperBound
                i += 1
                // In hard-wrapped text an item continues on lines without a marker.
                while wrapped, i < lines.count, isContinuation(lines[i]) {
                    end = lines[i].range.upperBound
                    i += 1
                }
                blocks.append(Block(kind: .listItem, byteRange: line.range.lowerBound..<end,
                                    contentStart: line.range.lowerBound + offset, detail: marker))
                continue
            }
            if wrapped {
                var end = line.range.upperBound
                var j = i + 1
                while j < lines.count, isContinuation(lines[j]) {
                    end = lines[j].range.upperBound
                    j += 1
                }
                if j > i + 1 {
                    blocks.append(Block(kind: .paragraph, byteRange: line.range.lowerBound..<end))
                    i = j
                    continue
                }
            }
            blocks.append(Block(kind: isHeading(line) ? .heading : .paragraph, byteRange: line.range))
            i += 1
        }
        markTrailingFurniture(&blocks, lines: lines, text: text)
        return blocks
    }

    /// A short line without a sentence end that starts with a capital, digit or quote.
    static func isHeading(_ line: Line) -> Bool {
        guard line.count <= headingMaxBytes, line.wordCount <= headingMaxWords,
              let last = line.lastMeaningfulByte, let first = line.firstScalar else { return false }
        switch last {
        case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "!"),
             UInt8(ascii: "-"):
            return false
        case UInt8(ascii: "?"):
            if line.wordCount > 12 { return false }
        default:
            break
        }
        // “…” closing after a sentence end is a quote, not a heading.
        if line.count >= 4 {
            let b = line.bytes, end = line.range.upperBound
            if b[end - 1] == 0x9D && b[end - 4] == UInt8(ascii: ".") { return false }
        }
        let opensWell = first.properties.isUppercase || (first.value >= 0x30 && first.value <= 0x39)
            || first == "\"" || first == "“" || first == "‘" || first == "'" || opensWithWireTag(line)
        return opensWell && line.bytes[line.range].contains(where: isASCIILetter)
    }

    /// A news agency's tag in brackets before a headline's capital: "(LEAD) Special counsel
    /// indicts …", "(2nd LD) …", "(URGENT) …".
    static func opensWithWireTag(_ line: Line) -> Bool {
        let b = line.bytes, lo = line.range.lowerBound
        // (A tag, a space and a capital take five bytes at least: "(A) B".)
        guard line.range.count >= 5, b[lo] == UInt8(ascii: "("),
              let close = (lo + 2..<min(line.range.upperBound, lo + 16)).first(where: { b[$0] == UInt8(ascii: ")") }),
              close + 2 < line.range.upperBound, b[close + 1] == UInt8(ascii: " ") else { return false }
        // Capitals inside (a number's ordinal aside: "2nd"), and a capital after.
        let tag = b[(lo + 1)..<close]
        return tag.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) && !tag.contains(where: { $0 >= 0x61 && $0 <= 0x7A && !"ndrsth".utf8.contains($0) })
            && b[close + 2] >= 0x41 && b[close + 2] <= 0x5A
    }

    /// Furniture that is recognized by where it stands: unrelated headlines pasted after
    /// the article, and an empty "Sources" heading at the very end.
    static func markTrailingFurniture(_ blocks: inout [Block], lines: [Line], text: [UInt8]) {
        var k = blocks.count - 1
        while k >= 0 {
            let block = blocks[k]
            if block.kind == .boilerplate { k -= 1; continue }
            let line = Line(bytes: text, range: block.byteRange)
            let bare = line.text.drop(while: { $0 == "#" || $0 == " " }).lowercased().trimmingTrailing(punctuation: ":")
            if block.kind == .heading, Boilerplate.sourcesHeadings.contains(bare) {
                blocks[k].kind = .boilerplate
                blocks[k].detail = "empty_sources_heading"
                k -= 1
                continue
            }
            // "USDA is an equal opportunity provider, employer, and lender.": a release's closing notice.
            if block.kind == .paragraph, line.wordCount <= 25, line.containsIgnoringCase(Boilerplate.equalOpportunity) {
                blocks[k].kind = .boilerplate
                blocks[k].detail = "press_release"
                k -= 1
                continue
            }
            if (block.kind == .heading || block.kind == .paragraph), k > 0, Boilerplate.isTrailingHeadline(line) {
                blocks[k].kind = .boilerplate
                blocks[k].detail = "unrelated_trailing_headline"
                k -= 1
                continue
            }
            break
        }
    }

    /// Text is hard-wrapped when no line is long and several are close to the limit.
    static func isHardWrapped(_ lines: [Line]) -> Bool {
        var longish = 0
        for line in lines {
            if line.count > 100 { return false }
            if line.count >= 55 { longish += 1 }
        }
        return longish >= 3
    }

    /// In hard-wrapped text: a line that carries on the paragraph or item above it.
    static func isContinuation(_ line: Line) -> Bool {
        !line.isEmpty && line.listMarker() == nil && line.markdownHeading() == nil && !line.isTableSeparator
            && Boilerplate.kind(of: line) == nil
    }

    /// The lines of `text`, each with its words counted up to `Line.wordCountCap`.
    static func splitLines(_ text: [UInt8]) -> [Line] {
        var lines: [Line] = []
        text.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            var start = 0
            while start <= p.count {
                let end: Int
                if start < p.count, let nl = memchr(base + start, 0x0A, p.count - start) {
                    end = base.distance(to: nl.assumingMemoryBound(to: UInt8.self))
                } else {
                    end = p.count
                }
                lines.append(Line(bytes: text, range: start..<end, wordCount: Line.countWords(p, start..<end)))
                start = end + 1
            }
        }
        if lines.isEmpty { lines.append(Line(bytes: text, range: 0..<0, wordCount: 0)) }
        return lines
    }
}
