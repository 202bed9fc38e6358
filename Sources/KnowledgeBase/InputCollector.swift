import Foundation

/// One input of `kb ingest`: a file found on disk, standard input, or a path that
/// could not be read as a file or folder.
public enum Input: Equatable, Sendable {
    case file(String)
    case stdin
    case unreadable(String, reason: String)

    public var source: String {
        switch self {
        case .file(let path), .unreadable(let path, _): return path
        case .stdin: return "stdin"
        }
    }
}

/// Expands the paths given to `kb ingest` into inputs: files as given, folders
/// recursively in sorted order with hidden files and folders skipped, `-` as
/// standard input. Symbolic links to folders are followed once (loops are cut).
public enum InputCollector {
    public static func collect(_ paths: [String]) -> [Input] {
        var inputs: [Input] = []
        var visited = Set<String>()
        for path in paths {
            if path == "-" { inputs.append(.stdin); continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                inputs.append(.unreadable(path, reason: "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                walk(path, into: &inputs, visited: &visited)
            } else {
                inputs.append(.file(path))
            }
        }
        return inputs
    }

    static func walk(_ folder: String, into inputs: inout [Input], visited: inout Set<String>) {
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }  // a symlink loop
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            inputs.append(.unreadable(folder, reason: "cannot list the folder (\(reason(error)))"))
            return
        }
        // contentsOfDirectory is unsorted on Linux; sort by bytes for a stable order.
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                inputs.append(.unreadable(path, reason: "broken symbolic link"))
                continue
            }
            if isDirectory.boolValue {
                walk(path, into: &inputs, visited: &visited)
            } else {
                inputs.append(.file(path))
            }
        }
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileReadNoPermissionError: return "permission denied"
            case NSFileReadNoSuchFileError: return "no such file"
            default: break
            }
        }
        return ns.localizedDescription
    }
}
