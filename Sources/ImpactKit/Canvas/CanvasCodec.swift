/// The canvas JSON document ("schema": "impactkit/canvas/1"). Known fields are written in a fixed order, unknown
/// fields after them in the order they were read.
extension Canvas {
    /// Reads a canvas document from UTF-8 JSON text, straight from jansson's tree into the model.
    public init(json bytes: UnsafeRawBufferPointer, limits: Limits = .default) throws {
        self = try JSONParser.withTree(bytes, limits: limits) { try Canvas(node: JanssonView(json: $0)) }
    }

    public init(json text: String, limits: Limits = .default) throws {
        var text = text
        self = try text.withUTF8 { try Canvas(json: UnsafeRawBufferPointer($0), limits: limits) }
    }

    /// Reads a canvas document; all or nothing — any error leaves no partial canvas.
    public init(jsonValue value: JSONValue) throws {
        try self.init(node: value)
    }

    /// The one canvas decoder, for a `JSONValue` and for jansson's tree read in place.
    init<Node: JSONNode>(node value: Node) throws {
        var reader = try ObjectReader(value)
        let schema = try reader.required("schema") { try $0.stringValue() }
        guard schema == Canvas.schemaID else {
            let hint = schema.hasPrefix("impactkit/") ? "" : " — is this a canvas document?"
            throw ImpactKitError(
                .schema, "unsupported schema \"\(schema.prefix(60))\"; this version reads \(Canvas.schemaID)\(hint)",
                path: "/schema")
        }
        let id = try reader.required("id") { try $0.identifier() }
        let title = try reader.required("title") { try $0.nonEmptyString() }
        let (template, builtin) = try reader.required("template") { value -> (CanvasTemplate, Bool) in
            if let templateID = value.asString {
                guard let template = CanvasTemplate.builtin(templateID) else {
                    throw ImpactKitError(.notFound, "unknown built-in template \"\(templateID.prefix(40))\"")
                }
                return (template, true)
            }
            return (try CanvasTemplate.decode(try value.jsonValue()), false)
        }
        var canvas = try Canvas(id: id, title: title, template: template, builtin: builtin)
        let variant = try reader.optional("variant") { try Variant(id: try $0.stringValue()) } ?? .standard
        let purpose = try reader.optional("purpose") { try Purpose(id: try $0.stringValue()) }
        try at("purpose") { try canvas.use(variant, purpose: purpose) }
        let selection = try reader.optional("domains") { try $0.array { try $0.identifier() } }
        try at("domains") { try canvas.selectDomains(selection) }
        canvas.moment = try reader.optional("moment", Canvas.decodeMoment)
        canvas.team = try reader.optional("team") { try $0.array(Canvas.decodeMember) } ?? []
        let cards = try reader.optional("cards") { try $0.array(Canvas.decodeCustomCard) } ?? []
        let placements = try reader.optional("placements") { try $0.array(Canvas.decodePlacement) } ?? []
        let reflections = try reader.optional("reflections") { try $0.array(Canvas.decodeAnswer) } ?? []
        let chains = try reader.optional("chains") { try $0.array(ImpactChain.init(node:)) } ?? []
        // The cross-checks need the whole canvas (template, own cards, earlier placements), so they run after
        // decoding; `at` adds the array name and index to their errors' JSON pointers.
        try at("cards") {
            for (index, card) in cards.enumerated() {
                try at(index) { try canvas.add(card) }
            }
        }
        try at("placements") {
            canvas.store.reserveCapacity(placements.count)
            for (index, placement) in placements.enumerated() {
                try at(index) { try canvas.add(placement) }
            }
        }
        try at("reflections") {
            for (index, answer) in reflections.enumerated() {
                try at(index) { try canvas.check(answer) }
            }
        }
        canvas.reflections = reflections
        try at("chains") {
            for (index, chain) in chains.enumerated() {
                try at(index) { try canvas.add(chain) }
            }
        }
        canvas.unknown = reader.unknown
        self = canvas
    }

    private static func decodeMoment<Node: JSONNode>(_ value: Node) throws -> Moment {
        var reader = try ObjectReader(value)
        let label = try reader.required("label") { try $0.nonEmptyString(maxLength: 200) }
        let date = try reader.optional("date") { try CalendarDate.validate(try $0.stringValue()) }
        return Moment(label: label, date: date, unknown: reader.unknown)
    }

    private static func decodeMember<Node: JSONNode>(_ value: Node) throws -> TeamMember {
        var reader = try ObjectReader(value)
        let name = try reader.required("name") { try $0.nonEmptyString(maxLength: 200) }
        let role = try reader.optional("role") { try $0.nonEmptyString(maxLength: 200) }
        return TeamMember(name: name, role: role, unknown: reader.unknown)
    }

    private static func decodeCustomCard<Node: JSONNode>(_ value: Node) throws -> CustomCard {
        var reader = try ObjectReader(value)
        let id = try reader.required("id") { try $0.identifier() }
        let kind = try reader.optional("kind") { try CardKind(id: try $0.stringValue()) } ?? .blank
        let text = try reader.required("text") { try $0.nonEmptyString() }
        return CustomCard(id: id, kind: kind, text: text, unknown: reader.unknown)
    }

    private static func decodePlacement<Node: JSONNode>(_ value: Node) throws -> Placement {
        var reader = try ObjectReader(value)
        return Placement(
            id: try reader.required("id") { try $0.identifier() },
            card: try reader.optional("card") { try $0.stringValue() },
            text: try reader.optional("text") { try $0.stringValue() },
            domain: try reader.required("domain") { try $0.stringValue() },
            field: try reader.required("field") { try Field(id: try $0.stringValue()) },
            note: try reader.optional("note") { try $0.stringValue() },
            effect: try reader.optional("effect", Effect.init(node:)),
            interaction: try reader.optional("interaction", Interaction.init(node:)),
            unknown: reader.unknown)
    }

    private static func decodeAnswer<Node: JSONNode>(_ value: Node) throws -> ReflectionAnswer {
        var reader = try ObjectReader(value)
        return ReflectionAnswer(
            question: try reader.required("question") { try $0.stringValue() },
            answer: try reader.required("answer") { try $0.stringValue() },
            by: try reader.optional("by") { try $0.nonEmptyString(maxLength: 200) },
            unknown: reader.unknown)
    }

    // MARK: Writing

    public var jsonValue: JSONValue {
        var object = JSONObject()
        object.append("schema", .string(Canvas.schemaID))
        object.append("id", .string(id))
        object.append("title", .string(title))
        object.append("template", templateIsBuiltin ? .string(template.id) : template.json)
        object.append("variant", .string(variant.rawValue))
        object.append("purpose", ifPresent: purpose.map { .string($0.rawValue) })
        object.append("domains", ifPresent: selectedDomains.map { .array($0.map(JSONValue.string)) })
        object.append("moment", ifPresent: moment?.jsonValue(keepingUnknown: true))
        object.append(
            "team",
            .array(
                team.map { member in
                    var item = JSONObject()
                    item.append("name", .string(member.name))
                    item.append("role", ifPresent: member.role.map(JSONValue.string))
                    item.append(contentsOf: member.unknown)
                    return .object(item)
                }))
        object.append(
            "cards",
            .array(
                customCards.map { card in
                    var item = JSONObject()
                    item.append("id", .string(card.id))
                    item.append("kind", .string(card.kind.rawValue))
                    item.append("text", .string(card.text))
                    item.append(contentsOf: card.unknown)
                    return .object(item)
                }))
        object.append("placements", .array(placements.map(\.jsonValue)))
        object.append("chains", .array(chains.map(\.jsonValue)))
        object.append(
            "reflections",
            .array(
                reflections.map { answer in
                    var item = JSONObject()
                    item.append("question", .string(answer.question))
                    item.append("answer", .string(answer.answer))
                    item.append("by", ifPresent: answer.by.map(JSONValue.string))
                    item.append(contentsOf: answer.unknown)
                    return .object(item)
                }))
        object.append(contentsOf: unknown)
        return .object(object)
    }

    /// The document as JSON text (two-space indentation, stable key order, final newline).
    public func json() -> String {
        JSONWriter.string(jsonValue)
    }
}

extension Placement {
    public var jsonValue: JSONValue {
        var item = JSONObject()
        item.append("id", .string(id))
        item.append("card", ifPresent: card.map(JSONValue.string))
        item.append("text", ifPresent: text.map(JSONValue.string))
        item.append("domain", .string(domain))
        item.append("field", .string(field.rawValue))
        item.append("note", ifPresent: note.map(JSONValue.string))
        item.append("effect", ifPresent: effect?.jsonValue)
        item.append("interaction", ifPresent: interaction?.jsonValue)
        item.append(contentsOf: unknown)
        return .object(item)
    }
}
