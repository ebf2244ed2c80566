/// Reads the members of one JSON object by name while remembering which were used, so that the rest can be kept
/// as unknown fields and written back unchanged. Errors carry the JSON pointer of the offending member.
struct ObjectReader {
    private let object: JSONObject
    private var used: [Bool]

    init(_ value: JSONValue) throws {
        guard case .object(let object) = value else {
            throw ImpactKitError(.schema, "expected an object, found \(value.typeName)")
        }
        self.object = object
        self.used = Array(repeating: false, count: object.count)
    }

    private mutating func take(_ key: String) -> JSONValue? {
        guard let index = object.members.firstIndex(where: { $0.key == key }) else { return nil }
        used[index] = true
        return object.members[index].value
    }

    mutating func required<T>(_ key: String, _ decode: (JSONValue) throws -> T) throws -> T {
        guard let value = take(key) else {
            throw ImpactKitError(.schema, "missing required field \"\(key)\"")
        }
        return try at(key) { try decode(value) }
    }

    /// An absent member and an explicit `null` both mean "not given".
    mutating func optional<T>(_ key: String, _ decode: (JSONValue) throws -> T) throws -> T? {
        guard let value = take(key), value != .null else { return nil }
        return try at(key) { try decode(value) }
    }

    /// The members no decoder asked for, in document order.
    var unknown: JSONObject {
        JSONObject(zip(object.members, used).compactMap { $1 ? nil : $0 })
    }
}

extension JSONValue {
    func stringValue() throws -> String {
        guard case .string(let text) = self else {
            throw ImpactKitError(.schema, "expected a string, found \(typeName)")
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

    func arrayValue() throws -> [JSONValue] {
        guard case .array(let items) = self else {
            throw ImpactKitError(.schema, "expected an array, found \(typeName)")
        }
        return items
    }

    func identifier() throws -> String {
        try Identifier.validate(try stringValue())
    }

    func integer(in range: ClosedRange<Int64>) throws -> Int64 {
        guard case .int(let number) = self else {
            throw ImpactKitError(.schema, "expected an integer, found \(typeName)")
        }
        guard range.contains(number) else {
            throw ImpactKitError(.range, "\(number) is outside \(range.lowerBound)…\(range.upperBound)")
        }
        return number
    }

    /// Decodes each element, prefixing errors with the element's index.
    func array<T>(_ decode: (JSONValue) throws -> T) throws -> [T] {
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
        guard case .object(let object) = self else { throw ImpactKitError(.schema, "expected an object of \(what)") }
        var map: [String: String] = [:]
        for member in object.members {
            map[member.key] = try at(member.key) { try member.value.nonEmptyString(maxLength: maxLength) }
        }
        return map
    }

    func boolValue() throws -> Bool {
        guard case .bool(let flag) = self else { throw ImpactKitError(.schema, "expected true or false, found \(typeName)") }
        return flag
    }

    /// An integer or a number, as a Double.
    func number() throws -> Double {
        switch self {
        case .int(let value): return Double(value)
        case .double(let value): return value
        default: throw ImpactKitError(.schema, "expected a number, found \(typeName)")
        }
    }

    /// Decodes each element; the same value twice is an error (EEXIST) at its index.
    func uniqueArray<T: Hashable>(_ decode: (JSONValue) throws -> T) throws -> [T] {
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
