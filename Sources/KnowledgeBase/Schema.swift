import SQLite

/// The knowledge base's schema, from the `schema.sql` embedded at build time.
public enum Schema {
    /// The text of schema.sql, byte for byte.
    public static var sql: String { EmbeddedSQL.schema }

    /// `PRAGMA application_id` of NewsKB databases: "NKB1".
    public static let applicationID: Int32 = 0x4E4B_4231

    /// The migrations: the sections of schema.sql that start with `-- migration N: NAME`.
    public static let migrations: [Migrator.Migration] = parseMigrations(EmbeddedSQL.schema)

    public static let migrator = Migrator(migrations: migrations, applicationID: applicationID)

    static func parseMigrations(_ text: String) -> [Migrator.Migration] {
        var result: [Migrator.Migration] = []
        var current: (version: Int, name: String, lines: [Substring])?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- migration "), let colon = line.firstIndex(of: ":"),
               let version = Int(line[line.index(line.startIndex, offsetBy: 13)..<colon].trimmingCharacters(in: .whitespaces)) {
                if let c = current { result.append(.init(version: c.version, name: c.name, sql: c.lines.joined(separator: "\n"))) }
                current = (version, line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces), [])
            } else if current != nil {
                current!.lines.append(line)
            }
        }
        if let c = current { result.append(.init(version: c.version, name: c.name, sql: c.lines.joined(separator: "\n"))) }
        precondition(!result.isEmpty, "schema.sql has no '-- migration N: NAME' section")
        return result
    }
}

import Foundation
