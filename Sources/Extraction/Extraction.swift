import NewsText

/// Runs every extractor over an article.
public enum Extractor {
    public static func extract(_ article: Article) -> ArticleFacts {
        let context = DocumentContext(article)
        var facts = ArticleFacts()
        var people = PeopleExtractor(context)
        (facts.people, facts.mentions, facts.roles) = people.run()
        facts.statements = StatementExtractor(context, people: facts.people, mentions: facts.mentions).run()
        return facts
    }
}
