import Foundation
import Testing

@Suite struct QueryCommandTests {
    static let sql = "SELECT kind, count(*) AS n FROM blocks WHERE kind IN ('heading', 'table_row') GROUP BY kind ORDER BY kind"

    @Test func everyOutputFormat() throws {
        let folder = TemporaryFolder()
        let db = try folder.seeded()
        func q(_ format: String) throws -> String {
            let r = try KB.run(["query", Self.sql, "--format", format, "--db", db])
            #expect(r.status == 0, "\(format): \(r.stderr)")
            return r.stdout
        }
        #expect(try q("csv") == "kind,n\r\nheading,31\r\ntable_row,24\r\n")
        #expect(try q("tsv") == "kind\tn\nheading\t31\ntable_row\t24\n")
        #expect(try q("json") == "[\n{\"kind\": \"heading\", \"n\": 31},\n{\"kind\": \"table_row\", \"n\": 24}\n]\n")
        #expect(try q("jsonl") == "{\"kind\":\"heading\",\"n\":31}\n{\"kind\":\"table_row\",\"n\":24}\n")
        #expect(try q("markdown") == "| kind | n |\n| --- | --- |\n| heading | 31 |\n| table_row | 24 |\n")
        #expect(try q("table") == "kind       n\n─────────  ──\nheading    31\ntable_row  24\n")
    }

    @Test func writesRefusedAndNothingDeleted() throws {
        let folder = TemporaryFolder()
        let db = try folder.seeded()
        let r = try KB.run(["query", "delete from documents", "--db", db])
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(r.stderr == "kb: refused: `delete from documents …` is not a read-only query (writes, ATTACH, pragmas that set a value and load_extension are refused)\n")
        let count = try KB.run(["query", "SELECT count(*) FROM documents", "--format", "csv", "--no-header", "--db", db])
        #expect(count.stdout == "5\r\n")
    }

    @Test func parametersBindByName() throws {
        let folder = TemporaryFolder()
        let db = try folder.seeded()
        let r = try KB.run(["query", "SELECT :name AS name, :n * 2 AS twice", "-p", "name", "O'Brien; DROP", "-p", "n=21",
                            "--format", "csv", "--db", db])
        #expect(r.stdout == "name,twice\r\nO'Brien; DROP,42\r\n")
        let missing = try KB.run(["query", "SELECT :who", "--db", db])
        #expect(missing.status == 64)
        #expect(missing.stderr == "kb: missing value for parameter :who; pass -p who VALUE\n")
    }

    @Test func outputFileIsWrittenWhole() throws {
        let folder = TemporaryFolder()
        let db = try folder.seeded()
        let out = folder.file("docs.csv")
        let r = try KB.run(["query", "SELECT id, source FROM documents ORDER BY id", "--format", "csv", "--output", out, "--db", db])
        #expect(r.status == 0)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.split(separator: "\r\n").count == 6)
        let failed = try KB.run(["query", "SELECT nope FROM documents", "--output", folder.file("bad.csv"), "--db", db])
        #expect(failed.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.file("bad.csv")))
    }

    @Test func timeLimitStopsRunawayQueries() throws {
        let folder = TemporaryFolder()
        let db = try folder.seeded()
        let r = try KB.run(["query", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
                            "--timeout", "0.5", "--db", db])
        #expect(r.status == 1)
        #expect(r.stderr == "kb: the query ran longer than the time limit (0.5 s) and was stopped; raise it with --timeout\n")
    }

    @Test func missingDatabaseIsExplained() throws {
        let folder = TemporaryFolder()
        let r = try KB.run(["query", "SELECT 1", "--db", folder.file("none.sqlite")])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no database at"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("none.sqlite")))
    }

    @Test func searchFindsSentencesAndSurvivesHostileText() throws {
        let folder = TemporaryFolder()
        let db = try folder.seeded()
        let r = try KB.run(["search", "U.S.", "\"troops", "withdrawal", "--format", "csv", "--limit", "2", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\r\n")
        #expect(lines.count == 3)
        #expect(lines[0] == "document,sentence,snippet,facts,rank,sentence_id")
        #expect(lines[1].contains("[withdrawal]"))
    }

    @Test func exportWritesTablesAndSuggestsNames() throws {
        let folder = TemporaryFolder()
        let db = try folder.seeded()
        let r = try KB.run(["export", "documents", "--format", "jsonl", "--db", db])
        #expect(r.stdout.split(separator: "\n").count == 5)
        let typo = try KB.run(["export", "documets", "--db", db])
        #expect(typo.status == 64)
        #expect(typo.stderr == "kb: no table, view or saved query named 'documets'; did you mean documents?\n")
    }
}
