/// An evaluation plan after Kirkpatrick's four levels (seed 002, phase 5 "Evalueren"): per level the questions,
/// who answers them, with which instrument and when; and what was found. Reaction is measured "directly or at
/// most within one week" of the learning intervention.
public struct KirkpatrickPlan: SeedInstrument, Equatable {
    public static let schemaID = "impactkit/kirkpatrick/1"
    public static let reportSchemaID = "impactkit/kirkpatrick-report/1"
    /// Seed 002: "Doorgaans vindt deze evaluatie direct of maximaal binnen één week … plaats".
    public static let reactionWithinDays = 7

    public enum Level: Int, CaseIterable, Sendable {
        case reaction = 1, learning, behaviour, results

        public var name: LocalizedText {
            switch self {
            case .reaction: return LocalizedText(nl: "Reactie", en: "Reaction")
            case .learning: return LocalizedText(nl: "Leerresultaat", en: "Learning")
            case .behaviour: return LocalizedText(nl: "Gedrag", en: "Behaviour")
            case .results: return LocalizedText(nl: "Resultaat", en: "Results")
            }
        }

        /// What the level asks: ImpactKit's wording of seed 002's description of the level.
        public var question: LocalizedText {
            switch self {
            case .reaction:
                return LocalizedText(
                    nl: "Hoe hebben deelnemers het LIN (of een onderdeel) ervaren?",
                    en: "How did participants experience the LIN (or a part of it)?")
            case .learning:
                return LocalizedText(
                    nl: "Welke kennis en vaardigheden zijn opgedaan, en waar blijkt dat uit?",
                    en: "What knowledge and skills were gained, and what shows it?")
            case .behaviour:
                return LocalizedText(
                    nl: "Passen deelnemers het geleerde toe in de praktijk?",
                    en: "Do participants apply what they learned in practice?")
            case .results:
                return LocalizedText(
                    nl: "Wat is het effect op het vraagstuk waarvoor het LIN is ingezet?",
                    en: "What is the effect on the problem the LIN was set up for?")
            }
        }

        init(value: JSONValue) throws {
            let number = try value.integer(in: Int64.min...Int64.max)
            guard let level = Level(rawValue: Int(clamping: number)) else {
                throw ImpactKitError(
                    .range, "level \(number) is outside 1…4 (1 reaction, 2 learning, 3 behaviour, 4 results)")
            }
            self = level
        }
    }

    /// What was found at one measurement.
    public struct Finding: Equatable, Sendable {
        public var date: String
        public var summary: String?
        public var score: Double?
        public var respondents: Int?
        public var unknown = JSONObject()

        public init(date: String, summary: String? = nil, score: Double? = nil, respondents: Int? = nil) {
            self.date = date
            self.summary = summary
            self.score = score
            self.respondents = respondents
        }
    }

    /// One planned evaluation: a question on one level, asked of one group with one instrument.
    public struct Evaluation: Equatable, Sendable {
        public var id: String
        public var level: Level
        public var question: String
        /// Who answers: "students", "staff", "clients" … (free text).
        public var respondents: String
        /// How: survey, feedback conversation, practice assignment, observation … (free text).
        public var instrument: String
        /// When it is planned ("YYYY-MM-DD"); nil = not yet scheduled.
        public var planned: String?
        public var findings: [Finding] = []
        public var unknown = JSONObject()

        public init(
            id: String, level: Level, question: String, respondents: String, instrument: String, planned: String? = nil
        ) {
            self.id = id
            self.level = level
            self.question = question
            self.respondents = respondents
            self.instrument = instrument
            self.planned = planned
        }
    }

    public var id: String
    public var title: String
    /// The learning intervention being evaluated (a LIN day, a quality project …) and the day it took place.
    public var intervention: String?
    public var interventionDate: String?
    public var evaluations: [Evaluation] = []
    public var unknown = JSONObject()

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }

    public static func template(language: Language) -> KirkpatrickPlan {
        var plan = KirkpatrickPlan(id: "kirkpatrick", title: TemplateWords.of(language).kirkpatrickTitle)
        plan.intervention = TemplateWords.of(language).kirkpatrickIntervention
        let respondents = TemplateWords.of(language).kirkpatrickRespondents
        let instruments: [Level: LocalizedText] = [
            .reaction: LocalizedText(nl: "enquête of feedbackgesprek", en: "survey or feedback conversation"),
            .learning: LocalizedText(nl: "praktijkopdracht", en: "practice assignment"),
            .behaviour: LocalizedText(nl: "observatie op de werkvloer", en: "observation in the workplace"),
            .results: LocalizedText(
                nl: "kwaliteitsindicatoren en werkplezier", en: "quality indicators and job satisfaction"),
        ]
        // The seed names the four levels and what they ask in its own sentences; the template's questions put
        // those in ImpactKit's words and its instruments are ImpactKit's suggestions: each evaluation says so.
        plan.evaluations = Level.allCases.map { level in
            var evaluation = Evaluation(
                id: "level-\(level.rawValue)", level: level, question: level.question[language],
                respondents: respondents,
                instrument: instruments[level]?[language] ?? "")
            evaluation.unknown.append("source", .string(Provenance.impactkit.rawValue))
            return evaluation
        }
        return plan
    }
}

extension KirkpatrickPlan {
    public init(jsonValue value: JSONValue) throws {
        var reader = try ObjectReader(value)
        let (id, title) = try Self.header(&reader)
        var plan = KirkpatrickPlan(id: id, title: title)
        plan.intervention = try reader.optional("intervention") { try $0.nonEmptyString(maxLength: 500) }
        plan.interventionDate = try reader.optional("intervention_date") {
            try CalendarDate.validate(try $0.stringValue())
        }
        plan.evaluations = try reader.optional("evaluations") { try $0.array(Self.decodeEvaluation) } ?? []
        try requireDistinct(plan.evaluations, list: "evaluations", what: "evaluation") { $0.id }
        plan.unknown = reader.unknown
        self = plan
    }

    private static func decodeEvaluation(_ value: JSONValue) throws -> Evaluation {
        var reader = try ObjectReader(value)
        var evaluation = Evaluation(
            id: try reader.required("id") { try $0.identifier() },
            level: try reader.required("level", Level.init(value:)),
            question: try reader.required("question") { try $0.nonEmptyString() },
            respondents: try reader.required("respondents") { try $0.nonEmptyString(maxLength: 200) },
            instrument: try reader.required("instrument") { try $0.nonEmptyString(maxLength: 200) },
            planned: try reader.optional("planned") { try CalendarDate.validate(try $0.stringValue()) })
        evaluation.findings = try reader.optional("findings") { try $0.array(decodeFinding) } ?? []
        evaluation.unknown = reader.unknown
        return evaluation
    }

    private static func decodeFinding(_ value: JSONValue) throws -> Finding {
        var reader = try ObjectReader(value)
        var finding = Finding(
            date: try reader.required("date") { try CalendarDate.validate(try $0.stringValue()) },
            summary: try reader.optional("summary") { try $0.nonEmptyString() },
            score: try reader.optional("score") { try $0.number() },
            respondents: try reader.optional("respondents") { Int(try $0.integer(in: 0...10_000_000)) })
        finding.unknown = reader.unknown
        return finding
    }

    public var jsonValue: JSONValue {
        var object = headerObject()
        object.append("intervention", ifPresent: intervention.map(JSONValue.string))
        object.append("intervention_date", ifPresent: interventionDate.map(JSONValue.string))
        object.append(
            "evaluations",
            .array(
                evaluations.map { evaluation in
                    var item = JSONObject()
                    item.append("id", .string(evaluation.id))
                    item.append("level", .int(Int64(evaluation.level.rawValue)))
                    item.append("question", .string(evaluation.question))
                    item.append("respondents", .string(evaluation.respondents))
                    item.append("instrument", .string(evaluation.instrument))
                    item.append("planned", ifPresent: evaluation.planned.map(JSONValue.string))
                    if !evaluation.findings.isEmpty {
                        item.append(
                            "findings",
                            .array(
                                evaluation.findings.map { finding in
                                    var found = JSONObject()
                                    found.append("date", .string(finding.date))
                                    found.append("summary", ifPresent: finding.summary.map(JSONValue.string))
                                    found.append("score", ifPresent: finding.score.map { .number($0) })
                                    found.append("respondents", ifPresent: finding.respondents.map { .int(Int64($0)) })
                                    found.append(contentsOf: finding.unknown)
                                    return .object(found)
                                }))
                    }
                    item.append(contentsOf: evaluation.unknown)
                    return .object(item)
                }))
        object.append(contentsOf: unknown)
        return .object(object)
    }
}
