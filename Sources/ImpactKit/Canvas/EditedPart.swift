/// What an edit takes from a Swift caller is checked as the reader will check it, before anything changes. A
/// String can hold U+0000 and an `unknown` member can repeat a key the type writes itself (or nest deeper than a
/// reader goes); each was written without complaint and then refused on reading, so the canvas could not be opened
/// again (issue 37, item 1: every edit the library accepts yields a document the library accepts). JSON from the C
/// ABI never holds these; the check costs the part's size, not the canvas's.
package enum EditedPart {
    /// Where an edit's parts come from. `.given`: a Swift caller's values, checked here. `.read`: made by the reader
    /// from JSON (the C ABI's documents and operations), which refused all of this already: looking again cost more
    /// than the edit (set effect 32 600 → 51 000 instructions, a place operation 47 900 → 67 100).
    package enum Origin: Sendable { case given, read }

    /// `written`: the part as the canvas writes it, at `depth` levels inside the canvas document; `decode`: the
    /// reader's own decoder for it (lengths, ids, times, vocabularies, with their paths).
    static func check(_ written: JSONValue, depth: Int, _ decode: (JSONValue) throws -> Void) throws {
        try writable(written, depth: depth)
        try decode(written)
    }

    /// No NUL in a key or a text, no key twice in one object, no deeper than the default reader goes.
    private static func writable(_ value: JSONValue, depth: Int) throws {
        guard depth <= Limits.defaultMaxDepth else {
            throw ImpactKitError(
                .invalidArgument, "document is nested deeper than the limit of \(Limits.defaultMaxDepth) levels")
        }
        switch value {
        case .string(let text):
            if text.containsNUL { throw ImpactKitError(.invalidArgument, "string contains a NUL character") }
        case .array(let items):
            for (index, item) in items.enumerated() { try at(index) { try writable(item, depth: depth + 1) } }
        case .object(let object):
            var keys = Set<String>()
            for member in object.members {
                try at(member.key) {
                    guard !member.key.containsNUL else {
                        throw ImpactKitError(.invalidArgument, "string contains a NUL character")
                    }
                    guard keys.insert(member.key).inserted else {
                        throw ImpactKitError(
                            .invalidArgument, "key \"\(member.key.prefix(60))\" is given twice in one object")
                    }
                    try writable(member.value, depth: depth + 1)
                }
            }
        case .null, .bool, .int, .double: break
        }
    }
}
