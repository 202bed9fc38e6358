import Foundation

/// Reads whole inputs with POSIX calls, so that errors say what the system said
/// ("permission denied", "is a directory").
enum FileReader {
    /// Inputs larger than this are refused rather than read into memory.
    static let maxBytes = 100 * 1024 * 1024

    static func read(path: String) throws(KBError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .io(errorText()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .io(errorText()) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .io("is a folder") }
        if Int(info.st_size) > maxBytes { throw .io("too large (\(Int(info.st_size) / 1_048_576) MB; the limit is \(maxBytes / 1_048_576) MB)") }
        return try readAll(fd)
    }

    static func readStandardInput() throws(KBError) -> [UInt8] { try readAll(0) }

    private static func readAll(_ fd: Int32) throws(KBError) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(errorText())
            }
            if n == 0 { break }
            result.append(contentsOf: chunk[0..<n])
            if result.count > maxBytes { throw .io("too large (more than \(maxBytes / 1_048_576) MB)") }
        }
        return result
    }

    private static func errorText() -> String { String(cString: strerror(errno)).lowercased() }
}
