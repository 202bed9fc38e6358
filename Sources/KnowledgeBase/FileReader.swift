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
        return try readAll(fd, sizeHint: Int(info.st_size))
    }

    static func readStandardInput() throws(KBError) -> [UInt8] { try readAll(0) }

    /// Reads to the end into one growing buffer (sized from `sizeHint` when the file says its size).
    private static func readAll(_ fd: Int32, sizeHint: Int = 0) throws(KBError) -> [UInt8] {
        var capacity = max(sizeHint + 1, 1 << 16)
        var result = [UInt8](unsafeUninitializedCapacity: capacity) { _, count in count = 0 }
        var failure: KBError?
        while true {
            if result.count == capacity {
                if capacity > maxBytes { throw .io("too large (more than \(maxBytes / 1_048_576) MB)") }
                capacity *= 2
                result.reserveCapacity(capacity)
            }
            let before = result.count
            var n = 0
            result.append(contentsOf: [UInt8](unsafeUninitializedCapacity: capacity - before) { buffer, count in
                n = Foundation.read(fd, buffer.baseAddress, buffer.count)
                count = max(0, n)
            })
            if n < 0 {
                if errno == EINTR { continue }
                failure = .io(errorText())
                break
            }
            if n == 0 { break }
            if result.count > maxBytes { throw .io("too large (more than \(maxBytes / 1_048_576) MB)") }
        }
        if let failure { throw failure }
        return result
    }

    private static func errorText() -> String { String(cString: strerror(errno)).lowercased() }
}
