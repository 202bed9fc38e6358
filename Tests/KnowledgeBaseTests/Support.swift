import Foundation
@testable import KnowledgeBase
import SQLite
@_exported import TestSupport

enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("Seeds").path
    static let schema = root.appendingPathComponent("schema.sql").path
}

/// Collects rows in memory, for tests.
final class CollectingWriter: RowWriter {
    var columns: [String] = []
    var rows: [[Value]] = []
    var ended = false
    func begin(columns: [String]) throws { self.columns = columns }
    func row(_ values: [Value]) throws { rows.append(values) }
    func end() throws { ended = true }
}

/// Runs python3 with a script and standard input; returns standard output.
func python(_ script: String, input: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script]
    let stdin = Pipe(), stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
