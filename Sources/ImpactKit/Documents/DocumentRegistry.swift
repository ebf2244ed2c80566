/// Every document type ImpactKit reads, by schema id: the one list a new type is added to.
public enum DocumentRegistry {
    public static let types: [any ImpactDocument.Type] = [
        Canvas.self, Journey.self, ChangeLog.self,
        KirkpatrickPlan.self, Actiescan.self, Fasemodel.self, LINPlan.self, Factsheet.self, IWPModel.self,
    ]

    private static let bySchema: [String: any ImpactDocument.Type] = {
        var map: [String: any ImpactDocument.Type] = [:]
        for type in types { map[type.schemaID] = type }
        return map
    }()

    /// Every schema id, in registry order.
    public static let schemaIDs: [String] = types.map { type in type.schemaID }

    /// The type for a schema id or a short name ("canvas", "impactkit/canvas/1").
    public static func type(named name: String) throws -> any ImpactDocument.Type {
        if let type = bySchema[name] { return type }
        for type in types where kindName(of: type.schemaID) == name { return type }
        throw ImpactKitError(
            .notFound, "unknown document type \"\(name.prefix(40))\" (use \(schemaIDs.map(kindName(of:)).joined(separator: ", ")))")
    }

    /// "a canvas", "an actiescan": the kind with its article, for messages.
    public static func described(_ kind: String) -> String {
        (kind.first.map { "aeiou".contains($0) } == true ? "an " : "a ") + kind
    }

    /// "canvas" for "impactkit/canvas/1".
    public static func kindName(of schemaID: String) -> String {
        let parts = schemaID.split(separator: "/")
        return parts.count == 3 ? String(parts[1]) : schemaID
    }

    /// The "schema" member of a document, or the error every reader gives without one.
    static func schema<Node: JSONNode>(of value: Node) throws -> String {
        guard let schema = value.asMembers?.value("schema")?.asString else {
            throw ImpactKitError(.schema, "not an ImpactKit document (no \"schema\" string)", path: "/schema")
        }
        return schema
    }

    /// Reads any ImpactKit document, choosing its type by its "schema" member.
    public static func open(_ value: JSONValue) throws -> any ImpactDocument {
        try decode(type(ofSchema: try schema(of: value)), value)
    }

    /// The type that reads documents with this schema id, or the error that names what this version reads.
    private static func type(ofSchema schema: String) throws -> any ImpactDocument.Type {
        guard let type = bySchema[schema] else {
            // A known kind in another version: name the version this library reads.
            let kind = kindName(of: schema)
            if let known = schemaIDs.first(where: { kindName(of: $0) == kind }) {
                throw ImpactKitError(
                    .schema, "unsupported schema \"\(schema.prefix(60))\"; this version reads \(known)", path: "/schema")
            }
            throw ImpactKitError(
                .schema,
                "unsupported schema \"\(schema.prefix(60))\"; expected one of \(schemaIDs.joined(separator: ", "))",
                path: "/schema")
        }
        return type
    }

    /// Decodes through a generic function: the existential metatype is opened here, which (unlike calling `init`
    /// on it directly) Swift 6.3's SIL generation handles.
    static func decode<T: ImpactDocument>(_ type: T.Type, _ value: JSONValue) throws -> any ImpactDocument {
        try T(jsonValue: value)
    }

    /// A new document of `type` from its template.
    public static func template<T: ImpactDocument>(_ type: T.Type, language: Language) throws -> any ImpactDocument {
        try T.template(language: language)
    }

    /// Reads any ImpactKit document from UTF-8 JSON text. Canvases and journeys (the large ones, and every cohort
    /// member) are decoded straight from jansson's tree; the instruments through a `JSONValue`.
    public static func open(_ bytes: UnsafeRawBufferPointer, limits: Limits = .default) throws -> any ImpactDocument {
        if let canvas = Canvas.piecewise(bytes, limits: limits) { return canvas }
        return try JSONParser.withTree(bytes, limits: limits) { tree in
            let root = JanssonView(json: tree)
            let type = try type(ofSchema: try schema(of: root))
            switch type {
            case is Canvas.Type: return try Canvas(node: root)
            case is Journey.Type: return try Journey(node: root)
            default: return try decode(type, try root.jsonValue())
            }
        }
    }
}
