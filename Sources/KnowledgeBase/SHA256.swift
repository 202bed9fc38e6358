import CSHA256

/// SHA-256 (FIPS 180-4) of a byte buffer, as lowercase hex.
///
/// Written here because Foundation on Linux has no CryptoKit, and swift-crypto would
/// add a minute to every clean build for one function. Where the processor has the x86
/// SHA extensions, the blocks are compressed by them (CSHA256: 3% of an ingest's
/// instructions went to this Swift loop); else by `compress` below. Tested against the
/// NIST vectors, both ways.
public enum SHA256 {
    /// Whether the SHA extensions do the compression (asked of the processor once).
    public static let hasExtensions = csha256_has_ni() != 0

    /// The round constants, from the C target (one table for both compressions).
    private static let k: [UInt32] = withUnsafeBytes(of: csha256_k) { Array($0.bindMemory(to: UInt32.self)) }

    public static func hex(_ message: [UInt8]) -> String {
        hex(digest: digest(message))
    }

    /// A digest (or any bytes) as lowercase hex.
    public static func hex(digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: digest.count * 2) { buffer in
            for (i, byte) in digest.enumerated() {
                buffer[2 * i] = digits[Int(byte >> 4)]
                buffer[2 * i + 1] = digits[Int(byte & 15)]
            }
            return digest.count * 2
        }
    }

    public static func digest(_ message: [UInt8]) -> [UInt8] {
        digest(message, extensions: hasExtensions)
    }

    /// `extensions: false` is the portable path, which tests and `make bench-text` compare
    /// with the other. `extensions: true` needs `hasExtensions`.
    public static func digest(_ message: [UInt8], extensions: Bool) -> [UInt8] {
        precondition(!extensions || hasExtensions, "the SHA extensions are asked for where the processor has none")
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        // Whole blocks are read from the message in place; only the last bytes are copied,
        // to be padded with 0x80, zeros and the length in bits.
        let wholeBlocks = message.count / 64
        var tail = Array(message[(wholeBlocks * 64)...])
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bitLength = UInt64(message.count) &* 8
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        if extensions {
            h.withUnsafeMutableBufferPointer { h in
                message.withUnsafeBufferPointer { m in
                    if wholeBlocks > 0 { csha256_compress_ni(h.baseAddress!, m.baseAddress!, wholeBlocks) }
                }
                tail.withUnsafeBufferPointer { t in csha256_compress_ni(h.baseAddress!, t.baseAddress!, t.count / 64) }
            }
            return bytes(of: h)
        }
        var w = [UInt32](repeating: 0, count: 64)
        let k = SHA256.k  // read once: each read of a static costs a swift_once call
        h.withUnsafeMutableBufferPointer { h in
            w.withUnsafeMutableBufferPointer { w in
                k.withUnsafeBufferPointer { k in
                    message.withUnsafeBufferPointer { m in
                        for block in 0..<wholeBlocks { compress(m.baseAddress! + block * 64, h, w, k) }
                    }
                    tail.withUnsafeBufferPointer { t in
                        for block in 0..<(t.count / 64) { compress(t.baseAddress! + block * 64, h, w, k) }
                    }
                }
            }
        }
        return bytes(of: h)
    }

    /// The state's words, big-endian: the digest.
    private static func bytes(of h: [UInt32]) -> [UInt8] {
        h.flatMap { v in [UInt8(v >> 24), UInt8(truncatingIfNeeded: v >> 16), UInt8(truncatingIfNeeded: v >> 8), UInt8(truncatingIfNeeded: v)] }
    }

    /// One 64-byte block into the state `h`; `w` is room for the message schedule.
    @inline(__always)
    private static func compress(_ p: UnsafePointer<UInt8>, _ h: UnsafeMutableBufferPointer<UInt32>,
                                 _ w: UnsafeMutableBufferPointer<UInt32>, _ k: UnsafeBufferPointer<UInt32>) {
        for t in 0..<16 {
            let b = t * 4
            w[t] = UInt32(p[b]) << 24 | UInt32(p[b + 1]) << 16 | UInt32(p[b + 2]) << 8 | UInt32(p[b + 3])
        }
        for t in 16..<64 {
            let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] &>> 3)
            let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] &>> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
        for t in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let ch = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ ch &+ k[t] &+ w[t]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ maj
            hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
        }
        h[0] = h[0] &+ a; h[1] = h[1] &+ b; h[2] = h[2] &+ c; h[3] = h[3] &+ d
        h[4] = h[4] &+ e; h[5] = h[5] &+ f; h[6] = h[6] &+ g; h[7] = h[7] &+ hh
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }
}
