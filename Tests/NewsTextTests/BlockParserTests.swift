import Testing
@testable import NewsText

@Suite struct BlockParserTests {
    func kinds(_ text: String) -> [String] {
        let article = Article(normalized: Array(Normalizer.normalize(text).utf8))
        return article.blocks.map { b in b.kind.rawValue + (b.block.detail.map { "(\($0))" } ?? "") }
    }

    @Test func shortLineWithoutSentenceEndIsAHeading() {
        #expect(kinds("Reactions from Local leaders and Their Implications\nThe mayor spoke.") == ["heading", "paragraph"])
    }

    @Test func lineEndingWithColonIntroducesAListAndIsAParagraph() {
        #expect(kinds("Key points include:\n- One\n- Two") == ["paragraph", "list_item(-)", "list_item(-)"])
    }

    @Test func lowerCaseOpeningIsNotAHeading() {
        #expect(kinds("First paragraph here.\nthe meeting went on") == ["paragraph", "paragraph"])
    }

    @Test func markdownHeadingsKeepTheirLevel() {
        #expect(kinds("# Title\n### Deep one\nText.") == ["heading(h1)", "heading(h3)", "paragraph"])
    }

    @Test func listMarkersOfEveryKind() {
        #expect(kinds("Intro:\n- a\n* b\n+ c\n• d\n  • e\n1. f\n2) g\na) h")
                == ["paragraph", "list_item(-)", "list_item(*)", "list_item(+)", "list_item(•)", "list_item(•)",
                    "list_item(1.)", "list_item(2))", "list_item(a))"])
    }

    @Test func aYearFollowedByAPeriodIsNotANumberedItem() {
        #expect(kinds("2024. That was the year.") == ["paragraph"])
    }

    @Test func tableWithoutOuterPipes() {
        let article = Article(normalized: Array("A | B |\n---|---|\n1 | 2 |\nx | y |".utf8))
        #expect(article.blocks.map(\.kind) == [.tableHeader, .tableRow, .tableRow])
        #expect(article.blocks.map(\.block.cells) == [["A", "B"], ["1", "2"], ["x", "y"]])
    }

    @Test func tableWithOuterPipesAndAlignment() {
        let article = Article(normalized: Array("| A | B |\n|:--|--:|\n| 1 | two words |".utf8))
        #expect(article.blocks.map(\.kind) == [.tableHeader, .tableRow])
        #expect(article.blocks[1].block.cells == ["1", "two words"])
    }

    @Test func delimiterRowIsNotData() {
        let article = Article(normalized: Array("A | B\n---|---\n1 | 2".utf8))
        #expect(article.blocks.filter { $0.kind == .tableRow }.count == 1)
        #expect(article.sentences.map(\.text) == ["A | B", "1 | 2"])
    }

    @Test func pipeInAHeadlineWithoutDelimiterIsNotATable() {
        #expect(kinds("Text here.\nOpinion | Trump just dealt Russia a devastating blow – The Washington Post")
                == ["paragraph", "boilerplate(unrelated_trailing_headline)"])
    }

    @Test func pageFurnitureIsBoilerplate() {
        #expect(kinds("Story text.\nAdvertisement\nShare this article\nRelated: Other story\nSee also  More news\nTags: Kosovo, NATO\nPhoto: Reuters\nCopyright 2024 Example Ltd")
                == ["paragraph", "boilerplate(advertisement)", "boilerplate(share)", "boilerplate(related)",
                    "boilerplate(see_also)", "boilerplate(tags)", "boilerplate(caption)", "boilerplate(copyright)"])
    }

    @Test func bylineButNotProseOpeningWithBy() {
        #expect(kinds("By Maria Papadopoulou\nBy fortifying these alliances, Kosovo seeks peace.\nBy Monday, the talks had ended.")
                == ["boilerplate(byline)", "paragraph", "paragraph"])
    }

    @Test func emptySourcesHeadingAtTheEndIsBoilerplate() {
        #expect(kinds("Body.\n\nSources") == ["paragraph", "boilerplate(empty_sources_heading)"])
        #expect(kinds("Sources\n- Reuters report") == ["heading", "list_item(-)"])
    }

    @Test func hardWrappedParagraphsAreJoined() {
        let text = String(repeating: "word ", count: 13) + "\n" + String(repeating: "more ", count: 13) + "\n"
            + String(repeating: "also ", count: 13) + "end.\n\nNext paragraph starts here."
        #expect(kinds(text) == ["paragraph", "paragraph"])
    }

    @Test func aTableWithNoDelimiterRowHasThreeLinesOfTheSameCells() {
        let article = Article(normalized: Array("Voters cast ballots.\nStage | Date\nParliament dissolved | 25 September 2025\nElection day | 30 November 2025\nThe count began.".utf8))
        #expect(article.blocks.map(\.kind) == [.paragraph, .tableHeader, .tableRow, .tableRow, .paragraph])
        #expect(article.blocks[2].block.cells == ["Parliament dissolved", "25 September 2025"])
        // Two such lines, or lines whose cells differ in number, are no table.
        #expect(kinds("Stage | Date\nElection day | 30 November 2025\nThe count began.").allSatisfy { !$0.hasPrefix("table") })
        #expect(kinds("Stage | Date\nElection day | 30 November 2025 | final\nResults | 1 December 2025").allSatisfy { !$0.hasPrefix("table") })
    }

    @Test func aWiresCreditInBracketsIsABylineNotProse() {
        #expect(kinds("The company cut 700 jobs.\n(Reporting by Melanie Burton; Editing by Christian Schmollinger)")
                == ["paragraph", "boilerplate(byline)"])
        // A bracketed aside that opens otherwise is no credit.
        #expect(kinds("The company cut 700 jobs.\n(The figures were revised by the company later.)") == ["paragraph", "paragraph"])
    }

    @Test func aWireTagInBracketsOpensAHeadline() {
        #expect(kinds("(LEAD) Special counsel indicts ex-President Yoon\nThe team said so.") == ["heading", "paragraph"])
        #expect(kinds("(2nd LD) Parliament passes budget bill\nThe vote was close.") == ["heading", "paragraph"])
        // (Lower-case words inside are an aside's, not a tag's.)
        #expect(kinds("(see below) More to come\nThe vote was close.") == ["paragraph", "paragraph"])
        // (Found by the fuzzer: a line that is only an opening bracket, or one too short for a tag.)
        #expect(kinds("Headline\n(\nThe vote was close.") == ["heading", "paragraph", "paragraph"])
        #expect(kinds("Headline\n(A)\nThe vote was close.") == ["heading", "paragraph", "paragraph"])
    }
}
