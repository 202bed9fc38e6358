import NewsText

/// Runs every extractor over an article.
public enum Extractor {
    public static func extract(_ article: Article) -> ArticleFacts {
        ArticleFacts()
    }
}
