/// Adjusts the command line before ArgumentParser sees it, for two forms the CLI
/// promises that ArgumentParser cannot express directly:
/// - `kb --db FILE COMMAND …`: a database option before the command moves to the end;
/// - `-p NAME VALUE`: a parameter with two values becomes `-p NAME=VALUE`.
enum ArgumentRewriter {
    static func rewrite(_ arguments: [String]) -> [String] {
        var args = arguments
        // --db FILE (or --db=FILE) before the subcommand.
        var leading: [String] = []
        while let first = args.first, first == "--db" || first.hasPrefix("--db=") {
            if first == "--db", args.count >= 2 {
                leading += Array(args.prefix(2))
                args.removeFirst(2)
            } else {
                leading.append(first)
                args.removeFirst()
            }
        }
        if !leading.isEmpty {
            // ArgumentParser reads options anywhere after the (sub)command path: put it last,
            // before a `--` that ends the options.
            if let end = args.firstIndex(of: "--") {
                args.insert(contentsOf: leading, at: end)
            } else {
                args += leading
            }
        }
        // -p NAME VALUE → -p NAME=VALUE
        var out: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            if a == "--" {
                out += args[i...]
                break
            }
            if a == "-p" || a == "--param", i + 1 < args.count {
                let name = args[i + 1]
                if isJoined(name) || i + 2 >= args.count {
                    out += [a, name]
                    i += 2
                } else {
                    out += [a, name + "=" + args[i + 2]]
                    i += 3
                }
                continue
            }
            out.append(a)
            i += 1
        }
        return out
    }

    /// `NAME=VALUE` with an identifier before the `=`.
    static func isJoined(_ s: String) -> Bool {
        guard let eq = s.firstIndex(of: "="), eq != s.startIndex else { return false }
        return s[..<eq].allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}
