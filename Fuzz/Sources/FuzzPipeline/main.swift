// libFuzzer entry point: arbitrary bytes through decode → normalize → blocks →
// sentences → extraction. Besides "no crash", it checks the offset invariant: every
// block's and sentence's span, read from the text in code points, is its text, and
// every fact's byte range lies inside its sentence.
import Extraction
import NewsText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let article = try? Article(bytes: bytes) else { return 0 }
    let scalars = Array(article.text.unicodeScalars)
    func text(_ span: Article.Span) -> String {
        precondition(span.start >= 0 && span.start <= span.end && span.end <= scalars.count, "span out of bounds")
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[span.start..<span.end])
        return String(v)
    }
    for block in article.blocks { precondition(text(block.span) == block.text, "block offsets do not match its text") }
    for sentence in article.sentences {
        precondition(text(sentence.span) == sentence.text, "sentence offsets do not match its text")
    }
    let facts = Extractor.extract(article, today: PartialDate(year: 2026, month: 1, day: 1))
    func inside(_ r: Range<Int>, _ s: Int) -> Bool {
        let sr = article.sentences[s].byteRange
        return r.lowerBound >= sr.lowerBound && r.upperBound <= sr.upperBound
    }
    for m in facts.mentions { precondition(inside(m.byteRange, m.sentence), "mention outside its sentence") }
    for r in facts.roles { precondition(inside(r.byteRange, r.sentence), "role outside its sentence") }
    for s in facts.statements { precondition(inside(s.byteRange, s.sentence), "statement outside its sentence") }
    for m in facts.milestones { precondition(inside(m.byteRange, m.sentence), "milestone outside its sentence") }
    return 0
}
