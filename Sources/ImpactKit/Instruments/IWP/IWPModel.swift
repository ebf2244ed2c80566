/// An innovation workplace described with the IWP development model (seed 004): A starting points, B yields,
/// C processes, D design — how each of the seven design principles is shaped, as rows of characteristic →
/// effects (for juniors J, seniors S or both) → conditions, with "to improve" and "no consensus" marks.
public struct IWPModel: SeedInstrument, Equatable {
    public static let schemaID = "impactkit/iwp/1"
    public static let reportSchemaID = "impactkit/iwp-report/1"

    /// For whom an effect holds: juniors (students), seniors (teachers, advisers, practitioners) or both.
    public enum Audience: String, Vocabulary, Sendable {
        case junior = "J", senior = "S", both = "J+S"
        public static let vocabularyName = "audience"
    }

    public struct Effect: Equatable, Sendable {
        public var text: String
        public var audience: Audience?
        /// The participants did not agree on this effect (seed: "geen consensus").
        public var noConsensus: Bool
        public var unknown = JSONObject()

        public init(text: String, audience: Audience? = nil, noConsensus: Bool = false) {
            self.text = text
            self.audience = audience
            self.noConsensus = noConsensus
        }
    }

    public struct Condition: Equatable, Sendable {
        public var text: String
        /// For whom the condition is needed, tagged like the effects (J, S or J+S); nil = not tagged.
        public var audience: Audience?
        /// Named but not yet in place (seed: "nog verbeteren").
        public var toImprove: Bool
        public var unknown = JSONObject()

        public init(text: String, audience: Audience? = nil, toImprove: Bool = false) {
            self.text = text
            self.audience = audience
            self.toImprove = toImprove
        }
    }

    /// How one design principle is shaped in this workplace; `shaping` nil = listed but not described yet (the
    /// template lists all seven this way, with the seed's name and description kept as unknown members).
    public struct PrincipleEntry: Equatable, Sendable {
        public var principle: DesignPrinciple
        public var shaping: String?
        public var unknown = JSONObject()

        public init(principle: DesignPrinciple, shaping: String?) {
            self.principle = principle
            self.shaping = shaping
        }
    }

    /// One row: a characteristic of the workplace, the principles it shapes (one or more), its effects and the
    /// conditions it needs.
    public struct Characteristic: Equatable, Sendable {
        public var id: String
        public var text: String
        public var principles: [DesignPrinciple]
        public var effects: [Effect]
        public var conditions: [Condition]
        public var unknown = JSONObject()

        public init(
            id: String, text: String, principles: [DesignPrinciple], effects: [Effect] = [],
            conditions: [Condition] = []
        ) {
            self.id = id
            self.text = text
            self.principles = principles
            self.effects = effects
            self.conditions = conditions
        }
    }

    /// The sections of the description format (appendix of seed 004), each a named list of texts.
    public static let sections: [(key: String, parts: [String])] = [
        ("starting_points", ["occasion", "goals", "context", "people_and_means"]),
        (
            "yields",
            [
                "products", "individual_development", "team_development", "organisation_development", "innovation",
                "transition", "lasting_learning",
            ]
        ),
        ("processes", ["knowledge_production", "learning", "reflection"]),
        ("design", ["participants", "culture", "didactics", "organisation", "space"]),
    ]

    /// The sections' headings as the seed's format names them (nl) and ours (en); "principles" is section D.
    public static let sectionNames: [String: LocalizedText] = [
        "starting_points": LocalizedText(nl: "A. Uitgangspunten", en: "A. Starting points"),
        "yields": LocalizedText(nl: "B. Opbrengsten", en: "B. Yields"),
        "processes": LocalizedText(nl: "C. Processen", en: "C. Processes"),
        "design": LocalizedText(nl: "Vormgeving van de IWP", en: "Design of the workplace"),
        "principles": LocalizedText(
            nl: "D. Ontwerpprincipes en vormgeving", en: "D. Design principles and their shaping"),
    ]

    public var id: String
    public var title: String
    /// The format's "DATUM": the day the description was made ("YYYY-MM-DD").
    public var date: String?
    /// Section key → part key → texts. Only the parts in `sections` are read; others are kept as unknown fields.
    public var outline: [String: [String: [String]]] = [:]
    /// Section key → members this version does not know, written back unchanged.
    var outlineUnknown: [String: JSONObject] = [:]
    /// The principles as listed in the document, in its order.
    public var principles: [PrincipleEntry] = []
    /// How each principle is shaped in this workplace (free text per principle); principles listed without a text
    /// are absent here. Setting it keeps the entries' unknown members.
    public var shaping: [DesignPrinciple: String] {
        get {
            var map: [DesignPrinciple: String] = [:]
            for entry in principles { if let text = entry.shaping { map[entry.principle] = text } }
            return map
        }
        set {
            var entries: [PrincipleEntry] = []
            for principle in DesignPrinciple.allCases {
                let old = principles.first { $0.principle == principle }
                guard newValue[principle] != nil || old != nil else { continue }
                var entry = old ?? PrincipleEntry(principle: principle, shaping: nil)
                entry.shaping = newValue[principle]
                entries.append(entry)
            }
            principles = entries
        }
    }
    public var characteristics: [Characteristic] = []
    public var unknown = JSONObject()

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }

    /// The seed's format: every section A–D with its parts empty, and the seven design principles with their name
    /// and description (in `language`) and no shaping yet.
    public static func template(language: Language) -> IWPModel {
        var model = IWPModel(id: "iwp", title: TemplateWords.of(language).iwpTitle)
        for (section, parts) in sections {
            model.outline[section] = Dictionary(uniqueKeysWithValues: parts.map { ($0, [String]()) })
        }
        model.principles = DesignPrinciple.allCases.map { principle in
            var entry = PrincipleEntry(principle: principle, shaping: nil)
            entry.unknown.append("name", .string(principle.name[language]))
            entry.unknown.append("description", .string(principle.description[language]))
            return entry
        }
        return model
    }

    public func texts(_ section: String, _ part: String) -> [String] { outline[section]?[part] ?? [] }
}

extension IWPModel {
    public init(jsonValue value: JSONValue) throws {
        var reader = try ObjectReader(value)
        let (id, title) = try Self.header(&reader)
        var model = IWPModel(id: id, title: title)
        model.date = try reader.optional("date") { try CalendarDate.validate(try $0.stringValue()) }
        for (section, parts) in Self.sections {
            guard
                let found = try reader.optional(
                    section,
                    { value -> ([String: [String]], JSONObject) in
                        var sectionReader = try ObjectReader(value)
                        var texts: [String: [String]] = [:]
                        for part in parts {
                            if let items = try sectionReader.optional(part, { try $0.texts() }) { texts[part] = items }
                        }
                        return (texts, sectionReader.unknown)
                    })
            else { continue }
            model.outline[section] = found.0
            if !found.1.isEmpty { model.outlineUnknown[section] = found.1 }
        }
        model.principles =
            try reader.optional("principles") { value in
                try value.array { item -> PrincipleEntry in
                    var itemReader = try ObjectReader(item)
                    var entry = PrincipleEntry(
                        principle: try itemReader.required("principle") {
                            try DesignPrinciple(id: try $0.stringValue())
                        },
                        shaping: try itemReader.optional("shaping") { try $0.nonEmptyString() })
                    entry.unknown = itemReader.unknown
                    return entry
                }
            } ?? []
        try at("principles") {
            var seen = Set<DesignPrinciple>()
            for (index, entry) in model.principles.enumerated() where !seen.insert(entry.principle).inserted {
                throw ImpactKitError(
                    .exists, "principle \"\(entry.principle.rawValue)\" is described twice", path: "/\(index)/principle"
                )
            }
        }
        model.characteristics = try reader.optional("characteristics") { try $0.array(Self.decodeCharacteristic) } ?? []
        try requireDistinct(model.characteristics, list: "characteristics", what: "characteristic") { $0.id }
        model.unknown = reader.unknown
        self = model
    }

    private static func decodeCharacteristic(_ value: JSONValue) throws -> Characteristic {
        var reader = try ObjectReader(value)
        let id = try reader.required("id") { try $0.identifier() }
        let text = try reader.required("text") { try $0.nonEmptyString() }
        let principles = try reader.required("principles") { value -> [DesignPrinciple] in
            let list = try value.uniqueArray { try DesignPrinciple(id: try $0.stringValue()) }
            guard !list.isEmpty else {
                throw ImpactKitError(.invalidArgument, "a characteristic serves at least one principle")
            }
            return list
        }
        let effects =
            try reader.optional("effects") { value in
                try value.array { item -> Effect in
                    var effectReader = try ObjectReader(item)
                    var effect = Effect(
                        text: try effectReader.required("text") { try $0.nonEmptyString() },
                        audience: try effectReader.optional("for") { try Audience(id: try $0.stringValue()) },
                        noConsensus: try effectReader.optional("no_consensus") { try $0.boolValue() } ?? false)
                    effect.unknown = effectReader.unknown
                    return effect
                }
            } ?? []
        let conditions =
            try reader.optional("conditions") { value in
                try value.array { item -> Condition in
                    var conditionReader = try ObjectReader(item)
                    var condition = Condition(
                        text: try conditionReader.required("text") { try $0.nonEmptyString() },
                        audience: try conditionReader.optional("for") { try Audience(id: try $0.stringValue()) },
                        toImprove: try conditionReader.optional("to_improve") { try $0.boolValue() } ?? false)
                    condition.unknown = conditionReader.unknown
                    return condition
                }
            } ?? []
        var row = Characteristic(id: id, text: text, principles: principles, effects: effects, conditions: conditions)
        row.unknown = reader.unknown
        return row
    }

    public var jsonValue: JSONValue {
        var object = headerObject()
        object.append("date", ifPresent: date.map(JSONValue.string))
        for (section, parts) in Self.sections where outline[section] != nil || outlineUnknown[section] != nil {
            var item = JSONObject()
            for part in parts { if let texts = outline[section]?[part] { item.append(part, .texts(texts)) } }
            if let extra = outlineUnknown[section] { item.append(contentsOf: extra) }
            object.append(section, .object(item))
        }
        object.append(
            "principles",
            .array(
                principles.map { entry in
                    var item = JSONObject()
                    item.append("principle", .string(entry.principle.rawValue))
                    item.append("shaping", entry.shaping.map(JSONValue.string) ?? .null)
                    item.append(contentsOf: entry.unknown)
                    return .object(item)
                }))
        object.append(
            "characteristics",
            .array(
                characteristics.map { row in
                    var item = JSONObject()
                    item.append("id", .string(row.id))
                    item.append("text", .string(row.text))
                    item.append("principles", .texts(row.principles.map(\.rawValue)))
                    item.append(
                        "effects",
                        .array(
                            row.effects.map { effect in
                                var entry = JSONObject()
                                entry.append("text", .string(effect.text))
                                entry.append("for", ifPresent: effect.audience.map { .string($0.rawValue) })
                                if effect.noConsensus { entry.append("no_consensus", .bool(true)) }
                                entry.append(contentsOf: effect.unknown)
                                return .object(entry)
                            }))
                    item.append(
                        "conditions",
                        .array(
                            row.conditions.map { condition in
                                var entry = JSONObject()
                                entry.append("text", .string(condition.text))
                                entry.append("for", ifPresent: condition.audience.map { .string($0.rawValue) })
                                if condition.toImprove { entry.append("to_improve", .bool(true)) }
                                entry.append(contentsOf: condition.unknown)
                                return .object(entry)
                            }))
                    item.append(contentsOf: row.unknown)
                    return .object(item)
                }))
        object.append(contentsOf: unknown)
        return .object(object)
    }
}
