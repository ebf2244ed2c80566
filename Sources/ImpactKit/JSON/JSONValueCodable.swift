/// A JSON value goes through any `Encoder` or `Decoder` as the JSON it is, so the documents that are made of
/// one are `Codable` without a second description of their fields.
extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !array.isAtEnd { items.append(try array.decode(JSONValue.self)) }
            self = .array(items)
        } else if let object = try? decoder.container(keyedBy: MemberKey.self) {
            self = .object(try JSONObject(object))
        } else {
            self = try Self(scalar: decoder.singleValueContainer())
        }
    }

    private init(scalar value: any SingleValueDecodingContainer) throws {
        if value.decodeNil() {
            self = .null
        } else if let bool = try? value.decode(Bool.self) {
            self = .bool(bool)
        } else if let int = try? value.decode(Int64.self) {
            self = .int(int)
        } else if let double = try? value.decode(Double.self) {
            self = .double(double)
        } else {
            self = .string(try value.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var value = encoder.singleValueContainer()
            try value.encodeNil()
        case .bool(let bool):
            var value = encoder.singleValueContainer()
            try value.encode(bool)
        case .int(let int):
            var value = encoder.singleValueContainer()
            try value.encode(int)
        case .double(let double):
            var value = encoder.singleValueContainer()
            try value.encode(double)
        case .string(let string):
            var value = encoder.singleValueContainer()
            try value.encode(string)
        case .array(let items):
            var array = encoder.unkeyedContainer()
            for item in items { try array.encode(item) }
        case .object(let object):
            var members = encoder.container(keyedBy: MemberKey.self)
            for member in object.members { try members.encode(member.value, forKey: MemberKey(member.key)) }
        }
    }
}

extension JSONObject {
    /// The members in the order the decoder lists them (a keyed container promises no order; JSON's meaning
    /// does not depend on it, and ImpactKit writes its own members in a fixed order anyway).
    init(_ container: KeyedDecodingContainer<MemberKey>) throws {
        self.init()
        for key in container.allKeys { append(key.stringValue, try container.decode(JSONValue.self, forKey: key)) }
    }
}

/// Any member name, as a coding key.
struct MemberKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
