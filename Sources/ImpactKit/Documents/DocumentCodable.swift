/// Every document is `Codable` as the JSON it is written as: encoding gives its `jsonValue` (unknown members
/// included) and decoding reads it with every check `init(jsonValue:)` makes, so a Swift app can keep a canvas
/// inside its own `Codable` model or hand it to `JSONEncoder`, and gets the same document back.
extension ImpactDocument {
    public init(from decoder: any Decoder) throws {
        try self.init(jsonValue: try JSONValue(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}
