/// Ids that copies of one document made apart never share: a prefix and 12 lower-case hex digits (48 bits) from
/// the operating system's random source. Hosts that want their own ids (reproducible tests, a platform's keys)
/// pass them; existing documents keep theirs.
enum RandomID {
    static func make(prefix: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let value = (generator.next() as UInt64) & 0xFFFF_FFFF_FFFF
        let hex = String(value, radix: 16)
        return prefix + String(repeating: "0", count: 12 - hex.count) + hex
    }
}
