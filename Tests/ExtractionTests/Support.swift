import Foundation
@testable import Extraction
import NewsText

/// Extracts facts from a text given inline.
func facts(_ text: String) -> (Article, ArticleFacts) {
    let article = try! Article(bytes: Array(text.utf8))
    return (article, Extractor.extract(article))
}

extension ArticleFacts {
    var names: [String] { people.map(\.name) }

    /// "Name | Title | Organization | qualifier" per role.
    var roleLines: [String] {
        roles.map { r in
            [people[r.person].name, r.title, r.organization ?? "-", r.qualifier ?? "-"].joined(separator: " | ")
        }
    }

    /// "speaker (person) verb: content" per statement.
    var statementLines: [String] {
        statements.map { s in
            "\(s.speaker)\(s.person.map { " (\(people[$0].name))" } ?? "") \(s.verb)\(s.stance.map { " [\($0)]" } ?? ""): \(s.content)"
        }
    }
}
