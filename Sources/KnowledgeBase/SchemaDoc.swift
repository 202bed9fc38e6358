import SQLite

/// The tables and columns of the knowledge base with a one-line meaning each, read
/// from the comments of schema.sql (the column list itself comes from the database).
public struct SchemaDoc: Sendable {
    public struct Column: Sendable, Equatable {
        public var name: String
        public var type: String
        public var meaning: String
    }

    public struct Table: Sendable, Equatable {
        public var name: String
        public var kind: String  // table, view, virtual table
        public var meaning: String
        public var columns: [Column]
    }

    public var tables: [Table]

    /// The documented objects of `db`, in the order schema.sql defines them.
    public static func read(_ db: Connection) throws -> SchemaDoc {
        let comments = parseComments(Schema.sql)
        var tables: [Table] = []
        for object in comments {
            var columns: [Column] = []
            let info = try db.rows("SELECT name, type FROM pragma_table_info(?)", [.text(object.name)])
            for row in info {
                let name = row[0].textValue ?? ""
                columns.append(Column(name: name, type: row[1].textValue ?? "",
                                      meaning: object.columns[name] ?? ""))
            }
            tables.append(Table(name: object.name, kind: object.kind, meaning: object.meaning, columns: columns))
        }
        return SchemaDoc(tables: tables)
    }

    struct Commented {
        var name: String
        var kind: String
        var meaning: String
        var columns: [String: String]
    }

    /// Table comments are the comment lines right above `CREATE`; column comments
    /// trail the column's line, or (for views) are `--   column: meaning` lines above.
    static func parseComments(_ sql: String) -> [Commented] {
        var result: [Commented] = []
        var pending: [String] = []
        var current: Commented?
        // A later migration that drops and re-creates an object documents it anew, in its old place.
        func append(_ object: Commented) {
            if let i = result.firstIndex(where: { $0.name == object.name }) { result[i] = object } else { result.append(object) }
        }
        for raw in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("--") && current == nil {
                pending.append(String(trimmed.dropFirst(2)))
                continue
            }
            if let (kind, name) = createdObject(trimmed) {
                var meaning = pending.first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })?
                    .trimmingCharacters(in: .whitespaces) ?? ""
                var columns: [String: String] = [:]
                for comment in pending.dropFirst() {
                    let c = comment.trimmingCharacters(in: .whitespaces)
                    // `column: meaning`, or `a, b, c: meaning` for several columns.
                    if let colon = c.firstIndex(of: ":") {
                        let names = c[..<colon].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                        if names.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) {
                            for name in names { columns[name] = c[c.index(after: colon)...].trimmingCharacters(in: .whitespaces) }
                        }
                    }
                }
                if meaning.hasSuffix(":") { meaning.removeLast() }
                current = Commented(name: name, kind: kind, meaning: meaning, columns: columns)
                pending = []
                if kind == "view" || trimmed.hasSuffix(";") {
                    append(current!)
                    current = nil
                }
                continue
            }
            if trimmed.isEmpty { pending = [] }
            if current != nil {
                if let dash = line.range(of: " -- ") {
                    let definition = line[..<dash.lowerBound].trimmingCharacters(in: .whitespaces)
                    if let name = definition.split(separator: " ").first {
                        current!.columns[String(name)] = line[dash.upperBound...].trimmingCharacters(in: .whitespaces)
                    }
                }
                if trimmed.hasPrefix(");") || trimmed == ")" || trimmed.hasSuffix(");") && !trimmed.contains("(") {
                    append(current!)
                    current = nil
                }
            }
        }
        return result
    }

    static func createdObject(_ line: String) -> (String, String)? {
        for (prefix, kind) in [("CREATE TABLE ", "table"), ("CREATE VIEW ", "view"), ("CREATE VIRTUAL TABLE ", "virtual table")]
        where line.hasPrefix(prefix) {
            let name = line.dropFirst(prefix.count).prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
            return (kind, String(name))
        }
        return nil
    }
}

import Foundation
