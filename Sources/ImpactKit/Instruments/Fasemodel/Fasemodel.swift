/// The LIN Fasemodel (seed 002): for each component of a learning network its current development stage and
/// the steering group's ambition, so the gap between them can be discussed. The published stage descriptions
/// are not available to us: the default four stages are ImpactKit's own, and a host may supply its own.
public struct Fasemodel: SeedInstrument, Equatable {
    public static let schemaID = "impactkit/fasemodel/1"
    public static let reportSchemaID = "impactkit/fasemodel-report/1"

    public static let defaultStages: [LocalizedText] = [
        LocalizedText(nl: "Verkennen", en: "Exploring"),
        LocalizedText(nl: "Opstarten", en: "Starting"),
        LocalizedText(nl: "Uitbouwen", en: "Expanding"),
        LocalizedText(nl: "Verankeren", en: "Embedding"),
    ]

    public struct Component: Equatable, Sendable {
        public var id: String
        public var name: String
        /// Stage 1…n.
        public var current: Int
        public var ambition: Int
        public var note: String?
        public var unknown = JSONObject()

        public init(id: String, name: String, current: Int, ambition: Int, note: String? = nil) {
            self.id = id
            self.name = name
            self.current = current
            self.ambition = ambition
            self.note = note
        }

        public var gap: Int { ambition - current }
    }

    public var id: String
    public var title: String
    public var customStages: [LocalizedText]?
    public var components: [Component] = []
    public var unknown = JSONObject()

    public var stages: [LocalizedText] { customStages ?? Self.defaultStages }

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }

    /// The components of a LIN drawn from what seed 002 describes (governance, project leader, students above
    /// formation, guidance on the ward, the weekly LIN day, quality projects, interprofessional work, evaluation).
    /// The seed does not list them as the Fasemodel's components: the list is ImpactKit's.
    public static func template(language: Language) -> Fasemodel {
        let parts: [(String, LocalizedText)] = [
            (
                "governance",
                LocalizedText(
                    nl: "Governance: stuurgroep, projectgroep, uitvoerend team",
                    en: "Governance: steering group, project group, operational team")
            ),
            ("project-leadership", LocalizedText(nl: "Projectleiding", en: "Project leadership")),
            (
                "students",
                LocalizedText(
                    nl: "Studenten boven formatie", en: "Supernumerary students (on top of the ward's staffing)")
            ),
            (
                "guidance",
                LocalizedText(nl: "Werkbegeleiding en praktijkopleiding", en: "Work supervision and practice training")
            ),
            ("lin-day", LocalizedText(nl: "Wekelijkse LIN-dag", en: "Weekly LIN day")),
            ("quality-projects", LocalizedText(nl: "Kwaliteitsprojecten", en: "Quality projects")),
            (
                "interprofessional",
                LocalizedText(
                    nl: "Interprofessionele samenwerking (mbo, hbo, disciplines)",
                    en: "Interprofessional collaboration (vocational, higher education, disciplines)")
            ),
            ("evaluation", LocalizedText(nl: "Evalueren en verbeteren", en: "Evaluating and improving")),
        ]
        var model = Fasemodel(id: "fasemodel", title: TemplateWords.of(language).fasemodelTitle)
        // The seed names the model, not its components: each template component says it is ImpactKit's, except
        // governance, whose words are phase 3's ("een uitvoerend team …, een projectgroep en stuurgroep").
        model.components = parts.map { part in
            var component = Component(id: part.0, name: part.1[language], current: 1, ambition: defaultStages.count)
            let source: Provenance = part.0 == "governance" ? .seedEdited : .impactkit
            component.unknown.append("source", .string(source.rawValue))
            return component
        }
        return model
    }
}

extension Fasemodel {
    public init(jsonValue value: JSONValue) throws {
        var reader = try ObjectReader(value)
        let (id, title) = try Self.header(&reader)
        var model = Fasemodel(id: id, title: title)
        model.customStages = try reader.optional("stages") { try OrdinalScale.decode($0, what: "phase model") }
        let count = model.stages.count
        model.components =
            try reader.optional("components") { try $0.array { try Self.decodeComponent($0, stages: count) } } ?? []
        try requireDistinct(model.components, list: "components", what: "component") { $0.id }
        model.unknown = reader.unknown
        self = model
    }

    private static func decodeComponent(_ value: JSONValue, stages: Int) throws -> Component {
        var reader = try ObjectReader(value)
        func stage(_ value: JSONValue) throws -> Int {
            try OrdinalScale.position(value, count: stages, on: .stage)
        }
        var component = Component(
            id: try reader.required("id") { try $0.identifier() },
            name: try reader.required("name") { try $0.nonEmptyString(maxLength: 500) },
            current: try reader.required("current", stage),
            ambition: try reader.required("ambition", stage),
            note: try reader.optional("note") { try $0.nonEmptyString() })
        component.unknown = reader.unknown
        return component
    }

    public var jsonValue: JSONValue {
        var object = headerObject()
        if let customStages { object.append("stages", .array(customStages.map(\.json))) }
        object.append(
            "components",
            .array(
                components.map { component in
                    var item = JSONObject()
                    item.append("id", .string(component.id))
                    item.append("name", .string(component.name))
                    item.append("current", .int(Int64(component.current)))
                    item.append("ambition", .int(Int64(component.ambition)))
                    item.append("note", ifPresent: component.note.map(JSONValue.string))
                    item.append(contentsOf: component.unknown)
                    return .object(item)
                }))
        object.append(contentsOf: unknown)
        return .object(object)
    }

    /// Components still short of their ambition, largest gap first (equal gaps keep document order).
    public var largestGaps: [Component] {
        components.enumerated().filter { $0.element.gap > 0 }
            .sorted { $0.element.gap != $1.element.gap ? $0.element.gap > $1.element.gap : $0.offset < $1.offset }
            .map(\.element)
    }

    /// The three largest gaps and every component tied with the third: a tie is never cut by document order.
    static func largest(_ sorted: [Component]) -> [Component] {
        guard sorted.count > 3 else { return sorted }
        let third = sorted[2].gap
        return sorted.prefix { $0.gap >= third }
    }

    func reportJSON(_ context: ReportSettings) throws -> JSONValue {
        let language = context.language
        var object = reportHeader(context)
        object.append(
            "stages",
            .array(
                stages.enumerated().map { index, label in
                    var stage = JSONObject()
                    stage.append("stage", .int(Int64(index + 1)))
                    stage.append("label", .string(label[language]))
                    return .object(stage)
                }))
        object.append(
            "components",
            .array(
                components.map { component in
                    var item = JSONObject()
                    item.append("id", .string(component.id))
                    item.append("name", .string(component.name))
                    item.append("current", .int(Int64(component.current)))
                    item.append("current_label", .string(stages[component.current - 1][language]))
                    item.append("ambition", .int(Int64(component.ambition)))
                    item.append("ambition_label", .string(stages[component.ambition - 1][language]))
                    item.append("gap", .int(Int64(component.gap)))
                    return .object(item)
                }))
        object.append("largest_gaps", .texts(largestGaps.map(\.id)))
        object.append("at_ambition", .int(Int64(components.filter { $0.gap == 0 }.count)))
        object.append("beyond_ambition", .texts(components.filter { $0.gap < 0 }.map(\.id)))
        object.append("total_gap", .int(Int64(components.reduce(0) { $0 + max(0, $1.gap) })))
        object.append("text", .string(try reportText(context)))
        return .object(object)
    }

    func reportText(_ context: ReportSettings) throws -> String {
        let words = FasemodelWords.of(context.language)
        var lines = [title]
        for component in components {
            let now = stages[component.current - 1][context.language],
                goal = stages[component.ambition - 1][context.language]
            lines.append(
                words.component(component.name, component.current, now, component.ambition, goal, component.gap))
        }
        func listed(_ list: [Component]) -> String { list.map { "\($0.name) (\($0.gap))" }.joined(separator: ", ") }
        let gaps = largestGaps, beyond = components.filter { $0.gap < 0 }
        if gaps.isEmpty && beyond.isEmpty {
            lines.append(words.allAtAmbition)
        } else if gaps.isEmpty {
            lines.append(words.noneShort)
        } else {
            let shown = Self.largest(gaps)
            lines.append(
                words.largestGaps + listed(shown) + (shown.count > 3 ? words.tiedAllNamed : "")
                    + (gaps.count > shown.count ? words.moreSmaller(gaps.count - shown.count) : ""))
        }
        if !beyond.isEmpty { lines.append(words.beyond + listed(beyond)) }
        if customStages == nil { lines.append(words.stagesAreImpactKits) }
        return lines.joined(separator: "\n") + "\n"
    }
}
