/// A Proeftuin factsheet (seed 003): goals and intended results, scale, what was achieved (checked or not),
/// intake and retention, experienced development per capacity, lessons and conditions.
public struct Factsheet: SeedInstrument, Equatable {
    public static let schemaID = "impactkit/factsheet/1"
    public static let reportSchemaID = "impactkit/factsheet-report/1"

    /// The capacities ImpactKit knows by id; a factsheet may name others with its own label. Seed 003 reports on
    /// "Lerend vermogen" and "Opleidend vermogen"; "innovative-capacity" is ImpactKit's own addition (see
    /// `seedCapacities`), offered because the LIN toolkit's Actiescan has an "innovatief vermogen" theme.
    public static let seedCapacities: Set<String> = ["learning-capacity", "training-capacity"]
    public static let knownCapacities: [String: LocalizedText] = [
        "learning-capacity": LocalizedText(nl: "Lerend vermogen", en: "Learning capacity"),
        "training-capacity": LocalizedText(nl: "Opleidend vermogen", en: "Training capacity"),
        "innovative-capacity": LocalizedText(nl: "Innoverend vermogen", en: "Innovative capacity"),
    ]

    public struct Goal: Equatable, Sendable {
        public var id: String
        public var text: String
        public var unknown = JSONObject()
    }

    public struct Achievement: Equatable, Sendable {
        public var text: String
        public var achieved: Bool
        /// The goal this result answers, if any.
        public var goal: String?
        public var unknown = JSONObject()
    }

    public struct Numbers: Equatable, Sendable {
        public var intake: Int
        public var retained: Int
        /// What they were retained for, in the factsheet's words (seed 003: "voor de ouderenzorg").
        public var retainedFor: String?
        public var unknown = JSONObject()

        /// retained / intake; nil when nobody came in.
        public var retention: Double? { intake == 0 ? nil : Double(retained) / Double(intake) }
    }

    public struct Capacity: Equatable, Sendable {
        public var capacity: String
        /// Required for capacities not in `knownCapacities`.
        public var label: String?
        public var observations: [String]
        public var unknown = JSONObject()

        public func name(_ language: Language) -> String {
            label ?? Factsheet.knownCapacities[capacity]?[language] ?? capacity
        }
    }

    public var id: String
    public var title: String
    public var initiative: String?
    /// Who was asked (seed 003: "Regiodirecteur, HR directeur, zorgmanagers, leercoaches (N = 6) …").
    public var sources: String?
    /// How many people were asked: the seed's "N = 6".
    public var respondents: Int?
    public var goals: [Goal] = []
    public var intendedResults: [String] = []
    public var scale: String?
    public var participants: Int?
    public var regions: [String] = []
    public var achieved: [Achievement] = []
    public var numbers: Numbers?
    public var capacities: [Capacity] = []
    public var lessons: [String] = []
    public var conditions: [String] = []
    public var products: [String] = []
    public var contact: String?
    public var unknown = JSONObject()

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }

    public static func template(language: Language) -> Factsheet {
        var sheet = Factsheet(id: "factsheet", title: TemplateWords.of(language).factsheetTitle)
        sheet.capacities = ["learning-capacity", "training-capacity"].map {
            Capacity(capacity: $0, label: nil, observations: [])
        }
        return sheet
    }
}

extension Factsheet {
    public init(jsonValue value: JSONValue) throws {
        var reader = try ObjectReader(value)
        let (id, title) = try Self.header(&reader)
        var sheet = Factsheet(id: id, title: title)
        sheet.initiative = try reader.optional("initiative") { try $0.nonEmptyString() }
        sheet.sources = try reader.optional("sources") { try $0.nonEmptyString() }
        sheet.respondents = try reader.optional("respondents") { Int(try $0.integer(in: 0...10_000_000)) }
        sheet.goals = try reader.optional("goals") { try $0.array(Self.decodeGoal) } ?? []
        try requireDistinct(sheet.goals, list: "goals", what: "goal") { $0.id }
        sheet.intendedResults = try reader.optional("intended_results") { try $0.texts() } ?? []
        sheet.scale = try reader.optional("scale") { try $0.nonEmptyString() }
        sheet.participants = try reader.optional("participants") { Int(try $0.integer(in: 0...100_000_000)) }
        sheet.regions = try reader.optional("regions") { try $0.texts(maxLength: 200) } ?? []
        let goalIDs = Set(sheet.goals.map(\.id))
        sheet.achieved =
            try reader.optional("achieved") { try $0.array { try Self.decodeAchievement($0, goals: goalIDs) } } ?? []
        sheet.numbers = try reader.optional("numbers", Self.decodeNumbers)
        sheet.capacities = try reader.optional("capacities") { try $0.array(Self.decodeCapacity) } ?? []
        sheet.lessons = try reader.optional("lessons") { try $0.texts() } ?? []
        sheet.conditions = try reader.optional("conditions") { try $0.texts() } ?? []
        sheet.products = try reader.optional("products") { try $0.texts() } ?? []
        sheet.contact = try reader.optional("contact") { try $0.nonEmptyString(maxLength: 500) }
        sheet.unknown = reader.unknown
        self = sheet
    }

    private static func decodeGoal(_ value: JSONValue) throws -> Goal {
        var reader = try ObjectReader(value)
        var goal = Goal(
            id: try reader.required("id") { try $0.identifier() },
            text: try reader.required("text") { try $0.nonEmptyString() })
        goal.unknown = reader.unknown
        return goal
    }

    private static func decodeAchievement(_ value: JSONValue, goals: Set<String>) throws -> Achievement {
        var reader = try ObjectReader(value)
        var achievement = Achievement(
            text: try reader.required("text") { try $0.nonEmptyString() },
            achieved: try reader.optional("achieved") { try $0.boolValue() } ?? true,
            goal: try reader.optional("goal") { value in
                let id = try value.stringValue()
                guard goals.contains(id) else { throw ImpactKitError(.notFound, "unknown goal \"\(id.prefix(60))\"") }
                return id
            })
        achievement.unknown = reader.unknown
        return achievement
    }

    private static func decodeNumbers(_ value: JSONValue) throws -> Numbers {
        var reader = try ObjectReader(value)
        let intake = Int(try reader.required("intake") { try $0.integer(in: 0...100_000_000) })
        let retained = Int(try reader.required("retained") { try $0.integer(in: 0...100_000_000) })
        guard retained <= intake else {
            throw ImpactKitError(.range, "retained (\(retained)) is more than intake (\(intake))", path: "/retained")
        }
        var numbers = Numbers(intake: intake, retained: retained)
        numbers.retainedFor = try reader.optional("retained_for") { try $0.nonEmptyString(maxLength: 200) }
        numbers.unknown = reader.unknown
        return numbers
    }

    private static func decodeCapacity(_ value: JSONValue) throws -> Capacity {
        var reader = try ObjectReader(value)
        let capacity = try reader.required("capacity") { try $0.identifier() }
        let label = try reader.optional("label") { try $0.nonEmptyString(maxLength: 200) }
        guard label != nil || knownCapacities[capacity] != nil else {
            throw ImpactKitError(
                .notFound,
                "unknown capacity \"\(capacity)\" (use \(knownCapacities.keys.sorted().joined(separator: ", ")) or give a \"label\")",
                path: "/capacity")
        }
        var item = Capacity(
            capacity: capacity, label: label, observations: try reader.optional("observations") { try $0.texts() } ?? []
        )
        item.unknown = reader.unknown
        return item
    }

    public var jsonValue: JSONValue {
        var object = headerObject()
        object.append("initiative", ifPresent: initiative.map(JSONValue.string))
        object.append("sources", ifPresent: sources.map(JSONValue.string))
        object.append("respondents", ifPresent: respondents.map { .int(Int64($0)) })
        object.append(
            "goals",
            .array(
                goals.map { goal in
                    var item = JSONObject()
                    item.append("id", .string(goal.id))
                    item.append("text", .string(goal.text))
                    item.append(contentsOf: goal.unknown)
                    return .object(item)
                }))
        object.append("intended_results", .texts(intendedResults))
        object.append("scale", ifPresent: scale.map(JSONValue.string))
        object.append("participants", ifPresent: participants.map { .int(Int64($0)) })
        object.append("regions", .texts(regions))
        object.append(
            "achieved",
            .array(
                achieved.map { achievement in
                    var item = JSONObject()
                    item.append("text", .string(achievement.text))
                    item.append("achieved", .bool(achievement.achieved))
                    item.append("goal", ifPresent: achievement.goal.map(JSONValue.string))
                    item.append(contentsOf: achievement.unknown)
                    return .object(item)
                }))
        if let numbers {
            var item = JSONObject()
            item.append("intake", .int(Int64(numbers.intake)))
            item.append("retained", .int(Int64(numbers.retained)))
            item.append("retained_for", ifPresent: numbers.retainedFor.map(JSONValue.string))
            item.append(contentsOf: numbers.unknown)
            object.append("numbers", .object(item))
        }
        object.append(
            "capacities",
            .array(
                capacities.map { capacity in
                    var item = JSONObject()
                    item.append("capacity", .string(capacity.capacity))
                    item.append("label", ifPresent: capacity.label.map(JSONValue.string))
                    item.append("observations", .texts(capacity.observations))
                    item.append(contentsOf: capacity.unknown)
                    return .object(item)
                }))
        object.append("lessons", .texts(lessons))
        object.append("conditions", .texts(conditions))
        object.append("products", .texts(products))
        object.append("contact", ifPresent: contact.map(JSONValue.string))
        object.append(contentsOf: unknown)
        return .object(object)
    }
}
