import Extraction
import Foundation
import NewsText
import SQLite

/// Writes one parsed article and its facts with prepared statements reused across
/// documents. The caller provides the transaction.
final class DocumentWriter {
    private let db: Connection
    private let insertDocument: Statement
    private let insertBlock: Statement
    private let insertSentence: Statement
    private let insertPerson: Statement
    private let selectPerson: Statement
    private let insertMention: Statement
    private let insertRole: Statement
    private let insertStatement: Statement
    private let insertMilestone: Statement
    private var personIDs: [String: Int64] = [:]

    init(_ db: Connection) throws {
        self.db = db
        insertDocument = try db.prepare("""
            INSERT INTO documents(source, sha256, title, text, published, ingested_at, byte_count)
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING
            """)
        insertBlock = try db.prepare("""
            INSERT INTO blocks(document_id, ordinal, kind, text, start, end, cells, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertSentence = try db.prepare("""
            INSERT INTO sentences(document_id, block_id, ordinal, text, start, end) VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertPerson = try db.prepare("""
            INSERT INTO people(name, surname, given_names) VALUES (?, ?, ?) ON CONFLICT(name) DO NOTHING
            """)
        selectPerson = try db.prepare("SELECT id FROM people WHERE name = ?")
        insertMention = try db.prepare("""
            INSERT INTO mentions(person_id, document_id, sentence_id, surface, start, end, form, ambiguous)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertRole = try db.prepare("""
            INSERT INTO roles(person_id, document_id, sentence_id, title, organization, qualifier, evidence, start, end, as_written)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertStatement = try db.prepare("""
            INSERT INTO statements(document_id, sentence_id, person_id, speaker, verb, stance, content, evidence, start, end, form)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertMilestone = try db.prepare("""
            INSERT INTO milestones(document_id, sentence_id, date_text, date_start, date_end, precision, label, kind, evidence, start, end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    struct Counts {
        var blocks = 0, sentences = 0, people = 0, mentions = 0, roles = 0, statements = 0, milestones = 0

        static func + (a: Counts, b: Counts) -> Counts {
            Counts(blocks: a.blocks + b.blocks, sentences: a.sentences + b.sentences, people: a.people + b.people,
                   mentions: a.mentions + b.mentions, roles: a.roles + b.roles, statements: a.statements + b.statements,
                   milestones: a.milestones + b.milestones)
        }
    }

    /// Inserts the document unless its bytes are already there; returns the counts
    /// written, or nil when the document was already present.
    func write(source: String, sha256: String, byteCount: Int, article: Article, facts: ArticleFacts, ingestedAt: String) throws -> Counts? {
        try insertDocument.run([.text(source), .text(sha256), Value(article.title), .text(article.text),
                                Value(article.published), .text(ingestedAt), .integer(Int64(byteCount))])
        guard db.changes == 1 else { return nil }
        let documentID = db.lastInsertRowID
        var counts = Counts()

        var blockIDs: [Int64] = []
        blockIDs.reserveCapacity(article.blocks.count)
        for (ordinal, block) in article.blocks.enumerated() {
            try insertBlock.run([.integer(documentID), .integer(Int64(ordinal)), .text(block.kind.rawValue), .text(block.text),
                                 .integer(Int64(block.span.start)), .integer(Int64(block.span.end)),
                                 Value(block.block.cells.map(JSON.array)), Value(block.block.detail)])
            blockIDs.append(db.lastInsertRowID)
        }
        counts.blocks = blockIDs.count

        var sentenceIDs: [Int64] = []
        sentenceIDs.reserveCapacity(article.sentences.count)
        for (ordinal, sentence) in article.sentences.enumerated() {
            try insertSentence.run([.integer(documentID), .integer(blockIDs[sentence.blockIndex]), .integer(Int64(ordinal)),
                                    .text(sentence.text), .integer(Int64(sentence.span.start)), .integer(Int64(sentence.span.end))])
            sentenceIDs.append(db.lastInsertRowID)
        }
        counts.sentences = sentenceIDs.count

        var people: [Int64] = []
        for person in facts.people {
            let (id, isNew) = try personID(person)
            people.append(id)
            if isNew { counts.people += 1 }
        }
        for m in facts.mentions {
            let span = article.span(of: m.byteRange, inSentence: m.sentence)
            try insertMention.run([.integer(people[m.person]), .integer(documentID), .integer(sentenceIDs[m.sentence]),
                                   .text(article.string(m.byteRange)), .integer(Int64(span.start)), .integer(Int64(span.end)),
                                   .text(m.form), .integer(m.ambiguous ? 1 : 0)])
        }
        counts.mentions = facts.mentions.count
        for r in facts.roles {
            let span = article.span(of: r.byteRange, inSentence: r.sentence)
            try insertRole.run([.integer(people[r.person]), .integer(documentID), .integer(sentenceIDs[r.sentence]),
                                .text(r.title), Value(r.organization), Value(r.qualifier), .text(article.string(r.byteRange)),
                                .integer(Int64(span.start)), .integer(Int64(span.end)), .text(r.asWritten)])
        }
        counts.roles = facts.roles.count
        for s in facts.statements {
            let span = article.span(of: s.byteRange, inSentence: s.sentence)
            try insertStatement.run([.integer(documentID), .integer(sentenceIDs[s.sentence]), Value(s.person.map { people[$0] }),
                                     .text(s.speaker), .text(s.verb), Value(s.stance), .text(s.content),
                                     .text(article.string(s.byteRange)), .integer(Int64(span.start)), .integer(Int64(span.end)),
                                     .text(s.form)])
        }
        counts.statements = facts.statements.count
        for m in facts.milestones {
            let span = article.span(of: m.byteRange, inSentence: m.sentence)
            try insertMilestone.run([.integer(documentID), .integer(sentenceIDs[m.sentence]), .text(m.dateText),
                                     Value(m.dateStart), Value(m.dateEnd), .text(m.precision), .text(m.label), .text(m.kind),
                                     .text(article.string(m.byteRange)), .integer(Int64(span.start)), .integer(Int64(span.end))])
        }
        counts.milestones = facts.milestones.count
        return counts
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
