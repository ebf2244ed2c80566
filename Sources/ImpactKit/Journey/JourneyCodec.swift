/// The journey JSON document ("schema": "impactkit/journey/1"): its moments are canvas documents, in time
/// order. Known fields are written in a fixed order, unknown fields after them as they were read.
extension Journey {
    public init(json bytes: UnsafeRawBufferPointer, limits: Limits = .default) throws {
        self = try JSONParser.withTree(bytes, limits: limits) { try Journey(node: JanssonView(json: $0)) }
    }

    public init(json text: String, limits: Limits = .default) throws {
        var text = text
        self = try text.withUTF8 { try Journey(json: UnsafeRawBufferPointer($0), limits: limits) }
    }

    /// Reads a journey document; all or nothing.
    public init(jsonValue value: JSONValue) throws {
        try self.init(node: value)
    }

    /// The one journey decoder, for a `JSONValue` and for jansson's tree read in place.
    init<Node: JSONNode>(node value: Node) throws {
        var reader = try ObjectReader(value)
        let schema = try reader.required("schema") { try $0.stringValue() }
        guard schema == Journey.schemaID else {
            let shown = schema.prefix(60)
            throw schema == Canvas.schemaID
                ? ImpactKitError(
                    .schema,
                    "unsupported schema \"\(shown)\"; this version reads \(Journey.schemaID) — this is a canvas; a journey holds canvases under \"moments\"",
                    path: "/schema")
                : ImpactKitError(
                    .schema, "unsupported schema \"\(shown)\"; this version reads \(Journey.schemaID)", path: "/schema")
        }
        var journey = try Journey(
            id: try reader.required("id") { try $0.identifier() },
            title: try reader.required("title") { try $0.nonEmptyString() })
        journey.group = try reader.optional("group") { try $0.nonEmptyString(maxLength: 200) }
        journey.programme = try reader.optional("programme") { try $0.nonEmptyString(maxLength: 200) }
        let outcomes = try reader.optional("outcomes") { try $0.array(Journey.decodeOutcome) } ?? []
        let moments = try reader.optional("moments") { try $0.array { try Canvas(node: $0) } } ?? []
        let evidence = try reader.optional("evidence") { try $0.array(Journey.decodeLink) } ?? []
        try at("outcomes") {
            for (index, outcome) in outcomes.enumerated() { try at(index) { try journey.add(outcome) } }
        }
        try at("moments") {
            for (index, canvas) in moments.enumerated() { try at(index) { try journey.append(canvas) } }
        }
        try at("evidence") {
            for (index, link) in evidence.enumerated() { try at(index) { try journey.link(link) } }
        }
        journey.unknown = reader.unknown
        self = journey
    }

    static func decodeOutcome<Node: JSONNode>(_ value: Node) throws -> LearningOutcome {
        var reader = try ObjectReader(value)
        return LearningOutcome(
            id: try reader.required("id") { try $0.stringValue() },
            title: try reader.required("title") { try $0.stringValue() },
            category: try reader.optional("category") { try LearningOutcome.Category(id: try $0.stringValue()) },
            unknown: reader.unknown)
    }

    static func decodeLink<Node: JSONNode>(_ value: Node) throws -> EvidenceLink {
        var reader = try ObjectReader(value)
        return EvidenceLink(
            outcome: try reader.required("outcome") { try $0.stringValue() },
            moment: try reader.required("moment") { try $0.stringValue() },
            placement: try reader.optional("placement") { try $0.stringValue() },
            question: try reader.optional("question") { try $0.stringValue() },
            justification: try reader.required("justification") { try $0.stringValue() },
            unknown: reader.unknown)
    }

    // MARK: Writing

    public var jsonValue: JSONValue { sinkTree }
}

extension Journey: JSONSinkWritable {
    func write<Sink: JSONSink & ~Copyable>(to sink: inout Sink) {
        sink.object { sink in
            sink.member("schema", Journey.schemaID)
            sink.member("id", id)
            sink.member("title", title)
            sink.member("group", ifPresent: group)
            sink.member("programme", ifPresent: programme)
            sink.member("outcomes", array: outcomes) { $0.value($1.jsonValue) }
            sink.member("moments", array: moments) { $1.write(to: &$0) }
            sink.member("evidence", array: evidence) { $0.value($1.jsonValue) }
            sink.members(unknown)
        }
    }
}

extension LearningOutcome {
    public var jsonValue: JSONValue {
        var item = JSONObject()
        item.append("id", .string(id))
        item.append("title", .string(title))
        item.append("category", ifPresent: category.map { .string($0.rawValue) })
        item.append(contentsOf: unknown)
        return .object(item)
    }
}

extension EvidenceLink {
    public var jsonValue: JSONValue {
        var item = JSONObject()
        item.append("outcome", .string(outcome))
        item.append("moment", .string(moment))
        item.append("placement", ifPresent: placement.map(JSONValue.string))
        item.append("question", ifPresent: question.map(JSONValue.string))
        item.append("justification", .string(justification))
        item.append(contentsOf: unknown)
        return .object(item)
    }
}
