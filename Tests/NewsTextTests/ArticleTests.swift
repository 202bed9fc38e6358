import Foundation
import Testing
@testable import NewsText

@Suite struct ArticleTests {
    static let fixtureNames = ["markdown.md", "html_leftovers.txt", "furniture.txt", "plain.txt", "pipes.txt", "wrapped.txt"]
    static let seedNames = (try? FileManager.default.contentsOfDirectory(atPath: Golden.seeds.path).sorted()) ?? []

    static func dump(_ article: Article) -> String {
        var out = "title: \(article.title ?? "-")\npublished: \(article.published ?? "-")\n"
        for (i, block) in article.blocks.enumerated() {
            let detail = block.block.detail.map { "(\($0))" } ?? ""
            out += "\(block.kind.rawValue)\(detail)\t\(block.text.replacingOccurrences(of: "\n", with: "\\n"))\n"
            if let cells = block.block.cells { out += "  cells: \(cells.joined(separator: " ¦ "))\n" }
            for s in article.sentences where s.blockIndex == i {
                out += "  | \(s.text.replacingOccurrences(of: "\n", with: "\\n"))\n"
            }
        }
        return out
    }

    @Test(arguments: fixtureNames)
    func fixtureBlocksAndSentencesMatchTheirGoldenFile(name: String) throws {
        let article = try Article(bytes: Golden.bytes(Golden.fixtures.appendingPathComponent(name)))
        Golden.check(Self.dump(article), against: name + ".blocks")
    }

    /// substr(text, start + 1, end - start) = block or sentence text, in code points.
    static func checkOffsets(_ article: Article, _ name: String) {
        let scalars = Array(article.text.unicodeScalars)
        func sub(_ span: Article.Span) -> String {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[span.start..<span.end])
            return String(v)
        }
        for b in article.blocks { #expect(sub(b.span) == b.text, "\(name): block \(b.text.prefix(30))") }
        for s in article.sentences {
            #expect(sub(s.span) == s.text, "\(name): sentence \(s.text.prefix(30))")
            let block = article.blocks[s.blockIndex]
            #expect(s.span.start >= block.span.start && s.span.end <= block.span.end, "\(name): sentence outside its block")
        }
    }

    /// Blocks are in order, do not overlap, and every non-blank character is in one.
    static func checkCoverage(_ article: Article, _ name: String) {
        var covered = [Bool](repeating: false, count: article.utf8.count)
        var last = -1
        for b in article.blocks {
            #expect(b.block.byteRange.lowerBound > last, "\(name): blocks overlap or are out of order")
            last = b.block.byteRange.upperBound - 1
            for i in b.block.byteRange { covered[i] = true }
        }
        for (i, byte) in article.utf8.enumerated() where byte != 0x0A && byte != 0x20 {
            #expect(covered[i], "\(name): byte \(i) is in no block")
            if !covered[i] { break }
        }
    }

    @Test(arguments: fixtureNames + seedNames)
    func offsetsPointAtTheTextAndBlocksCoverIt(name: String) throws {
        let url = name.hasPrefix("0") ? Golden.seeds.appendingPathComponent(name) : Golden.fixtures.appendingPathComponent(name)
        let article = try Article(bytes: Golden.bytes(url))
        Self.checkOffsets(article, name)
        Self.checkCoverage(article, name)
    }

    @Test(arguments: fixtureNames + seedNames)
    func crlfWithBOMGivesTheSameArticleAsLF(name: String) throws {
        let url = name.hasPrefix("0") ? Golden.seeds.appendingPathComponent(name) : Golden.fixtures.appendingPathComponent(name)
        let lf = Golden.bytes(url)
        var crlf: [UInt8] = [0xEF, 0xBB, 0xBF]
        for b in lf { if b == 0x0A { crlf.append(0x0D) }; crlf.append(b) }
        let a = try Article(bytes: lf), b = try Article(bytes: crlf)
        #expect(a.text == b.text)
        #expect(a.blocks.map(\.block) == b.blocks.map(\.block))
        #expect(a.sentences.map(\.span) == b.sentences.map(\.span))
    }

    @Test func offsetsCountCodePointsNotBytes() {
        let article = Article(normalized: Array("Šefčovič said “yes”. Erdoğan agreed.".utf8))
        #expect(article.sentences.map(\.span) == [Article.Span(start: 0, end: 20), Article.Span(start: 21, end: 36)])
    }

    @Test func leadingHeadingIsTheTitleAndSectionHeadingsAreNot() {
        #expect(Article(normalized: Array("Kosovo Rejects Claims\nKosovo rejected claims on Monday.".utf8)).title == "Kosovo Rejects Claims")
        #expect(Article(normalized: Array("Kosovo rejected claims on Monday.\nWhat Comes Next\nMore.".utf8)).title == nil)
    }

    @Test func aDateLineWithABarBetweenPlaceAndDate() {
        let article = try! Article(bytes: Array("# Runoff ahead\n\n**Santiago | 17 November 2025**\n\nChileans voted on Sunday.\n".utf8))
        #expect(article.published == "2025-11-17")
        let stamped = try! Article(bytes: Array("Strike\n\nTuesday | 2 July 2025 | 10:15 GMT\n\nDoctors walked out.\n".utf8))
        #expect(stamped.published == "2025-07-02")
    }

    @Test func aDateLineWithItsDeskAfterASeparator() {
        let article = try! Article(bytes: Array("# Satellite lifts off\n\n**November 2, 2025** · Science desk\n\nISRO launched its satellite on Sunday.\n".utf8))
        #expect(article.published == "2025-11-02")
    }

    @Test func publishedLineFillsPublished() {
        let article = Article(normalized: Array("Published: 12 October 2023\nText of the story.".utf8))
        #expect(article.published == "2023-10-12")
    }

    @Test func aLineOfPlaceAndDateDatesTheArticle() {
        #expect(Article(normalized: Array("Fuel prices rise\nLagos, 10 October 2024\nThe company raised prices.".utf8)).published == "2024-10-10")
        // A place and more words is prose; a date without its day is not a publication date.
        #expect(Article(normalized: Array("Fuel prices rise\nLagos, the largest city, grew in 2024.\nMore.".utf8)).published == nil)
        #expect(Article(normalized: Array("Fuel prices rise\nLagos, October 2024\nMore.".utf8)).published == nil)
        // Found by the fuzzer minutes after this rule landed: a comma on the last word.
        #expect(Article(normalized: Array("Fuel prices rise\nOff,\nMore.".utf8)).published == nil)
    }

    @Test func anEmphasizedPlaceAndDateOpeningTheFirstParagraphDateTheArticle() {
        #expect(Article(normalized: Array("# Peru declares emergency\n\n**Lima, 22 October 2025** — Peru's new president declared a state of emergency on Wednesday.".utf8)).published == "2025-10-22")
        // Emphasis that holds more than a place and a date is prose.
        #expect(Article(normalized: Array("# Peru\n\n**Lima, the capital, grew in 2025** — and more.".utf8)).published == nil)
    }

    @Test func aLineThatIsOnlyADateDatesTheArticle() {
        #expect(Article(normalized: Array("Budget agreed\nNovember 26, 2024\nThe coalition agreed.".utf8)).published == "2024-11-26")
        #expect(Article(normalized: Array("Budget agreed\nTuesday, 26 November 2024\nThe coalition agreed.".utf8)).published == "2024-11-26")
        // A month without its day, or a date inside a sentence, does not date the article.
        #expect(Article(normalized: Array("Budget agreed\nNovember 2024\nThe coalition agreed.".utf8)).published == nil)
        #expect(Article(normalized: Array("Budget agreed\nNovember 26, 2024 was a Tuesday.\nMore.".utf8)).published == nil)
    }

    @Test func aDateLineWithAWeekdayPlaceOrTimeDatesTheArticle() {
        #expect(Article(normalized: Array("Budget agreed\nTuesday 26 November 2024\nThe coalition agreed.".utf8)).published == "2024-11-26")
        #expect(Article(normalized: Array("Budget agreed\n26 November 2024\nThe coalition agreed.".utf8)).published == "2024-11-26")
        #expect(Article(normalized: Array("# Fed holds\n\n*Washington — March 19, 2025*\n\nThe Fed held.".utf8)).published == "2025-03-19")
        #expect(Article(normalized: Array("Court rules\nBy Ann Lee\nApril 4, 2025 11:42 AM GMT+9\nThe court ruled.".utf8)).published == "2025-04-04")
        #expect(Article(normalized: Array("Truce agreed\nUpdated 18 August 2024, 14:05 CEST\nThe sides agreed.".utf8)).published == "2024-08-18")
        #expect(Article(normalized: Array("Court rules\n4 April 2025, 9.30pm\nThe court ruled.".utf8)).published == "2025-04-04")
        #expect(Article(normalized: Array("Court rules\nFriday 4 April 2025 at 5pm BST\nThe court ruled.".utf8)).published == "2025-04-04")
        #expect(Article(normalized: Array("Deal struck\nJuly 27, 2025 6:32 PM GMT+1 Updated 2 hours ago\nThe EU agreed.".utf8)).published == "2025-07-27")
        // A time before the date: "5:42 pm on 27 June 2025".
        #expect(Article(normalized: Array("Water bills rise\n5:42 pm on 27 June 2025\nThe council agreed.".utf8)).published == "2025-06-27")
        #expect(Article(normalized: Array("Water bills rise\n09:15 27 June 2025\nThe council agreed.".utf8)).published == "2025-06-27")
        // Words after the date that are not a time, or lower-case words before it, are prose.
        #expect(Article(normalized: Array("Court rules\nApril 4, 2025 Ruling Day\nThe court ruled.".utf8)).published == nil)
        #expect(Article(normalized: Array("Court rules\nHearing on 4 April 2025\nThe court ruled.".utf8)).published == nil)
        #expect(Article(normalized: Array("Court rules\nNot on 4 April 2025\nThe court ruled.".utf8)).published == nil)
    }

    @Test func aPublishedLineInMayIsAPublishedLine() {
        // Read lower-cased, "20 May 2025" held the modal "may" and no date.
        let article = Article(normalized: Array("Rates cut\nPublished: 20 May 2025\nText of the story.".utf8))
        #expect(article.published == "2025-05-20")
        #expect(article.blocks.contains { $0.kind == .boilerplate && $0.text.hasPrefix("Published") })
    }

    @Test func anEmphasizedPublishedLineAndABylineDateFillPublished() {
        let emphasized = Article(normalized: Array("Talks resume\n*Published 3 March 2024*\nText of the story.".utf8))
        #expect(emphasized.published == "2024-03-03")
        #expect(emphasized.blocks.contains { $0.kind == .boilerplate && $0.text.hasPrefix("*Published") })
        let byline = Article(normalized: Array("Talks resume\nBy Anna Weber | March 4, 2024\nText of the story.".utf8))
        #expect(byline.published == "2024-03-04")
        // Prose that opens with "By" is no byline and gives no date.
        let prose = Article(normalized: Array("Talks resume\nBy March 4, 2024 the talks had failed.\nMore.".utf8))
        #expect(prose.published == nil)
    }

    @Test func aBylineWithADateAfterASeparatorAndASlashedDateAtTheEnd() {
        let cbc = try! Article(bytes: Array("Budget tabled\n\nPeter Zimonjic · CBC News · Posted: Nov 04, 2025 4:00 PM EST\n\nThe minister tabled a budget on Tuesday.\n".utf8))
        #expect(cbc.published == "2025-11-04")
        let reading = try! Article(bytes: Array("Minister suspended\n\nAuthor: Oleksandr Bondar\nNovember 12, 2025 7:54 PM · 3 min read\n\nThe government on Wednesday suspended the minister.\n".utf8))
        #expect(reading.published == "2025-11-12")
        let piped = try! Article(bytes: Array("Budget tabled\n\nStaff Reporter | Updated: 20 November 2025 | 9:12 PM\n\nThe minister tabled a budget on Tuesday.\n".utf8))
        #expect(piped.published == "2025-11-20")
        let afp = try! Article(bytes: Array("Ouattara wins\n\nThe commission said Monday that he won.\n\nPublished on: 27/10/2025 - 18:32\n".utf8))
        #expect(afp.published == "2025-10-27")
        // A day and month of 12 or less say nothing of their order: no date.
        let unclear = try! Article(bytes: Array("Vote\n\nThe commission said Monday that he won.\n\nPublished on: 03/04/2025\n".utf8))
        #expect(unclear.published == nil)
    }

    @Test func aDottedDateLineIsDayFirst() {
        let line = try! Article(bytes: Array("Veto\n\n20.11.2025 15:42\n\nThe president vetoed the bill on Thursday.\n".utf8))
        #expect(line.published == "2025-11-20")
        #expect(DateScanner.dotDate("01.10.2025")?.iso == "2025-10-01")
        // No month 13, no 31 April, and a version number is no date.
        #expect(DateScanner.dotDate("20.13.2025") == nil)
        #expect(DateScanner.dotDate("31.04.2025") == nil)
        #expect(DateScanner.dotDate("1.2.3") == nil)
    }

    @Test func aDateOnTheLastLineDatesTheArticle() {
        let text = "Gas revenue due\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nAFP, 20 November 2025\n"
        #expect(try! Article(bytes: Array(text.utf8)).published == "2025-11-20")
        // Not a line of prose with a date, nor a date with no day.
        let prose = "Gas revenue due\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nThe fund was created on 20 November 2023 by law.\n"
        #expect(try! Article(bytes: Array(prose.utf8)).published == nil)
        let month = "Gas revenue due\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nAFP, November 2025\n"
        #expect(try! Article(bytes: Array(month.utf8)).published == nil)
    }

    @Test func aBylineBeforeASeparatorOrADoubleHyphenBeforeTheOutlet() {
        let byline = "# Meals\n\n*Jakarta Post staff* · 20 November 2025\n\nThe agency said so.\n"
        #expect(try! Article(bytes: Array(byline.utf8)).published == "2025-11-20")
        let last = "Vote held\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\n-- Agence France-Presse, 29 December 2025\n"
        #expect(try! Article(bytes: Array(last.utf8)).published == "2025-12-29")
        // A line of prose before the separator is no byline.
        let prose = "# Meals\n\nThe agency said it will reach every school by the end of the year · 20 November 2025 was the start.\n"
        #expect(try! Article(bytes: Array(prose.utf8)).published == nil)
    }

    @Test func aLabelWithAColonBeforeTheDateAndAWritersBeatInTheByline() {
        let heading = "# World briefing: Wednesday, 26 November 2025\n\nThe prime minister said so on Tuesday.\n"
        #expect(try! Article(bytes: Array(heading.utf8)).published == "2025-11-26")
        let byline = try! Article(bytes: Array("Campaign launched\n\nBy state political reporter Rory McClaren\n\nThe premier promised a hospital.\n".utf8))
        #expect(byline.blocks[1].kind == .boilerplate && byline.blocks[1].block.detail == "byline")
        // A sentence that opens with "By" and a lower-case word is no byline.
        let prose = try! Article(bytes: Array("Campaign launched\n\nBy most accounts the premier promised a hospital\n\nMore text.\n".utf8))
        #expect(prose.blocks[1].block.detail != "byline")
    }

    @Test func anOutletATimeAndADateDateTheArticle() {
        let text = "QC to sue contractors\n\nPhilippine Daily Inquirer / 05:14 AM November 21, 2025\n\nThe city will sue.\n"
        #expect(try! Article(bytes: Array(text.utf8)).published == "2025-11-21")
    }

    @Test func aDateLineWithTheOutletAfterItOrInTwoLanguages() {
        let hindu = "Metro to open\n\nCHENNAI, November 21, 2025 (The Hindu)\n\nThe line will open.\n"
        #expect(try! Article(bytes: Array(hindu.utf8)).published == "2025-11-21")
        let quebec = "# Tramway\n\n*Québec, 19 novembre / November 19, 2025*\n\nThe contract was signed.\n"
        #expect(try! Article(bytes: Array(quebec.utf8)).published == "2025-11-19")
    }

    @Test func anOutletAfterASeparatorFollowingTheDate() {
        let bar = "Budget review\n\nNovember 21, 2025 | Nyasa Times\n\nThe minister presented it on Thursday.\n"
        #expect(try! Article(bytes: Array(bar.utf8)).published == "2025-11-21")
        // Words in lower case after the separator are no outlet.
        let prose = "Budget review\n\nNovember 21, 2025 | the day it changed\n\nThe minister presented it on Thursday.\n"
        #expect(try! Article(bytes: Array(prose.utf8)).published == nil)
    }

    @Test func aPlaceAndDateWithTheAgencyBetweenSlashes() {
        let text = "Cabinet approved\n\nUlaanbaatar, November 21, 2025 /MONTSAME/. The parliament on Thursday approved the cabinet.\n"
        #expect(try! Article(bytes: Array(text.utf8)).published == "2025-11-21")
        // A slash in a sentence's words is no agency's.
        let prose = "Cabinet approved\n\nUlaanbaatar, November 21, 2025 and/or later the parliament approved it.\n"
        #expect(try! Article(bytes: Array(prose.utf8)).published == nil)
    }

    @Test func aPressReleasesLinesAreFurnitureAndItsDatelineDatesIt() {
        let text = """
            Secretary Announces Support for Dairy Farmers

            Press Release
            Release No. 0241.25
            Contact: USDA Press
            Email: press@usda.gov

            WASHINGTON, Nov. 19, 2025 – The Secretary of Agriculture today announced $1 billion in support.

            ###

            USDA is an equal opportunity provider, employer, and lender.
            """
        let article = try! Article(bytes: Array(text.utf8))
        #expect(article.published == "2025-11-19")
        #expect(article.blocks.map { $0.kind.rawValue + ($0.block.detail.map { "(\($0))" } ?? "") }
                == ["heading", "boilerplate(press_release)", "boilerplate(press_release)", "boilerplate(press_release)",
                    "boilerplate(press_release)", "paragraph", "boilerplate(press_release)", "boilerplate(press_release)"])
    }
}
