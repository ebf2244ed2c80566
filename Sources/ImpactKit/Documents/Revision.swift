/// A document's revision: "r-" and 32 hex digits of the SHA-256 of the document as the library writes it (stable
/// key order, unknown members kept). It changes with every edit and is equal for equal content — the input's key
/// order and whitespace do not count — so a host can compare and swap: keep it in a database version column or
/// send it as an HTTP ETag, and refuse a change that was made on another revision. 128 bits keep two different
/// contents from ever sharing one.
public enum Revision {
    public static func of(_ bytes: [UInt8]) -> String {
        "r-" + SHA256.hexDigits(Array(SHA256.digest(bytes).prefix(16)))
    }

    /// True for text of the form a revision has ("r-" and 32 lower-case hex digits).
    public static func isWellFormed(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 34 && bytes[0] == UInt8(ascii: "r") && bytes[1] == UInt8(ascii: "-")
            && bytes.dropFirst(2).allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }
    }
}

extension ImpactDocument {
    /// The document's revision (see `Revision`): equal for equal content, different after any edit.
    public var revision: String { Revision.of(jsonBytes()) }
}
