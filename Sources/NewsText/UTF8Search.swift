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
}

/// Whether `needle` occurs in `haystack` (bytes; an empty needle always does).
@usableFromInline
func utf8Contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = needle.count, h = haystack.count
    guard n > 0 else { return true }
    guard n <= h else { return false }
    let first = needle[0]
    var i = 0
    while i <= h - n {
        if haystack[i] == first {
            var k = 1
            while k < n && haystack[i + k] == needle[k] { k += 1 }
            if k == n { return true }
        }
        i += 1
    }
    return false
}
