/// The change-log JSON document ("schema": "impactkit/changelog/1"); known members in a fixed order, unknown ones
/// kept after them.
extension ChangeLog {
    public init(json bytes: UnsafeRawBufferPointer, limits: Limits = .default) throws {
        try self.init(jsonValue: try JSONParser.parse(bytes, limits: limits))
    }

    public init(json text: String, limits: Limits = .default) throws {
        var text = text
        self = try text.withUTF8 { try ChangeLog(json: UnsafeRawBufferPointer($0), limits: limits) }
    }

    public init(jsonValue value: JSONValue) throws {
        var reader = try ObjectReader(value)
        let schema = try reader.required("schema") { try $0.stringValue() }
        guard schema == ChangeLog.schemaID else {
            throw ImpactKitError(
                .schema, "unsupported schema \"\(schema.prefix(60))\"; this version reads \(ChangeLog.schemaID)",
                path: "/schema")
        }
        var log = try ChangeLog(
            id: try reader.required("id") { try $0.identifier() },
            title: try reader.required("title") { try $0.nonEmptyString() })
        log.steps = try reader.optional("steps", ChangeLog.decodeSteps) ?? Steps()
        log.helixModel = try reader.optional("helix_model") { try HelixModel(id: try $0.stringValue()) } ?? .quadruple
        let groups = try reader.optional("groups") { try $0.array(ChangeLog.decodeGroup) } ?? []
        let people = try reader.optional("people") { try $0.array(ChangeLog.decodePerson) } ?? []
        let changes = try reader.optional("changes") { try $0.array(ChangeLog.decodeChange) } ?? []
        let sroi = try reader.optional("sroi", SROIValuation.init(jsonValue:))
        try at("groups") {
            for (index, group) in groups.enumerated() { try at(index) { try log.add(group) } }
        }
        var personIndex: [String: Int] = [:]
        try at("people") {
            for (index, person) in people.enumerated() {
                try at(index) {
                    _ = try at("id") { try Identifier.validate(person.id) }
                    guard personIndex.updateValue(index, forKey: person.id) == nil else {
                        throw ImpactKitError(.exists, "person \"\(person.id)\" is listed twice", path: "/id")
                    }
                    try log.add(person)
                }
            }
        }
        var changeIDs = Set<String>()
        try at("changes") {
            for (index, change) in changes.enumerated() {
                try at(index) {
                    guard changeIDs.insert(change.id).inserted else {
                        throw ImpactKitError(.exists, "change \"\(change.id)\" is listed twice", path: "/id")
                    }
                    try log.check(change, people: personIndex)
                }
            }
        }
        log.changes = changes
        if let sroi {
            try at("sroi") {
                try at("outcomes") {
                    for (index, outcome) in sroi.outcomes.enumerated() {
                        if let group = outcome.group, !log.groups.contains(where: { $0.id == group }) {
                            throw ImpactKitError(
                                .notFound, "unknown stakeholder group \"\(group.prefix(40))\"", path: "/\(index)/group")
                        }
                    }
                }
            }
        }
        log.sroi = sroi
        log.unknown = reader.unknown
        self = log
    }

    private static func decodeSteps(_ value: JSONValue) throws -> Steps {
        var reader = try ObjectReader(value)
        var steps = Steps()
        steps.question = try reader.optional("question") { try $0.nonEmptyString() }
        steps.route = try reader.optional("route") { try Route(id: try $0.stringValue()) }
        steps.inScope = try reader.optional("in_scope") { try $0.texts() } ?? []
        steps.outOfScope = try reader.optional("out_of_scope") { try $0.texts() } ?? []
        steps.derivedEffects = try reader.optional("derived_effects") { try $0.texts() } ?? []
        steps.learn = try reader.optional("learn") { try $0.texts() } ?? []
        steps.focus = try reader.optional("focus") { try $0.texts() } ?? []
        steps.scale = try reader.optional("scale") { try $0.texts() } ?? []
        steps.unknown = reader.unknown
        return steps
    }

    private static func decodeGroup(_ value: JSONValue) throws -> Group {
        var reader = try ObjectReader(value)
        return Group(
            id: try reader.required("id") { try $0.stringValue() },
            name: try reader.required("name") { try $0.nonEmptyString(maxLength: 200) },
            roles: try reader.optional("roles") { try $0.array { try $0.nonEmptyString(maxLength: 200) } } ?? [],
            inScope: try reader.optional("in_scope") { try $0.boolValue() } ?? true,
            unknown: reader.unknown)
    }

    private static func decodePerson(_ value: JSONValue) throws -> Person {
        var reader = try ObjectReader(value)
        return Person(
            id: try reader.required("id") { try $0.stringValue() },
            group: try reader.required("group") { try $0.stringValue() },
            role: try reader.optional("role") { try $0.nonEmptyString(maxLength: 200) },
            unknown: reader.unknown)
    }

    private static func decodeChange(_ value: JSONValue) throws -> Change {
        var reader = try ObjectReader(value)
        var change = Change(
            id: try reader.required("id") { try $0.identifier() },
            person: try reader.required("person") { try $0.stringValue() },
            statement: try reader.required("statement") { try $0.nonEmptyString() },
            quote: try reader.optional("quote") { try $0.nonEmptyString() },
            votes: try reader.optional("votes") { Int(try $0.integer(in: Int64(Int32.min)...Int64(Int32.max))) },
            weight: try reader.optional("weight") { try $0.number() },
            dimension: try reader.optional("dimension") { try IDGDimension(id: try $0.stringValue()) },
            skill: try reader.optional("skill") { try $0.stringValue() },
            sdgs: try reader.optional("sdgs") {
                try $0.uniqueArray { Int(try $0.integer(in: Int64(Int32.min)...Int64(Int32.max))) }
            } ?? [],
            helices: try reader.optional("helices") { try $0.uniqueArray { try HelixActor(id: try $0.stringValue()) } }
                ?? [])
        change.verified = try reader.optional("verified") { value in
            var fields = try ObjectReader(value)
            var verification = ChangeLog.Verification(
                by: try fields.required("by") { try $0.nonEmptyString(maxLength: 200) },
                how: try fields.required("how") { try $0.nonEmptyString(maxLength: 1000) },
                date: try fields.optional("date") { try CalendarDate.validate(try $0.stringValue()) })
            verification.unknown = fields.unknown
            return verification
        }
        change.unknown = reader.unknown
        return change
    }

    // MARK: Writing

    public var jsonValue: JSONValue {
        var object = JSONObject()
        object.append("schema", .string(ChangeLog.schemaID))
        object.append("id", .string(id))
        object.append("title", .string(title))
        var steps = JSONObject()
        steps.append("question", ifPresent: self.steps.question.map(JSONValue.string))
        steps.append("route", ifPresent: self.steps.route.map { .string($0.rawValue) })
        for (key, list) in [
            ("in_scope", self.steps.inScope), ("out_of_scope", self.steps.outOfScope),
            ("derived_effects", self.steps.derivedEffects), ("learn", self.steps.learn), ("focus", self.steps.focus),
            ("scale", self.steps.scale),
        ] {
            steps.append(key, .array(list.map(JSONValue.string)))
        }
        steps.append(contentsOf: self.steps.unknown)
        object.append("steps", .object(steps))
        object.append("helix_model", .string(helixModel.rawValue))
        object.append(
            "groups",
            .array(
                groups.map { group in
                    var item = JSONObject()
                    item.append("id", .string(group.id))
                    item.append("name", .string(group.name))
                    item.append("roles", .array(group.roles.map(JSONValue.string)))
                    item.append("in_scope", .bool(group.inScope))
                    item.append(contentsOf: group.unknown)
                    return .object(item)
                }))
        object.append(
            "people",
            .array(
                people.map { person in
                    var item = JSONObject()
                    item.append("id", .string(person.id))
                    item.append("group", .string(person.group))
                    item.append("role", ifPresent: person.role.map(JSONValue.string))
                    item.append(contentsOf: person.unknown)
                    return .object(item)
                }))
        object.append(
            "changes",
            .array(
                changes.map { change in
                    var item = JSONObject()
                    item.append("id", .string(change.id))
                    item.append("person", .string(change.person))
                    item.append("statement", .string(change.statement))
                    item.append("quote", ifPresent: change.quote.map(JSONValue.string))
                    item.append("votes", ifPresent: change.votes.map { .int(Int64($0)) })
                    item.append("weight", ifPresent: change.weight.map(JSONValue.number))
                    item.append("dimension", ifPresent: change.dimension.map { .string($0.rawValue) })
                    item.append("skill", ifPresent: change.skill.map(JSONValue.string))
                    item.append("sdgs", .array(change.sdgs.map { .int(Int64($0)) }))
                    item.append("helices", .array(change.helices.map { .string($0.rawValue) }))
                    if let verified = change.verified {
                        var object = JSONObject()
                        object.append("by", .string(verified.by))
                        object.append("how", .string(verified.how))
                        object.append("date", ifPresent: verified.date.map(JSONValue.string))
                        object.append(contentsOf: verified.unknown)
                        item.append("verified", .object(object))
                    }
                    item.append(contentsOf: change.unknown)
                    return .object(item)
                }))
        object.append("sroi", ifPresent: sroi?.jsonValue)
        object.append(contentsOf: unknown)
        return .object(object)
    }
}

extension SROIValuation {
    public init(jsonValue value: JSONValue) throws {
        var reader = try ObjectReader(value)
        currency = try reader.optional("currency") { try $0.nonEmptyString(maxLength: 8) } ?? "EUR"
        let rate = try reader.optional("discount_rate") { value -> Double in
            let rate = try value.number()
            try Parameter.discountRate.validate(rate)
            return rate
        }
        discountRate = rate ?? Self.defaultDiscountRate
        discountRateGiven = rate != nil
        inputs =
            try reader.optional("inputs") {
                try $0.array { value -> Input in
                    var item = try ObjectReader(value)
                    let name = try item.required("name") { try $0.nonEmptyString(maxLength: 200) }
                    let amount = try item.required("value") { value -> Double in
                        let number = try value.number()
                        guard number >= 0, number.isFinite else {
                            throw ImpactKitError(.range, "an input's value cannot be negative")
                        }
                        return number
                    }
                    return Input(name: name, value: amount, unknown: item.unknown)
                }
            } ?? []
        proxies = try reader.optional("proxies") { try $0.array(SROIValuation.decodeProxy) } ?? []
        try requireDistinct(proxies, list: "proxies", what: "catalogue proxy") { $0.id }
        let catalogue = proxies
        outcomes =
            try reader.optional("outcomes") {
                try $0.array { try SROIValuation.decodeOutcome($0, catalogue: catalogue) }
            } ?? []
        try requireDistinct(outcomes, list: "outcomes", what: "SROI outcome") { $0.id }
        unknown = reader.unknown
    }

    private static func decodeProxy(_ value: JSONValue) throws -> Proxy {
        var reader = try ObjectReader(value)
        return Proxy(
            id: try reader.required("id") { try $0.identifier() },
            description: try reader.required("description") { try $0.nonEmptyString() },
            value: try reader.required("value") { value in
                let number = try value.number()
                try Parameter.proxy.validate(number)
                return number
            },
            unit: try reader.optional("unit") { try $0.nonEmptyString(maxLength: 200) },
            year: try reader.optional("year") { Int(try $0.integer(in: 1900...2200)) },
            source: try reader.required("source") { try $0.nonEmptyString() },
            licence: try reader.required("licence") { try $0.nonEmptyString(maxLength: 500) },
            unknown: reader.unknown)
    }

    private static func decodeOutcome(_ value: JSONValue, catalogue: [Proxy]) throws -> Outcome {
        var reader = try ObjectReader(value)
        func parameter(_ key: String, _ parameter: Parameter, default fallback: Double? = nil) throws -> Double {
            let read: (JSONValue) throws -> Double = { value in
                let number = try value.number()
                try parameter.validate(number)
                return number
            }
            if let fallback { return try reader.optional(key, read) ?? fallback }
            return try reader.required(key, read)
        }
        let id = try reader.required("id") { try $0.identifier() }
        let name = try reader.required("name") { try $0.nonEmptyString() }
        let group = try reader.optional("group") { try $0.stringValue() }
        let quantity = try parameter("quantity", .quantity)
        let proxyID = try reader.optional("proxy_id") { value -> String in
            let id = try value.identifier()
            guard catalogue.contains(where: { $0.id == id }) else {
                throw ImpactKitError(.notFound, "no proxy \"\(id.prefix(40))\" in the study's catalogue (\"proxies\")")
            }
            return id
        }
        let own = try reader.optional("proxy") { value -> Double in
            let number = try value.number()
            try Parameter.proxy.validate(number)
            return number
        }
        guard let proxy = own ?? catalogue.first(where: { $0.id == proxyID })?.value else {
            throw ImpactKitError(.schema, "missing required field \"proxy\" (or a \"proxy_id\" from the catalogue)")
        }
        let proxySource = try reader.optional("proxy_source") { try $0.nonEmptyString() }
        let duration = Int(try parameter("duration", .duration, default: 1))
        var outcome = Outcome(
            id: id, name: name, group: group, quantity: quantity, proxy: proxy, proxySource: proxySource,
            duration: duration, deadweight: try parameter("deadweight", .deadweight, default: 0),
            attribution: try parameter("attribution", .attribution, default: 0),
            displacement: try parameter("displacement", .displacement, default: 0),
            dropOff: try parameter("drop_off", .dropOff, default: 0), unknown: reader.unknown)
        outcome.proxyID = proxyID
        outcome.proxyGiven = own != nil
        return outcome
    }

    public var jsonValue: JSONValue {
        var object = JSONObject()
        object.append("currency", .string(currency))
        if discountRateGiven { object.append("discount_rate", .number(discountRate)) }
        object.append(
            "inputs",
            .array(
                inputs.map { input in
                    var item = JSONObject()
                    item.append("name", .string(input.name))
                    item.append("value", .number(input.value))
                    item.append(contentsOf: input.unknown)
                    return .object(item)
                }))
        if !proxies.isEmpty {
            object.append(
                "proxies",
                .array(
                    proxies.map { proxy in
                        var item = JSONObject()
                        item.append("id", .string(proxy.id))
                        item.append("description", .string(proxy.description))
                        item.append("value", .number(proxy.value))
                        item.append("unit", ifPresent: proxy.unit.map(JSONValue.string))
                        item.append("year", ifPresent: proxy.year.map { .int(Int64($0)) })
                        item.append("source", .string(proxy.source))
                        item.append("licence", .string(proxy.licence))
                        item.append(contentsOf: proxy.unknown)
                        return .object(item)
                    }))
        }
        object.append(
            "outcomes",
            .array(
                outcomes.map { outcome in
                    var item = JSONObject()
                    item.append("id", .string(outcome.id))
                    item.append("name", .string(outcome.name))
                    item.append("group", ifPresent: outcome.group.map(JSONValue.string))
                    item.append("quantity", .number(outcome.quantity))
                    if outcome.proxyGiven { item.append("proxy", .number(outcome.proxy)) }
                    item.append("proxy_id", ifPresent: outcome.proxyID.map(JSONValue.string))
                    item.append("proxy_source", ifPresent: outcome.proxySource.map(JSONValue.string))
                    item.append("duration", .int(Int64(outcome.duration)))
                    item.append("deadweight", .number(outcome.deadweight))
                    item.append("attribution", .number(outcome.attribution))
                    item.append("displacement", .number(outcome.displacement))
                    item.append("drop_off", .number(outcome.dropOff))
                    item.append(contentsOf: outcome.unknown)
                    return .object(item)
                }))
        object.append(contentsOf: unknown)
        return .object(object)
    }
}
