import Foundation
import KnowledgeBase

/// Facts about the terminal and the one way commands report errors.
enum Terminal {
    /// Columns of the terminal on standard output; $COLUMNS; else 80.
    static var width: Int {
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(columns), n > 0 { return n }
        return 80
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data(("kb: " + message + "\n").utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
