import Testing
@testable import NewsText

@Suite struct NormalizerTests {
    func n(_ s: String) -> String { Normalizer.normalize(s) }

    @Test func lineBreaksAreUnified() {
        #expect(n("a\r\nb\rc\u{2028}d") == "a\nb\nc\nd")
    }

    @Test func namedAndNumericEntitiesAreDecoded() {
        #expect(n("A &amp; B &quot;C&quot; &#39;d&#39; it&#8217;s caf&eacute; &#x41;") == "A & B \"C\" 'd' it’s café A")
    }

    @Test func entitiesInsideNamesAreDecoded() {
        #expect(n("Maroš &Scaron;ef&ccaron;ovi&ccaron; met Jos&eacute;") == "Maroš Šefčovič met José")
    }

    @Test func windows1252NumericReferencesBecomeTheirCharacters() {
        #expect(n("it&#146;s") == "it’s")
    }

    @Test func unknownEntitiesAndBareAmpersandsStay() {
        #expect(n("AT&T and &bogus; and R&D") == "AT&T and &bogus; and R&D")
    }

    @Test func strayTagsAreRemovedAndBlockTagsBreakLines() {
        #expect(n("<p>One <b>bold</b> word.</p><p>Two.</p>") == "One bold word.\n\nTwo.")
        #expect(n("line<br>next<br/>last") == "line\nnext\nlast")
    }

    @Test func scriptsAndCommentsDisappear() {
        #expect(n("a<script>if (x < 1) {}</script>b<!-- note -->c") == "abc")
    }

    @Test func lessThanThatIsNotATagStays() {
        #expect(n("if a < b and c > d") == "if a < b and c > d")
    }

    @Test func noBreakAndOtherSpacesBecomeOneSpace() {
        #expect(n("a\u{00A0}b\u{202F}c  \t d\u{2009}e") == "a b c d e")
    }

    @Test func zeroWidthAndSoftHyphensAreDropped() {
        #expect(n("Zem\u{00AD}aj\u{200B} said") == "Zemaj said")
    }

    @Test func linesAreTrimmedAndBlankRunsCollapse() {
        #expect(n("\n\n  a  \n\n\n\n  b\n\n\n") == "a\n\nb")
    }

    @Test func decomposedAccentsAreComposed() {
        #expect(Array(n("Se\u{0301}").utf8) == Array("Sé".utf8))
        #expect(n("Erdog\u{0306}an").unicodeScalars.count == "Erdoğan".unicodeScalars.count)
        #expect(Array(n("Erdog\u{0306}an").utf8) == Array("Erdoğan".utf8))
    }

    @Test func missingSpaceAfterSentenceEndIsRestored() {
        #expect(n("claims are unfounded.The presence") == "claims are unfounded. The presence")
        #expect(n("in the Balkans.Through collaboration") == "in the Balkans. Through collaboration")
        #expect(n("Really?Yes") == "Really? Yes")
    }

    @Test func missingSpaceAfterCommaIsRestored() {
        #expect(n("However,officials in Kosovo") == "However, officials in Kosovo")
        #expect(n("region,acting as") == "region, acting as")
    }

    @Test func missingSpaceAfterDottedAbbreviationIsRestored() {
        #expect(n("the U.S.is enhancing") == "the U.S. is enhancing")
    }

    @Test func abbreviationsInitialsDecimalsAndDomainsAreLeftAlone() {
        for s in ["U.S. troops", "Maj. Gen. Smith", "Scott M. Oudkirk", "e.g., this", "3.5 percent", "No. 5",
                  "see nytimes.com today", "1,200 troops", "U.S.-led training", "mail john.smith@example.org",
                  "https://example.org/Path.Html"] {
            #expect(n(s) == s, "\(s)")
        }
    }

    @Test func missingSpacesAreLookedForInTokensOfProseLengthOnly() {
        // Within the limit the rule applies; past it the token is not prose and stays as it is.
        let word = String(repeating: "a", count: Normalizer.longestToken - 20)
        #expect(n("\(word)s.The end") == "\(word)s. The end")
        let run = String(repeating: "ab-", count: Normalizer.longestToken / 3 + 1)
        #expect(n("\(run)cd.The end") == "\(run)cd.The end")
        // A long run of marks without spaces: every mark is looked at, each within the limit.
        let marks = String(repeating: ".,;:!?—“”()|#*•…", count: 2_000)
        #expect(n(marks) == marks)
    }
}
