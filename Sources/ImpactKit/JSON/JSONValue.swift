/// A JSON value as ImpactKit holds it in memory.
///
/// Objects keep their members in document order, so that fields this version of ImpactKit does not know are
/// written back exactly where and how they were read (forward compatibility, stable diffs).
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The JSON type name used in error messages ("expected a string, found an array").
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int: return "an integer"
        case .double: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// A JSON object whose members keep their order.
public struct JSONObject: Equatable, Sendable {
    public struct Member: Equatable, Sendable {
        public var key: String
        public var value: JSONValue
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    public private(set) var members: [Member] = []

    public init() {}

    public init(_ members: [Member]) {
        self.members = members
    }

    public var isEmpty: Bool { members.isEmpty }
    public var count: Int { members.count }

    public subscript(key: String) -> JSONValue? {
        get { members.first(where: { $0.key == key })?.value }
        set {
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append(Member(key: key, value: newValue))
            }
        }
    }

    /// Appends without looking for an existing key; for writers that build objects with distinct keys.
    public mutating func append(_ key: String, _ value: JSONValue) {
        members.append(Member(key: key, value: value))
    }

    /// Appends the value only when it is present: optional fields are left out, not written as null.
    public mutating func append(_ key: String, ifPresent value: JSONValue?) {
        if let value { members.append(Member(key: key, value: value)) }
    }

    /// Appends all members of `other` (the unknown fields kept from reading).
    public mutating func append(contentsOf other: JSONObject) {
        members.append(contentsOf: other.members)
    }
}

extension JSONValue {
    /// A number as written: whole numbers (up to 2^53) as integers, so "20" reads and writes back as "20".
    static func number(_ value: Double) -> JSONValue {
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return .int(Int64(value)) }
        return .double(value)
    }
}
