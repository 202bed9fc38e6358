import Foundation

/// Where command output goes: standard output, or a file written under a temporary
/// name and renamed into place only when everything was written, so a failed run
/// never leaves half a file.
public final class OutputSink {
    public enum SinkError: Error, CustomStringConvertible {
        /// The reader went away (`kb query … | head`): not an error worth a message.
        case closed
        case writeFailed(String, reason: String)

        public var description: String {
            switch self {
            case .closed: return "output closed"
            case let .writeFailed(path, reason): return "cannot write \(path): \(reason)"
            }
        }
    }

    private let fd: Int32
    private let finalPath: String?
    private let temporaryPath: String?
    private var buffer: [UInt8] = []
    private var finished = false
    public let isTerminal: Bool

    /// Standard output.
    public init() {
        fd = 1
        finalPath = nil
        temporaryPath = nil
        isTerminal = isatty(1) == 1
        buffer.reserveCapacity(1 << 16)
    }

    /// A file, created next to `path` under a temporary name.
    public init(path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array(((directory.isEmpty ? "." : directory) + "/." + name + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw SinkError.writeFailed(path, reason: String(cString: strerror(errno)).lowercased())
        }
        fchmod(fd, 0o644)
        self.fd = fd
        self.finalPath = path
        // mkstemp filled in the X's; read the name while the buffer is alive.
        self.temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        isTerminal = false
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        if !finished { discard() }
    }

    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Appends without checking the buffer size: call `flushIfFull` after a row.
    @inline(__always) func append(_ byte: UInt8) { buffer.append(byte) }
    @inline(__always) func append(_ bytes: UnsafeBufferPointer<UInt8>) { buffer.append(contentsOf: bytes) }
    func flushIfFull() throws { if buffer.count >= 1 << 16 { try flush() } }

    public func write(bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                buffer.removeAll()
                if code == EPIPE { throw SinkError.closed }
                throw SinkError.writeFailed(finalPath ?? "standard output", reason: String(cString: strerror(code)).lowercased())
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and, for a file, moves it into place.
    public func commit() throws {
        try flush()
        finished = true
        guard let temporaryPath, let finalPath else { return }
        if fsync(fd) != 0 || close(fd) != 0 {
            let reason = String(cString: strerror(errno)).lowercased()
            unlink(temporaryPath)
            throw SinkError.writeFailed(finalPath, reason: reason)
        }
        if rename(temporaryPath, finalPath) != 0 {
            let reason = String(cString: strerror(errno)).lowercased()
            unlink(temporaryPath)
            throw SinkError.writeFailed(finalPath, reason: reason)
        }
    }

    /// Drops a file that was not completed.
    public func discard() {
        finished = true
        buffer.removeAll()
        if let temporaryPath {
            close(fd)
            unlink(temporaryPath)
        }
    }
}
