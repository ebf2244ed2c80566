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
            .notFound,
            "unknown document type \"\(name.prefix(40))\" (use \(schemaIDs.map(kindName(of:)).joined(separator: ", ")))"
        )
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
        guard let type = bySchema[schema] else { throw unsupported(schema) }
        return type
    }

    private static func unsupported(_ schema: String) -> ImpactKitError {
        // A known kind in another version: name the version this library reads.
        let kind = kindName(of: schema)
        if let known = schemaIDs.first(where: { kindName(of: $0) == kind }) {
            return ImpactKitError(
                .schema, "unsupported schema \"\(schema.prefix(60))\"; this version reads \(known)", path: "/schema")
        }
        return ImpactKitError(
            .schema,
            "unsupported schema \"\(schema.prefix(60))\"; expected one of \(schemaIDs.joined(separator: ", "))",
            path: "/schema")
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

    /// Reads any ImpactKit document from UTF-8 JSON text. Each kind reads itself as it reads best: canvases and
    /// journeys (the large ones, and every cohort member) straight from jansson's tree, a large canvas even without
    /// the whole tree; the others through a `JSONValue`.
    public static func open(_ bytes: UnsafeRawBufferPointer, limits: Limits = .default) throws -> any ImpactDocument {
        for read in untreedReaders { if let document = read(bytes, limits) { return document } }
        return try JSONParser.withTree(bytes, limits: limits) { tree in
            let root = JanssonView(json: tree)
            let schema = try schema(of: root)
            guard let read = readers[schema] else { throw unsupported(schema) }
            return try read(root)
        }
    }

    /// How each kind reads itself from jansson's tree, by schema id (made once: no cast per document).
    private static let readers: [String: @Sendable (JanssonView) throws -> any ImpactDocument] = {
        var readers: [String: @Sendable (JanssonView) throws -> any ImpactDocument] = [:]
        for type in types { readers[type.schemaID] = reader(type) }
        return readers
    }()

    /// The kinds that can read without a whole tree, in registry order.
    private static let untreedReaders: [@Sendable (UnsafeRawBufferPointer, Limits) -> (any ImpactDocument)?] =
        types.compactMap { type in (type as? any DirectlyRead.Type).map { untreedReader($0) } }

    private static func reader<T: ImpactDocument>(
        _ type: T.Type
    ) -> @Sendable (JanssonView) throws -> any ImpactDocument {
        if let direct = type as? any DirectlyRead.Type { return directReader(direct) }
        return { root in try T(jsonValue: try root.jsonValue()) }
    }

    private static func directReader<T: DirectlyRead>(
        _ type: T.Type
    ) -> @Sendable (JanssonView) throws -> any ImpactDocument {
        { root in try T.read(tree: root) }
    }

    private static func untreedReader<T: DirectlyRead>(
        _ type: T.Type
    ) -> @Sendable (UnsafeRawBufferPointer, Limits) -> (any ImpactDocument)? {
        { bytes, limits in T.readWithoutTree(bytes, limits: limits) }
    }

    /// Every kind as hosts see it (`ik_document_kinds`): schema id, short name, title in each language, verbs and
    /// whether it has a template — what a binding, the CLI's help and the docs list instead of a list of their own.
    public static var kindsJSON: JSONValue {
        var object = JSONObject()
        object.append("schema", .string("impactkit/document-kinds/1"))
        object.append(
            "kinds",
            .array(
                types.map { type in
                    var kind = JSONObject()
                    kind.append("schema", .string(type.schemaID))
                    kind.append("kind", .string(type.kindName))
                    kind.append("title", type.kindTitle.json)
                    kind.append("verbs", .texts(type.verbs.names))
                    kind.append("template", .bool(type.hasTemplate))
                    return .object(kind)
                }))
        return .object(object)
    }
}
