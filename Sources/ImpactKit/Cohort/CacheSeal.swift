/// The seal that binds a cohort cache to its content: without it, one edited summary (the JSON
/// still valid) was used as it stood and a group that needs attention dropped out of the report. The cache's last
/// member is `"seal": "sha256:<hex>"` over the text before it — or, when the host gives a key,
/// `"hmac-sha256:<hex>"`, which someone who can write the cache but does not hold the key cannot forge. A cache
/// whose seal does not match is ignored as a whole, as a damaged one always was.
enum CacheSeal {
    static let member = #","seal":""#
    static let minimumKeyBytes = 16

    /// `text` (a compact JSON object as the cache writes it) with its seal as the last member.
    static func sealed(_ text: String, key: [UInt8]?) -> String {
        var content = Array(text.utf8)
        guard content.last == UInt8(ascii: "}") else { return text }
        content.removeLast()
        let seal = content.withUnsafeBytes { value(of: $0, key: key) }
        return String(decoding: content, as: UTF8.self) + member + seal + "\"}"
    }

    /// Checks the seal of `bytes` (trailing whitespace allowed, as an editor adds a newline); throws the reason
    /// the cache cannot be trusted.
    static func check(_ bytes: UnsafeRawBufferPointer, key: [UInt8]?) throws {
        var end = bytes.count
        while end > 0,
            [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t")].contains(bytes[end - 1])
        { end -= 1 }
        let marker = Array(member.utf8)
        guard end >= marker.count + 2, bytes[end - 1] == UInt8(ascii: "}"), bytes[end - 2] == UInt8(ascii: "\""),
            let start = bytes.lastIndex(of: marker, before: end - 2)
        else { throw ImpactKitError(.schema, "not sealed (written by an older ImpactKit, or edited)") }
        let given = String(decoding: bytes[(start + marker.count)..<(end - 2)], as: UTF8.self)
        // Hashed where it lies: a copy of the content cost as much memory again as the cache (issue 37, item 3).
        let content = UnsafeRawBufferPointer(rebasing: bytes[0..<start])
        switch (given.hasPrefix("hmac-sha256:"), key) {
        case (true, nil):
            throw ImpactKitError(.schema, "sealed with a key; give the key it was written with")
        case (false, _?):
            throw ImpactKitError(.schema, "not sealed with the key given")
        default:
            guard given == value(of: content, key: key) else {
                throw ImpactKitError(.schema, "damaged: its content does not match its seal")
            }
        }
    }

    private static func value(of content: UnsafeRawBufferPointer, key: [UInt8]?) -> String {
        if let key { return "hmac-sha256:" + SHA256.hexDigits(HMAC.sha256(key: key, message: content)) }
        return "sha256:" + SHA256.hexDigits(SHA256.digest(content))
    }
}
