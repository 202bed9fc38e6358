import SQLite

/// Ranked full-text search over sentences.
public enum Search {
    public enum SearchError: Error, Equatable, CustomStringConvertible {
        case nothingToSearch
        case invalidQuery(String)

        public var description: String {
            switch self {
            case .nothingToSearch: return "nothing to search for: give at least one word"
            case .invalidQuery(let message): return "invalid full-text query (\(message)); drop --raw to search the words as written"
            }
        }
    }

    /// An FTS5 query that matches every whitespace-separated chunk of `text` as a
    /// phrase: `U.S. "troops withdrawal` → `"U.S." "troops" "withdrawal"`. Quotes are
    /// dropped, so user text can never be FTS5 syntax.
    /// See <https://www.sqlite.org/fts5.html#full_text_query_syntax>.
    public static func ftsQuery(from text: String) throws -> String {
        let chunks = text.split(whereSeparator: { $0.isWhitespace })
            .map { $0.filter { $0 != "\"" } }
            .filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
        guard !chunks.isEmpty else { throw SearchError.nothingToSearch }
        return chunks.map { "\"" + $0 + "\"" }.joined(separator: " ")
    }

    /// The search: document, sentence, snippet with the match in [brackets], the
    /// facts found in that sentence, and the bm25 rank (lower is better).
    ///
    /// Two steps: rank every match and keep the best `limit` (FTS5's bm25 is most of the
    /// cost), then build snippets and facts for those rows only, probing the index by rowid.
    static let sql = """
        WITH hits AS MATERIALIZED (
            SELECT rowid AS id, rank AS score FROM sentences_fts
            WHERE sentences_fts MATCH :query ORDER BY rank, rowid LIMIT :limit
        )
        SELECT d.source AS document,
               s.ordinal AS sentence,
               snippet(sentences_fts, 0, '[', ']', '…', 16) AS snippet,
               (SELECT group_concat(fact, '; ') FROM (
                    SELECT 'role: ' || p.name || ', ' || r.title || coalesce(' of ' || r.organization, '') AS fact
                    FROM roles r JOIN people p ON p.id = r.person_id WHERE r.sentence_id = s.id
                    UNION ALL
                    SELECT 'statement: ' || st.speaker || ' (' || st.verb || ')'
                    FROM statements st WHERE st.sentence_id = s.id
                    UNION ALL
                    SELECT 'milestone: ' || coalesce(m.date_start, m.date_text) || ' ' || m.label
                    FROM milestones m WHERE m.sentence_id = s.id)) AS facts,
               round(hits.score, 3) AS rank,
               s.id AS sentence_id
        FROM hits
        CROSS JOIN sentences_fts ON sentences_fts.rowid = hits.id
        JOIN sentences s ON s.id = hits.id
        JOIN documents d ON d.id = s.document_id
        WHERE sentences_fts MATCH :query
        ORDER BY hits.score, s.id
        """

    /// Runs the search and writes its rows; returns how many there were.
    @discardableResult
    public static func run(_ runner: QueryRunner, text: String, raw: Bool, limit: Int, into writer: RowWriter) throws -> Int {
        let query = raw ? text : try ftsQuery(from: text)
        do {
            return try runner.run(sql, parameters: ["query": query, "limit": String(limit)], into: writer)
        } catch let error as SQLiteError where error.message.contains("fts5") || error.message.contains("syntax error")
                    || error.message.contains("no such column") || error.message.contains("unterminated string") {
            throw SearchError.invalidQuery(error.message)
        }
    }
}
