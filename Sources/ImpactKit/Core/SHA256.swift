/// SHA-256 (FIPS 180-4) in plain Swift: xAPI attachments are identified by the SHA-256 of their bytes, and
/// statement ids are derived from it so that exporting the same canvas twice gives the same statements. The core
/// stays free of Foundation and of extra C libraries; all arithmetic wraps (&+), so no input can trap.
/// Public since 1.0, kept public through 1.x so that 1.x sources compile; not part of the documented API (an app
/// that also imports CryptoKit names it `ImpactKit.SHA256`).
public enum SHA256 {
    private static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    public static func digest<Bytes: Sequence>(_ input: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        if let result = input.withContiguousStorageIfAvailable({ digest(UnsafeRawBufferPointer($0)) }) { return result }
        return Array(input).withUnsafeBytes { digest($0) }
    }

    /// The digest of bytes in place: full blocks are read where they lie (no copy of the input; a cohort hashes
    /// every document it reads), only the padded tail is assembled.
    public static func digest(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
            (0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19)
        let full = bytes.count / 64 * 64
        // The tail: the last partial block, 0x80, zeros, and the length in bits (one or two blocks).
        var tail = [UInt8](repeating: 0, count: bytes.count % 64 < 56 ? 64 : 128)
        for index in 0..<(bytes.count - full) { tail[index] = bytes[full + index] }
        tail[bytes.count - full] = 0x80
        let bitLength = UInt64(truncatingIfNeeded: bytes.count) &* 8
        for index in 0..<8 { tail[tail.count - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> UInt64(index * 8)) }
        k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                if let base = bytes.baseAddress {
                    for offset in stride(from: 0, to: full, by: 64) { compress(base + offset, &h, w, k) }
                }
                tail.withUnsafeBytes { tail in
                    guard let base = tail.baseAddress else { return }
                    for offset in stride(from: 0, to: tail.count, by: 64) { compress(base + offset, &h, w, k) }
                }
            }
        }
        return [h.0, h.1, h.2, h.3, h.4, h.5, h.6, h.7].flatMap { word in
            (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - $0 * 8)) }
        }
    }

    /// One 64-byte block into the state (FIPS 180-4 §6.2.2); all arithmetic wraps.
    @inline(__always)
    private static func compress(
        _ block: UnsafeRawPointer, _ h: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32),
        _ w: UnsafeMutableBufferPointer<UInt32>, _ k: UnsafeBufferPointer<UInt32>
    ) {
        @inline(__always) func rotate(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 &- n)) }
        for i in 0..<16 { w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
        for i in 16..<64 {
            let s0 = rotate(w[i - 15], 7) ^ rotate(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotate(w[i - 2], 17) ^ rotate(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, hh) = h
        for i in 0..<64 {
            let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
            let choose = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ choose &+ k[i] &+ w[i]
            let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ majority
            (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
        }
        h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e, h.5 &+ f, h.6 &+ g, h.7 &+ hh)
    }

    /// Lower-case hex, as xAPI's "sha2" member wants it.
    public static func hex<Bytes: Sequence>(_ input: Bytes) -> String where Bytes.Element == UInt8 {
        hexDigits(digest(input))
    }

    /// Bytes as lower-case hex, written straight into the string's storage (an export formats ~14 of these per
    /// document: building Characters per byte cost more than the hash).
    public static func hexDigits(_ bytes: [UInt8]) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { buffer in
            var index = 0
            for byte in bytes {
                buffer[index] = lowerHex[Int(byte >> 4)]
                buffer[index + 1] = lowerHex[Int(byte & 0x0f)]
                index += 2
            }
            return index
        }
    }

    private static let lowerHex: [UInt8] = Array("0123456789abcdef".utf8)

    /// A name-based UUID (RFC 9562 version 8 layout, SHA-256 of `name`): the same name always gives the same id.
    public static func uuid(_ name: String) -> String {
        var bytes = Array(digest(name.utf8).prefix(16))
        bytes[6] = (bytes[6] & 0x0f) | 0x80
        bytes[8] = (bytes[8] & 0x3f) | 0x80
        let hex = Array(hexDigits(bytes))
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(hex[$0]) }.joined(separator: "-")
    }
}
