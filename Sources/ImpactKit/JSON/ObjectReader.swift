/// Reads the members of one JSON object by name while remembering which were used, so that the rest can be kept
/// as unknown fields and written back unchanged. Errors carry the JSON pointer of the offending member.
struct ObjectReader<Node: JSONNode> {
    private let object: Node.Members
    /// The keys decoders asked for: the rest are the unknown members.
    private var taken = TakenKeys()

    init(_ value: Node) throws {
        guard let object = value.asMembers else {
            throw ImpactKitError(.schema, "expected an object, found \(value.typeName)")
        }
        self.object = object
    }

    private mutating func take(_ key: String) -> Node? {
        guard let value = object.value(key) else { return nil }
        taken.append(key)
        return value
    }

    mutating func required<T>(_ key: String, _ decode: (Node) throws -> T) throws -> T {
        guard let value = take(key) else {
            throw ImpactKitError(.schema, "missing required field \"\(key)\"")
        }
        return try at(key) { try decode(value) }
    }

    /// An absent member and an explicit `null` both mean "not given".
    mutating func optional<T>(_ key: String, _ decode: (Node) throws -> T) throws -> T? {
        guard let value = take(key), !value.isNull else { return nil }
        return try at(key) { try decode(value) }
    }

    /// The members no decoder asked for, in document order (none, without a look, when every member was asked for).
    var unknown: JSONObject {
        taken.count == object.count ? JSONObject() : object.remaining(excluding: taken)
    }
}

/// The keys an ObjectReader was asked for, kept inline: a decoder asks for a dozen at most, and a heap array per
/// object read (grown 1, 2, 4, 8) was a tenth of a canvas's decoding.
struct TakenKeys {
    private var inline = InlineArray<16, String>(repeating: "")
    private var overflow: [String] = []
    private(set) var count = 0

    mutating func append(_ key: String) {
        if count < 16 { inline[count] = key } else { overflow.append(key) }
        count += 1
    }

    func contains(_ key: String) -> Bool {
        for index in 0..<min(count, 16) where inline[index] == key { return true }
        return overflow.contains(key)
    }
}

extension JSONNode {
    func stringValue() throws -> String {
        guard let text = asString else {
            throw ImpactKitError(.schema, "expected a string, found \(typeName)")
        }
        // Parsed JSON never holds one (jansson refuses \u0000), but a Swift edit's String can, and its document would
        // then be written with "\u0000" and refused on reading: the edit is refused instead, as the reader would.
        guard !(Self.stringsMayHoldNUL && text.containsNUL) else {
            throw ImpactKitError(.invalidArgument, "string contains a NUL character")
        }
        return text
    }

    func nonEmptyString(maxLength: Int = 4096) throws -> String {
        let text = try stringValue()
        guard !text.isEmpty else { throw ImpactKitError(.invalidArgument, "must not be empty") }
        guard text.utf8.count <= maxLength else {
            throw ImpactKitError(.limit, "text of \(text.utf8.count) bytes is longer than \(maxLength) bytes")
        }
        return text
    }

    func arrayValue() throws -> [Self] {
        guard let items = asItems else {
            throw ImpactKitError(.schema, "expected an array, found \(typeName)")
        }
        return items
    }

    func identifier() throws -> String {
        try Identifier.validate(try stringValue())
    }

    func integer(in range: ClosedRange<Int64>) throws -> Int64 {
        guard let number = asInteger else {
            throw ImpactKitError(.schema, "expected an integer, found \(typeName)")
        }
        guard range.contains(number) else {
            throw ImpactKitError(.range, "\(number) is outside \(range.lowerBound)…\(range.upperBound)")
        }
        return number
    }

    /// Decodes each element, prefixing errors with the element's index.
    func array<T>(_ decode: (Self) throws -> T) throws -> [T] {
        let items = try arrayValue()
        var result: [T] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            result.append(try at(index) { try decode(item) })
        }
        return result
    }

    /// An object of non-empty strings (name → account, outcome → narrative), each at most `maxLength` bytes.
    func stringMap(maxLength: Int, of what: String) throws -> [String: String] {
        guard asMembers != nil, case .object(let object) = try jsonValue() else {
            throw ImpactKitError(.schema, "expected an object of \(what)")
        }
        var map: [String: String] = [:]
        for member in object.members {
            map[member.key] = try at(member.key) { try member.value.nonEmptyString(maxLength: maxLength) }
        }
        return map
    }

    func boolValue() throws -> Bool {
        guard let flag = asBool else { throw ImpactKitError(.schema, "expected true or false, found \(typeName)") }
        return flag
    }

    /// An integer or a number, as a Double.
    func number() throws -> Double {
        if let value = asInteger { return Double(value) }
        if let value = asReal { return value }
        throw ImpactKitError(.schema, "expected a number, found \(typeName)")
    }

    /// Decodes each element; the same value twice is an error (EEXIST) at its index.
    func uniqueArray<T: Hashable>(_ decode: (Self) throws -> T) throws -> [T] {
        var seen = Set<T>()
        let items = try array(decode)
        for (index, item) in items.enumerated() where !seen.insert(item).inserted {
            throw ImpactKitError(.exists, "listed twice", path: "/\(index)")
        }
        return items
    }
}

/// Ids of cards, domains, placements, questions: short, printable, safe in file names, URLs and SVG ids.
public enum Identifier {
    public static let maxLength = 128

    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= maxLength else { return false }
        return text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"),
                UInt8(ascii: ":"):
                return true
            default:
                return false
            }
        }
    }

    public static func validate(_ text: String) throws -> String {
        guard isValid(text) else {
            throw ImpactKitError(
                .invalidArgument,
                "\"\(text.prefix(40))\" is not a valid id (1–\(maxLength) characters of a–z A–Z 0–9 . _ - :)")
        }
        return text
    }
}

extension String {
    /// Whether a U+0000 is in the text: a loop over the contiguous UTF-8 bytes of a native string (the compiler
    /// vectorizes it), else over the view.
    var containsNUL: Bool { utf8.withContiguousStorageIfAvailable { $0.contains(0) } ?? utf8.contains(0) }
}
