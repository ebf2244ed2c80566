/// A document of a type ImpactKit reads, told apart by its "schema" member — for tools that take "a file".
public enum Document: Sendable {
    case canvas(Canvas)
    case journey(Journey)

    public static let schemaIDs = [Canvas.schemaID, Journey.schemaID]

    public init(json bytes: UnsafeRawBufferPointer, limits: Limits = .default) throws {
        try self.init(jsonValue: try JSONParser.parse(bytes, limits: limits))
    }

    public init(jsonValue value: JSONValue) throws {
        guard case .object(let object) = value, case .string(let schema)? = object["schema"] else {
            throw ImpactKitError(.schema, "not an ImpactKit document (no \"schema\" string)", path: "/schema")
        }
        switch schema {
        case Canvas.schemaID: self = .canvas(try Canvas(jsonValue: value))
        case Journey.schemaID: self = .journey(try Journey(jsonValue: value))
        default:
            throw ImpactKitError(
                .schema,
                "unsupported schema \"\(schema.prefix(60))\"; expected \(Document.schemaIDs.joined(separator: " or "))",
                path: "/schema")
        }
    }

    public var jsonValue: JSONValue {
        switch self {
        case .canvas(let canvas): return canvas.jsonValue
        case .journey(let journey): return journey.jsonValue
        }
    }
}
