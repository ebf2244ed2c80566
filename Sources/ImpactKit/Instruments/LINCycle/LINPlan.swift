/// Setting up a Leer- en InnovatieNetwerk (seed 002): the five phases of the cycle with their status, the roles
/// with their hours, the students placed above formation, and whether there is a room — enough to compute the
/// investment and check the toolkit's minimum conditions.
public struct LINPlan: SeedInstrument, Equatable {
    public static let schemaID = "impactkit/lin/1"
    public static let reportSchemaID = "impactkit/lin-report/1"

    public enum Phase: String, Vocabulary, Sendable {
        case know, want, plan, execute, evaluate
        public static let vocabularyName = "phase"

        public var name: LocalizedText {
            switch self {
            case .know: return LocalizedText(nl: "Weten", en: "Know")
            case .want: return LocalizedText(nl: "Willen", en: "Want")
            case .plan: return LocalizedText(nl: "Plannen", en: "Plan")
            case .execute: return LocalizedText(nl: "Uitvoeren", en: "Execute")
            case .evaluate: return LocalizedText(nl: "Evalueren", en: "Evaluate")
            }
        }
    }

    public enum Status: String, Vocabulary, Sendable {
        case notStarted = "not-started", inProgress = "in-progress", done
        public static let vocabularyName = "phase status"
    }

    public struct PhaseState: Equatable, Sendable {
        public var phase: Phase
        public var status: Status
        public var note: String?
        public var unknown = JSONObject()
    }

    /// The roles of seed 002 §1.2 and §2.2.
    public enum Role: String, Vocabulary, Sendable {
        case projectLeader = "project-leader"
        case practiceTrainer = "practice-trainer"
        case manager
        case teacher
        case workSupervisor = "work-supervisor"
        case trainingAdvisor = "training-advisor"
        case otherDiscipline = "other-discipline"
        case other
        public static let vocabularyName = "role"

        public var name: LocalizedText {
            switch self {
            case .projectLeader: return LocalizedText(nl: "Projectleider LIN", en: "LIN project leader")
            case .practiceTrainer: return LocalizedText(nl: "Praktijkopleider", en: "Practice trainer")
            case .manager: return LocalizedText(nl: "Leidinggevende", en: "Manager")
            case .teacher: return LocalizedText(nl: "Docent", en: "Teacher")
            case .workSupervisor: return LocalizedText(nl: "Werkbegeleider", en: "Work supervisor")
            case .trainingAdvisor: return LocalizedText(nl: "Opleidingsadviseur", en: "Training advisor")
            case .otherDiscipline: return LocalizedText(nl: "Andere zorgdiscipline", en: "Other care discipline")
            case .other: return LocalizedText(nl: "Overig", en: "Other")
            }
        }

        /// Seed 002: the project leader is the extra personnel cost; the others mostly work within the ward's
        /// existing formation.
        var extraByDefault: Bool { self == .projectLeader }
    }

    /// One person's (or one role's) time on the LIN.
    public struct Assignment: Equatable, Sendable {
        public var id: String
        public var role: Role
        public var name: String?
        public var hoursPerWeek: Double
        public var weeks: Double
        /// Cost per hour in the plan's currency; nil = not known (the cost is then left out, and said so).
        public var hourlyRate: Double?
        /// True when the hours come on top of the existing formation.
        public var extra: Bool
        public var unknown = JSONObject()

        public init(
            id: String, role: Role, name: String? = nil, hoursPerWeek: Double, weeks: Double, hourlyRate: Double? = nil,
            extra: Bool? = nil
        ) {
            self.id = id
            self.role = role
            self.name = name
            self.hoursPerWeek = hoursPerWeek
            self.weeks = weeks
            self.hourlyRate = hourlyRate
            self.extra = extra ?? role.extraByDefault
        }

        public var hours: Double { hoursPerWeek * weeks }
        public var cost: Double? { hourlyRate.map { $0 * hours } }
    }

    /// Seed 002, phase 3: first a cooperation agreement (samenwerkingsovereenkomst) or a statement of intent
    /// (intentieverklaring), drawn up and signed.
    public enum Agreement: String, Vocabulary, Sendable {
        case none
        case draft
        case intentSigned = "intent-signed"
        case signed
        public static let vocabularyName = "cooperation agreement"

        /// Either signed document is what the seed asks for before the LIN is set up.
        public var isSigned: Bool { self == .intentSigned || self == .signed }
    }

    /// Seed 002 §4.1: students, teachers and staff meet "wekelijks op een vaste dag, gedurende drie tot acht uur".
    public struct LINDay: Equatable, Sendable {
        public enum Weekday: String, Vocabulary, Sendable {
            case monday, tuesday, wednesday, thursday, friday, saturday, sunday
            public static let vocabularyName = "weekday"

            public var name: LocalizedText {
                switch self {
                case .monday: return LocalizedText(nl: "maandag", en: "Monday")
                case .tuesday: return LocalizedText(nl: "dinsdag", en: "Tuesday")
                case .wednesday: return LocalizedText(nl: "woensdag", en: "Wednesday")
                case .thursday: return LocalizedText(nl: "donderdag", en: "Thursday")
                case .friday: return LocalizedText(nl: "vrijdag", en: "Friday")
                case .saturday: return LocalizedText(nl: "zaterdag", en: "Saturday")
                case .sunday: return LocalizedText(nl: "zondag", en: "Sunday")
                }
            }
        }
        /// The fixed day of the week; nil = not fixed yet.
        public var weekday: Weekday?
        public var hours: Double
        public var unknown = JSONObject()

        public init(weekday: Weekday?, hours: Double) {
            self.weekday = weekday
            self.hours = hours
        }
    }

    public static let maxHoursPerWeek = 168.0
    public static let maxWeeks = 520.0
    public static let maxRate = 1_000_000.0

    public var id: String
    public var title: String
    public var currency = "EUR"
    public var phases: [PhaseState]
    public var assignments: [Assignment] = []
    /// Students (mbo and hbo together) placed above the ward's formation.
    public var studentsAboveFormation: Int?
    /// A room for meetings and lessons (seed: large enough, with a digital board or beamer).
    public var meetingRoom: Bool?
    /// Months planned for preparing the LIN before the first internship week (seed: at least six).
    public var preparationMonths: Double?
    public var cooperationAgreement: Agreement?
    public var linDay: LINDay?
    /// §2.2's one "voorwaarde": enough staff stays on the ward during LIN activities to safeguard care. Cannot be
    /// computed: the document records whether it holds (nil = not recorded).
    public var staffLeftOnWard: Bool?
    /// §2.2: "voldoende werkbegeleiders" who guide the students during work on the ward (recorded, as above).
    public var enoughWorkSupervisors: Bool?
    public var unknown = JSONObject()

    public init(id: String, title: String) {
        self.id = id
        self.title = title
        phases = Phase.allCases.map { PhaseState(phase: $0, status: .notStarted) }
    }

    public func status(of phase: Phase) -> Status {
        phases.first(where: { $0.phase == phase })?.status ?? .notStarted
    }

    /// The figures of seed 002 §2.2 for the first six months (26 weeks): project leader 8 h/week, practice
    /// trainer 8 h/week, manager 2 h/week, teachers one day-part (4 h) a week from 8 students, 8 students above
    /// formation. No rates: the seed gives salary scales (FWG 60), not money; a host fills in its own.
    public static func template(language: Language) -> LINPlan {
        var plan = LINPlan(id: "lin", title: TemplateWords.of(language).linTitle)
        plan.assignments = [
            Assignment(id: "project-leader", role: .projectLeader, name: "FWG 60", hoursPerWeek: 8, weeks: 26),
            Assignment(id: "practice-trainer", role: .practiceTrainer, name: "FWG 60", hoursPerWeek: 8, weeks: 26),
            Assignment(id: "manager", role: .manager, name: "FWG 60", hoursPerWeek: 2, weeks: 26),
            Assignment(id: "teacher", role: .teacher, hoursPerWeek: 4, weeks: 26),
        ]
        plan.studentsAboveFormation = 8
        plan.meetingRoom = true
        // Phase 3 and §4.1: six months of preparation, an agreement still to be signed, a LIN day to be fixed.
        plan.preparationMonths = 6
        plan.cooperationAgreement = Agreement.none
        plan.linDay = LINDay(weekday: nil, hours: 4)
        return plan
    }
}

extension LINPlan {
    public init(jsonValue value: JSONValue) throws {
        var reader = try ObjectReader(value)
        let (id, title) = try Self.header(&reader)
        var plan = LINPlan(id: id, title: title)
        plan.currency =
            try reader.optional("currency") { value in
                let code = try value.stringValue()
                guard code.utf8.count == 3, code.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) else {
                    throw ImpactKitError(
                        .invalidArgument, "currency must be an ISO 4217 code such as EUR, got \"\(code.prefix(20))\"")
                }
                return code
            } ?? "EUR"
        let listed = try reader.optional("phases") { try $0.array(Self.decodePhase) } ?? []
        try requireDistinct(listed, list: "phases", what: "phase", field: "phase") { $0.phase.rawValue }
        // Always all five, in cycle order; a phase not listed has not started.
        plan.phases = Phase.allCases.map { phase in
            listed.first(where: { $0.phase == phase }) ?? PhaseState(phase: phase, status: .notStarted)
        }
        plan.assignments = try reader.optional("roles") { try $0.array(Self.decodeAssignment) } ?? []
        try requireDistinct(plan.assignments, list: "roles", what: "role") { $0.id }
        plan.studentsAboveFormation = try reader.optional("students_above_formation") {
            Int(try $0.integer(in: 0...100_000))
        }
        plan.meetingRoom = try reader.optional("meeting_room") { try $0.boolValue() }
        plan.preparationMonths = try reader.optional("preparation_months") { try $0.amount(maximum: 120) }
        plan.cooperationAgreement = try reader.optional("cooperation_agreement") {
            try Agreement(id: try $0.stringValue())
        }
        plan.staffLeftOnWard = try reader.optional("staff_left_on_ward") { try $0.boolValue() }
        plan.enoughWorkSupervisors = try reader.optional("enough_work_supervisors") { try $0.boolValue() }
        plan.linDay = try reader.optional("lin_day") { value in
            var dayReader = try ObjectReader(value)
            var day = LINDay(
                weekday: try dayReader.optional("weekday") { try LINDay.Weekday(id: try $0.stringValue()) },
                hours: try dayReader.required("hours") { try $0.amount(maximum: 24) })
            day.unknown = dayReader.unknown
            return day
        }
        plan.unknown = reader.unknown
        self = plan
    }

    private static func decodePhase(_ value: JSONValue) throws -> PhaseState {
        var reader = try ObjectReader(value)
        var state = PhaseState(
            phase: try reader.required("phase") { try Phase(id: try $0.stringValue()) },
            status: try reader.required("status") { try Status(id: try $0.stringValue()) },
            note: try reader.optional("note") { try $0.nonEmptyString() })
        state.unknown = reader.unknown
        return state
    }

    private static func decodeAssignment(_ value: JSONValue) throws -> Assignment {
        var reader = try ObjectReader(value)
        var assignment = Assignment(
            id: try reader.required("id") { try $0.identifier() },
            role: try reader.required("role") { try Role(id: try $0.stringValue()) },
            name: try reader.optional("name") { try $0.nonEmptyString(maxLength: 200) },
            hoursPerWeek: try reader.required("hours_per_week") { try $0.amount(maximum: maxHoursPerWeek) },
            weeks: try reader.required("weeks") { try $0.amount(maximum: maxWeeks) },
            hourlyRate: try reader.optional("hourly_rate") { try $0.amount(maximum: maxRate) },
            extra: try reader.optional("extra") { try $0.boolValue() })
        assignment.unknown = reader.unknown
        return assignment
    }

    public var jsonValue: JSONValue {
        var object = headerObject()
        object.append("currency", .string(currency))
        object.append(
            "phases",
            .array(
                phases.map { state in
                    var item = JSONObject()
                    item.append("phase", .string(state.phase.rawValue))
                    item.append("status", .string(state.status.rawValue))
                    item.append("note", ifPresent: state.note.map(JSONValue.string))
                    item.append(contentsOf: state.unknown)
                    return .object(item)
                }))
        object.append(
            "roles",
            .array(
                assignments.map { assignment in
                    var item = JSONObject()
                    item.append("id", .string(assignment.id))
                    item.append("role", .string(assignment.role.rawValue))
                    item.append("name", ifPresent: assignment.name.map(JSONValue.string))
                    item.append("hours_per_week", .number(assignment.hoursPerWeek))
                    item.append("weeks", .number(assignment.weeks))
                    item.append("hourly_rate", ifPresent: assignment.hourlyRate.map { .number($0) })
                    item.append("extra", .bool(assignment.extra))
                    item.append(contentsOf: assignment.unknown)
                    return .object(item)
                }))
        object.append("students_above_formation", ifPresent: studentsAboveFormation.map { .int(Int64($0)) })
        object.append("meeting_room", ifPresent: meetingRoom.map(JSONValue.bool))
        object.append("preparation_months", ifPresent: preparationMonths.map { .number($0) })
        object.append("cooperation_agreement", ifPresent: cooperationAgreement.map { .string($0.rawValue) })
        object.append("staff_left_on_ward", ifPresent: staffLeftOnWard.map(JSONValue.bool))
        object.append("enough_work_supervisors", ifPresent: enoughWorkSupervisors.map(JSONValue.bool))
        object.append(
            "lin_day",
            ifPresent: linDay.map { day in
                var item = JSONObject()
                item.append("weekday", ifPresent: day.weekday.map { .string($0.rawValue) })
                item.append("hours", .number(day.hours))
                item.append(contentsOf: day.unknown)
                return .object(item)
            })
        object.append(contentsOf: unknown)
        return .object(object)
    }
}
