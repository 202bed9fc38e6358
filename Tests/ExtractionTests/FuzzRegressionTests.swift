import Foundation
import Testing
@testable import Extraction
import NewsText

/// Inputs that once crashed the pipeline under libFuzzer (`make fuzz`), replayed with the
/// fuzz target's checks: no crash, and every fact inside its sentence.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzRegressions")
    static let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

    @Test(arguments: names)
    func formerCrashRunsCleanly(name: String) throws {
        let bytes = [UInt8](FileManager.default.contents(atPath: Self.folder.appendingPathComponent(name).path)!)
        guard let article = try? Article(bytes: bytes) else { return }
        let facts = Extractor.extract(article, today: PartialDate(year: 2026, month: 1, day: 1))
        for s in facts.statements {
            let range = article.sentences[s.sentence].byteRange
            #expect(range.lowerBound <= s.byteRange.lowerBound && s.byteRange.upperBound <= range.upperBound)
        }
    }

    /// Found by the 30-minute run: the event column was taken from a row cell past the
    /// header's last column, and the header was then indexed with it.
    @Test func tableRowWiderThanItsHeader() {
        let (_, f) = facts("Planned steps:\n\n| Year | Country |\n|---|---|\n| 2027 | Greece | Joint exercises |\n")
        #expect(f.milestones.map(\.label) == ["Greece: Joint exercises"])
        #expect(f.milestones.first?.dateStart == "2027")
    }

    /// Found by session 16's run on its last rule: "according to" right before a clause break
    /// made the search for "published" and the like run over a range that ends before it starts.
    @Test func accordingToRightBeforeAClauseBreak() {
        let (_, f) = facts("Prices rose, according to, the report said. Prices rose, according to.")
        #expect(f.statements.map(\.speaker) == ["the report"])
    }

    @Test func passiveAgentMissingAtTheEndOfASentence() {
        let (_, f) = facts("Edi Rama, Albania's prime minister, spoke. The plan was criticised by")
        #expect(f.statements.isEmpty)
    }
}

extension FuzzRegressionTests {
    /// Found by session 6's 10-minute run, the day dates without a year arrived: "between 2008
    /// and 20 Oct." made the range read "20 Oct." as its end and unwrap a missing date.
    @Test func aRangeEndingOnADateWithoutItsYear() {
        let found = MilestoneTests().milestones("Published: 8 March 2024\n\nThe dispute flared between 2008 and 20 Oct. and again in 2022.")
        #expect(found.contains { $0.hasPrefix("2008 | 2008…2008 | year") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("2022 | 2022…2022 | year") }, "\(found)")
    }
}
