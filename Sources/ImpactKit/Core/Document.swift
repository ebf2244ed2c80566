/// A document of a type ImpactKit reads, told apart by its "schema" member — for tools that take "a file".
public enum Document: Sendable {
    case canvas(Canvas)
    case journey(Journey)
    case changeLog(ChangeLog)

    /// The document types, by schema id.
    public enum Kind: String, Sendable, CaseIterable {
        case canvas = "impactkit/canvas/1"
        case journey = "impactkit/journey/1"
        case changeLog = "impactkit/changelog/1"
    }

    /// Which type a parsed document is, from its "schema" member.
    public static func kind(of value: JSONValue) throws -> Kind {
        guard case .object(let object) = value, case .string(let schema)? = object["schema"] else {
            throw ImpactKitError(.schema, "not an ImpactKit document (no \"schema\" string)", path: "/schema")
        }
        guard let kind = Kind(rawValue: schema) else {
            throw ImpactKitError(
                .schema,
                "unsupported schema \"\(schema.prefix(60))\"; expected \(Kind.allCases.map(\.rawValue).joined(separator: " or "))",
                path: "/schema")
        }
        return kind
    }

    public init(json bytes: UnsafeRawBufferPointer, limits: Limits = .default) throws {
        try self.init(jsonValue: try JSONParser.parse(bytes, limits: limits))
    }

    public init(jsonValue value: JSONValue) throws {
        switch try Document.kind(of: value) {
        case .canvas: self = .canvas(try Canvas(jsonValue: value))
        case .journey: self = .journey(try Journey(jsonValue: value))
        case .changeLog: self = .changeLog(try ChangeLog(jsonValue: value))
        }
    }

    public var jsonValue: JSONValue {
        switch self {
        case .canvas(let canvas): return canvas.jsonValue
        case .journey(let journey): return journey.jsonValue
        case .changeLog(let log): return log.jsonValue
        }
    }
}
