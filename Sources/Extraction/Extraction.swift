import Foundation
import NewsText

/// Runs every extractor over an article.
public enum Extractor {
    /// - Parameter today: the day relative dates and "past" are measured from when the
    ///   article states no date of its own (default: the current day, UTC).
    public static func extract(_ article: Article, today: PartialDate? = nil) -> ArticleFacts {
        let context = DocumentContext(article)
        var facts = ArticleFacts()
        var people = PeopleExtractor(context)
        (facts.people, facts.mentions, facts.roles) = people.run()
        facts.statements = StatementExtractor(context, people: facts.people, mentions: facts.mentions, roles: facts.roles).run()
        facts.milestones = MilestoneExtractor(context: context, published: article.published.flatMap(PartialDate.init(iso:)),
                                              today: today ?? Self.currentDay()).run()
        return facts
    }

    static func currentDay() -> PartialDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        return PartialDate(year: c.year!, month: c.month, day: c.day)
    }
}
