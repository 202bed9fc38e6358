import ArgumentParser
import Foundation
import KnowledgeBase
import SQLite

/// Runs a command body and turns its errors into one line on standard error and
/// the exit status the CLI promises: 1 for a runtime failure, 64 for a usage error.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as OutputSink.SinkError {
        if case .closed = error { return }  // the reader stopped reading: not an error
        Terminal.printError(error.description)
        throw ExitCode.failure
    } catch let error as KBError {
        Terminal.printError(error.description)
        switch error {
        case .missingParameter, .unknownParameter, .unknownTable: throw ExitCode(64)
        default: throw ExitCode.failure
        }
    } catch let error as SQLiteError {
        Terminal.printError(error.description)
        throw ExitCode.failure
    } catch let error as Migrator.MigrationError {
        Terminal.printError(error.description)
        throw ExitCode.failure
    } catch let error as SavedQueries.SavedQueryError {
        Terminal.printError(error.description)
        switch error {
        case .missingParameter, .unknown, .invalidName: throw ExitCode(64)
        default: throw ExitCode.failure
        }
    } catch let error as PersonProfile.LookupError {
        Terminal.printError(error.description)
        throw ExitCode.failure
    } catch let error as Search.SearchError {
        Terminal.printError(error.description)
        throw ExitCode(64)
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch {
        Terminal.printError(String(describing: error))
        throw ExitCode.failure
    }
}

extension OutputOptionGroup {
    /// Opens the sink, runs `body` with a writer, and commits (or discards on error).
    func withWriter(format: OutputFormat? = nil, configure: (inout OutputOptions) -> Void = { _ in },
                    _ body: (RowWriter) throws -> Void) throws {
        let sink = try output.map { try OutputSink(path: $0) } ?? OutputSink()
        var options = OutputOptions()
        options.width = Terminal.width
        options.header = !noHeader
        configure(&options)
        do {
            try body((format ?? self.format).writer(sink, options: options))
            try sink.commit()
        } catch {
            if case OutputSink.SinkError.closed = error {} else { try? sink.flush() }
            sink.discard()
            throw error
        }
    }
}
