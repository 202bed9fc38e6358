extension StringProtocol {
    /// Whether the text contains `needle`, compared byte for byte in UTF-8 (no Unicode
    /// equivalence). Foundation's `contains(_: String)` goes through `range(of:)` and,
    /// measured with callgrind, cost about a hundred times more on short words; walking
    /// `UTF8View` indices cost about 300 instructions a call, so contiguous text (native
    /// and small strings) is searched as bytes.
    @inlinable public func containsUTF8(_ needle: String) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { h in
            needle.utf8.withContiguousStorageIfAvailable { n in utf8Contains(h, n) }
        }
        if let found = found ?? nil { return found }
        let n = needle.utf8
        guard let first = n.first else { return true }
        let h = utf8
        var i = h.startIndex
        while let j = h[i...].firstIndex(of: first) {
            if h[j...].starts(with: n) { return true }
            i = h.index(after: j)
        }
        return false
    }

    /// The first range of `needle`, compared byte for byte in UTF-8 as `containsUTF8` does
    /// (Foundation's `range(of:)` cost about 40,000 instructions a call on a dateline's head).
    public func rangeUTF8(of needle: String) -> Range<Index>? {
        // (nil: the text or needle is not contiguous; .some(nil): searched, not found.)
        let found: Int?? = utf8.withContiguousStorageIfAvailable { h in
            needle.utf8.withContiguousStorageIfAvailable { n in utf8FirstIndex(h, n) }
        } ?? nil
        let n = needle.utf8, h = utf8
        guard let found else {
            // (Text that is not contiguous: its UTF-8 walked by index.)
            guard let first = n.first else { return h.startIndex..<h.startIndex }
            var i = h.startIndex
            while let j = h[i...].firstIndex(of: first) {
                if h[j...].starts(with: n) { return j..<h.index(j, offsetBy: n.count) }
                i = h.index(after: j)
            }
            return nil
        }
        guard let offset = found else { return nil }
        let start = h.index(h.startIndex, offsetBy: offset)
        return start..<h.index(start, offsetBy: n.count)
    }
}

/// Whether `needle` occurs in `haystack` (bytes; an empty needle always does).
@usableFromInline
func utf8Contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
    utf8FirstIndex(haystack, needle) != nil
}

/// Where `needle` first occurs in `haystack`, as a byte offset (0 for an empty needle).
@usableFromInline
func utf8FirstIndex(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Int? {
    let n = needle.count, h = haystack.count
    guard n > 0 else { return 0 }
    guard n <= h else { return nil }
    let first = needle[0]
    var i = 0
    while i <= h - n {
        if haystack[i] == first {
            var k = 1
            while k < n && haystack[i + k] == needle[k] { k += 1 }
            if k == n { return i }
        }
        i += 1
    }
    return nil
}
