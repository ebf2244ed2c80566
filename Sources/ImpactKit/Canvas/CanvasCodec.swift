/// The canvas JSON document ("schema": "impactkit/canvas/1"). Known fields are written in a fixed order, unknown
/// fields after them in the order they were read.
extension Canvas {
    /// Reads a canvas document from UTF-8 JSON text, straight from jansson's tree into the model.
    public init(json bytes: UnsafeRawBufferPointer, limits: Limits = .default) throws {
        if let canvas = Canvas.piecewise(bytes, limits: limits) {
            self = canvas
            return
        }
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

    /// The one canvas decoder, for a `JSONValue` and for jansson's tree read in place. `morePlacements` adds
    /// placements read apart from `value` (a large document read piecewise), after those in it.
    init<Node: JSONNode>(node value: Node, morePlacements: ((inout Canvas) throws -> Void)? = nil) throws {
        var reader = try ObjectReader(value)
        let schema = try reader.required("schema") { try $0.stringValue() }
        guard schema == Canvas.schemaID else {
            let shown = schema.prefix(60)
            throw schema.hasPrefix("impactkit/")
                ? ImpactKitError(
                    .schema, "unsupported schema \"\(shown)\"; this version reads \(Canvas.schemaID)", path: "/schema")
                : ImpactKitError(
                    .schema,
                    "unsupported schema \"\(shown)\"; this version reads \(Canvas.schemaID) — is this a \("canvas") document?",
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
        try at("domains") { try canvas.setDomainsInUse(selection) }
        canvas.moment = try reader.optional("moment", Canvas.decodeMoment)
        canvas.team = try reader.optional("team") { try $0.array(Canvas.decodeMember) } ?? []
        try requireDistinct(canvas.team.filter { $0.id != nil }, list: "team", what: "team member") { $0.id ?? "" }
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
            try morePlacements?(&canvas)
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

    static func decodeMember<Node: JSONNode>(_ value: Node) throws -> TeamMember {
        var reader = try ObjectReader(value)
        let id = try reader.optional("id") { try $0.identifier() }
        let name = try reader.required("name") { try $0.nonEmptyString(maxLength: 200) }
        let role = try reader.optional("role") { try $0.nonEmptyString(maxLength: 200) }
        return TeamMember(id: id, name: name, role: role, unknown: reader.unknown)
    }

    static func decodeCustomCard<Node: JSONNode>(_ value: Node) throws -> CustomCard {
        var reader = try ObjectReader(value)
        let id = try reader.required("id") { try $0.identifier() }
        let kind = try reader.optional("kind") { try CardKind(id: try $0.stringValue()) } ?? .blank
        let text = try reader.required("text") { try $0.nonEmptyString() }
        return CustomCard(id: id, kind: kind, text: text, unknown: reader.unknown)
    }

    static func decodePlacement<Node: JSONNode>(_ value: Node) throws -> Placement {
        try readPlacement(value, idRequired: true)
    }

    /// `idRequired` false: an operation may leave the id to the canvas (then it is "").
    static func readPlacement<Node: JSONNode>(_ value: Node, idRequired: Bool) throws -> Placement {
        var reader = try ObjectReader(value)
        return Placement(
            id: idRequired
                ? try reader.required("id") { try $0.identifier() }
                : try reader.optional("id") { try $0.identifier() } ?? "",
            card: try reader.optional("card") { try $0.stringValue() },
            text: try reader.optional("text") { try $0.stringValue() },
            domain: try reader.required("domain") { try $0.stringValue() },
            field: try reader.required("field") { try Field(id: try $0.stringValue()) },
            note: try reader.optional("note") { try $0.stringValue() },
            by: try reader.optional("by") { try $0.stringValue() },
            at: try reader.optional("at") { try $0.stringValue() },
            effect: try reader.optional("effect", Effect.init(node:)),
            interaction: try reader.optional("interaction", Interaction.init(node:)),
            unknown: reader.unknown)
    }

    static func decodeAnswer<Node: JSONNode>(_ value: Node) throws -> ReflectionAnswer {
        var reader = try ObjectReader(value)
        return ReflectionAnswer(
            question: try reader.required("question") { try $0.stringValue() },
            answer: try reader.required("answer") { try $0.stringValue() },
            by: try reader.optional("by") { try $0.nonEmptyString(maxLength: 200) },
            at: try reader.optional("at") { try Timestamp.validate(try $0.stringValue()) },
            unknown: reader.unknown)
    }

    // MARK: Writing

    public var jsonValue: JSONValue { sinkTree }
}

extension Canvas: JSONSinkWritable {
    /// Known members in a fixed order, then the unknown ones as they were read.
    func write<Sink: JSONSink & ~Copyable>(to sink: inout Sink) {
        sink.object { sink in
            sink.member("schema", Canvas.schemaID)
            sink.member("id", id)
            sink.member("title", title)
            if templateIsBuiltin {
                sink.member("template", template.id)
            } else {
                sink.member("template", template.json)
            }
            sink.member("variant", variant.rawValue)
            sink.member("purpose", ifPresent: purpose?.rawValue)
            if let selectedDomains { sink.member("domains", array: selectedDomains) { $0.string($1) } }
            if let moment { sink.member("moment", moment.jsonValue(keepingUnknown: true)) }
            sink.member("team", array: team) { $1.write(to: &$0) }
            sink.member("cards", array: customCards) { $1.write(to: &$0) }
            sink.member("placements", array: placements) { $1.write(to: &$0) }
            sink.member("chains", array: chains) { $1.write(to: &$0) }
            sink.member("reflections", array: reflections) { $1.write(to: &$0) }
            sink.members(unknown)
        }
    }
}

extension TeamMember: JSONSinkWritable {
    func write<Sink: JSONSink & ~Copyable>(to sink: inout Sink) {
        sink.object { sink in
            sink.member("id", ifPresent: id)
            sink.member("name", name)
            sink.member("role", ifPresent: role)
            sink.members(unknown)
        }
    }
}

extension CustomCard: JSONSinkWritable {
    func write<Sink: JSONSink & ~Copyable>(to sink: inout Sink) {
        sink.object { sink in
            sink.member("id", id)
            sink.member("kind", kind.rawValue)
            sink.member("text", text)
            sink.members(unknown)
        }
    }
}

extension ReflectionAnswer: JSONSinkWritable {
    func write<Sink: JSONSink & ~Copyable>(to sink: inout Sink) {
        sink.object { sink in
            sink.member("question", question)
            sink.member("answer", answer)
            sink.member("by", ifPresent: by)
            sink.member("at", ifPresent: at)
            sink.members(unknown)
        }
    }
}

extension Placement: JSONSinkWritable {
    public var jsonValue: JSONValue { sinkTree }

    func write<Sink: JSONSink & ~Copyable>(to sink: inout Sink) {
        sink.object { sink in
            sink.member("id", id)
            sink.member("card", ifPresent: card)
            sink.member("text", ifPresent: text)
            sink.member("domain", domain)
            sink.member("field", field.rawValue)
            sink.member("note", ifPresent: note)
            sink.member("by", ifPresent: by)
            sink.member("at", ifPresent: at)
            if let effect { sink.key("effect"); effect.write(to: &sink) }
            if let interaction { sink.key("interaction"); interaction.write(to: &sink) }
            sink.members(unknown)
        }
    }
}
