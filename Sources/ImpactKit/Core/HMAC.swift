/// HMAC-SHA-256 (RFC 2104): a keyed hash, so that a pseudonym cannot be recomputed from a guessed name by anyone
/// who does not hold the key (a plain hash of a name falls to a list of names in seconds).
/// Public since 1.0, kept public through 1.x so that 1.x sources compile; not part of the documented API (an app
/// that also imports CryptoKit names it `ImpactKit.HMAC`).
public enum HMAC {
    public static func sha256<Key: Collection, Message: Sequence>(key: Key, message: Message) -> [UInt8]
    where Key.Element == UInt8, Message.Element == UInt8 {
        let blockSize = 64
        var block = key.count > blockSize ? SHA256.digest(key) : Array(key)
        block.append(contentsOf: repeatElement(0, count: blockSize - block.count))
        let inner = SHA256.digest(block.map { $0 ^ 0x36 } + Array(message))
        return SHA256.digest(block.map { $0 ^ 0x5c } + inner)
    }
}
