/// JSON of effects, interactions and chains: {"intended", "valence", "valued_by", "spheres"},
/// {"mode", "carrier", "partners"}, {"id", "activity", "places", "results", "note"}; unknown members kept.
extension Effect {
    public init(jsonValue value: JSONValue) throws {
        try self.init(node: value)
    }

    init<Node: JSONNode>(node value: Node) throws {
        var reader = try ObjectReader(value)
        intended = try reader.optional("intended") { try $0.boolValue() }
        valence = try reader.optional("valence") { try Valence(id: try $0.stringValue()) }
        valuedBy =
            try reader.optional("valued_by") { try $0.uniqueArray { try Stakeholder(id: try $0.stringValue()) } } ?? []
        spheres = try reader.optional("spheres") { try $0.uniqueArray { try Sphere(id: try $0.stringValue()) } } ?? []
        by = try reader.optional("by") { try $0.identifier() }
        at = try reader.optional("at") { try Timestamp.validate(try $0.stringValue()) }
        unknown = reader.unknown
    }

    public var jsonValue: JSONValue { sinkTree }
}

extension Effect: JSONSinkWritable {
    func write<Sink: JSONSink & ~Copyable>(to sink: inout Sink) {
        sink.object { sink in
            if let intended { sink.member("intended", .bool(intended)) }
            sink.member("valence", ifPresent: valence?.rawValue)
            if !valuedBy.isEmpty { sink.member("valued_by", array: valuedBy) { $0.string($1.rawValue) } }
            if !spheres.isEmpty { sink.member("spheres", array: spheres) { $0.string($1.rawValue) } }
            sink.member("by", ifPresent: by)
            sink.member("at", ifPresent: at)
            sink.members(unknown)
        }
    }
}

extension Interaction {
    public init(jsonValue value: JSONValue) throws {
        try self.init(node: value)
    }

    init<Node: JSONNode>(node value: Node) throws {
        var reader = try ObjectReader(value)
        mode = try reader.optional("mode") { try Mode(id: try $0.stringValue()) }
        carrier = try reader.optional("carrier") { try $0.nonEmptyString(maxLength: 200) }
        partners =
            try reader.optional("partners") { try $0.uniqueArray { try Stakeholder(id: try $0.stringValue()) } } ?? []
        by = try reader.optional("by") { try $0.identifier() }
        at = try reader.optional("at") { try Timestamp.validate(try $0.stringValue()) }
        unknown = reader.unknown
        try check()
    }

    /// A carrier (report, video, …) belongs to an indirect interaction.
    func check() throws {
        if carrier != nil && mode == .direct {
            throw ImpactKitError(
                .invalidArgument, "a carrier (report, video, …) goes with an indirect interaction, not a direct one",
                path: "/carrier")
        }
    }

    public var jsonValue: JSONValue { sinkTree }
}

extension Interaction: JSONSinkWritable {
    func write<Sink: JSONSink & ~Copyable>(to sink: inout Sink) {
        sink.object { sink in
            sink.member("mode", ifPresent: mode?.rawValue)
            sink.member("carrier", ifPresent: carrier)
            if !partners.isEmpty { sink.member("partners", array: partners) { $0.string($1.rawValue) } }
            sink.member("by", ifPresent: by)
            sink.member("at", ifPresent: at)
            sink.members(unknown)
        }
    }
}

extension ImpactChain {
    public init(jsonValue value: JSONValue) throws {
        try self.init(node: value)
    }

    init<Node: JSONNode>(node value: Node) throws {
        var reader = try ObjectReader(value)
        id = try reader.required("id") { try $0.identifier() }
        activity = try reader.required("activity") { try $0.identifier() }
        places = try reader.optional("places") { try $0.array { try $0.identifier() } } ?? []
        results = try reader.optional("results") { try $0.array { try $0.identifier() } } ?? []
        note = try reader.optional("note") { try $0.nonEmptyString() }
        by = try reader.optional("by") { try $0.identifier() }
        at = try reader.optional("at") { try Timestamp.validate(try $0.stringValue()) }
        unknown = reader.unknown
    }

    public var jsonValue: JSONValue { sinkTree }
}

extension ImpactChain: JSONSinkWritable {
    func write<Sink: JSONSink & ~Copyable>(to sink: inout Sink) {
        sink.object { sink in
            sink.member("id", id)
            sink.member("activity", activity)
            sink.member("places", array: places) { $0.string($1) }
            sink.member("results", array: results) { $0.string($1) }
            sink.member("note", ifPresent: note)
            sink.member("by", ifPresent: by)
            sink.member("at", ifPresent: at)
            sink.members(unknown)
        }
    }
}
