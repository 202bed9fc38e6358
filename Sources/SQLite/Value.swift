/// A value SQLite stores or returns: one of its five storage classes.
/// See <https://www.sqlite.org/datatype3.html>.
public enum Value: Equatable, Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// The value as text, if it is text or a number; nil for NULL and blobs.
    public var textValue: String? {
        switch self {
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .real(let d): return String(d)
        case .null, .blob: return nil
        }
    }

    public var intValue: Int64? {
        switch self {
        case .integer(let i): return i
        case .real(let d): return Int64(exactly: d.rounded(.towardZero))
        case .text(let s): return Int64(s)
        case .null, .blob: return nil
        }
    }

    public var isNull: Bool { self == .null }
}

// Not ExpressibleByNilLiteral: with it, `optionalValue != nil` would compare with `.null`.
extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
}

extension Value {
    public init(_ value: String?) { self = value.map(Value.text) ?? .null }
    public init(_ value: Int?) { self = value.map { .integer(Int64($0)) } ?? .null }
    public init(_ value: Int64?) { self = value.map(Value.integer) ?? .null }
    public init(_ value: Double?) { self = value.map(Value.real) ?? .null }
}

extension Value: CustomStringConvertible {
    /// A short rendering for messages (strings quoted, blobs as x'…').
    public var description: String {
        switch self {
        case .null: return "NULL"
        case .integer(let i): return String(i)
        case .real(let d): return String(d)
        case .text(let s): return "'" + s.replacingOccurrences(of: "'", with: "''") + "'"
        case .blob(let b): return "x'" + b.map { String($0, radix: 16).leftPadded(to: 2) }.joined() + "'"
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

import Foundation
