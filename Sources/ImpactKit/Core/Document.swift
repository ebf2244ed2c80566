/// A document of a type ImpactKit reads, told apart by its "schema" member — for tools that take "a file".
public enum Document: Sendable {
    case canvas(Canvas)
    case journey(Journey)
    case changeLog(ChangeLog)
    /// One of the LIN, Proeftuin and IWP instruments.
    case instrument(any Instrument)

    /// The document types, by schema id.
    public enum Kind: String, Sendable, CaseIterable {
        case canvas = "impactkit/canvas/1"
        case journey = "impactkit/journey/1"
        case changeLog = "impactkit/changelog/1"
        case kirkpatrick = "impactkit/kirkpatrick/1"
        case actiescan = "impactkit/actiescan/1"
        case fasemodel = "impactkit/fasemodel/1"
        case lin = "impactkit/lin/1"
        case factsheet = "impactkit/factsheet/1"
        case iwp = "impactkit/iwp/1"

        /// The instrument type behind a kind; nil for canvas, journey and change log.
        public var instrumentType: (any Instrument.Type)? {
            switch self {
            case .canvas, .journey, .changeLog: return nil
            case .kirkpatrick: return KirkpatrickPlan.self
            case .actiescan: return Actiescan.self
            case .fasemodel: return Fasemodel.self
            case .lin: return LINPlan.self
            case .factsheet: return Factsheet.self
            case .iwp: return IWPModel.self
            }
        }

        /// The short name used by tools ("actiescan" for "impactkit/actiescan/1").
        public var name: String {
            let parts = rawValue.split(separator: "/")
            return parts.count == 3 ? String(parts[1]) : rawValue
        }

        /// By short name or schema id.
        public init(name: String) throws {
            guard let kind = Kind.allCases.first(where: { $0.name == name || $0.rawValue == name }) else {
                throw ImpactKitError(
                    .notFound,
                    "unknown document type \"\(name.prefix(40))\" (use \(Kind.allCases.map(\.name).joined(separator: ", ")))")
            }
            self = kind
        }
    }

    /// Which type a parsed document is, from its "schema" member.
    public static func kind(of value: JSONValue) throws -> Kind {
        guard case .object(let object) = value, case .string(let schema)? = object["schema"] else {
            throw ImpactKitError(.schema, "not an ImpactKit document (no \"schema\" string)", path: "/schema")
        }
        guard let kind = Kind(rawValue: schema) else {
            throw ImpactKitError(
                .schema,
                "unsupported schema \"\(schema.prefix(60))\"; expected one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))",
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
        case let kind:
            guard let type = kind.instrumentType else { throw ImpactKitError(.schema, "unsupported document", path: "/schema") }
            self = .instrument(try type.init(jsonValue: value))
        }
    }

    /// The document's type.
    public var kind: Kind {
        switch self {
        case .canvas: return .canvas
        case .journey: return .journey
        case .changeLog: return .changeLog
        case .instrument(let instrument):
            return Kind(rawValue: type(of: instrument).schemaID) ?? .canvas
        }
    }

    public var jsonValue: JSONValue {
        switch self {
        case .canvas(let canvas): return canvas.jsonValue
        case .journey(let journey): return journey.jsonValue
        case .changeLog(let log): return log.jsonValue
        case .instrument(let instrument): return instrument.jsonValue
        }
    }
}
