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

    /// Reads any ImpactKit document, choosing its type by its "schema" member.
    public static func open(_ value: JSONValue) throws -> any ImpactDocument {
        guard case .object(let object) = value, case .string(let schema)? = object["schema"] else {
            throw ImpactKitError(.schema, "not an ImpactKit document (no \"schema\" string)", path: "/schema")
        }
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
        return try decode(type, value)
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

    public static func open(_ bytes: UnsafeRawBufferPointer, limits: Limits = .default) throws -> any ImpactDocument {
        try open(try JSONParser.parse(bytes, limits: limits))
    }
}
