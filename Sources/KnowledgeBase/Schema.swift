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

    /// Cuts the file at its `-- migration N: NAME` lines, scanning bytes: every `kb` run
    /// reads the migrations, and splitting the whole file into `String` lines cost ~15 M
    /// instructions (a few milliseconds of each query's start).
    static func parseMigrations(_ text: String) -> [Migrator.Migration] {
        let bytes = Array(text.utf8)
        let marker = Array("-- migration ".utf8)
        var headers: [(lineStart: Int, bodyStart: Int, version: Int, name: String)] = []
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            if lineEnd - lineStart > marker.count, bytes[lineStart..<(lineStart + marker.count)].elementsEqual(marker),
               let colon = bytes[lineStart..<lineEnd].firstIndex(of: 0x3A),
               let version = Int(String(decoding: bytes[(lineStart + marker.count)..<colon], as: UTF8.self)
                                    .trimmingCharacters(in: .whitespaces)) {
                let name = String(decoding: bytes[(colon + 1)..<lineEnd], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                headers.append((lineStart, min(lineEnd + 1, bytes.count), version, name))
            }
            lineStart = lineEnd + 1
        }
        precondition(!headers.isEmpty, "schema.sql has no '-- migration N: NAME' section")
        return headers.indices.map { i in
            let h = headers[i]
            // A section ends at the newline before the next header (not included).
            let end = i + 1 < headers.count ? headers[i + 1].lineStart - 1 : bytes.count
            return .init(version: h.version, name: h.name, sql: String(decoding: bytes[h.bodyStart..<max(h.bodyStart, end)], as: UTF8.self))
        }
    }
}

import Foundation
