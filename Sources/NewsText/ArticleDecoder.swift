/// Why an input is not an article NewsKB can read.
public enum DecodeError: Error, Equatable, CustomStringConvertible, Sendable {
    case empty
    case onlyWhitespace
    case nulByte(offset: Int)
    case invalidUTF8(offset: Int)
    case binary(controlBytes: Int, of: Int)

    public var description: String {
        switch self {
        case .empty: return "empty file"
        case .onlyWhitespace: return "no text (only whitespace)"
        case .nulByte(let offset): return "not text: NUL byte at byte \(offset)"
        case .invalidUTF8(let offset): return "not UTF-8: invalid byte sequence at byte \(offset)"
        case let .binary(count, total): return "not text: \(count) control bytes in the first \(total)"
        }
    }
}

/// Checks raw bytes and turns them into UTF-8 text without a BOM.
///
/// Accepts UTF-8 with or without a byte-order mark; refuses empty input, NUL bytes,
/// invalid UTF-8 (with the offset of the first bad byte) and binary-looking input.
public enum ArticleDecoder {
    /// Returns the UTF-8 bytes after the BOM, validated.
    public static func decode(_ bytes: [UInt8]) throws(DecodeError) -> ArraySlice<UInt8> {
        if bytes.isEmpty { throw .empty }
        var body = bytes[...]
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            body = bytes[3...]
        }
        var controls = 0
        var allSpace = true
        // One pass over raw memory: ASCII bytes are checked inline, other bytes validated
        // as UTF-8 sequences (Table 3-7), with the offset of the first bad byte kept.
        let failure: DecodeError? = body.withUnsafeBufferPointer { p -> DecodeError? in
            let base = body.startIndex
            var i = 0
            let n = p.count
            let raw = p.baseAddress.map(UnsafeRawPointer.init)
            while i < n {
                // Eight printable ASCII bytes or spaces at a time: most of any article.
                if let raw, i + 8 <= n {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if x & SWAR.highs == 0 && !SWAR.hasLess(x, 0x20) {
                        if allSpace && x != 0x2020_2020_2020_2020 { allSpace = false }
                        i += 8
                        continue
                    }
                }
                let b = p[i]
                if b < 0x80 {
                    if b < 0x21 {
                        if b == 0 { return .nulByte(offset: base + i) }
                        if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
                        if b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { allSpace = false }
                    } else {
                        allSpace = false
                    }
                    i += 1
                    continue
                }
                allSpace = false
                let length = UTF8Validation.sequenceLength(p, at: i)
                if length == 0 { return .invalidUTF8(offset: base + i) }
                i += length
            }
            return nil
        }
        if let failure { throw failure }
        if allSpace { throw body.isEmpty ? .empty : .onlyWhitespace }
        // Text has almost no C0 controls besides tab and line breaks; binary files have many.
        if controls > 8 && controls * 100 > body.count { throw .binary(controlBytes: controls, of: body.count) }
        return body
    }
}

enum UTF8Validation {
    /// The length of the well-formed UTF-8 sequence starting at `i`, or 0 if it is ill-formed.
    /// Follows Table 3-7 of the Unicode Standard (no overlongs, no surrogates, ≤ U+10FFFF).
    @inline(__always)
    static func sequenceLength(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b0 = s[i]
        let n = s.endIndex - i
        func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            k < n && s[i + k] >= lo && s[i + k] <= hi
        }
        switch b0 {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0, 0xBF) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90, 0xBF) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}
