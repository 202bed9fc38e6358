import Extraction
import Foundation
import NewsText
import SQLite

/// The rows of one article and its facts, made off the writer's thread: every value but
/// the ids the database hands out. Columns that refer to the document, a block, a sentence
/// or a person hold an index that `DocumentWriter.write` turns into the id; columns that
/// quote the article (a block's or sentence's text, a fact's evidence) hold the byte range
/// of the quote in `utf8`, bound from there without a String or a copy.
struct DocumentRows: Sendable {
    var title: String?
    /// The normalized text, as UTF-8 (shared with the article, not copied).
    var utf8: [UInt8]
    var published: String?
    var people: [PersonName]
    /// Flat rows, `Table.columns.count` values each, in the table's column order.
    var blocks: [Value] = []
    var sentences: [Value] = []
    var mentions: [Value] = []
    var roles: [Value] = []
    var statements: [Value] = []
    var milestones: [Value] = []

    /// A byte range of `utf8`, for a `.quote` column.
    static func quote(_ range: Range<Int>) -> Value {
        .integer(Int64(range.lowerBound) << 32 | Int64(range.upperBound))
    }

    static func range(ofQuote packed: Int64) -> Range<Int> {
        Int(packed >> 32)..<Int(packed & 0xFFFF_FFFF)
    }

    init(article: Article, facts: ArticleFacts) {
        title = article.title
        utf8 = article.utf8
        precondition(utf8.count <= Int(UInt32.max), "a text's byte offsets fit in 32 bits")
        published = article.published
        people = facts.people
        let placeholder = Value.integer(0)  // the document's id, filled in when written
        // (One `append` per value: `rows += [ … ]` built and freed an array for each row.)
        blocks.reserveCapacity(article.blocks.count * DocumentWriter.blocks.width)
        for (ordinal, block) in article.blocks.enumerated() {
            blocks.append(.integer(Int64(ordinal))); blocks.append(placeholder); blocks.append(.integer(Int64(ordinal)))
            blocks.append(.text(block.kind.rawValue)); blocks.append(Self.quote(block.block.byteRange))
            blocks.append(.integer(Int64(block.span.start))); blocks.append(.integer(Int64(block.span.end)))
            blocks.append(Value(block.block.cells.map(JSON.array))); blocks.append(Value(block.block.detail))
        }
        sentences.reserveCapacity(article.sentences.count * DocumentWriter.sentences.width)
        for (ordinal, sentence) in article.sentences.enumerated() {
            sentences.append(.integer(Int64(ordinal))); sentences.append(placeholder); sentences.append(.integer(Int64(sentence.blockIndex)))
            sentences.append(.integer(Int64(ordinal))); sentences.append(Self.quote(sentence.byteRange))
            sentences.append(.integer(Int64(sentence.span.start))); sentences.append(.integer(Int64(sentence.span.end)))
        }
        mentions.reserveCapacity(facts.mentions.count * DocumentWriter.mentions.width)
        for m in facts.mentions {
            let span = article.span(of: m.byteRange, inSentence: m.sentence)
            mentions.append(.integer(Int64(m.person))); mentions.append(placeholder); mentions.append(.integer(Int64(m.sentence)))
            mentions.append(Self.quote(m.byteRange)); mentions.append(.integer(Int64(span.start))); mentions.append(.integer(Int64(span.end)))
            mentions.append(.text(m.form)); mentions.append(.integer(m.ambiguous ? 1 : 0))
        }
        roles.reserveCapacity(facts.roles.count * DocumentWriter.roles.width)
        for r in facts.roles {
            let span = article.span(of: r.byteRange, inSentence: r.sentence)
            roles.append(.integer(Int64(r.person))); roles.append(placeholder); roles.append(.integer(Int64(r.sentence)))
            roles.append(.text(r.title)); roles.append(Value(r.organization)); roles.append(Value(r.qualifier))
            roles.append(Self.quote(r.byteRange)); roles.append(.integer(Int64(span.start))); roles.append(.integer(Int64(span.end)))
            roles.append(.text(r.asWritten))
        }
        statements.reserveCapacity(facts.statements.count * DocumentWriter.statements.width)
        for s in facts.statements {
            let span = article.span(of: s.byteRange, inSentence: s.sentence)
            statements.append(placeholder); statements.append(.integer(Int64(s.sentence)))
            statements.append(s.person.map { .integer(Int64($0)) } ?? .null); statements.append(.text(s.speaker)); statements.append(.text(s.verb))
            statements.append(Value(s.stance)); statements.append(.text(s.content)); statements.append(Self.quote(s.byteRange))
            statements.append(.integer(Int64(span.start))); statements.append(.integer(Int64(span.end))); statements.append(.text(s.form))
        }
        milestones.reserveCapacity(facts.milestones.count * DocumentWriter.milestones.width)
        for m in facts.milestones {
            let span = article.span(of: m.byteRange, inSentence: m.sentence)
            milestones.append(placeholder); milestones.append(.integer(Int64(m.sentence))); milestones.append(.text(m.dateText))
            milestones.append(Value(m.dateStart)); milestones.append(Value(m.dateEnd)); milestones.append(.text(m.precision))
            milestones.append(.text(m.label)); milestones.append(.text(m.kind)); milestones.append(Self.quote(m.byteRange))
            milestones.append(.integer(Int64(span.start))); milestones.append(.integer(Int64(span.end)))
        }
    }
}

/// Writes one article's rows with prepared statements reused across documents, several
/// rows per INSERT (SQLite's cost per statement run is paid once per chunk, not per row).
/// The caller provides the transaction.
final class DocumentWriter {
    /// What a column of a prepared row refers to, and so how its id is found.
    /// `.quote`: a byte range of the document's text (`DocumentRows.quote`).
    enum Reference { case none, ownID, document, block, sentence, person, quote }

    struct Table {
        let name: String
        let columns: [(name: String, reference: Reference)]
        var width: Int { columns.count }
    }

    static let blocks = Table(name: "blocks", columns: [
        ("id", .ownID), ("document_id", .document), ("ordinal", .none), ("kind", .none), ("text", .quote),
        ("start", .none), ("end", .none), ("cells", .none), ("detail", .none)])
    static let sentences = Table(name: "sentences", columns: [
        ("id", .ownID), ("document_id", .document), ("block_id", .block), ("ordinal", .none), ("text", .quote),
        ("start", .none), ("end", .none)])
    static let mentions = Table(name: "mentions", columns: [
        ("person_id", .person), ("document_id", .document), ("sentence_id", .sentence), ("surface", .quote),
        ("start", .none), ("end", .none), ("form", .none), ("ambiguous", .none)])
    static let roles = Table(name: "roles", columns: [
        ("person_id", .person), ("document_id", .document), ("sentence_id", .sentence), ("title", .none),
        ("organization", .none), ("qualifier", .none), ("evidence", .quote), ("start", .none), ("end", .none),
        ("as_written", .none)])
    static let statements = Table(name: "statements", columns: [
        ("document_id", .document), ("sentence_id", .sentence), ("person_id", .person), ("speaker", .none),
        ("verb", .none), ("stance", .none), ("content", .none), ("evidence", .quote), ("start", .none), ("end", .none),
        ("form", .none)])
    static let milestones = Table(name: "milestones", columns: [
        ("document_id", .document), ("sentence_id", .sentence), ("date_text", .none), ("date_start", .none),
        ("date_end", .none), ("precision", .none), ("label", .none), ("kind", .none), ("evidence", .quote),
        ("start", .none), ("end", .none)])

    /// Rows per INSERT, largest first: a document's rows go in as few statements as these
    /// sizes allow (56 blocks: 16 + 16 + 16 + 4 + 4).
    static let chunkSizes = [64, 16, 4, 1]

    private let db: Connection
    private let insertDocument: Statement
    private let insertPerson: Statement
    private let selectPerson: Statement
    private let lastIDs: Statement
    private var inserts: [String: [Int: Statement]] = [:]
    private var personIDs: [String: Int64] = [:]

    init(_ db: Connection) throws {
        self.db = db
        insertDocument = try db.prepare("""
            INSERT INTO documents(source, sha256, title, text, published, ingested_at, byte_count)
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING
            """)
        insertDocument.recordsArguments = false  // the whole text would be in the message
        insertPerson = try db.prepare("""
            INSERT INTO people(name, surname, given_names) VALUES (?, ?, ?) ON CONFLICT(name) DO NOTHING
            """)
        selectPerson = try db.prepare("SELECT id FROM people WHERE name = ?")
        lastIDs = try db.prepare("SELECT (SELECT coalesce(max(id), 0) FROM blocks), (SELECT coalesce(max(id), 0) FROM sentences)")
        for table in [Self.blocks, Self.sentences, Self.mentions, Self.roles, Self.statements, Self.milestones] {
            var bySize: [Int: Statement] = [:]
            for size in Self.chunkSizes {
                let row = "(" + Array(repeating: "?", count: table.width).joined(separator: ", ") + ")"
                let insert = try db.prepare("INSERT INTO \(table.name)(" + table.columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
                                            + ") VALUES " + Array(repeating: row, count: size).joined(separator: ", "))
                insert.recordsArguments = false  // hundreds of values: an error names the table, not them
                bySize[size] = insert
            }
            inserts[table.name] = bySize
        }
    }

    struct Counts {
        var blocks = 0, sentences = 0, people = 0, mentions = 0, roles = 0, statements = 0, milestones = 0
    }

    /// Inserts the document unless its bytes are already there; returns the counts
    /// written, or nil when the document was already present.
    func write(source: String, sha256: String, byteCount: Int, rows: DocumentRows, ingestedAt: String) throws -> Counts? {
        // Every quote is bound from the text's bytes in place, so they stay put until the last insert.
        try rows.utf8.withUnsafeBufferPointer { text in
            try write(source: source, sha256: sha256, byteCount: byteCount, rows: rows, text: text, ingestedAt: ingestedAt)
        }
    }

    private func write(source: String, sha256: String, byteCount: Int, rows: DocumentRows,
                       text: UnsafeBufferPointer<UInt8>, ingestedAt: String) throws -> Counts? {
        defer { insertDocument.reset() }
        try insertDocument.bind([.text(source), .text(sha256), Value(rows.title), .null,
                                 Value(rows.published), .text(ingestedAt), .integer(Int64(byteCount))])
        try insertDocument.bindText(borrowing: text, at: 4)
        _ = try insertDocument.step()
        guard db.changes == 1 else { return nil }
        let documentID = db.lastInsertRowID
        var counts = Counts()

        // Block and sentence ids are given here (max + 1 onward; the caller's transaction
        // holds the write lock), so that sentences can name their blocks and facts their
        // sentences without reading ids back row by row.
        _ = try lastIDs.step()
        let blockBase = lastIDs.int(at: 0) + 1, sentenceBase = lastIDs.int(at: 1) + 1
        lastIDs.reset()

        var people: [Int64] = []
        for person in rows.people {
            let (id, isNew) = try personID(person)
            people.append(id)
            if isNew { counts.people += 1 }
        }
        func resolve(_ value: Value, _ reference: Reference, ownBase: Int64) -> Value {
            guard case .integer(let index) = value else { return value }
            switch reference {
            case .none: return value
            case .ownID: return .integer(ownBase + index)
            case .document: return .integer(documentID)
            case .block: return .integer(blockBase + index)
            case .sentence: return .integer(sentenceBase + index)
            case .person: return .integer(people[Int(index)])
            case .quote: return value  // bound by `insert` from the text
            }
        }
        counts.blocks = try insert(Self.blocks, rows.blocks, text) { resolve($0, $1, ownBase: blockBase) }
        counts.sentences = try insert(Self.sentences, rows.sentences, text) { resolve($0, $1, ownBase: sentenceBase) }
        counts.mentions = try insert(Self.mentions, rows.mentions, text) { resolve($0, $1, ownBase: 0) }
        counts.roles = try insert(Self.roles, rows.roles, text) { resolve($0, $1, ownBase: 0) }
        counts.statements = try insert(Self.statements, rows.statements, text) { resolve($0, $1, ownBase: 0) }
        counts.milestones = try insert(Self.milestones, rows.milestones, text) { resolve($0, $1, ownBase: 0) }
        return counts
    }

    /// Inserts flat rows in chunks; returns the number of rows.
    private func insert(_ table: Table, _ values: [Value], _ text: UnsafeBufferPointer<UInt8>,
                        resolve: (Value, Reference) -> Value) throws -> Int {
        let width = table.width
        let rowCount = values.count / width
        let statements = inserts[table.name]!
        var row = 0
        while row < rowCount {
            let size = Self.chunkSizes.first { $0 <= rowCount - row }!
            let statement = statements[size]!
            defer { statement.reset() }
            for r in 0..<size {
                for (c, column) in table.columns.enumerated() {
                    let value = values[(row + r) * width + c]
                    let index = r * width + c + 1
                    switch column.reference {
                    case .none: try statement.bind(value, at: index)
                    case .quote:
                        guard case .integer(let packed) = value else { try statement.bind(value, at: index); continue }
                        let range = DocumentRows.range(ofQuote: packed)
                        // Release builds do not check a buffer slice's bounds: a bad range must not read past the text.
                        precondition(range.lowerBound <= range.upperBound && range.upperBound <= text.count, "a quote lies inside its text")
                        try statement.bindText(borrowing: UnsafeBufferPointer(rebasing: text[range]), at: index)
                    default: try statement.bind(resolve(value, column.reference), at: index)
                    }
                }
            }
            _ = try statement.step()
            row += size
        }
        return rowCount
    }

    /// Forgets cached ids (after a rollback, ids handed out inside it are void).
    func forgetCache() { personIDs.removeAll() }

    private func personID(_ person: PersonName) throws -> (Int64, Bool) {
        if let id = personIDs[person.name] { return (id, false) }
        try insertPerson.run([.text(person.name), .text(person.surname), Value(person.givenNames)])
        let isNew = db.changes == 1
        let id: Int64
        if isNew {
            id = db.lastInsertRowID
        } else {
            defer { selectPerson.reset() }
            try selectPerson.bind([.text(person.name)])
            _ = try selectPerson.step()
            id = selectPerson.int(at: 0)
        }
        personIDs[person.name] = id
        return (id, isNew)
    }
}
