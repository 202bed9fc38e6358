import Foundation
import Testing

@Suite struct AnalystCommandTests {
    @Test func runBindsParametersAndNamesMissingOnes() throws {
        let folder = TemporaryFolder()
        let db = try folder.seeded()
        let ok = try KB.run(["run", "holders-of", "-p", "title", "Minister of Defense", "--format", "csv", "--db", db])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("Armend Mehaj"))
        #expect(ok.stdout.contains("Armend Zemaj"))
        let missing = try KB.run(["run", "holders-of", "--db", db])
        #expect(missing.status == 64)
        #expect(missing.stderr == "kb: holders-of needs -p title VALUE (part of the office title, e.g. Minister of Defense)\n")
        let unknown = try KB.run(["run", "holder-of", "--db", db])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "kb: no saved query named 'holder-of'; did you mean holders-of, roles-of?\n")
    }

    @Test func queriesListHasNameDescriptionParameters() throws {
        let folder = TemporaryFolder()
        let db = try folder.seeded()
        let r = try KB.run(["queries", "--format", "csv", "--db", db])
        #expect(r.stdout.hasPrefix("name,description,parameters,source\r\n"))
        #expect(r.stdout.contains("holders-of,\"Who holds an office: each claim once, with how many documents make it, the first of them and its words.\",\"title, org = ''\",built-in"))
    }

    @Test func userQueryRoundTripThroughTheCLI() throws {
        let folder = TemporaryFolder()
        let db = try folder.seeded()
        let add = try KB.run(["--db", db, "queries", "add", "by-doc", "--sql", "SELECT count(*) AS n FROM roles WHERE document_id = :doc",
                              "--description", "Roles in one document"])
        #expect(add.status == 0, "\(add.stderr)")
        let run = try KB.run(["run", "by-doc", "-p", "doc", "2", "--format", "csv", "--no-header", "--db", db])
        #expect(run.stdout == "7\r\n")
        let refused = try KB.run(["queries", "add", "wipe", "--sql", "DELETE FROM roles", "--db", db])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("kb: refused: `DELETE FROM roles"))
        let remove = try KB.run(["queries", "remove", "by-doc", "--db", db])
        #expect(remove.status == 0)
    }

    @Test func conflictsShowTheDisagreementsWithEvidence() throws {
        let folder = TemporaryFolder()
        let db = try folder.seeded()
        let r = try KB.run(["conflicts", "--db", db])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Minister of Defense of Kosovo — One office, different holders"))
        #expect(r.stdout.contains("Head of the US Mission to NATO — One office, different holders"))
        #expect(r.stdout.contains("Zemaj — One surname, different given names"))
        #expect(r.stdout.contains("“Additionally, Kosovo’s Minister of Defense, Armend Mehaj, reiterated"))
        let csv = try KB.run(["conflicts", "--format", "csv", "--db", db])
        #expect(csv.stdout.hasPrefix("kind,subject,value,documents,sources,published,evidence\r\n"))
        #expect(csv.stdout.contains("office_holders,Minister of Defense of Kosovo,Armend Mehaj,1,"))
        let every = try KB.run(["conflicts", "--every", "--format", "csv", "--db", db])
        #expect(every.stdout.hasPrefix("kind,subject,value,source,published,evidence\r\n"))
        // Armend Mehaj is Minister of Defense in two sentences of one document: one row per document.
        #expect(every.stdout.components(separatedBy: "office_holders,Minister of Defense of Kosovo,Armend Mehaj,").count == 2)
    }

    @Test func personLookupIgnoresCaseAndAccentsAndSuggests() throws {
        let folder = TemporaryFolder()
        let db = try folder.seeded()
        let r = try KB.run(["person", "OUDKIRK", "--db", db])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Scott M. Oudkirk\n"))
        #expect(r.stdout.contains("Head of the US Mission to NATO (US Mission to NATO)"))
        let none = try KB.run(["person", "Oudkirck Scot", "--db", db])
        #expect(none.status == 1)
        #expect(none.stderr.hasPrefix("kb: no one named like 'Oudkirck Scot'"))
    }

    @Test func timelineFiltersByDate() throws {
        let folder = TemporaryFolder()
        let db = try folder.seeded()
        let r = try KB.run(["timeline", "--from", "2024", "--to", "2025", "--format", "csv", "--db", db])
        let dates = r.stdout.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
        #expect(dates == ["2024", "2025"])
        let bad = try KB.run(["timeline", "--from", "last year", "--db", db])
        #expect(bad.status == 64)
    }

    @Test func exportReadsBackWithPythonAndTheSQLiteShell() throws {
        let folder = TemporaryFolder()
        let db = try folder.seeded()
        let csv = folder.file("statements.csv")
        let export = try KB.run(["export", "statements", "--output", csv, "--db", db])
        #expect(export.status == 0)
        // The sqlite3 shell imports it into a table whose rows equal the source rows.
        func output(_ arguments: [String]) throws -> String {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = arguments
            let pipe = Pipe()
            p.standardOutput = pipe
            try p.run()
            p.waitUntilExit()
            return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let matched = try output(["sqlite3", ":memory:", ".import --csv \(csv) t", "ATTACH '\(db)' AS kb",
                                  "SELECT count(*) FROM t JOIN kb.statements s ON s.id = t.id AND s.speaker = t.speaker AND s.content = t.content AND s.evidence = t.evidence AND coalesce(s.stance, '') = t.stance AND coalesce(s.person_id, '') = t.person_id"])
        let total = try KB.run(["query", "SELECT count(*) FROM statements", "--format", "tsv", "--no-header", "--db", db]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Int(total) ?? 0 > 0)
        #expect(matched == total)
        // Python's csv module reads the same records.
        let records = try output(["python3", "-c", "import csv,sys; print(len(list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))))", csv])
        #expect(records == total)
    }

    @Test func exportOfASavedQueryTakesParameters() throws {
        let folder = TemporaryFolder()
        let db = try folder.seeded()
        let r = try KB.run(["export", "roles-of", "-p", "name", "Mitsotakis", "--format", "jsonl", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count == 1)
        #expect(r.stdout.contains("\"name\":\"Kyriakos Mitsotakis\""))
    }
}
