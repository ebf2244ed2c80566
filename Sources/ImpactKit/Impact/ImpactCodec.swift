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
        valuedBy = try reader.optional("valued_by") { try $0.uniqueArray { try Stakeholder(id: try $0.stringValue()) } } ?? []
        spheres = try reader.optional("spheres") { try $0.uniqueArray { try Sphere(id: try $0.stringValue()) } } ?? []
        unknown = reader.unknown
    }

    public var jsonValue: JSONValue {
        var object = JSONObject()
        object.append("intended", ifPresent: intended.map(JSONValue.bool))
        object.append("valence", ifPresent: valence.map { .string($0.rawValue) })
        if !valuedBy.isEmpty { object.append("valued_by", .array(valuedBy.map { .string($0.rawValue) })) }
        if !spheres.isEmpty { object.append("spheres", .array(spheres.map { .string($0.rawValue) })) }
        object.append(contentsOf: unknown)
        return .object(object)
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
        partners = try reader.optional("partners") { try $0.uniqueArray { try Stakeholder(id: try $0.stringValue()) } } ?? []
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

    public var jsonValue: JSONValue {
        var object = JSONObject()
        object.append("mode", ifPresent: mode.map { .string($0.rawValue) })
        object.append("carrier", ifPresent: carrier.map(JSONValue.string))
        if !partners.isEmpty { object.append("partners", .array(partners.map { .string($0.rawValue) })) }
        object.append(contentsOf: unknown)
        return .object(object)
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
        unknown = reader.unknown
    }

    public var jsonValue: JSONValue {
        var object = JSONObject()
        object.append("id", .string(id))
        object.append("activity", .string(activity))
        object.append("places", .array(places.map(JSONValue.string)))
        object.append("results", .array(results.map(JSONValue.string)))
        object.append("note", ifPresent: note.map(JSONValue.string))
        object.append(contentsOf: unknown)
        return .object(object)
    }
}
